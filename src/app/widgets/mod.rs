//! Reusable pieces of the interface. Each takes plain props and renders them; none holds app state.

pub mod confirm;
pub mod continue_elsewhere;
pub mod hand_off;
pub mod history_list;
pub mod import;
pub mod keep_share;
pub mod language_switch;
pub mod notices;
pub mod plan;
pub mod progress;
pub mod radar_chart;
pub mod rating;
pub mod score_table;
pub mod step_nav;

//! Reusable pieces of the interface. Each takes plain props and renders them; none holds app state.

pub mod confirm;
#[cfg(feature = "results")]
pub mod history_list;
#[cfg(feature = "results")]
pub mod import;
#[cfg(feature = "results")]
pub mod keep_share;
pub mod language_switch;
pub mod notices;
#[cfg(feature = "results")]
pub mod plan;
pub mod progress;
#[cfg(feature = "results")]
pub mod radar_chart;
pub mod rating;
#[cfg(feature = "results")]
pub mod score_table;
pub mod step_nav;

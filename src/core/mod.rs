//! The pure core: everything that can be plain Rust, with no Yew or browser types, tested on the host.

pub mod answers;
pub mod bank;
pub mod chart_svg;
pub mod compiled;
pub mod content;
pub mod date;
pub mod history;
pub mod json;
pub mod learning;
pub mod locale;
pub mod map;
pub mod order;
pub mod plan;
pub mod qr;
pub mod radar;
pub mod read;
pub mod recommend;
pub mod record;
pub mod saved;
pub mod scoring;
pub mod session;
pub mod share;
pub mod text;
pub mod tools;
pub mod validate;
pub mod wizard;

//! The pure core: everything that can be plain Rust, with no Yew or browser types, tested on the host.

pub mod answers;
pub mod bank;
pub mod content;
pub mod locale;
pub mod plan;
pub mod radar;
pub mod recommend;
pub mod saved;
pub mod scoring;
pub mod session;
pub mod text;
pub mod validate;
pub mod wizard;

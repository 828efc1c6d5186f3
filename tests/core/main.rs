//! Host tests of the pure core (`skills_radar::core`), run with `cargo test --test core`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

mod locale;
mod locales;
mod plan;
mod radar;
mod recommend;
mod saved;
mod scoring;
mod text;
mod validation;
mod wizard;

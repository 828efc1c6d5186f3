//! Host tests of the pure core (`skills_radar::core`), run with `cargo test --test core`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

mod chart;
mod config;
mod date;
mod fixtures;
mod glossary;
mod history;
mod invariants;
mod json;
mod learning;
mod lms;
mod locale;
mod locales;
mod plan;
mod properties;
mod radar;
mod recommend;
mod record;
mod results;
mod saved;
mod scan;
mod scoring;
mod session;
mod share;
mod sync;
mod text;
mod validation;
mod wizard;
mod workshop;

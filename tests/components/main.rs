#![cfg(target_arch = "wasm32")]
//! Browser tests of the reusable widgets (`skills_radar::app::widgets`), mounted one at a time in a real
//! DOM with the real English content. Run with
//! `cargo test --target wasm32-unknown-unknown --test components` and `wasm-bindgen-test-runner` as the
//! wasm32 runner (headless Chromium through chromedriver; options in `webdriver.json`).

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod support;

mod language_switch;
mod progress;
mod radar_chart;
mod rating;
mod score_table;

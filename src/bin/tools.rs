//! The results tools module: `core::tools` exported to JavaScript, string in, string out. The app loads it
//! the first time results are needed (see `app::tools`); it carries no Yew and renders nothing.

skills_radar::small_allocator!();

#[cfg(target_arch = "wasm32")]
mod exports {
    use skills_radar::core::bank::Bank;
    use skills_radar::core::config;
    use skills_radar::core::lms;
    use skills_radar::core::tools;
    use std::cell::RefCell;
    use wasm_bindgen::prelude::wasm_bindgen;

    thread_local! {
        // Built once, on first use, and configured once: the module lives as long as the page.
        static BANK: RefCell<Bank> = RefCell::new(Bank::compiled().with_earlier());
    }

    fn with_bank<T>(f: impl FnOnce(&Bank) -> T) -> T {
        BANK.with(|bank| f(&bank.borrow()))
    }

    /// The organisation's configuration as the app read and checked it (`Config::tools_form`): its resources
    /// and targets, so that plans, files and history agree with the screen.
    #[wasm_bindgen]
    pub fn configure(form: &str) {
        BANK.with(|b| *b.borrow_mut() = config::tools_bank(form, Bank::compiled().with_earlier()));
    }

    #[wasm_bindgen]
    pub fn result_file(saved: &str, language: &str) -> String {
        with_bank(|b| tools::result_file(b, saved, language))
    }

    #[wasm_bindgen]
    pub fn share_code(saved: &str) -> String {
        with_bank(|b| tools::share_code(b, saved))
    }

    #[wasm_bindgen]
    pub fn open_file(bytes: &[u8], now_ms: f64) -> String {
        with_bank(|b| tools::open_file(b, bytes, now_ms as u64))
    }

    #[wasm_bindgen]
    pub fn open_code(code: &str, now_ms: f64) -> String {
        with_bank(|b| tools::open_code(b, code, now_ms as u64))
    }

    #[wasm_bindgen]
    pub fn history_entries(history: &str) -> String {
        with_bank(|b| tools::history_entries(b, history))
    }

    #[wasm_bindgen]
    pub fn history_upsert(history: &str, saved: &str) -> String {
        with_bank(|b| tools::history_upsert(b, history, saved))
    }

    #[wasm_bindgen]
    pub fn history_remove(history: &str, completed_ms: f64) -> String {
        with_bank(|b| tools::history_remove(b, history, completed_ms as u64))
    }

    #[wasm_bindgen]
    pub fn chart_file(saved: &str, texts: &str) -> String {
        with_bank(|b| tools::chart_file(b, saved, texts))
    }

    #[wasm_bindgen]
    pub fn chart_image(saved: &str, previous: &str, texts: &str) -> String {
        with_bank(|b| tools::chart_image(b, saved, previous, texts))
    }

    #[wasm_bindgen]
    pub fn table_file(saved: &str, texts: &str) -> String {
        with_bank(|b| tools::table_file(b, saved, texts))
    }

    #[wasm_bindgen]
    pub fn continue_code(saved: &str) -> String {
        with_bank(|b| tools::continue_code(b, saved))
    }

    #[wasm_bindgen]
    pub fn open_continued(code: &str) -> String {
        with_bank(|b| tools::open_continued(b, code))
    }

    /// What a learning platform is told of a saved assessment (`core::lms::report`), for `static/lms.js`.
    #[wasm_bindgen]
    pub fn lms_report(saved: &str) -> String {
        with_bank(|b| lms::report(b, saved))
    }

    /// The saved assessment to start from, from a platform's `suspend_data` and the browser's own copy
    /// (`core::lms::start_from`); empty to start as usual.
    #[wasm_bindgen]
    pub fn lms_start(data: &str, stored: Option<String>, now_ms: f64) -> String {
        with_bank(|b| lms::start_from(b, data, stored.as_deref(), now_ms as u64)).unwrap_or_default()
    }

    #[wasm_bindgen]
    pub fn qr_code(text: &str) -> String {
        tools::qr_code(text)
    }
}

fn main() {}

fn main() {
    #[cfg(target_arch = "wasm32")]
    skills_radar::run();
}

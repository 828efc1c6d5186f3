// A free-list allocator of about 1 kB instead of the default dlmalloc (about 3 kB brotli more): the app
// allocates little, on one thread, so allocation speed does not matter and every byte is downloaded.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the app runs on the browser's main thread only; it starts no workers or threads.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    #[cfg(target_arch = "wasm32")]
    skills_radar::run();
}

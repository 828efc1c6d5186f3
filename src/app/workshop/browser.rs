//! The browser's side of the trainer view: reading chosen or dropped files, the camera (`static/camera.js`,
//! through the loader's `loadCamera`), downloads (`static/files.js`, through `loadFiles`) and full screen.
//! Each call is guarded: a refusal is reported, never thrown.

use crate::app::boot;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The largest file read, as the result reader allows (`core::record::MAX_FILE_BYTES`), plus one byte so
/// that the reader can tell a file too large.
const MAX_READ: f64 = (crate::core::record::MAX_FILE_BYTES + 1) as f64;

/// The name and bytes of every file in `files`.
pub async fn read_files(files: web_sys::FileList) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for i in 0..files.length() {
        let Some(file) = files.get(i) else { continue };
        let name = file.name();
        let Ok(part) = file.slice_with_f64_and_f64(0.0, MAX_READ) else { continue };
        let bytes = match JsFuture::from(part.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            // A file that cannot be read arrives empty, and is refused as not a result.
            Err(_) => Vec::new(),
        };
        out.push((name, bytes));
    }
    out
}

/// Why the camera did not start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CameraProblem {
    /// The person or the page's policy refused it.
    Denied,
    NoCamera,
    /// Anything else: no camera API, the decoder did not load.
    Failed,
}

/// A running camera: stopped when dropped.
pub struct Camera {
    handle: JsValue,
    // Kept alive while the camera runs: the script calls it for every code read.
    _on_text: Closure<dyn FnMut(String)>,
}

impl Camera {
    pub fn stop(&self) {
        if let Ok(stop) =
            js_sys::Reflect::get(&self.handle, &"stop".into()).and_then(|f| f.dyn_into::<js_sys::Function>())
        {
            let _ = stop.call0(&self.handle);
        }
    }
}

impl Drop for Camera {
    fn drop(&mut self) {
        self.stop();
    }
}

fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(target, &name.into()).ok()?.dyn_into().ok()?;
    f.apply(target, &args.iter().collect::<js_sys::Array>()).ok()
}

async fn promised(value: Option<JsValue>) -> Result<JsValue, JsValue> {
    let promise: js_sys::Promise = value.ok_or(JsValue::NULL)?.dyn_into().map_err(|_| JsValue::NULL)?;
    JsFuture::from(promise).await
}

/// Starts the camera in the video element with this id; `on_text` gets the text of every QR code read.
pub async fn start_camera(video_id: &str, on_text: impl FnMut(String) + 'static) -> Result<Camera, CameraProblem> {
    let video = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(video_id))
        .ok_or(CameraProblem::Failed)?;
    let loader = promised(boot::call("loadCamera")).await.map_err(|_| CameraProblem::Failed)?;
    let on_text = Closure::<dyn FnMut(String)>::new(on_text);
    let started = call(&loader, "start", &[video.into(), on_text.as_ref().clone()]);
    match promised(started).await {
        Ok(handle) => Ok(Camera { handle, _on_text: on_text }),
        Err(error) => {
            let name =
                js_sys::Reflect::get(&error, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
            Err(match name.as_str() {
                "NotAllowedError" | "SecurityError" => CameraProblem::Denied,
                "NotFoundError" | "OverconstrainedError" => CameraProblem::NoCamera,
                _ => CameraProblem::Failed,
            })
        }
    }
}

/// Which file to save.
#[derive(Clone)]
pub enum Download {
    Text { name: String, mime: &'static str, text: String },
    Png { name: String, svg: String },
}

/// Saves a file through `static/files.js`; whether it was made.
pub async fn download(file: Download) -> bool {
    let Ok(files) = promised(boot::call("loadFiles")).await else { return false };
    let made = match file {
        Download::Text { name, mime, text } => call(&files, "saveText", &[name.into(), mime.into(), text.into()]),
        Download::Png { name, svg } => promised(call(&files, "savePng", &[svg.into(), name.into()])).await.ok(),
    };
    made.and_then(|m| m.as_bool()).unwrap_or(false)
}

/// Shows the page full screen, where the browser allows it (a frame may not); nothing happens otherwise.
pub fn enter_full_screen() {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        // A refusal is not an error: the projector view works in the window as it is.
        let _ = root.request_fullscreen();
    }
}

pub fn leave_full_screen() {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        }
    }
}

pub fn is_full_screen() -> bool {
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.fullscreen_element()).is_some()
}

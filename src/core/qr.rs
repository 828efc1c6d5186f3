//! QR codes of share links, drawn as one SVG path of dark modules. The encoder is Nayuki's `qrcodegen`
//! (no dependencies, made for exactly this); this module only turns its modules into a path.

use qrcodegen::{QrCode, QrCodeEcc};

/// The quiet zone the QR specification asks for around the code, in modules.
pub const QUIET_ZONE: i32 = 4;

pub struct QrPath {
    /// Modules per side, quiet zone included: the SVG's viewBox is `0 0 size size`.
    pub size: i32,
    /// Every dark module as a unit square.
    pub path: String,
}

/// The QR code of `text` at medium error correction (15% damage tolerated: printed on a handout, shown on a
/// projector). `None` when the text is too long for any QR code.
pub fn qr_path(text: &str) -> Option<QrPath> {
    // Byte mode, which `encode_text` would choose for any link anyway (links have lower-case letters):
    // choosing a mode scans the text with `str::contains`, which brings in 4 kB of panic formatting.
    let code = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium).ok()?;
    let n = code.size();
    let mut path = String::new();
    for y in 0..n {
        for x in 0..n {
            if code.get_module(x, y) {
                path.push_str(&format!("M{} {}h1v1h-1z", x + QUIET_ZONE, y + QUIET_ZONE));
            }
        }
    }
    Some(QrPath { size: n + 2 * QUIET_ZONE, path })
}

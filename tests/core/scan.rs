//! `core::scan::decode`: QR codes of result links read back from greyscale images, as the scanner module reads
//! camera frames, and no panic on anything else.

use qrcodegen::{QrCode, QrCodeEcc};
use skills_radar::core::qr::QUIET_ZONE;
use skills_radar::core::scan::decode;

/// A result link of about the length the app shares: the page's address and a share code.
fn result_link() -> String {
    let mut code = String::new();
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut state = 0x2545_f491_u32;
    while code.len() < 160 {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        code.push(alphabet[(state % 64) as usize] as char);
    }
    format!("https://example.org/app/#result=AbC-_123{code}")
}

/// The code as `core::qr` makes it: byte mode, medium error correction.
fn qr(text: &str) -> QrCode {
    QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium).expect("fits a QR code")
}

/// The code drawn at `scale` pixels per module (any positive fraction), by nearest neighbour, with the quiet
/// zone, in the given dark and light greys: (width, height, luma).
fn render(code: &QrCode, scale: f64, dark: u8, light: u8) -> (usize, usize, Vec<u8>) {
    let modules = code.size() + 2 * QUIET_ZONE;
    let side = (f64::from(modules) * scale).round() as usize;
    let mut luma = vec![light; side * side];
    for y in 0..side {
        for x in 0..side {
            let module = |p: usize| (p as f64 / scale) as i32 - QUIET_ZONE;
            if code.get_module(module(x), module(y)) {
                luma[y * side + x] = dark;
            }
        }
    }
    (side, side, luma)
}

/// A little deterministic noise: xorshift32.
fn noise(seed: u32) -> impl FnMut() -> u32 {
    let mut state = seed.max(1);
    move || {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        state
    }
}

#[test]
fn a_result_link_reads_back_exactly() {
    let link = result_link();
    assert_eq!(link.len(), 200);
    let (width, height, luma) = render(&qr(&link), 4.0, 0, 255);
    assert_eq!(decode(width, height, &luma).as_deref(), Some(link.as_str()));
}

#[test]
fn a_grey_noisy_code_at_a_fractional_scale_reads_back() {
    let link = result_link();
    let (width, height, mut luma) = render(&qr(&link), 3.5, 40, 200);
    let mut next = noise(7);
    for pixel in &mut luma {
        // ±24 of noise on every pixel, as a camera's sensor adds.
        *pixel = (i32::from(*pixel) + (next() % 49) as i32 - 24).clamp(0, 255) as u8;
    }
    assert_eq!(decode(width, height, &luma).as_deref(), Some(link.as_str()));
}

#[test]
fn a_code_inside_a_larger_frame_reads_back() {
    // As a camera sees it: the code somewhere in a wider picture, not filling it.
    let link = result_link();
    let (side, _, code) = render(&qr(&link), 4.0, 30, 220);
    let (width, height) = (side + 150, side + 60);
    let mut luma = vec![180u8; width * height];
    for y in 0..side {
        luma[(y + 40) * width + 100..][..side].copy_from_slice(&code[y * side..][..side]);
    }
    assert_eq!(decode(width, height, &luma).as_deref(), Some(link.as_str()));
}

#[test]
fn a_blank_image_has_no_code() {
    assert_eq!(decode(640, 480, &vec![255; 640 * 480]), None);
    assert_eq!(decode(640, 480, &vec![0; 640 * 480]), None);
}

#[test]
fn a_buffer_shorter_than_the_image_has_no_code() {
    let link = result_link();
    let (width, height, luma) = render(&qr(&link), 4.0, 0, 255);
    assert_eq!(decode(width, height, &luma[..luma.len() - 1]), None);
    assert_eq!(decode(width, height + 1, &luma), None);
    assert_eq!(decode(usize::MAX, 2, &luma), None, "a size that overflows");
    assert_eq!(decode(0, 0, &[]), None);
    assert_eq!(decode(0, 10, &luma), None);
    // A longer buffer is fine: the bytes past the image are not part of it.
    let mut longer = luma.clone();
    longer.extend_from_slice(&[0; 1000]);
    assert_eq!(decode(width, height, &longer).as_deref(), Some(link.as_str()));
}

#[test]
fn random_bytes_never_panic() {
    let mut next = noise(99);
    for (width, height) in [(1, 1), (1, 300), (300, 1), (7, 5), (64, 64), (320, 240), (800, 600)] {
        for _ in 0..3 {
            let luma: Vec<u8> = (0..width * height).map(|_| next() as u8).collect();
            assert_eq!(decode(width, height, &luma), None);
        }
    }
    // Blocks of random black and white, closer to what a finder pattern looks like than pixel noise.
    for block in [2, 3, 5, 8] {
        for _ in 0..10 {
            let (width, height) = (240, 180);
            let cells: Vec<u8> = (0..width * height).map(|_| if next() % 2 == 0 { 0 } else { 255 }).collect();
            let luma: Vec<u8> =
                (0..width * height).map(|i| cells[(i / width / block) * width + (i % width) / block]).collect();
            let _ = decode(width, height, &luma);
        }
    }
}

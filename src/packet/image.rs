//! JPEG and PNG exhibits: read once at preflight, placed on a Letter page
//! at build time, scaled to fit and never stretched.
//!
//! A JPEG goes into the PDF as it is (`DCTDecode`), so a scan keeps its
//! quality; a PNG is decoded to 8-bit samples, its alpha channel becoming a
//! soft mask. A JPEG's EXIF orientation (a phone photo held sideways) turns
//! the image on the page the way a viewer would show it.

use super::typeset::{deflate, num};
use lopdf::{Document, Object, ObjectId, Stream, dictionary};

/// The largest image decoded, in pixels (600 dpi on Letter is 34 million).
pub const MAX_PIXELS: u64 = 60_000_000;
/// The largest decoded image, in bytes (8-bit RGBA at the pixel limit).
pub const MAX_DECODED_BYTES: u64 = 4 * MAX_PIXELS;

/// An image ready to embed.
#[derive(Debug, Clone)]
pub struct Image {
    pub width: u32,
    pub height: u32,
    color: &'static str,
    /// The JPEG file itself, or Flate-compressed 8-bit samples.
    data: Vec<u8>,
    jpeg: bool,
    /// An Adobe CMYK JPEG stores inverted samples.
    inverted: bool,
    alpha: Option<Vec<u8>>,
    /// Samples per pixel of PNG-predicted data (0 for a JPEG).
    predicted: u8,
    /// Quarter turns clockwise that show the image upright.
    turns: u8,
}

/// What a file's first bytes say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Pdf,
    Jpeg,
    Png,
}

/// Recognises a PDF, JPEG or PNG by content, whatever its name.
pub fn sniff(bytes: &[u8]) -> Option<Kind> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(Kind::Jpeg)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(Kind::Png)
    } else if bytes[..bytes.len().min(1024)].windows(5).any(|w| w == b"%PDF-") {
        // Readers accept a header that some junk precedes, within the first kilobyte.
        Some(Kind::Pdf)
    } else {
        None
    }
}

impl Image {
    /// Reads a JPEG's size, colour space and orientation from its headers.
    pub fn jpeg(bytes: Vec<u8>) -> Result<Image, String> {
        let mut at = 2;
        let mut inverted = false;
        let mut turns = 0;
        loop {
            let Some(&[0xFF, marker]) = bytes.get(at..at + 2) else {
                return Err("the JPEG is damaged: no frame header before the data ends".into());
            };
            if marker == 0xFF {
                at += 1;
                continue;
            }
            if matches!(marker, 0x01 | 0xD0..=0xD7) {
                at += 2;
                continue;
            }
            let Some(len) = bytes
                .get(at + 2..at + 4)
                .map(|b| usize::from(u16::from_be_bytes([b[0], b[1]])))
            else {
                return Err("the JPEG is damaged: it ends inside a header".into());
            };
            let segment = bytes.get(at + 4..at + 2 + len).unwrap_or(&[]);
            match marker {
                0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                    if segment.len() < 6 {
                        return Err("the JPEG is damaged: its frame header is cut short".into());
                    }
                    let height = u32::from(u16::from_be_bytes([segment[1], segment[2]]));
                    let width = u32::from(u16::from_be_bytes([segment[3], segment[4]]));
                    let color = match segment[5] {
                        1 => "DeviceGray",
                        3 => "DeviceRGB",
                        4 => "DeviceCMYK",
                        n => return Err(format!("the JPEG has {n} color components; PDF takes 1, 3 or 4")),
                    };
                    if width == 0 || height == 0 {
                        return Err("the JPEG has no pixels".into());
                    }
                    return Ok(Image {
                        width,
                        height,
                        color,
                        data: bytes,
                        jpeg: true,
                        inverted: inverted && color == "DeviceCMYK",
                        alpha: None,
                        predicted: 0,
                        turns,
                    });
                }
                0xEE if segment.starts_with(b"Adobe") => inverted = true,
                0xE1 if segment.starts_with(b"Exif\0\0") => turns = exif_turns(&segment[6..]),
                0xD9 | 0xDA => return Err("the JPEG is damaged: no frame header before its data".into()),
                _ => {}
            }
            at += 2 + len;
        }
    }

    /// Decodes a PNG to 8-bit grey or RGB samples and an optional alpha mask.
    pub fn png(bytes: &[u8]) -> Result<Image, String> {
        let damaged = |e: png::DecodingError| match e {
            png::DecodingError::LimitsExceeded => {
                "the PNG holds more data than one image may (over 240 MB); scale it down or save it as JPEG"
                    .to_owned()
            }
            e => format!("the PNG is damaged: {e}"),
        };
        let mut decoder = png::Decoder::new_with_limits(
            std::io::Cursor::new(bytes),
            png::Limits {
                bytes: MAX_DECODED_BYTES as usize,
            },
        );
        decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
        // The size is judged from the header, before anything is decoded.
        let (width, height) = {
            let info = decoder.read_header_info().map_err(damaged)?;
            (info.width, info.height)
        };
        let pixels = u64::from(width) * u64::from(height);
        let too_large = || {
            format!(
                "the PNG is {width} × {height} pixels ({:.0} million), over the limit of {} million \
for one image; scale it down (600 dpi on Letter is about 34 million) or save it as JPEG",
                pixels as f64 / 1e6,
                MAX_PIXELS / 1_000_000
            )
        };
        if pixels > MAX_PIXELS {
            return Err(too_large());
        }
        let mut reader = decoder.read_info().map_err(damaged)?;
        let size = reader
            .output_buffer_size()
            .filter(|&s| s as u64 <= MAX_DECODED_BYTES)
            .ok_or_else(too_large)?;
        let mut buffer = vec![0; size];
        let frame = reader.next_frame(&mut buffer).map_err(damaged)?;
        buffer.truncate(frame.buffer_size());
        let (channels, color) = match frame.color_type {
            png::ColorType::Grayscale => (1, "DeviceGray"),
            png::ColorType::GrayscaleAlpha => (2, "DeviceGray"),
            png::ColorType::Rgb => (3, "DeviceRGB"),
            png::ColorType::Rgba => (4, "DeviceRGB"),
            png::ColorType::Indexed => return Err("the PNG's palette could not be expanded".into()),
        };
        let has_alpha = channels % 2 == 0;
        let (samples, alpha) = if has_alpha {
            let colour = channels - 1;
            let mut samples = Vec::with_capacity(buffer.len() / channels * colour);
            let mut alpha = Vec::with_capacity(buffer.len() / channels);
            for pixel in buffer.chunks_exact(channels) {
                samples.extend_from_slice(&pixel[..colour]);
                alpha.push(pixel[colour]);
            }
            // A mask that hides nothing is left out.
            let alpha = alpha.iter().any(|&a| a != 255).then_some(alpha);
            (samples, alpha)
        } else {
            (buffer, None)
        };
        let colour = if has_alpha { channels - 1 } else { channels };
        let width = frame.width as usize;
        let flate = |raw: Vec<u8>, per_pixel: usize| deflate(&predict(&raw, width, per_pixel));
        Ok(Image {
            width: frame.width,
            height: frame.height,
            color,
            data: flate(samples, colour),
            jpeg: false,
            inverted: false,
            alpha: alpha.map(|a| flate(a, 1)),
            predicted: colour as u8,
            turns: 0,
        })
    }

    /// Its bytes in the PDF, for the volume size estimate.
    pub fn size(&self) -> u64 {
        (self.data.len() + self.alpha.as_ref().map_or(0, Vec::len)) as u64
    }

    /// Adds the image XObject (and its mask) to `doc`.
    pub fn embed(&self, doc: &mut Document) -> ObjectId {
        let mut dict = dictionary! {
            "Type" => "XObject",
            "Subtype" => "Image",
            "Width" => i64::from(self.width),
            "Height" => i64::from(self.height),
            "ColorSpace" => self.color,
            "BitsPerComponent" => 8,
            "Filter" => if self.jpeg { "DCTDecode" } else { "FlateDecode" },
        };
        if self.predicted > 0 {
            dict.set("DecodeParms", predictor(self.width, self.predicted));
        }
        if self.inverted {
            dict.set(
                "Decode",
                vec![
                    1.into(),
                    0.into(),
                    1.into(),
                    0.into(),
                    1.into(),
                    0.into(),
                    1.into(),
                    0.into(),
                ],
            );
        }
        if let Some(alpha) = &self.alpha {
            let mask = doc.add_object(Stream::new(
                dictionary! {
                    "Type" => "XObject",
                    "Subtype" => "Image",
                    "Width" => i64::from(self.width),
                    "Height" => i64::from(self.height),
                    "ColorSpace" => "DeviceGray",
                    "BitsPerComponent" => 8,
                    "Filter" => "FlateDecode",
                    "DecodeParms" => predictor(self.width, 1),
                },
                alpha.clone(),
            ));
            dict.set("SMask", mask);
        }
        doc.add_object(Object::Stream(
            Stream::new(dict, self.data.clone()).with_compression(false),
        ))
    }

    /// The `cm` operands that place the image, upright, as large as fits
    /// in the box (`x`, `y`, `width`, `height`), centred; aspect kept.
    pub fn placement(&self, x: f32, y: f32, width: f32, height: f32) -> String {
        let sideways = self.turns % 2 == 1;
        let (w, h) = if sideways {
            (self.height as f32, self.width as f32)
        } else {
            (self.width as f32, self.height as f32)
        };
        let scale = (width / w).min(height / h);
        let (dw, dh) = (w * scale, h * scale);
        let (x0, y0) = (x + (width - dw) / 2.0, y + (height - dh) / 2.0);
        let m = match self.turns {
            1 => [0.0, -dh, dw, 0.0, x0, y0 + dh],
            2 => [-dw, 0.0, 0.0, -dh, x0 + dw, y0 + dh],
            3 => [0.0, dh, -dw, 0.0, x0 + dw, y0],
            _ => [dw, 0.0, 0.0, dh, x0, y0],
        };
        m.iter().map(|v| num(*v)).collect::<Vec<_>>().join(" ")
    }
}

fn predictor(width: u32, colours: u8) -> lopdf::Dictionary {
    dictionary! {
        "Predictor" => 15,
        "Colors" => i64::from(colours),
        "BitsPerComponent" => 8,
        "Columns" => i64::from(width),
    }
}

/// Rows filtered as PNG does (`Predictor 15`: a filter byte per row), each
/// with the filter that leaves the smallest residues: photographs and
/// scans compress several times better than raw samples.
fn predict(samples: &[u8], width: usize, per_pixel: usize) -> Vec<u8> {
    let stride = width * per_pixel;
    if stride == 0 {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(samples.len() + samples.len() / stride);
    let zero = vec![0u8; stride];
    let mut candidate = vec![0u8; stride];
    let mut best = vec![0u8; stride];
    for (r, row) in samples.chunks(stride).enumerate() {
        let up = if r == 0 {
            &zero[..]
        } else {
            &samples[(r - 1) * stride..r * stride]
        };
        let mut best_kind = 0u8;
        let mut best_cost = u64::MAX;
        for kind in 0..5u8 {
            for i in 0..row.len() {
                let a = if i >= per_pixel { row[i - per_pixel] } else { 0 };
                let b = up[i];
                let c = if i >= per_pixel { up[i - per_pixel] } else { 0 };
                let guess = match kind {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => ((u16::from(a) + u16::from(b)) / 2) as u8,
                    _ => paeth(a, b, c),
                };
                candidate[i] = row[i].wrapping_sub(guess);
            }
            let cost: u64 = candidate[..row.len()]
                .iter()
                .map(|&v| u64::from((v as i8).unsigned_abs()))
                .sum();
            if cost < best_cost {
                best_cost = cost;
                best_kind = kind;
                best[..row.len()].copy_from_slice(&candidate[..row.len()]);
            }
        }
        out.push(best_kind);
        out.extend_from_slice(&best[..row.len()]);
    }
    out
}

fn paeth(a: u8, b: u8, c: u8) -> u8 {
    let p = i16::from(a) + i16::from(b) - i16::from(c);
    let (pa, pb, pc) = (
        (p - i16::from(a)).abs(),
        (p - i16::from(b)).abs(),
        (p - i16::from(c)).abs(),
    );
    if pa <= pb && pa <= pc {
        a
    } else if pb <= pc {
        b
    } else {
        c
    }
}

/// The EXIF orientation tag of a TIFF block, as quarter turns clockwise;
/// mirrored orientations are shown unmirrored.
fn exif_turns(tiff: &[u8]) -> u8 {
    let big = match tiff.get(..2) {
        Some(b"MM") => true,
        Some(b"II") => false,
        _ => return 0,
    };
    let u16_at = |at: usize| {
        tiff.get(at..at + 2).map(|b| {
            if big {
                u16::from_be_bytes([b[0], b[1]])
            } else {
                u16::from_le_bytes([b[0], b[1]])
            }
        })
    };
    let u32_at = |at: usize| {
        tiff.get(at..at + 4).map(|b| {
            let b = [b[0], b[1], b[2], b[3]];
            if big {
                u32::from_be_bytes(b)
            } else {
                u32::from_le_bytes(b)
            }
        })
    };
    let Some(ifd) = u32_at(4).map(|o| o as usize) else {
        return 0;
    };
    let count = u16_at(ifd).unwrap_or(0);
    for n in 0..usize::from(count) {
        let entry = ifd + 2 + 12 * n;
        if u16_at(entry) == Some(0x0112) {
            return match u16_at(entry + 8) {
                Some(3 | 4) => 2,
                Some(5 | 6) => 1,
                Some(7 | 8) => 3,
                _ => 0,
            };
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_recognised_by_content_not_name() {
        assert_eq!(sniff(b"%PDF-1.7\n"), Some(Kind::Pdf));
        assert_eq!(sniff(b"\xEF\xBB\xBF%PDF-1.4"), Some(Kind::Pdf));
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Some(Kind::Jpeg));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Some(Kind::Png));
        assert_eq!(sniff(b"PK\x03\x04 a Word file"), None);
        assert_eq!(sniff(b""), None);
    }

    fn jpeg_header(orientation: Option<u16>) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xD8];
        if let Some(o) = orientation {
            let mut tiff = b"MM\0\x2a\0\0\0\x08\0\x01".to_vec();
            tiff.extend_from_slice(&[0x01, 0x12, 0, 3, 0, 0, 0, 1]);
            tiff.extend_from_slice(&o.to_be_bytes());
            tiff.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
            let mut app1 = b"Exif\0\0".to_vec();
            app1.extend_from_slice(&tiff);
            bytes.extend_from_slice(&[0xFF, 0xE1]);
            bytes.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
            bytes.extend_from_slice(&app1);
        }
        // A baseline frame header: 8 bits, 300 high, 200 wide, 3 components.
        bytes.extend_from_slice(&[0xFF, 0xC0, 0, 17, 8, 1, 44, 0, 200, 3]);
        bytes.extend_from_slice(&[1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
        bytes.extend_from_slice(&[0xFF, 0xD9]);
        bytes
    }

    #[test]
    fn a_jpeg_frame_header_gives_its_size_and_colours() {
        let image = Image::jpeg(jpeg_header(None)).unwrap();
        assert_eq!((image.width, image.height, image.color), (200, 300, "DeviceRGB"));
        assert_eq!(image.turns, 0);
    }

    #[test]
    fn a_sideways_phone_photo_is_turned_upright() {
        let image = Image::jpeg(jpeg_header(Some(6))).unwrap();
        assert_eq!(image.turns, 1);
        // 200×300 stored, shown 300 wide and 200 high: fits a 600×400 box at scale 2.
        assert_eq!(image.placement(0.0, 0.0, 600.0, 400.0), "0 -400 600 0 0 400");
    }

    #[test]
    fn images_fit_the_box_without_stretching() {
        let image = Image::jpeg(jpeg_header(None)).unwrap();
        // 200×300 in a 400×400 box: height limits, scale 4/3, centred across.
        assert_eq!(
            image.placement(0.0, 0.0, 400.0, 400.0),
            "266.667 0 0 400 66.667 0"
        );
    }

    /// Undoes [`predict`], as a PDF reader does.
    fn unpredict(data: &[u8], width: usize, per_pixel: usize) -> Vec<u8> {
        let stride = width * per_pixel;
        let mut out: Vec<u8> = Vec::new();
        for (r, row) in data.chunks(stride + 1).enumerate() {
            let start = out.len();
            for i in 0..stride {
                let a = if i >= per_pixel {
                    out[start + i - per_pixel]
                } else {
                    0
                };
                let b = if r > 0 { out[start - stride + i] } else { 0 };
                let c = if r > 0 && i >= per_pixel {
                    out[start - stride + i - per_pixel]
                } else {
                    0
                };
                let guess = match row[0] {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => ((u16::from(a) + u16::from(b)) / 2) as u8,
                    _ => paeth(a, b, c),
                };
                out.push(row[1 + i].wrapping_add(guess));
            }
        }
        out
    }

    #[test]
    fn predicted_rows_decode_to_the_samples() {
        let (w, h, n) = (7, 5, 3);
        let samples: Vec<u8> = (0..w * h * n)
            .map(|i| ((i * 37) % 251) as u8 ^ ((i / 9) as u8))
            .collect();
        let data = predict(&samples, w, n);
        assert_eq!(data.len(), samples.len() + h);
        assert_eq!(unpredict(&data, w, n), samples);
    }

    #[test]
    fn a_cut_jpeg_is_damaged() {
        let mut bytes = jpeg_header(None);
        bytes.truncate(6);
        assert!(Image::jpeg(bytes).unwrap_err().contains("damaged"));
        assert!(
            Image::png(b"\x89PNG\r\n\x1a\n\0\0")
                .unwrap_err()
                .contains("damaged")
        );
    }
}

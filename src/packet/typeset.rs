//! The pages `rebut packet` draws itself: the exhibit index, the divider
//! sheets and the stamps on exhibit pages.
//!
//! Text is set in Liberation Serif (SIL Open Font License, see
//! `assets/fonts/LICENSE-OFL.txt`), embedded as a Type 0 font with
//! Identity-H encoding: the content streams show glyph ids of the full font
//! (the CIDs), a `CIDToGIDMap` maps them to the subset's glyph ids, and a
//! `ToUnicode` map keeps the text searchable and selectable. The base-14
//! fonts are never used: they cannot show most accented or non-Latin names.

use lopdf::{Dictionary, Document, Object, ObjectId, Stream, StringFormat, dictionary};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

static REGULAR: &[u8] = include_bytes!("../../assets/fonts/LiberationSerif-Regular.ttf");
static BOLD: &[u8] = include_bytes!("../../assets/fonts/LiberationSerif-Bold.ttf");

/// US Letter, in points.
pub const PAGE_WIDTH: f32 = 612.0;
pub const PAGE_HEIGHT: f32 = 792.0;
/// The band at the foot of every exhibit page that holds the stamp; the
/// exhibit's own page is scaled to fit above it.
pub const STAMP_BAND: f32 = 40.0;
/// Margins of the pages `rebut` draws, and of images placed on a page.
pub const MARGIN: f32 = 54.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Regular,
    Bold,
}

/// One face, and the glyphs a document has used from it so far.
pub struct FontUse {
    data: &'static [u8],
    face: ttf_parser::Face<'static>,
    base_name: &'static str,
    /// Glyph id of the full font, and the text it stands for.
    used: BTreeMap<u16, char>,
    fallback: u16,
    /// Characters asked for that the face lacks (drawn as "?").
    pub missing: BTreeSet<char>,
}

impl FontUse {
    fn new(data: &'static [u8], base_name: &'static str) -> FontUse {
        let face = ttf_parser::Face::parse(data, 0).expect("the bundled font parses");
        let fallback = face.glyph_index('?').map_or(0, |g| g.0);
        FontUse {
            data,
            face,
            base_name,
            used: BTreeMap::new(),
            fallback,
            missing: BTreeSet::new(),
        }
    }

    fn glyph(&self, c: char) -> u16 {
        match c {
            // Layout characters the page draws as ordinary spaces.
            '\t' | '\u{a0}' => self.glyph(' '),
            _ => self.face.glyph_index(c).map_or(self.fallback, |g| g.0),
        }
    }

    /// The width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| {
                u32::from(
                    self.face
                        .glyph_hor_advance(ttf_parser::GlyphId(self.glyph(c)))
                        .unwrap_or(0),
                )
            })
            .sum();
        units as f32 * size / f32::from(self.face.units_per_em())
    }

    /// `text` as a hexadecimal string of glyph ids, for `Tj`; remembers the
    /// glyphs for the subset and the `ToUnicode` map.
    fn encode(&mut self, text: &str) -> String {
        let mut hex = String::with_capacity(text.len() * 4 + 2);
        hex.push('<');
        for c in text.chars() {
            let gid = self.glyph(c);
            let shown = if gid == self.fallback && c != '?' && self.face.glyph_index(c).is_none() {
                self.missing.insert(c);
                '?'
            } else {
                c
            };
            self.used.entry(gid).or_insert(shown);
            let _ = write!(hex, "{gid:04X}");
        }
        hex.push('>');
        hex
    }

    /// Adds the font, subset to the glyphs used, to `doc`; returns the
    /// Type 0 font's id.
    fn embed(&self, doc: &mut Document) -> ObjectId {
        let mut remapper = subsetter::GlyphRemapper::new();
        for &gid in self.used.keys() {
            remapper.remap(gid);
        }
        // A subset of our own bundled font cannot fail; if it ever did, the
        // whole font is a correct (larger) fallback.
        let (program, subset) = match subsetter::subset(self.data, 0, &remapper) {
            Ok(bytes) => (bytes, true),
            Err(_) => (self.data.to_vec(), false),
        };
        let max_cid = self.used.keys().next_back().copied().unwrap_or(0);
        let mut cid_to_gid = Vec::with_capacity(2 * (usize::from(max_cid) + 1));
        for cid in 0..=max_cid {
            let gid = if subset {
                remapper.get(cid).unwrap_or(0)
            } else {
                cid
            };
            cid_to_gid.extend_from_slice(&gid.to_be_bytes());
        }

        let upem = f32::from(self.face.units_per_em());
        let scale = |v: i16| (f32::from(v) * 1000.0 / upem).round() as i64;
        let name = format!("{}+{}", subset_tag(&self.used), self.base_name);

        let file = compressed(dictionary! { "Length1" => program.len() as i64 }, program);
        let file_id = doc.add_object(file);
        let bbox = self.face.global_bounding_box();
        let descriptor = doc.add_object(dictionary! {
            "Type" => "FontDescriptor",
            "FontName" => Object::Name(name.clone().into_bytes()),
            // Serif (2) and nonsymbolic (32).
            "Flags" => 34,
            "FontBBox" => vec![
                scale(bbox.x_min).into(),
                scale(bbox.y_min).into(),
                scale(bbox.x_max).into(),
                scale(bbox.y_max).into(),
            ],
            "ItalicAngle" => 0,
            "Ascent" => scale(self.face.ascender()),
            "Descent" => scale(self.face.descender()),
            "CapHeight" => scale(self.face.capital_height().unwrap_or(self.face.ascender())),
            "StemV" => 80,
            "FontFile2" => file_id,
        });
        let map_id = doc.add_object(compressed(Dictionary::new(), cid_to_gid));
        let mut widths = Vec::new();
        for &gid in self.used.keys() {
            let advance = self.face.glyph_hor_advance(ttf_parser::GlyphId(gid)).unwrap_or(0);
            widths.push(Object::Integer(i64::from(gid)));
            widths.push(Object::Array(vec![Object::Integer(
                (f32::from(advance) * 1000.0 / upem).round() as i64,
            )]));
        }
        let descendant = doc.add_object(dictionary! {
            "Type" => "Font",
            "Subtype" => "CIDFontType2",
            "BaseFont" => Object::Name(name.clone().into_bytes()),
            "CIDSystemInfo" => dictionary! {
                "Registry" => Object::string_literal("Adobe"),
                "Ordering" => Object::string_literal("Identity"),
                "Supplement" => 0,
            },
            "FontDescriptor" => descriptor,
            "DW" => 1000,
            "W" => widths,
            "CIDToGIDMap" => map_id,
        });
        let to_unicode = doc.add_object(compressed(Dictionary::new(), self.to_unicode().into_bytes()));
        doc.add_object(dictionary! {
            "Type" => "Font",
            "Subtype" => "Type0",
            "BaseFont" => Object::Name(name.into_bytes()),
            "Encoding" => "Identity-H",
            "DescendantFonts" => vec![descendant.into()],
            "ToUnicode" => to_unicode,
        })
    }

    fn to_unicode(&self) -> String {
        let mut cmap = String::from(
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
        );
        let entries: Vec<(&u16, &char)> = self.used.iter().collect();
        for chunk in entries.chunks(100) {
            let _ = writeln!(cmap, "{} beginbfchar", chunk.len());
            for (gid, c) in chunk {
                let mut units = [0u16; 2];
                let hex: String = c
                    .encode_utf16(&mut units)
                    .iter()
                    .map(|u| format!("{u:04X}"))
                    .collect();
                let _ = writeln!(cmap, "<{gid:04X}> <{hex}>");
            }
            cmap.push_str("endbfchar\n");
        }
        cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        cmap
    }
}

/// Six capital letters naming a subset, derived from the glyphs in it so
/// that the same pages give the same name.
fn subset_tag(used: &BTreeMap<u16, char>) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for gid in used.keys() {
        for byte in gid.to_be_bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    (0..6)
        .map(|i| char::from(b'A' + ((hash >> (i * 8)) % 26) as u8))
        .collect()
}

/// A stream compressed with Flate, deterministic for the same content.
pub fn compressed(mut dict: Dictionary, content: Vec<u8>) -> Stream {
    dict.set("Filter", "FlateDecode");
    Stream::new(dict, deflate(&content)).with_compression(false)
}

thread_local! {
    /// One compressor for every stream: a fresh one per stream (what
    /// `lopdf` does) allocates its large aligned state each time, which
    /// leaves the allocator's heap fragmented over a thousand pages.
    static DEFLATE: std::cell::RefCell<flate2::Compress> =
        std::cell::RefCell::new(flate2::Compress::new(flate2::Compression::default(), true));
}

/// `bytes` in the zlib format.
pub fn deflate(bytes: &[u8]) -> Vec<u8> {
    DEFLATE.with(|cell| {
        let mut z = cell.borrow_mut();
        z.reset();
        let mut out = Vec::with_capacity(bytes.len() / 2 + 64);
        loop {
            let consumed = z.total_in() as usize;
            // Only a full output buffer stops it short of the end; make room.
            match z.compress_vec(&bytes[consumed..], &mut out, flate2::FlushCompress::Finish) {
                Ok(flate2::Status::StreamEnd) => break,
                Ok(_) => out.reserve(out.capacity().max(64)),
                Err(_) => unreachable!("deflating bytes in memory cannot fail"),
            }
        }
        out
    })
}

/// The regular and bold faces of one output document.
pub struct Fonts {
    pub regular: FontUse,
    pub bold: FontUse,
}

/// The resource names generated pages use for the two faces.
pub const REGULAR_NAME: &str = "RbR";
pub const BOLD_NAME: &str = "RbB";

impl Default for Fonts {
    fn default() -> Self {
        Fonts {
            regular: FontUse::new(REGULAR, "LiberationSerif"),
            bold: FontUse::new(BOLD, "LiberationSerif-Bold"),
        }
    }
}

impl Fonts {
    pub fn face(&self, style: Style) -> &FontUse {
        match style {
            Style::Regular => &self.regular,
            Style::Bold => &self.bold,
        }
    }

    fn face_mut(&mut self, style: Style) -> &mut FontUse {
        match style {
            Style::Regular => &mut self.regular,
            Style::Bold => &mut self.bold,
        }
    }

    /// The characters either face was asked for and lacks.
    pub fn missing(&self) -> BTreeSet<char> {
        self.regular.missing.union(&self.bold.missing).copied().collect()
    }

    /// Embeds both faces; the font resource dictionary for generated pages.
    pub fn embed(&self, doc: &mut Document) -> Dictionary {
        let regular = self.regular.embed(doc);
        let bold = self.bold.embed(doc);
        dictionary! { REGULAR_NAME => regular, BOLD_NAME => bold }
    }
}

/// A content stream being drawn.
#[derive(Default)]
pub struct Canvas {
    pub ops: String,
}

impl Canvas {
    /// Draws `text` with its baseline's left end at (`x`, `y`).
    pub fn text(&mut self, fonts: &mut Fonts, style: Style, size: f32, x: f32, y: f32, text: &str) {
        let name = match style {
            Style::Regular => REGULAR_NAME,
            Style::Bold => BOLD_NAME,
        };
        let hex = fonts.face_mut(style).encode(text);
        let _ = writeln!(
            self.ops,
            "BT /{name} {} Tf 1 0 0 1 {} {} Tm {hex} Tj ET",
            num(size),
            num(x),
            num(y)
        );
    }

    /// Draws `text` centred on `x`.
    pub fn centred(&mut self, fonts: &mut Fonts, style: Style, size: f32, x: f32, y: f32, text: &str) {
        let width = fonts.face(style).width(text, size);
        self.text(fonts, style, size, x - width / 2.0, y, text);
    }

    /// Draws `text` ending at `x`.
    pub fn right(&mut self, fonts: &mut Fonts, style: Style, size: f32, x: f32, y: f32, text: &str) {
        let width = fonts.face(style).width(text, size);
        self.text(fonts, style, size, x - width, y, text);
    }

    /// A horizontal rule from `x0` to `x1` at height `y`.
    pub fn rule(&mut self, x0: f32, x1: f32, y: f32, width: f32) {
        let _ = writeln!(
            self.ops,
            "q {} w 0 G {} {} m {} {} l S Q",
            num(width),
            num(x0),
            num(y),
            num(x1),
            num(y)
        );
    }
}

/// A number as a content stream writes it: at most three decimals, no
/// exponent, no trailing zeros.
pub fn num(value: f32) -> String {
    let rounded = (f64::from(value) * 1000.0).round() / 1000.0;
    let mut text = format!("{rounded:.3}");
    while text.ends_with('0') {
        text.pop();
    }
    if text.ends_with('.') {
        text.pop();
    }
    if text == "-0" { "0".to_owned() } else { text }
}

/// Breaks `text` into lines no wider than `width` at `size` points, at
/// spaces; a word wider than the line is broken between characters.
pub fn wrap(fonts: &Fonts, style: Style, size: f32, width: f32, text: &str) -> Vec<String> {
    let face = fonts.face(style);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if face.width(&candidate, size) <= width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            line.push(c);
            if face.width(&line, size) > width && line.chars().count() > 1 {
                let last = line.pop().expect("a character was just pushed");
                lines.push(std::mem::take(&mut line));
                line.push(last);
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// A PDF text string: PDFDocEncoding is ASCII for the printable range;
/// anything else goes as UTF-16BE with a byte order mark.
pub fn text_string(text: &str) -> Object {
    if text.chars().all(|c| (' '..='~').contains(&c)) {
        Object::String(text.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deflated_streams_inflate_to_their_content() {
        use std::io::Read as _;
        let content: Vec<u8> = (0..200_000u32)
            .map(|i| (i % 251) as u8 ^ (i / 1000) as u8)
            .collect();
        for input in [&b""[..], b"BT /RbR 9 Tf ET", &content] {
            let packed = deflate(input);
            let mut back = Vec::new();
            flate2::read::ZlibDecoder::new(&packed[..])
                .read_to_end(&mut back)
                .unwrap();
            assert_eq!(back, input);
        }
        assert_eq!(deflate(&content), deflate(&content), "deterministic");
    }

    #[test]
    fn numbers_are_short_and_never_exponents() {
        assert_eq!(num(612.0), "612");
        assert_eq!(num(0.5), "0.5");
        assert_eq!(num(1.0 / 3.0), "0.333");
        assert_eq!(num(-0.0001), "0");
        assert_eq!(num(1e-7), "0");
    }

    #[test]
    fn accented_and_cyrillic_letters_have_glyphs_of_their_own() {
        let fonts = Fonts::default();
        for c in ['é', 'ñ', 'Ł', 'ü', 'Ж', 'ß', '\u{2013}'] {
            let gid = fonts.regular.glyph(c);
            assert_ne!(gid, fonts.regular.fallback, "{c}");
            assert_ne!(gid, 0, "{c}");
        }
    }

    #[test]
    fn lines_wrap_at_spaces_within_the_width() {
        let fonts = Fonts::default();
        let text = "Declaration of Dr. Naomi Berg on the urgency of the treatment in Boston";
        let lines = wrap(&fonts, Style::Regular, 12.0, 150.0, text);
        assert!(lines.len() > 2, "{lines:?}");
        for line in &lines {
            assert!(fonts.regular.width(line, 12.0) <= 150.0, "{line}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn text_strings_are_ascii_or_utf16_with_a_mark() {
        assert_eq!(
            text_string("Exhibit A"),
            Object::String(b"Exhibit A".to_vec(), StringFormat::Literal)
        );
        let Object::String(bytes, _) = text_string("Peña") else {
            panic!("a string")
        };
        assert_eq!(&bytes[..2], &[0xFE, 0xFF]);
        assert_eq!(bytes.len(), 2 + 2 * 4);
    }

    #[test]
    fn the_subset_name_depends_on_the_glyphs() {
        let mut a = Fonts::default();
        let mut b = Fonts::default();
        a.regular.encode("Peña");
        b.regular.encode("Pena");
        assert_ne!(subset_tag(&a.regular.used), subset_tag(&b.regular.used));
        let mut c = Fonts::default();
        c.regular.encode("añeP");
        assert_eq!(subset_tag(&a.regular.used), subset_tag(&c.regular.used));
    }
}

//! Reading a source PDF's page as the packet needs it: its visible box and
//! rotation (inherited attributes resolved), its content, and its
//! annotations. Preflight judges a file with these; the merge copies with
//! them.

use super::typeset::{PAGE_HEIGHT, PAGE_WIDTH};
use lopdf::{Dictionary, Document, Object, ObjectId};

pub(super) type Matrix = [f32; 6];

pub(super) fn number(object: &Object) -> Option<f32> {
    match object {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

pub(super) fn resolve<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    doc.dereference(object).map_or(object, |(_, o)| o)
}

pub(super) fn rect(doc: &Document, object: &Object) -> Option<[f32; 4]> {
    let items = resolve(doc, object).as_array().ok()?;
    let values: Vec<f32> = items.iter().filter_map(|o| number(resolve(doc, o))).collect();
    let [a, b, c, d] = values[..] else {
        return None;
    };
    Some([a.min(c), b.min(d), a.max(c), b.max(d)])
}

/// A page attribute, from the page or the nearest ancestor that has it.
pub(super) fn inherited<'a>(doc: &'a Document, page: ObjectId, key: &[u8]) -> Option<&'a Object> {
    let mut node = doc.get_dictionary(page).ok()?;
    for _ in 0..64 {
        if let Ok(value) = node.get(key) {
            return Some(value);
        }
        let parent = node.get(b"Parent").and_then(Object::as_reference).ok()?;
        node = doc.get_dictionary(parent).ok()?;
    }
    None
}

/// A page's visible box and rotation.
#[derive(Debug, Clone, Copy)]
pub struct Geometry {
    pub crop: [f32; 4],
    pub rotate: u16,
}

impl Geometry {
    pub fn of(doc: &Document, page: ObjectId) -> Geometry {
        let letter = [0.0, 0.0, PAGE_WIDTH, PAGE_HEIGHT];
        let media = inherited(doc, page, b"MediaBox")
            .and_then(|o| rect(doc, o))
            .filter(|r| r[2] - r[0] > 1.0 && r[3] - r[1] > 1.0)
            .unwrap_or(letter);
        let crop = inherited(doc, page, b"CropBox")
            .and_then(|o| rect(doc, o))
            .map(|c| {
                [
                    c[0].max(media[0]),
                    c[1].max(media[1]),
                    c[2].min(media[2]),
                    c[3].min(media[3]),
                ]
            })
            .filter(|r| r[2] - r[0] > 1.0 && r[3] - r[1] > 1.0)
            .unwrap_or(media);
        let rotate = inherited(doc, page, b"Rotate")
            .and_then(|o| number(resolve(doc, o)))
            .map_or(0, |r| (((r / 90.0).round() as i64).rem_euclid(4) * 90) as u16);
        Geometry { crop, rotate }
    }

    /// Width and height as the page is shown, rotation applied.
    pub fn visible_size(&self) -> (f32, f32) {
        let (w, h) = (self.crop[2] - self.crop[0], self.crop[3] - self.crop[1]);
        if self.rotate % 180 == 90 { (h, w) } else { (w, h) }
    }

    /// Maps the visible box, rotated as shown, onto (0, 0)–(width, height).
    pub(super) fn upright(&self) -> Matrix {
        let [x0, y0, x1, y1] = self.crop;
        match self.rotate {
            90 => [0.0, -1.0, 1.0, 0.0, -y0, x1],
            180 => [-1.0, 0.0, 0.0, -1.0, x1, y1],
            270 => [0.0, 1.0, -1.0, 0.0, y1, -x0],
            _ => [1.0, 0.0, 0.0, 1.0, -x0, -y0],
        }
    }
}

/// The content a page draws: one stream to reuse as it is, or several
/// joined (decoded) into one.
pub enum PageContent {
    Single(ObjectId),
    Joined(Vec<u8>),
}

pub fn page_content(doc: &Document, page: ObjectId) -> Result<PageContent, String> {
    let dict = doc.get_dictionary(page).map_err(|e| e.to_string())?;
    let contents = match dict.get(b"Contents") {
        Ok(c) => c,
        Err(_) => return Ok(PageContent::Joined(Vec::new())),
    };
    let ids: Vec<ObjectId> = match contents {
        Object::Reference(id) => match doc.get_object(*id) {
            Ok(Object::Stream(_)) => return Ok(PageContent::Single(*id)),
            Ok(Object::Array(items)) => items.iter().filter_map(|o| o.as_reference().ok()).collect(),
            _ => return Err("its content is missing".into()),
        },
        Object::Array(items) => items.iter().filter_map(|o| o.as_reference().ok()).collect(),
        _ => return Err("its content is not a stream".into()),
    };
    let mut joined = Vec::new();
    for id in ids {
        let stream = doc
            .get_object(id)
            .and_then(Object::as_stream)
            .map_err(|e| e.to_string())?;
        let bytes = if stream.dict.has(b"Filter") {
            stream.decompressed_content().map_err(|e| e.to_string())?
        } else {
            stream.content.clone()
        };
        joined.extend_from_slice(&bytes);
        joined.push(b'\n');
    }
    Ok(PageContent::Joined(joined))
}

/// One annotation of a page, as far as the packet cares.
pub struct Annotation {
    /// As the page's `Annots` array holds it (a reference or a dictionary).
    pub(super) object: Object,
    pub(super) rect: Option<[f32; 4]>,
    /// Neither hidden nor a pop-up window.
    pub shown: bool,
    pub widget: bool,
    /// A link: kept as it is, nothing to show.
    pub link: bool,
    /// The normal appearance stream, in the state the annotation is in.
    pub appearance: Option<ObjectId>,
}

pub fn annotations(doc: &Document, page: ObjectId) -> Vec<Annotation> {
    let Some(list) = doc
        .get_dictionary(page)
        .ok()
        .and_then(|p| p.get(b"Annots").ok())
        .and_then(|a| resolve(doc, a).as_array().ok())
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for object in list {
        let Ok(dict) = resolve(doc, object).as_dict() else {
            continue;
        };
        let subtype = dict.get(b"Subtype").and_then(Object::as_name).unwrap_or(b"");
        let flags = dict
            .get(b"F")
            .ok()
            .and_then(|f| number(resolve(doc, f)))
            .map_or(0, |f| f as i64);
        // Hidden (2) or not to be viewed (32).
        let shown = subtype != b"Popup" && flags & (2 | 32) == 0;
        let appearance = dict
            .get(b"AP")
            .ok()
            .and_then(|ap| resolve(doc, ap).as_dict().ok())
            .and_then(|ap| ap.get(b"N").ok())
            .and_then(|n| match n {
                Object::Reference(id) => match doc.get_object(*id).ok()? {
                    Object::Stream(_) => Some(*id),
                    Object::Dictionary(states) => state_appearance(doc, dict, states),
                    _ => None,
                },
                Object::Dictionary(states) => state_appearance(doc, dict, states),
                _ => None,
            });
        out.push(Annotation {
            object: object.clone(),
            rect: dict.get(b"Rect").ok().and_then(|r| rect(doc, r)),
            shown,
            widget: subtype == b"Widget",
            link: subtype == b"Link",
            appearance,
        });
    }
    out
}

/// A check box's or radio button's appearance for its current state.
fn state_appearance(doc: &Document, annotation: &Dictionary, states: &Dictionary) -> Option<ObjectId> {
    let state = annotation.get(b"AS").and_then(Object::as_name).ok()?;
    let id = states.get(state).and_then(Object::as_reference).ok()?;
    matches!(doc.get_object(id), Ok(Object::Stream(_))).then_some(id)
}

//! A source page's geometry and what the packet reads of it: the
//! transformation matrices, the visible box and rotation (`Geometry`), the
//! content streams, and the annotations with whether each is shown. Both
//! the preflight (which reads every page first) and the merge (which copies
//! them) take these from here.

use super::source::{self, Decoder};
use super::typeset::{PAGE_HEIGHT, PAGE_WIDTH};
use lopdf::{Dictionary, Document, Object, ObjectId};

/// Annotation flags (PDF 32000-1, 12.5.3).
const HIDDEN: i64 = 2;
const PRINT: i64 = 4;
const NO_VIEW: i64 = 32;

/// Whether an annotation shows in the packet: never a hidden one or a
/// pop-up window; a link when it is viewed (links are not printed, but
/// they work in the filed PDF); anything else only when it is printed,
/// as paper would show it.
pub fn shown(subtype: &[u8], flags: i64) -> bool {
    if subtype == b"Popup" || flags & HIDDEN != 0 {
        return false;
    }
    if subtype == b"Link" {
        flags & NO_VIEW == 0
    } else {
        flags & PRINT != 0
    }
}

pub type Matrix = [f32; 6];

pub(super) const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `a`, then `b`.
pub(super) fn mul(a: Matrix, b: Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

pub fn apply(m: Matrix, x: f32, y: f32) -> (f32, f32) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

/// The bounding box of a rectangle after a transformation.
pub fn transform_rect(m: Matrix, r: [f32; 4]) -> [f32; 4] {
    let corners = [
        apply(m, r[0], r[1]),
        apply(m, r[2], r[1]),
        apply(m, r[0], r[3]),
        apply(m, r[2], r[3]),
    ];
    let xs = corners.map(|c| c.0);
    let ys = corners.map(|c| c.1);
    let min = |v: [f32; 4]| v.into_iter().fold(f32::INFINITY, f32::min);
    let max = |v: [f32; 4]| v.into_iter().fold(f32::NEG_INFINITY, f32::max);
    [min(xs), min(ys), max(xs), max(ys)]
}

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

/// A page's content, its streams decoded within the limits of `decoder`
/// when there are several to join.
pub fn page_content(doc: &Document, page: ObjectId, decoder: &mut Decoder) -> Result<PageContent, String> {
    let dict = doc.get_dictionary(page).map_err(|e| source::reason(&e))?;
    match source::content_streams(doc, dict)?[..] {
        [one] => Ok(PageContent::Single(one)),
        ref ids => decoder.page(doc, ids).map(PageContent::Joined),
    }
}

/// One annotation of a page, as far as the packet cares.
pub struct Annotation {
    /// As the page's `Annots` array holds it (a reference or a dictionary).
    pub(super) object: Object,
    pub(super) rect: Option<[f32; 4]>,
    /// Shown in the packet: see [`shown`].
    pub shown: bool,
    /// The optional content (layer) it belongs to.
    pub(super) oc: Option<Object>,
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
        let shown = shown(subtype, flags);
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
            oc: dict.get(b"OC").ok().cloned(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_paper_shows_is_shown_and_links_while_viewed() {
        assert!(shown(b"Widget", PRINT));
        assert!(!shown(b"Widget", 0), "a button that does not print");
        assert!(!shown(b"Widget", PRINT | HIDDEN));
        assert!(!shown(b"Popup", PRINT));
        assert!(shown(b"Link", 0));
        assert!(!shown(b"Link", NO_VIEW));
    }

    #[test]
    fn matrices_compose_in_drawing_order() {
        let scale = [2.0, 0.0, 0.0, 2.0, 0.0, 0.0];
        let shift = [1.0, 0.0, 0.0, 1.0, 10.0, 5.0];
        assert_eq!(apply(mul(scale, shift), 1.0, 1.0), (12.0, 7.0));
        assert_eq!(apply(mul(shift, scale), 1.0, 1.0), (22.0, 12.0));
    }

    #[test]
    fn a_rotated_page_is_turned_upright_onto_its_box() {
        let landscape = Geometry {
            crop: [0.0, 0.0, 612.0, 792.0],
            rotate: 90,
        };
        assert_eq!(landscape.visible_size(), (792.0, 612.0));
        let m = landscape.upright();
        // The corners land on the shown box, the bottom-left one at the top-left.
        assert_eq!(apply(m, 0.0, 0.0), (0.0, 612.0));
        assert_eq!(transform_rect(m, landscape.crop), [0.0, 0.0, 792.0, 612.0]);
        for rotate in [0, 180, 270] {
            let g = Geometry {
                crop: [10.0, 20.0, 110.0, 220.0],
                rotate,
            };
            let (w, h) = g.visible_size();
            assert_eq!(
                transform_rect(g.upright(), g.crop),
                [0.0, 0.0, w, h],
                "rotate {rotate}"
            );
        }
    }
}

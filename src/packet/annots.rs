//! Annotations that stay annotations in the packet (links, markup without
//! an appearance): which are shown on paper, what of them may come along
//! (no JavaScript, launching, submitting or importing; web links and
//! links within the document kept), their named destinations made
//! explicit, and every geometric key moved with the page.

pub use super::geometry::shown;
use super::geometry::{Matrix, apply, transform_rect};
use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::{HashMap, HashSet};

/// Whether two rectangles overlap.
pub fn overlaps(a: [f32; 4], b: [f32; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// Where an annotation marks the page, by its points (a highlight's
/// quadrilaterals, ink, vertices, a line) when it has them: a viewer draws
/// those, whatever its rectangle says.
pub fn extent(dict: &Dictionary) -> Option<[f32; 4]> {
    let mut points: Vec<f32> = Vec::new();
    for key in [&b"QuadPoints"[..], b"Vertices", b"L"] {
        points.extend(numbers(dict, key).unwrap_or_default());
    }
    if let Ok(strokes) = dict.get(b"InkList").and_then(Object::as_array) {
        for stroke in strokes {
            if let Ok(stroke) = stroke.as_array() {
                points.extend(stroke.iter().filter_map(number));
            }
        }
    }
    let pairs: Vec<&[f32]> = points.chunks_exact(2).collect();
    if pairs.is_empty() {
        return None;
    }
    let fold = |i: usize, f: fn(f32, f32) -> f32, start: f32| pairs.iter().map(|p| p[i]).fold(start, f);
    Some([
        fold(0, f32::min, f32::INFINITY),
        fold(1, f32::min, f32::INFINITY),
        fold(0, f32::max, f32::NEG_INFINITY),
        fold(1, f32::max, f32::NEG_INFINITY),
    ])
}

/// A kept annotation's dictionary, in the source's terms, made safe to
/// file: its additional actions removed, its action kept only when it
/// opens a web address or goes to a place in the document (without a
/// chain of further actions), named destinations made explicit, and links
/// to annotations that are not carried over dropped. `None` when it is a
/// link whose only job was an action that is removed.
pub fn sanitize(doc: &Document, dict: &Dictionary) -> Option<Dictionary> {
    let mut out = dict.clone();
    for key in [&b"AA"[..], b"P", b"Popup", b"Parent", b"IRT", b"StructParent"] {
        out.remove(key);
    }
    if let Ok(action) = dict.get(b"A") {
        match safe_action(doc, action) {
            Some(action) => out.set("A", action),
            None => {
                out.remove(b"A");
                if dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Link") && !dict.has(b"Dest")
                {
                    return None;
                }
            }
        }
    }
    if let Ok(dest) = dict.get(b"Dest") {
        match explicit(doc, dest) {
            Some(d) => out.set("Dest", d),
            None => {
                out.remove(b"Dest");
            }
        }
    }
    Some(out)
}

/// The action, if it is one the packet may carry: a web link (`URI`) or a
/// go-to within the document with its destination made explicit.
fn safe_action(doc: &Document, action: &Object) -> Option<Dictionary> {
    let dict = resolve(doc, action).as_dict().ok()?;
    let kind = dict.get(b"S").and_then(Object::as_name).ok()?;
    let mut out = Dictionary::new();
    out.set("S", Object::Name(kind.to_vec()));
    match kind {
        b"URI" => {
            let uri = resolve(doc, dict.get(b"URI").ok()?).clone();
            matches!(uri, Object::String(..)).then_some(())?;
            out.set("URI", uri);
        }
        b"GoTo" => out.set("D", explicit(doc, dict.get(b"D").ok()?)?),
        _ => return None,
    }
    Some(out)
}

/// A destination as an explicit array (page, fit, coordinates), looked up
/// by name in the document's `Dests` or its name tree when it is named.
pub fn explicit(doc: &Document, dest: &Object) -> Option<Object> {
    let mut dest = resolve(doc, dest);
    for _ in 0..4 {
        match dest {
            Object::Array(items) if items.first().is_some_and(|p| p.as_reference().is_ok()) => {
                return Some(dest.clone());
            }
            // A destination dictionary holds its array under `D`.
            Object::Dictionary(d) => dest = resolve(doc, d.get(b"D").ok()?),
            Object::Name(name) => dest = resolve(doc, old_style_dest(doc, name)?),
            Object::String(name, _) => dest = resolve(doc, name_tree_dest(doc, name)?),
            _ => return None,
        }
    }
    None
}

fn old_style_dest<'a>(doc: &'a Document, name: &[u8]) -> Option<&'a Object> {
    let dests = resolve(doc, doc.catalog().ok()?.get(b"Dests").ok()?)
        .as_dict()
        .ok()?;
    dests.get(name).ok()
}

fn name_tree_dest<'a>(doc: &'a Document, name: &[u8]) -> Option<&'a Object> {
    let names = resolve(doc, doc.catalog().ok()?.get(b"Names").ok()?)
        .as_dict()
        .ok()?;
    let root = names.get(b"Dests").ok()?;
    let mut seen = HashSet::new();
    find_in_name_tree(doc, root, name, 0, &mut seen)
}

fn find_in_name_tree<'a>(
    doc: &'a Document,
    node: &'a Object,
    name: &[u8],
    depth: usize,
    seen: &mut HashSet<ObjectId>,
) -> Option<&'a Object> {
    if depth > 32 {
        return None;
    }
    if let Object::Reference(id) = node
        && !seen.insert(*id)
    {
        return None;
    }
    let dict = resolve(doc, node).as_dict().ok()?;
    if let Ok(pairs) = dict.get(b"Names").map(|n| resolve(doc, n))
        && let Ok(pairs) = pairs.as_array()
    {
        for pair in pairs.chunks(2) {
            if let [Object::String(key, _), value] = pair
                && key == name
            {
                return Some(value);
            }
        }
    }
    let kids = resolve(doc, dict.get(b"Kids").ok()?).as_array().ok()?;
    kids.iter()
        .find_map(|kid| find_in_name_tree(doc, kid, name, depth + 1, seen))
}

/// Moves every geometric key of an annotation by `m`: its rectangle, the
/// quadrilaterals of a highlight, the strokes of ink, the vertices of a
/// polygon, the ends of a line, a callout line.
pub fn transform(dict: &mut Dictionary, m: Matrix) {
    if let Some(r) = numbers(dict, b"Rect").and_then(|v| <[f32; 4]>::try_from(v).ok()) {
        dict.set("Rect", reals(&transform_rect(m, r)));
    }
    for key in [&b"QuadPoints"[..], b"Vertices", b"L", b"CL"] {
        if let Some(v) = numbers(dict, key) {
            dict.set(key.to_vec(), reals(&points(m, &v)));
        }
    }
    let ink: Option<Vec<Object>> = dict
        .get(b"InkList")
        .ok()
        .and_then(|l| l.as_array().ok())
        .map(|strokes| {
            strokes
                .iter()
                .map(|s| {
                    let v: Vec<f32> = s
                        .as_array()
                        .map(|a| a.iter().filter_map(number).collect())
                        .unwrap_or_default();
                    Object::Array(reals(&points(m, &v)))
                })
                .collect()
        });
    if let Some(ink) = ink {
        dict.set("InkList", ink);
    }
}

/// A destination's coordinates follow its (new) page's placement; a fit
/// other than a point becomes the whole page.
pub fn transform_dest(dest: &mut Object, placements: &HashMap<ObjectId, Matrix>) {
    let Object::Array(items) = dest else {
        return;
    };
    let Some(m) = items
        .first()
        .and_then(|p| p.as_reference().ok())
        .and_then(|p| placements.get(&p))
    else {
        return;
    };
    let page = items[0].clone();
    let xyz = items.get(1).and_then(|k| k.as_name().ok()) == Some(b"XYZ");
    let left = items.get(2).and_then(number);
    let top = items.get(3).and_then(number);
    *items = match (xyz, left, top) {
        (true, Some(x), Some(y)) => {
            let (x, y) = apply(*m, x, y);
            let zoom = items.get(4).cloned().unwrap_or(Object::Null);
            vec![page, "XYZ".into(), Object::Real(x), Object::Real(y), zoom]
        }
        _ => vec![page, "Fit".into()],
    };
}

fn points(m: Matrix, v: &[f32]) -> Vec<f32> {
    v.chunks_exact(2)
        .flat_map(|p| {
            let (x, y) = apply(m, p[0], p[1]);
            [x, y]
        })
        .collect()
}

fn numbers(dict: &Dictionary, key: &[u8]) -> Option<Vec<f32>> {
    Some(
        dict.get(key)
            .ok()?
            .as_array()
            .ok()?
            .iter()
            .filter_map(number)
            .collect(),
    )
}

fn number(object: &Object) -> Option<f32> {
    match object {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

fn reals(v: &[f32]) -> Vec<Object> {
    v.iter().map(|x| Object::Real(*x)).collect()
}

fn resolve<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    doc.dereference(object).map_or(object, |(_, o)| o)
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    #[test]
    fn script_launch_and_submit_actions_are_stripped_and_web_links_kept() {
        let doc = Document::with_version("1.5");
        let link =
            |action: Dictionary| dictionary! { "Subtype" => "Link", "A" => action, "AA" => dictionary! {} };
        for kind in ["JavaScript", "Launch", "SubmitForm", "ImportData", "GoToR"] {
            assert!(
                sanitize(&doc, &link(dictionary! { "S" => kind })).is_none(),
                "{kind}"
            );
        }
        let web = sanitize(
            &doc,
            &link(
                dictionary! { "S" => "URI", "URI" => Object::string_literal("https://example.org"),
                "Next" => dictionary! { "S" => "JavaScript" } },
            ),
        )
        .unwrap();
        assert!(!web.has(b"AA"));
        let action = web.get(b"A").unwrap().as_dict().unwrap();
        assert!(!action.has(b"Next"));
        assert_eq!(action.get(b"S").unwrap().as_name().unwrap(), b"URI");
        // A highlight keeps itself without its action.
        let mark = dictionary! { "Subtype" => "Highlight", "A" => dictionary! { "S" => "JavaScript" } };
        assert!(!sanitize(&doc, &mark).unwrap().has(b"A"));
    }

    #[test]
    fn a_highlight_marks_where_its_quadrilaterals_are_whatever_its_rectangle() {
        // As py-pdf's annotated_pdf.pdf has it: a rectangle off the page.
        let dict = dictionary! {
            "Rect" => vec![676.into(), 719.into(), 854.into(), 676.into()],
            "QuadPoints" => vec![141.into(), 719.into(), 207.into(), 719.into(), 28.into(), 676.into(), 113.into(), 676.into()],
        };
        assert_eq!(extent(&dict), Some([28.0, 676.0, 207.0, 719.0]));
        assert!(overlaps(extent(&dict).unwrap(), [0.0, 0.0, 595.0, 842.0]));
        assert_eq!(extent(&dictionary! {}), None);
    }

    #[test]
    fn every_geometric_key_moves_with_the_page() {
        let double = [2.0, 0.0, 0.0, 2.0, 10.0, 0.0];
        let mut dict = dictionary! {
            "Rect" => vec![0.into(), 0.into(), 10.into(), 10.into()],
            "QuadPoints" => vec![1.into(), 2.into(), 3.into(), 4.into()],
            "InkList" => vec![Object::Array(vec![5.into(), 6.into()])],
            "Vertices" => vec![1.into(), 1.into()],
            "L" => vec![0.into(), 0.into(), 1.into(), 1.into()],
        };
        transform(&mut dict, double);
        let get = |k: &[u8]| numbers(&dict, k).unwrap();
        assert_eq!(get(b"Rect"), [10.0, 0.0, 30.0, 20.0]);
        assert_eq!(get(b"QuadPoints"), [12.0, 4.0, 16.0, 8.0]);
        assert_eq!(get(b"Vertices"), [12.0, 2.0]);
        assert_eq!(get(b"L"), [10.0, 0.0, 12.0, 2.0]);
        let ink = dict.get(b"InkList").unwrap().as_array().unwrap();
        let stroke: Vec<f32> = ink[0].as_array().unwrap().iter().filter_map(number).collect();
        assert_eq!(stroke, [20.0, 12.0]);
    }
}

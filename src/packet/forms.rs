//! What a PDF's interactive form says about how its pages may be copied:
//! whether it has fields, whether it asks viewers to redraw them from their
//! values (`NeedAppearances`), and whether it is digitally signed.

use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::HashSet;

/// A document's form, as far as the packet cares.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Form {
    /// Fields at the top of the form's field tree.
    pub fields: usize,
    /// The form asks viewers to redraw its fields' appearances.
    pub need_appearances: bool,
    /// A signature field holds a signature.
    pub signed: bool,
}

impl Form {
    pub fn of(doc: &Document) -> Form {
        let Some(acroform) = doc
            .catalog()
            .ok()
            .and_then(|c| c.get(b"AcroForm").ok())
            .and_then(|f| resolve(doc, f).as_dict().ok())
        else {
            return Form::default();
        };
        let fields = acroform
            .get(b"Fields")
            .ok()
            .and_then(|f| resolve(doc, f).as_array().ok())
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let need_appearances = matches!(
            acroform.get(b"NeedAppearances").map(|o| resolve(doc, o)),
            Ok(Object::Boolean(true))
        );
        let sig_flags = acroform
            .get(b"SigFlags")
            .ok()
            .and_then(|f| resolve(doc, f).as_i64().ok())
            .unwrap_or(0);
        let mut seen = HashSet::new();
        let signed = sig_flags & 1 == 1 || fields.iter().any(|f| has_signature(doc, f, 0, &mut seen));
        Form {
            fields: fields.len(),
            need_appearances,
            signed,
        }
    }
}

/// Whether a field, or one below it, is a signature field with a value.
fn has_signature(doc: &Document, field: &Object, depth: usize, seen: &mut HashSet<ObjectId>) -> bool {
    if depth > 32 {
        return false;
    }
    if let Object::Reference(id) = field
        && !seen.insert(*id)
    {
        return false;
    }
    let Ok(dict) = resolve(doc, field).as_dict() else {
        return false;
    };
    if is_signature(doc, dict) {
        return true;
    }
    dict.get(b"Kids")
        .ok()
        .and_then(|k| resolve(doc, k).as_array().ok())
        .is_some_and(|kids| kids.iter().any(|k| has_signature(doc, k, depth + 1, seen)))
}

fn is_signature(doc: &Document, dict: &Dictionary) -> bool {
    dict.get(b"FT").and_then(Object::as_name).ok() == Some(b"Sig")
        && dict
            .get(b"V")
            .is_ok_and(|v| !matches!(resolve(doc, v), Object::Null))
}

fn resolve<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    doc.dereference(object).map_or(object, |(_, o)| o)
}

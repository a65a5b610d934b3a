//! A case written back as YAML, in format 1, for the files the clinic
//! commands produce.
//!
//! The model serializes in the file's own shape ([`crate::model`]), with
//! `null` for what a file leaves out; the writer drops those, and empty
//! lists, so that the copy says no more than the original. The text goes
//! through serde-saphyr's serializer, which quotes whatever a reader could
//! take for another type; the loader reads the result back to the same case
//! (tested). Comments and layout of an original file are not kept.

use crate::model::Case;
use serde::Serialize;
use serde_json::Value;

/// The case as a format-1 YAML document.
pub fn case_to_yaml(case: &Case) -> String {
    #[derive(Serialize)]
    struct File<'a> {
        rebut: u32,
        #[serde(flatten)]
        case: &'a Case,
    }
    let mut file = serde_json::to_value(File { rebut: 1, case }).expect("a case serializes");
    prune(&mut file);
    let options = serde_saphyr::ser_options! {
        indent_step: 2,
    };
    serde_saphyr::to_string_with_options(&file, options).expect("a case serializes to YAML")
}

/// Drops what means the same as leaving the key out: `null`, and lists with
/// nothing in them.
fn prune(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.retain(|_, v| !matches!(v, Value::Null) && !matches!(v, Value::Array(a) if a.is_empty()));
            map.values_mut().for_each(prune);
        }
        Value::Array(items) => items.iter_mut().for_each(prune),
        _ => {}
    }
}

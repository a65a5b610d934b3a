//! The JSON Schema (draft 2020-12) of the case file, for editors that
//! complete and check keys as one types.
//!
//! The schema is derived from the model's own types ([`crate::model`]),
//! whose doc comments become the descriptions an editor shows, and from
//! the value shapes of [`crate::model::shapes`] (dates, ids, pinpoints, ...); this module
//! builds it and fills in the names the playbook defines (categories,
//! evidence types, its id) from the playbook in force, so `--playbook`
//! changes them. A test checks that the
//! schema and the loader accept and refuse the same files, cross-references
//! aside (a schema cannot tell that a cited id exists).

use crate::model::Case;
use crate::playbook::Playbook;
use schemars::SchemaGenerator;
use schemars::generate::SchemaSettings;
use serde_json::{Value, json};

/// Where `rebut schema > rebut.schema.json` is suggested to write the schema.
pub const SCHEMA_FILE: &str = "rebut.schema.json";

/// The first line of a case file that points YAML editors (the
/// yaml-language-server behind the common editor extensions) at the schema
/// written next to it.
pub const SCHEMA_COMMENT_HINT: &str = "# yaml-language-server: $schema=rebut.schema.json";

/// The same line for a schema at another path, relative to the case file.
pub fn schema_comment(schema_path: &str) -> String {
    format!("# yaml-language-server: $schema={schema_path}")
}

/// The schema of a case file under `playbook`.
pub fn case_schema(playbook: &Playbook) -> Value {
    let generator = SchemaGenerator::new(SchemaSettings::draft2020_12());
    let mut schema = generator.into_root_schema_for::<Case>().to_value();
    // The format line is the file's, not the model's.
    schema["description"] = json!(
        "A rebut case file: the decision being answered, the grounds it states, the evidence gathered, and which evidence answers which ground."
    );
    let properties = std::mem::take(&mut schema["properties"]);
    let mut with_format = serde_json::Map::new();
    with_format.insert(
        "rebut".to_owned(),
        json!({ "description": "The case file format; this version of rebut reads format `1`.", "type": "integer", "const": 1 }),
    );
    if let Value::Object(properties) = properties {
        with_format.extend(properties);
    }
    schema["properties"] = Value::Object(with_format);
    if let Some(required) = schema["required"].as_array_mut() {
        required.insert(0, json!("rebut"));
    }
    schema["title"] = json!(format!("rebut case file, format 1 (playbook `{}`)", playbook.id));
    let defs = &mut schema["$defs"];
    defs["Category"] = names(
        "One of the playbook's ground categories",
        playbook
            .categories
            .iter()
            .map(|c| (c.id.as_str(), c.label.as_str())),
    );
    defs["EvidenceType"] = names(
        "One of the playbook's evidence types",
        playbook
            .evidence_types
            .iter()
            .map(|t| (t.id.as_str(), t.label.as_str())),
    );
    defs["Fact"] = names(
        "One of the playbook's facts",
        playbook.facts.iter().map(|f| (f.id.as_str(), f.label.as_str())),
    );
    defs["PlaybookId"] = json!({
        "description": format!("The playbook this case is written for; only `{}` is in force", playbook.id),
        "type": "string",
        "const": playbook.id,
    });
    schema
}

/// An enum of the playbook's names, with their labels in the description.
fn names<'a>(what: &str, entries: impl Iterator<Item = (&'a str, &'a str)>) -> Value {
    let (ids, lines): (Vec<&str>, Vec<String>) = entries
        .map(|(id, label)| (id, format!("- `{id}`: {label}")))
        .unzip();
    json!({
        "description": format!("{what}:\n{}", lines.join("\n")),
        "type": "string",
        "enum": ids,
    })
}

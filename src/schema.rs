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

/// One key of the case file, as the schema describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    /// Its path: `case.beneficiary.born`; `[]` after a list
    /// (`grounds[].responses[].evidence[].pages`).
    pub path: String,
    /// The schema's description of it (the model's doc comment).
    pub description: Option<String>,
    /// Whether the map it stands in must have it.
    pub required: bool,
}

impl Key {
    /// The key as written in the file: `pages`.
    pub fn name(&self) -> &str {
        self.path.rsplit('.').next().unwrap_or(&self.path)
    }

    /// The path of the map it stands in (`grounds[]`), empty at the top.
    pub fn parent(&self) -> &str {
        self.path.rsplit_once('.').map_or("", |(parent, _)| parent)
    }
}

/// Every key of a case schema, each once, a map's keys in the model's
/// order and each followed by those inside it.
pub fn keys(schema: &Value) -> Vec<Key> {
    fn walk(node: &Value, defs: &Value, path: &str, out: &mut Vec<Key>, depth: usize) {
        // The model nests a few levels; a reference that loops stops here.
        if depth > 24 {
            return;
        }
        if let Some(name) = node["$ref"].as_str().and_then(|r| r.strip_prefix("#/$defs/")) {
            walk(&defs[name], defs, path, out, depth + 1);
        }
        for key in ["anyOf", "oneOf", "allOf"] {
            for child in node[key].as_array().into_iter().flatten() {
                walk(child, defs, path, out, depth + 1);
            }
        }
        if node.get("items").is_some() {
            walk(&node["items"], defs, &format!("{path}[]"), out, depth + 1);
        }
        let required = |key: &str| {
            node["required"]
                .as_array()
                .is_some_and(|r| r.iter().any(|k| k == key))
        };
        for (key, child) in node["properties"].as_object().into_iter().flatten() {
            let path = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            if out.iter().any(|k| k.path == path) {
                continue;
            }
            out.push(Key {
                path: path.clone(),
                description: child["description"].as_str().map(str::to_owned),
                required: required(key),
            });
            walk(child, defs, &path, out, depth + 1);
        }
    }
    let mut out = Vec::new();
    walk(schema, &schema["$defs"], "", &mut out, 0);
    out
}

//! `rebut graph`: the evidence map as SVG, DOT, Mermaid or JSON, to
//! standard output or to a file.

use super::{Error, GraphArgs, Outcome};
use crate::map;
use crate::write::{Mode, file_target, write_one};
use clap::ValueEnum;
use std::path::Path;

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphFormat {
    /// A picture drawn by rebut, for browsers and HTML
    Svg,
    /// Graphviz source
    Dot,
    /// A Mermaid flowchart, for Markdown
    Mermaid,
    /// Nodes and edges as data
    Json,
}

impl GraphFormat {
    /// The format a file name's extension asks for.
    fn from_extension(path: &Path) -> Option<GraphFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "svg" => Some(GraphFormat::Svg),
            "dot" | "gv" => Some(GraphFormat::Dot),
            "mmd" | "mermaid" => Some(GraphFormat::Mermaid),
            "json" => Some(GraphFormat::Json),
            _ => None,
        }
    }
}

pub fn run(args: &GraphArgs) -> Result<Outcome, Error> {
    let playbook = args.common.playbook()?;
    let checked = super::open(&args.case, &args.common, &playbook)?;
    let format = args
        .format
        .or_else(|| args.output.as_deref().and_then(GraphFormat::from_extension))
        .unwrap_or(GraphFormat::Svg);
    let text = match format {
        GraphFormat::Svg => map::svg(&checked),
        GraphFormat::Dot => map::dot(&checked),
        GraphFormat::Mermaid => map::mermaid(&checked),
        GraphFormat::Json => map::json(&checked),
    };
    match file_target(args.output.as_deref()) {
        None => super::print_text(&text)?,
        Some(target) => {
            let inputs = args.common.inputs([args.case.as_str()]);
            write_one(inputs, target, text.as_bytes(), Mode::Replace)
                .map_err(|e| Error::usage(e.to_string()))?;
        }
    }
    Ok(Outcome::Clean)
}

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

/// The format asked for, or the one `-o`'s extension names; a file named
/// for something else (`map.png`) is refused rather than given SVG under
/// that name.
fn format_of(args: &GraphArgs) -> Result<GraphFormat, Error> {
    let target = file_target(args.output.as_deref());
    let named = target.map(|t| (t, GraphFormat::from_extension(t)));
    match (args.format, named) {
        (Some(format), _) => Ok(format),
        (None, None) => Ok(GraphFormat::Svg),
        (None, Some((_, Some(format)))) => Ok(format),
        (None, Some((target, None))) if target.extension().is_none() => Ok(GraphFormat::Svg),
        (None, Some((target, None))) => Err(Error::refuse(
            format!(
                "rebut graph writes SVG (.svg), DOT (.dot, .gv), Mermaid (.mmd) or JSON (.json), and {} names none of them",
                crate::display::name(&target.to_string_lossy())
            ),
            "name the file with one of these extensions, or pass --format",
        )),
    }
}

pub fn run(args: &GraphArgs) -> Result<Outcome, Error> {
    let playbook = args.common.playbook()?;
    let checked = super::open(&args.case, &args.common, &playbook)?;
    let format = format_of(args)?;
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
            write_one(inputs, target, text.as_bytes(), Mode::file(args.force))
                .map_err(|e| Error::usage(e.to_string()))?;
        }
    }
    Ok(Outcome::Clean)
}

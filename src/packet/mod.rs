//! The filing packet (`docs/packet.md`): the front documents as they
//! are, the exhibit index, then for each lettered exhibit a divider sheet,
//! its pages and its certified translation, every exhibit page stamped with
//! its exhibit page and its packet page, bookmarked, in one PDF or in
//! volumes under a size limit.
//!
//! Letters and packet pages come from [`ExhibitPlan`], the computation the
//! memos cite with, so that the memo and the packet agree. [`preflight`]
//! reads every file first and refuses with all the problems at once;
//! nothing is assembled until every file is usable. [`merge`] copies pages
//! with `lopdf`, [`typeset`] draws the pages `rebut` makes, [`image`] turns
//! a JPEG or PNG into a page.

pub mod annots;
pub mod forms;
pub mod geometry;
pub mod image;
pub mod merge;
pub mod preflight;
pub mod source;
pub mod typeset;

use crate::exhibits::ExhibitPlan;
use crate::model::{Case, Loc};
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The default size limit of one volume, in megabytes.
pub const DEFAULT_MAX_MB: u64 = 12;

/// What `rebut packet` is asked for besides the case.
#[derive(Debug, Clone)]
pub struct Options {
    /// The folder the case file's paths are relative to.
    pub base_dir: PathBuf,
    /// Documents that go before the exhibits, as they are, in this order.
    pub front: Vec<PathBuf>,
    /// The largest volume, in bytes.
    pub max_bytes: u64,
    /// The largest document read (an exhibit, a translation, a front
    /// document), in bytes.
    pub max_file_bytes: u64,
}

/// Which part of the packet a problem is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A `--front` document.
    Front,
    /// A lettered exhibit's own file.
    Exhibit { letter: String, id: String },
    /// A lettered exhibit's certified translation.
    Translation { letter: String, id: String },
    /// The packet as a whole.
    Packet,
}

/// A problem with one input (an error refuses the packet; a warning does
/// not), named by the exhibit's letter and id and the file as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub subject: Subject,
    /// The file as the case file or the command line names it.
    pub file: Option<String>,
    /// Where the case file names the file (or the exhibit), when it does.
    pub loc: Option<Loc>,
    pub message: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.subject {
            Subject::Front => f.write_str("front document")?,
            Subject::Exhibit { letter, id } => write!(f, "Exhibit {letter} ({id})")?,
            Subject::Translation { letter, id } => write!(f, "Exhibit {letter} ({id}), translation")?,
            Subject::Packet => f.write_str("packet")?,
        }
        if let Some(file) = &self.file {
            write!(f, " {file}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// One PDF of the packet, as planned.
#[derive(Debug, Clone)]
pub struct Volume {
    /// Positions in the exhibit plan of the exhibits this volume holds.
    pub exhibits: Range<usize>,
}

/// A packet ready to be written: its files judged, its volumes planned.
/// Each volume is written by [`Packet::write`], straight to where it goes,
/// reading one document at a time.
#[derive(Debug)]
pub struct Packet<'c> {
    case: &'c Case,
    plan: &'c ExhibitPlan,
    prepared: preflight::Prepared,
    ranges: Vec<Range<usize>>,
    max_bytes: u64,
    pub volumes: Vec<Volume>,
    pub warnings: Vec<Issue>,
}

/// The preflight refused: every problem found, and the warnings too.
#[derive(Debug, Clone)]
pub struct Refused {
    pub problems: Vec<Issue>,
    pub warnings: Vec<Issue>,
}

pub use merge::{BuildError, Built};

/// Reads every file the packet needs and plans its volumes. Nothing is
/// written: the caller writes each of [`Packet::volumes`] with
/// [`Packet::write`] where [`volume_paths`] says.
pub fn build<'c>(case: &'c Case, plan: &'c ExhibitPlan, options: &Options) -> Result<Packet<'c>, Refused> {
    let prepared = preflight::run(case, plan, options)?;
    let warnings = prepared.warnings.clone();
    let ranges = merge::plan_volumes(case, plan, &prepared, options.max_bytes).map_err(|e| Refused {
        problems: vec![build_issue(e)],
        warnings: warnings.clone(),
    })?;
    let volumes = ranges
        .iter()
        .map(|r| Volume {
            exhibits: merge::exhibits_of(&prepared, r.clone()),
        })
        .collect();
    Ok(Packet {
        case,
        plan,
        prepared,
        ranges,
        max_bytes: options.max_bytes,
        volumes,
        warnings,
    })
}

impl Packet<'_> {
    /// Writes volume `n` to `out`.
    pub fn write(&self, n: usize, out: &mut dyn std::io::Write) -> Result<Built, BuildError> {
        merge::write_volume(self.case, self.plan, &self.prepared, &self.ranges, n, out)
    }

    /// The warnings the written volumes call for (one over the limit,
    /// characters the typeface lacks).
    pub fn written(&self, built: &[Built]) -> Vec<Issue> {
        merge::volume_warnings(
            self.case,
            self.plan,
            &self.prepared,
            &self.ranges,
            built,
            self.max_bytes,
        )
    }

    /// Writes every volume into memory: for tests and benchmarks.
    pub fn to_bytes(&self) -> Result<Vec<Vec<u8>>, BuildError> {
        (0..self.volumes.len())
            .map(|n| {
                let mut bytes = Vec::new();
                self.write(n, &mut bytes).map(|_| bytes)
            })
            .collect()
    }
}

/// A problem met while writing, as an issue to show.
pub fn build_issue(error: BuildError) -> Issue {
    match error {
        BuildError::Input { file, message } => Issue {
            subject: Subject::Packet,
            file: Some(file),
            loc: None,
            message,
        },
        BuildError::Io(e) => Issue {
            subject: Subject::Packet,
            file: None,
            loc: None,
            message: format!("could not be written: {e}"),
        },
    }
}

/// Where the volumes go: `packet.pdf` itself for one, else `packet-1.pdf`,
/// `packet-2.pdf`, … beside it.
pub fn volume_paths(output: &Path, count: usize) -> Vec<PathBuf> {
    if count <= 1 {
        return vec![output.to_path_buf()];
    }
    let stem = output
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "packet".to_owned());
    let extension = output
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_else(|| "pdf".to_owned());
    (1..=count)
        .map(|n| output.with_file_name(format!("{stem}-{n}.{extension}")))
        .collect()
}

/// Volumes of an earlier run of the same output name that this run would
/// leave beside its own: `packet-6.pdf` … when this run writes fewer,
/// `packet.pdf` when it writes numbered volumes, the numbered ones when it
/// writes one. Split into those `rebut` wrote (to remove) and other files
/// that only share the name (to refuse over, naming them).
pub fn stale_volumes(output: &Path, count: usize) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let current = volume_paths(output, count);
    let dir = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let stem = output.file_stem().map(|s| s.to_string_lossy().into_owned());
    let extension = output.extension().map(|e| e.to_string_lossy().into_owned());
    let (Some(stem), Some(extension)) = (stem, extension) else {
        return (Vec::new(), Vec::new());
    };
    let mut candidates: Vec<PathBuf> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.strip_prefix(&format!("{stem}-"))
                .and_then(|rest| rest.strip_suffix(&format!(".{extension}")))
                .is_some_and(|n| {
                    !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && !n.starts_with('0')
                })
        })
        .map(|entry| output.with_file_name(entry.file_name()))
        .collect();
    if count > 1 {
        candidates.push(output.to_path_buf());
    }
    candidates.sort_by_key(|p| volume_number(p));
    let mut ours = Vec::new();
    let mut others = Vec::new();
    for path in candidates {
        if current.contains(&path) || !path.is_file() {
            continue;
        }
        if written_by_rebut(&path) {
            ours.push(path);
        } else {
            others.push(path);
        }
    }
    (ours, others)
}

/// `packet-12.pdf` sorts after `packet-9.pdf`.
fn volume_number(path: &Path) -> (u64, PathBuf) {
    let n = path
        .file_stem()
        .and_then(|s| s.to_str())
        .and_then(|s| s.rsplit_once('-'))
        .and_then(|(_, n)| n.parse().ok())
        .unwrap_or(0);
    (n, path.to_path_buf())
}

/// Whether a file is a PDF that `rebut` produced: its document
/// information, which `rebut` writes last before the cross-reference
/// table, names it as the producer (a file of another version, up to
/// 100 MB, is read whole to tell).
fn written_by_rebut(path: &Path) -> bool {
    use std::io::{Read, Seek, SeekFrom};
    let Ok(mut file) = std::fs::File::open(path) else {
        return false;
    };
    let len = file.metadata().map_or(0, |m| m.len());
    let mut read_at = |from: u64, n: u64| -> Vec<u8> {
        let mut bytes = Vec::new();
        let _ = file
            .seek(SeekFrom::Start(from))
            .and_then(|_| (&mut file).take(n).read_to_end(&mut bytes));
        bytes
    };
    let tail = read_at(len.saturating_sub(1024), 1024);
    let xref = String::from_utf8_lossy(&tail)
        .rsplit_once("startxref")
        .and_then(|(_, rest)| rest.split_whitespace().next()?.parse::<u64>().ok());
    if let Some(xref) = xref {
        let before = read_at(xref.saturating_sub(65_536), 65_536.min(xref));
        if before.windows(16).any(|w| w == b"/Producer(rebut ") {
            return true;
        }
    }
    len <= 100_000_000
        && source::read(path, 100_000_000)
            .ok()
            .and_then(|(_, bytes)| lopdf::Document::load_metadata_mem(&bytes).ok())
            .and_then(|meta| meta.producer)
            .is_some_and(|p| p.starts_with("rebut "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_volume_keeps_its_name_and_several_are_numbered() {
        assert_eq!(
            volume_paths(Path::new("out/packet.pdf"), 1),
            [PathBuf::from("out/packet.pdf")]
        );
        assert_eq!(
            volume_paths(Path::new("out/packet.pdf"), 2),
            [
                PathBuf::from("out/packet-1.pdf"),
                PathBuf::from("out/packet-2.pdf")
            ]
        );
    }

    #[test]
    fn an_issue_names_the_letter_the_id_and_the_file() {
        let issue = Issue {
            subject: Subject::Exhibit {
                letter: "C".into(),
                id: "dr-paz".into(),
            },
            file: Some("letters/paz.pdf".into()),
            loc: None,
            message: "`pages` declares 4, the file has 3".into(),
        };
        assert_eq!(
            issue.to_string(),
            "Exhibit C (dr-paz) letters/paz.pdf: `pages` declares 4, the file has 3"
        );
    }
}

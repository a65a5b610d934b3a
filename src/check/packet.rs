//! What `rebut packet` will need, told by `check`: once any exhibit names
//! its `file`, every cited, received exhibit (and its certified
//! translation) must name one, and a PDF's page count must be the one the
//! case file declares (the memo's exhibit index counts on it). These are the
//! packet's own refusals, found before anyone assembles it.

use super::{Checker, Code, EvidenceGraph, Finding, Subject, finding};
use crate::model::{Case, Evidence};
use std::path::Path;

pub fn check_packet(case: &Case, graph: &EvidenceGraph, checker: &Checker<'_>, out: &mut Vec<Finding>) {
    let files_used = case
        .evidence
        .iter()
        .any(|e| e.file.is_some() || e.translation.as_ref().is_some_and(|t| t.file.is_some()));
    if !files_used {
        return;
    }
    for (i, item) in case.evidence.iter().enumerate() {
        if !graph.is_cited(i) || !item.is_received() {
            continue;
        }
        check_item(i, item, checker, out);
    }
}

fn check_item(i: usize, item: &Evidence, checker: &Checker<'_>, out: &mut Vec<Finding>) {
    let id = &item.id;
    let at = |code: Code, loc, message: String| finding(code, Subject::Evidence(i), id, loc, message);
    let note = |message: String| Finding {
        severity: super::Severity::Note,
        ..at(Code::MissingFile, item.loc, message)
    };
    match &item.file {
        None => out.push(note(format!(
            "{id} has no `file`; the packet will need it: add the path of the scanned document, relative to the case file"
        ))),
        Some(file) => {
            if let Some(count) = pdf_pages(&checker.base_dir.join(&file.value))
                && count != u64::from(item.pages)
            {
                out.push(at(
                    Code::PageCount,
                    file.loc,
                    format!(
                        "{id}: the PDF has {count} page{} but `pages` is {}{}; set `pages: {count}` (the exhibit index and the packet count on it)",
                        plural(count),
                        item.pages,
                        if item.pages == 1 { " (the default when it is not given)" } else { "" },
                    ),
                ));
            }
        }
    }
    let Some(t) = item.translation.as_ref().filter(|t| t.certified) else {
        return;
    };
    match &t.file {
        None => out.push(note(format!(
            "{id}'s certified translation has no `file`; the packet will need it: add `file:` under `translation`"
        ))),
        Some(file) => {
            let declared = u64::from(item.translation_pages());
            if let Some(count) = pdf_pages(&checker.base_dir.join(&file.value))
                && count != declared
            {
                out.push(at(
                    Code::PageCount,
                    file.loc,
                    format!(
                        "{id}: the translation's PDF has {count} page{} but `translation.pages` is {declared}{}; set `pages: {count}` under `translation`",
                        plural(count),
                        if t.pages.is_none() { " (the original's, when it is not given)" } else { "" },
                    ),
                ));
            }
        }
    }
}

fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Files larger than this are left to the packet, which has its own limit
/// and says why it refuses one.
const MAX_READ: u64 = 300 * 1024 * 1024;

/// The page count of a PDF, read from its page tree without loading the
/// pages; none for a file that is not a readable PDF (the packet says why).
/// Only a regular file of bounded size is opened: a FIFO or a device named
/// as an exhibit must not make `check` wait or read without end.
fn pdf_pages(path: &Path) -> Option<u64> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() > MAX_READ {
        return None;
    }
    let mut magic = [0u8; 5];
    let mut file = std::fs::File::open(path).ok()?;
    std::io::Read::read_exact(&mut file, &mut magic).ok()?;
    if &magic != b"%PDF-" {
        return None;
    }
    let metadata = lopdf::Document::load_metadata(path).ok()?;
    (metadata.page_count > 0).then_some(u64::from(metadata.page_count))
}

//! Every file the packet needs, read and judged before anything is built:
//! all the problems at once, each named by exhibit letter, id and file.

use super::image::{self, Image, Kind};
use super::source::{Geometry, annotations};
use super::{Issue, Options, Refused, Subject};
use crate::exhibits::{Exhibit, ExhibitPlan};
use crate::model::{Case, Evidence, Loc};
use lopdf::Document;
use std::path::Path;

/// A document read and found usable.
#[derive(Debug)]
pub struct Part {
    /// The file as the case file or the command line names it.
    pub file: String,
    pub content: Content,
    /// Its size on disk, for the volume size estimate.
    pub bytes: u64,
}

#[derive(Debug)]
pub enum Content {
    Pdf(Box<Document>),
    Image(Image),
}

/// A lettered exhibit's documents.
#[derive(Debug)]
pub struct Item {
    /// Position in the exhibit plan.
    pub exhibit: usize,
    pub original: Part,
    pub translation: Option<Part>,
}

/// Everything the packet is built from.
#[derive(Debug)]
pub struct Prepared {
    pub fronts: Vec<Part>,
    pub items: Vec<Item>,
    pub warnings: Vec<Issue>,
}

/// How many pages a document must have, and which key says so.
struct Declared {
    pages: u64,
    key: String,
}

pub fn run(case: &Case, plan: &ExhibitPlan, options: &Options) -> Result<Prepared, Refused> {
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let mut fronts = Vec::new();
    for path in &options.front {
        if let Some(part) = front(path, &mut problems, &mut warnings) {
            fronts.push(part);
        }
    }

    let mut items = Vec::new();
    for (position, exhibit) in plan.exhibits.iter().enumerate() {
        let evidence = &case.evidence[exhibit.evidence];
        let original = original(evidence, exhibit, options, &mut problems, &mut warnings);
        let translation = translation(evidence, exhibit, options, &mut problems, &mut warnings);
        if let Some(original) = original {
            items.push(Item {
                exhibit: position,
                original,
                translation,
            });
        }
    }
    if plan.exhibits.is_empty() {
        warnings.push(Issue {
            subject: Subject::Packet,
            file: None,
            loc: None,
            message:
                "no exhibit is cited and received, so the packet holds the index and the front documents only"
                    .into(),
        });
    }
    if problems.is_empty() {
        Ok(Prepared {
            fronts,
            items,
            warnings,
        })
    } else {
        Err(Refused { problems, warnings })
    }
}

/// A `--front` document, read and judged.
fn front(path: &Path, problems: &mut Vec<Issue>, warnings: &mut Vec<Issue>) -> Option<Part> {
    let shown = path.display().to_string();
    judge(Subject::Front, path, &shown, None, None, problems, warnings)
}

/// One file read and judged, its problems and warnings added to the lists.
fn judge(
    subject: Subject,
    path: &Path,
    shown: &str,
    loc: Option<Loc>,
    declared: Option<Declared>,
    problems: &mut Vec<Issue>,
    warnings: &mut Vec<Issue>,
) -> Option<Part> {
    let mut report = Report::new(subject, shown, loc);
    let part = inspect(path, shown, declared, &mut report);
    report.flush(problems, warnings);
    part
}

/// A lettered exhibit's own file, which it must name.
fn original(
    evidence: &Evidence,
    exhibit: &Exhibit,
    options: &Options,
    problems: &mut Vec<Issue>,
    warnings: &mut Vec<Issue>,
) -> Option<Part> {
    let subject = Subject::Exhibit {
        letter: exhibit.letter.clone(),
        id: evidence.id.clone(),
    };
    let Some(file) = &evidence.file else {
        problems.push(Issue {
            subject,
            file: None,
            loc: Some(evidence.loc),
            message: "has no `file`: add the path of the document, relative to the case file".into(),
        });
        return None;
    };
    let declared = Declared {
        pages: exhibit.pages,
        key: "`pages`".into(),
    };
    let path = options.base_dir.join(&file.value);
    judge(
        subject,
        &path,
        &file.value,
        Some(file.loc),
        Some(declared),
        problems,
        warnings,
    )
}

/// A lettered exhibit's translation: a certified one must name its file
/// and goes into the packet; one not certified is left out, with a warning
/// when it names a file.
fn translation(
    evidence: &Evidence,
    exhibit: &Exhibit,
    options: &Options,
    problems: &mut Vec<Issue>,
    warnings: &mut Vec<Issue>,
) -> Option<Part> {
    let t = evidence.translation.as_ref()?;
    let subject = Subject::Translation {
        letter: exhibit.letter.clone(),
        id: evidence.id.clone(),
    };
    if exhibit.translation_pages == 0 {
        if let Some(file) = &t.file {
            warnings.push(Issue {
                subject,
                file: Some(file.value.clone()),
                loc: Some(file.loc),
                message: "the translation is not certified, so it is left out of the packet".into(),
            });
        }
        return None;
    }
    let Some(file) = &t.file else {
        problems.push(Issue {
            subject,
            file: None,
            loc: Some(evidence.loc),
            message: "the certified translation has no `file`: add `file:` under `translation`, \
its pages follow the original's in the packet"
                .into(),
        });
        return None;
    };
    let key = match t.pages {
        Some(_) => "`translation.pages`".to_owned(),
        None => format!(
            "`translation.pages` (not given, so the original's {})",
            exhibit.pages
        ),
    };
    let declared = Declared {
        pages: exhibit.translation_pages,
        key,
    };
    let path = options.base_dir.join(&file.value);
    judge(
        subject,
        &path,
        &file.value,
        Some(file.loc),
        Some(declared),
        problems,
        warnings,
    )
}

/// The problems and warnings of one file.
struct Report {
    subject: Subject,
    file: String,
    loc: Option<Loc>,
    problems: Vec<String>,
    warnings: Vec<String>,
}

impl Report {
    fn new(subject: Subject, file: &str, loc: Option<Loc>) -> Report {
        Report {
            subject,
            file: file.to_owned(),
            loc,
            problems: Vec::new(),
            warnings: Vec::new(),
        }
    }

    fn flush(self, problems: &mut Vec<Issue>, warnings: &mut Vec<Issue>) {
        let issue = |message: String| Issue {
            subject: self.subject.clone(),
            file: Some(self.file.clone()),
            loc: self.loc,
            message,
        };
        problems.extend(self.problems.iter().cloned().map(issue));
        warnings.extend(self.warnings.iter().cloned().map(issue));
    }
}

fn inspect(path: &Path, shown: &str, declared: Option<Declared>, report: &mut Report) -> Option<Part> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            report.problems.push(if declared.is_some() {
                "no file at this path (paths are relative to the case file)".into()
            } else {
                "no file at this path".into()
            });
            return None;
        }
        Err(_) if path.is_dir() => {
            report.problems.push("is a folder, not a document".into());
            return None;
        }
        Err(e) => {
            report.problems.push(format!("cannot be read: {e}"));
            return None;
        }
    };
    let size = bytes.len() as u64;
    let (content, pages) = match image::sniff(&bytes) {
        None => {
            report
                .problems
                .push("is not a PDF, JPEG or PNG file (judged by its content, not its name)".into());
            return None;
        }
        Some(Kind::Pdf) => match read_pdf(&bytes, report) {
            Some(doc) => {
                let pages = doc.get_pages().len() as u64;
                (Content::Pdf(Box::new(doc)), pages)
            }
            None => return None,
        },
        Some(Kind::Jpeg) => match Image::jpeg(bytes) {
            Ok(image) => (Content::Image(image), 1),
            Err(e) => {
                report.problems.push(e);
                return None;
            }
        },
        Some(Kind::Png) => match Image::png(&bytes) {
            Ok(image) => (Content::Image(image), 1),
            Err(e) => {
                report.problems.push(e);
                return None;
            }
        },
    };
    if let Some(declared) = declared
        && declared.pages != pages
    {
        let what = match content {
            Content::Pdf(_) => format!("the PDF has {pages}"),
            Content::Image(_) => "an image is one page in the packet".to_owned(),
        };
        report.problems.push(format!(
            "{} declares {} page{}, but {what}",
            declared.key,
            declared.pages,
            if declared.pages == 1 { "" } else { "s" }
        ));
        return None;
    }
    Some(Part {
        file: shown.to_owned(),
        content,
        bytes: size,
    })
}

/// Loads a PDF, refusing one that needs a password or cannot be read, and
/// notes what the packet changes about it.
fn read_pdf(bytes: &[u8], report: &mut Report) -> Option<Document> {
    let doc = match Document::load_mem(bytes) {
        Ok(doc) => doc,
        Err(e) => {
            if is_encrypted(bytes) {
                report.problems.push(password_message());
            } else {
                report
                    .problems
                    .push(format!("is a damaged PDF that cannot be read ({e})"));
            }
            return None;
        }
    };
    if doc.is_encrypted() {
        report.problems.push(password_message());
        return None;
    }
    let pages = doc.get_pages();
    if pages.is_empty() {
        report
            .problems
            .push("is a damaged PDF: no pages can be found in it".into());
        return None;
    }
    let mut odd_sizes = Vec::new();
    let mut marked = 0usize;
    let mut no_appearance = Vec::new();
    for (&number, &page) in &pages {
        let geometry = Geometry::of(&doc, page);
        let (w, h) = geometry.visible_size();
        if (w - 612.0).abs() > 1.5 || (h - 792.0).abs() > 1.5 {
            odd_sizes.push((number, w, h));
        }
        if let Err(e) = super::source::page_content(&doc, page) {
            report
                .problems
                .push(format!("is a damaged PDF: page {number} cannot be read ({e})"));
            return None;
        }
        for annotation in annotations(&doc, page) {
            if annotation.shown && !annotation.link {
                marked += 1;
                if annotation.appearance.is_none() && annotation.widget {
                    no_appearance.push(number);
                }
            }
        }
    }
    if let Some(&(_, w, h)) = odd_sizes.first() {
        let numbers: Vec<u32> = odd_sizes.iter().map(|p| p.0).collect();
        report.warnings.push(format!(
            "{} Letter size ({} × {} pt{}); scaled to fit, never cropped",
            page_list(&numbers, pages.len()),
            w.round(),
            h.round(),
            if odd_sizes.len() > 1 { " for the first" } else { "" }
        ));
    }
    let has_fields = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"AcroForm").ok())
        .and_then(|f| doc.dereference(f).ok())
        .and_then(|(_, f)| f.as_dict().ok())
        .and_then(|f| f.get(b"Fields").ok())
        .and_then(|f| doc.dereference(f).ok())
        .and_then(|(_, f)| f.as_array().ok())
        .is_some_and(|f| !f.is_empty());
    if marked > 0 || has_fields {
        report.warnings.push(format!(
            "has form fields or annotations ({marked} shown); they are drawn into the page so that they stay visible"
        ));
    }
    if !no_appearance.is_empty() {
        no_appearance.dedup();
        report.warnings.push(format!(
            "a form field on {} has no appearance of its own, so its value may not show; \
save the form with its appearances (\"flatten\" or print to PDF) before filing",
            page_list(&no_appearance, pages.len())
        ));
    }
    Some(doc)
}

fn password_message() -> String {
    "needs a password to open; file a copy without protection (for example `qpdf --decrypt --password=... in.pdf out.pdf`)"
        .into()
}

/// Whether a PDF that failed to load has an encryption dictionary.
fn is_encrypted(bytes: &[u8]) -> bool {
    bytes.windows(8).any(|w| w == b"/Encrypt")
}

/// "page 3", "pages 1, 4 and 7", "all 5 pages".
fn page_list(numbers: &[u32], total: usize) -> String {
    match numbers {
        [one] if total > 1 => format!("page {one} is not"),
        [_] => "its page is not".to_owned(),
        _ if numbers.len() == total => format!("none of its {total} pages is"),
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(u32::to_string).collect();
            format!("pages {} and {last} are not", rest.join(", "))
        }
        [] => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_lists_read_as_english() {
        assert_eq!(page_list(&[3], 5), "page 3 is not");
        assert_eq!(page_list(&[1], 1), "its page is not");
        assert_eq!(page_list(&[1, 4, 7], 9), "pages 1, 4 and 7 are not");
        assert_eq!(page_list(&[1, 2], 2), "none of its 2 pages is");
    }
}

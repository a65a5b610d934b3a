//! Every file the packet needs, read and judged before anything is built:
//! all the problems at once, each named by exhibit letter, id and file.

use super::geometry::{Geometry, annotations, page_content};
use super::image::{self, Image, Kind};
use super::source::{self, FileKey};
use super::{Issue, Options, Refused, Subject};
use crate::exhibits::{Exhibit, ExhibitPlan};
use crate::model::{Case, Evidence, Loc};
use lopdf::{Document, ObjectId};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A document read and found usable. What it holds is not kept: it is
/// read again when its turn comes to be written, so that the packet never
/// holds more than one document at a time.
#[derive(Debug)]
pub struct Part {
    /// The file as the case file or the command line names it.
    pub file: String,
    /// Where it is read from, and which file that is.
    pub path: PathBuf,
    pub key: FileKey,
    pub kind: Kind,
    /// Its page count, as judged.
    pub pages: u64,
    /// Its size on disk, for the volume size estimate.
    pub bytes: u64,
    /// The most that is read of it.
    pub limit: u64,
}

/// What a file holds, read for writing.
#[derive(Debug)]
pub enum Content {
    Pdf(Box<Pdf>),
    Image(Image),
}

impl Part {
    /// Reads the document again to write it, refusing one that changed
    /// since it was judged.
    pub fn open(&self) -> Result<Content, String> {
        let (key, bytes) = source::read(&self.path, self.limit)?;
        let changed = || "changed while the packet was being made; run `rebut packet` again".to_owned();
        if key != self.key || bytes.len() as u64 != self.bytes {
            return Err(changed());
        }
        match self.kind {
            Kind::Pdf => {
                let mut ignored = Loaded::empty(0);
                let pdf = read_pdf(&bytes, &mut ignored, false).map_err(|e| e.join("; "))?;
                if pdf.pages.len() as u64 != self.pages {
                    return Err(changed());
                }
                Ok(Content::Pdf(Box::new(pdf)))
            }
            Kind::Jpeg => Image::jpeg(bytes).map(Content::Image),
            Kind::Png => Image::png(&bytes).map(Content::Image),
        }
    }
}

/// A PDF and its pages, from a walk of its page tree that was checked.
#[derive(Debug)]
pub struct Pdf {
    pub doc: Document,
    pub pages: Vec<ObjectId>,
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

/// A file as read once: what it holds, or why it cannot be used, and what
/// the packet changes about it.
#[derive(Clone)]
struct Loaded {
    content: Result<(Kind, u64), Vec<String>>,
    size: u64,
    notes: Vec<String>,
    /// Pages not Letter-sized: said of exhibits, which are scaled, not of
    /// front documents, which go in as they are.
    odd_sizes: Option<String>,
}

impl Loaded {
    fn empty(size: u64) -> Loaded {
        Loaded {
            content: Err(Vec::new()),
            size,
            notes: Vec::new(),
            odd_sizes: None,
        }
    }
}

/// Reads each file once, however many exhibits cite it.
struct Reader<'o> {
    options: &'o Options,
    files: HashMap<FileKey, Loaded>,
    problems: Vec<Issue>,
    warnings: Vec<Issue>,
}

pub fn run(case: &Case, plan: &ExhibitPlan, options: &Options) -> Result<Prepared, Refused> {
    let mut reader = Reader {
        options,
        files: HashMap::new(),
        problems: Vec::new(),
        warnings: Vec::new(),
    };
    let mut fronts = Vec::new();
    for path in &options.front {
        let shown = path.display().to_string();
        if let Some(part) = reader.judge(Subject::Front, path, &shown, None, None) {
            fronts.push(part);
        }
    }

    let mut items = Vec::new();
    for (position, exhibit) in plan.exhibits.iter().enumerate() {
        let evidence = &case.evidence[exhibit.evidence];
        let original = reader.original(evidence, exhibit);
        let translation = reader.translation(evidence, exhibit);
        if let Some(original) = original {
            items.push(Item {
                exhibit: position,
                original,
                translation,
            });
        }
    }
    let Reader {
        problems,
        mut warnings,
        ..
    } = reader;
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

impl Reader<'_> {
    /// One file read and judged, its problems and warnings added to the lists.
    fn judge(
        &mut self,
        subject: Subject,
        path: &Path,
        shown: &str,
        loc: Option<Loc>,
        declared: Option<Declared>,
    ) -> Option<Part> {
        let mut report = Report::new(subject, shown, loc);
        let part = self.inspect(path, shown, declared, &mut report);
        report.flush(&mut self.problems, &mut self.warnings);
        part
    }

    /// A path from the case file, warned about when it leads outside the
    /// case's folder.
    fn cited(&mut self, subject: &Subject, written: &str, loc: Loc) -> std::path::PathBuf {
        if let Some(target) = source::outside(&self.options.base_dir, written) {
            self.warnings.push(Issue {
                subject: subject.clone(),
                file: Some(written.to_owned()),
                loc: Some(loc),
                message: format!(
                    "is outside the case's folder ({}); check that it is the document you mean to file",
                    target.display()
                ),
            });
        }
        self.options.base_dir.join(written)
    }

    /// A lettered exhibit's own file, which it must name.
    fn original(&mut self, evidence: &Evidence, exhibit: &Exhibit) -> Option<Part> {
        let subject = Subject::Exhibit {
            letter: exhibit.letter.clone(),
            id: evidence.id.clone(),
        };
        let Some(file) = &evidence.file else {
            self.problems.push(Issue {
                subject,
                file: None,
                loc: Some(evidence.loc),
                message: "has no `file`: add the path of the document, relative to the case file".into(),
            });
            return None;
        };
        let key = if exhibit.pages == 1 {
            "`pages` is 1 (also when it is not given), but".to_owned()
        } else {
            format!("`pages` declares {} pages, but", exhibit.pages)
        };
        let declared = Declared {
            pages: exhibit.pages,
            key,
        };
        let path = self.cited(&subject, &file.value, file.loc);
        self.judge(subject, &path, &file.value, Some(file.loc), Some(declared))
    }

    /// A lettered exhibit's translation: a certified one must name its file
    /// and goes into the packet; one not certified is left out, with a warning
    /// when it names a file.
    fn translation(&mut self, evidence: &Evidence, exhibit: &Exhibit) -> Option<Part> {
        let t = evidence.translation.as_ref()?;
        let subject = Subject::Translation {
            letter: exhibit.letter.clone(),
            id: evidence.id.clone(),
        };
        if exhibit.translation_pages == 0 {
            if let Some(file) = &t.file {
                self.warnings.push(Issue {
                    subject,
                    file: Some(file.value.clone()),
                    loc: Some(file.loc),
                    message: "the translation is not certified, so it is left out of the packet".into(),
                });
            }
            return None;
        }
        let Some(file) = &t.file else {
            self.problems.push(Issue {
                subject,
                file: None,
                loc: Some(evidence.loc),
                message: "the certified translation has no `file`: add `file:` under `translation`, \
its pages follow the original's in the packet"
                    .into(),
            });
            return None;
        };
        let plural = |n: u64| if n == 1 { "" } else { "s" };
        let n = exhibit.translation_pages;
        let key = match t.pages {
            Some(_) => format!("`translation.pages` declares {n} page{}, but", plural(n)),
            None => format!(
                "`translation.pages` is not given, so the translation counts the original's {n} page{}, but",
                plural(n)
            ),
        };
        let declared = Declared { pages: n, key };
        let path = self.cited(&subject, &file.value, file.loc);
        self.judge(subject, &path, &file.value, Some(file.loc), Some(declared))
    }

    fn inspect(
        &mut self,
        path: &Path,
        shown: &str,
        declared: Option<Declared>,
        report: &mut Report,
    ) -> Option<Part> {
        let front = declared.is_none();
        let limit = self.options.max_file_bytes;
        let key = match source::identify(path, limit) {
            Ok(key) => key,
            Err(mut message) => {
                if !front && message == "no file at this path" {
                    message.push_str(" (paths are relative to the case file)");
                }
                report.problems.push(message);
                return None;
            }
        };
        let loaded = self
            .files
            .entry(key)
            .or_insert_with(|| match source::read(path, limit) {
                Ok((_, bytes)) => load(&bytes),
                Err(message) => {
                    let mut loaded = Loaded::empty(0);
                    loaded.content = Err(vec![message]);
                    loaded
                }
            });
        report.warnings.extend(loaded.notes.iter().cloned());
        if !front && let Some(odd) = &loaded.odd_sizes {
            report.warnings.push(odd.clone());
        }
        let (kind, pages) = match &loaded.content {
            Ok((kind, pages)) => (*kind, *pages),
            Err(problems) => {
                report.problems.extend(problems.iter().cloned());
                return None;
            }
        };
        if let Some(declared) = declared
            && declared.pages != pages
        {
            let what = match kind {
                Kind::Pdf => format!("the PDF has {pages}"),
                Kind::Jpeg | Kind::Png => "an image is one page in the packet".to_owned(),
            };
            report.problems.push(format!("{} {what}", declared.key));
            return None;
        }
        Some(Part {
            file: shown.to_owned(),
            path: path.to_path_buf(),
            key,
            kind,
            pages,
            bytes: loaded.size,
            limit,
        })
    }
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

/// What a file's bytes hold, judged by content.
fn load(bytes: &[u8]) -> Loaded {
    let mut loaded = Loaded::empty(bytes.len() as u64);
    loaded.content = match image::sniff(bytes) {
        None => Err(vec![
            "is not a PDF, JPEG or PNG file (judged by its content, not its name)".into(),
        ]),
        Some(Kind::Pdf) => read_pdf(bytes, &mut loaded, true).map(|pdf| (Kind::Pdf, pdf.pages.len() as u64)),
        Some(Kind::Jpeg) => Image::jpeg(bytes.to_vec())
            .map(|_| (Kind::Jpeg, 1))
            .map_err(|e| vec![e]),
        Some(Kind::Png) => Image::png(bytes).map(|_| (Kind::Png, 1)).map_err(|e| vec![e]),
    };
    loaded
}

/// Loads a PDF, refusing one that needs a password or cannot be read, and
/// notes what the packet changes about it.
/// `judge`: also read every page's content and annotations, to refuse what
/// cannot be copied and note what the packet changes (done once, at
/// preflight).
fn read_pdf(bytes: &[u8], loaded: &mut Loaded, judge: bool) -> Result<Pdf, Vec<String>> {
    let options = lopdf::LoadOptions {
        max_decompressed_size: Some(source::MAX_STREAM_BYTES),
        ..Default::default()
    };
    let doc = match Document::load_mem_with_options(bytes, options) {
        Ok(doc) => doc,
        Err(e) => {
            return Err(vec![if is_encrypted(bytes) {
                password_message()
            } else {
                format!("is a damaged PDF that cannot be read: {}", source::reason(&e))
            }]);
        }
    };
    if doc.is_encrypted() {
        return Err(vec![password_message()]);
    }
    let pages = source::pages(&doc).map_err(|e| vec![format!("is a damaged PDF: {e}")])?;
    if pages.is_empty() {
        return Err(vec!["is a damaged PDF: no pages can be found in it".into()]);
    }
    if !judge {
        return Ok(Pdf { doc, pages });
    }
    let mut odd_sizes = Vec::new();
    let mut marked = 0usize;
    let mut no_appearance = Vec::new();
    let mut decoder = source::Decoder::default();
    for (number, &page) in (1u32..).zip(&pages) {
        let geometry = Geometry::of(&doc, page);
        let (w, h) = geometry.visible_size();
        if (w - 612.0).abs() > 1.5 || (h - 792.0).abs() > 1.5 {
            odd_sizes.push((number, w, h));
        }
        if let Err(e) = page_content(&doc, page, &mut decoder) {
            return Err(vec![format!("page {number} cannot be used: {e}")]);
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
        loaded.odd_sizes = Some(format!(
            "{} Letter size ({} × {} pt{}); scaled to fit, never cropped",
            page_list(&numbers, pages.len()),
            w.round(),
            h.round(),
            if odd_sizes.len() > 1 { " for the first" } else { "" }
        ));
    }
    let form = super::forms::Form::of(&doc);
    if form.need_appearances && form.fields > 0 {
        return Err(vec![
            "is a form saved with \"NeedAppearances\": it asks the viewer to redraw its fields from their \
values, so the appearances saved in it may be empty or out of date and the packet would show those; \
open it in a PDF viewer and save a flattened copy (\"Print to PDF\") before filing"
                .into(),
        ]);
    }
    if marked > 0 || form.fields > 0 {
        loaded.notes.push(format!(
            "has form fields or annotations ({marked} shown); they are drawn into the page so that they stay visible"
        ));
    }
    if !no_appearance.is_empty() {
        no_appearance.dedup();
        loaded.notes.push(format!(
            "a form field on {} has no appearance of its own, so its value may not show; \
save the form with its appearances (\"flatten\" or print to PDF) before filing",
            pages_named(&no_appearance, pages.len())
        ));
    }
    if form.signed {
        loaded.notes.push(
            "is digitally signed: the packet copies its pages, so the signature cannot be verified in the \
packet; keep the signed original to show on request"
                .into(),
        );
    }
    Ok(Pdf { doc, pages })
}

fn password_message() -> String {
    "needs a password to open; file a copy without protection (for example `qpdf --decrypt --password=... in.pdf out.pdf`)"
        .into()
}

/// Whether a PDF that failed to load has an encryption dictionary.
fn is_encrypted(bytes: &[u8]) -> bool {
    bytes.windows(8).any(|w| w == b"/Encrypt")
}

/// "page 3", "its page", "pages 1, 4 and 7", "all 5 pages".
fn pages_named(numbers: &[u32], total: usize) -> String {
    match numbers {
        [_] if total == 1 => "its page".to_owned(),
        [one] => format!("page {one}"),
        _ if numbers.len() == total => format!("all {total} pages"),
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(u32::to_string).collect();
            format!("pages {} and {last}", rest.join(", "))
        }
        [] => String::new(),
    }
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

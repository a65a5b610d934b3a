//! Reading the packet's documents within bounds, whatever they hold: only
//! regular files, never more bytes than the limit, decompression bounded
//! per stream, per page and per file, a page tree walked without trusting
//! it (a loop or an absurd depth is refused with its reason), and a PDF
//! library's own wording never shown to the user.

use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

/// The default limit on one document (an exhibit, a translation, a front
/// document), in megabytes.
pub const DEFAULT_MAX_FILE_MB: u64 = 300;

/// One stream's decoded size at most.
pub const MAX_STREAM_BYTES: usize = 128 * 1024 * 1024;
/// One page's content, all its streams joined, decoded.
pub const MAX_PAGE_CONTENT_BYTES: usize = 256 * 1024 * 1024;
/// All the page content of one file, decoded.
pub const MAX_FILE_CONTENT_BYTES: u64 = 4 * 1024 * 1024 * 1024;
/// A page tree deeper than this is absurd (real files use a few levels).
pub const MAX_TREE_DEPTH: usize = 64;
/// More pages than this in one file is refused.
pub const MAX_PAGES: usize = 250_000;

/// A file's identity on disk, so that one file cited twice is read once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileKey {
    dev: u64,
    ino: u64,
}

/// Reads a document: a regular file (a link is followed to one), at most
/// `limit` bytes, without opening anything that could block (a FIFO) or
/// never end (a device).
pub fn read(path: &Path, limit: u64) -> Result<(FileKey, Vec<u8>), String> {
    let key = identify(path, limit)?;
    let file = std::fs::File::open(path).map_err(|e| format!("cannot be read: {e}"))?;
    let mut bytes = Vec::new();
    // The file may grow between the look and the read.
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot be read: {e}"))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64, limit));
    }
    if bytes.is_empty() {
        return Err("is empty (0 bytes): save the document again".into());
    }
    Ok((key, bytes))
}

/// Which file a path leads to, when it is a regular file within the limit:
/// only its metadata is read.
pub fn identify(path: &Path, limit: u64) -> Result<FileKey, String> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => "no file at this path".to_owned(),
        std::io::ErrorKind::PermissionDenied => "cannot be read: permission denied".to_owned(),
        _ => format!("cannot be read: {e}"),
    })?;
    let kind = meta.file_type();
    if !kind.is_file() {
        let what = if kind.is_dir() {
            "a folder"
        } else if kind.is_fifo() {
            "a named pipe (FIFO)"
        } else if kind.is_char_device() || kind.is_block_device() {
            "a device"
        } else if kind.is_socket() {
            "a socket"
        } else {
            "not a regular file"
        };
        return Err(format!("is {what}, not a document: name the file itself"));
    }
    if meta.len() > limit {
        return Err(too_large(meta.len(), limit));
    }
    Ok(FileKey {
        dev: meta.dev(),
        ino: meta.ino(),
    })
}

fn too_large(size: u64, limit: u64) -> String {
    format!(
        "is {}, over the limit of {} for one document; if it is genuine, raise the limit with `--max-file-mb N`",
        megabytes(size),
        megabytes(limit)
    )
}

pub fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

/// The path a case file names, when it leads outside the case's folder
/// (an absolute path, or `..` climbing out of it): shown in a warning, so
/// that a file from elsewhere on the machine is not filed without a word.
pub fn outside(base_dir: &Path, written: &str) -> Option<PathBuf> {
    let base = base_dir.canonicalize().ok()?;
    let target = base_dir.join(written).canonicalize().ok()?;
    (!target.starts_with(&base)).then_some(target)
}

/// What a PDF library's error means, in the tool's own words.
pub fn reason(error: &lopdf::Error) -> String {
    use lopdf::Error as E;
    match error {
        E::Unimplemented(what) => format!("it uses a PDF feature this tool cannot read ({what})"),
        E::Decompress(lopdf::DecompressError::MemoryLimitExceeded { limit }) => format!(
            "a compressed stream in it expands past {}",
            megabytes(*limit as u64)
        ),
        E::Decompress(_) => "a compressed stream in it is damaged".into(),
        E::Parse(_) | E::InvalidOffset(_) => "its structure cannot be parsed".into(),
        E::Decryption(_) => "it cannot be decrypted".into(),
        E::IO(e) => format!("it cannot be read: {e}"),
        other => {
            let text = other.to_string();
            // Nothing that sends the user to a library's issue tracker.
            match text.split_once("; please") {
                Some((head, _)) => head.to_owned(),
                None => text,
            }
        }
    }
}

/// The pages of a PDF in order, from a walk of its page tree that refuses
/// a tree that loops, lists one page twice, is absurdly deep or large, or
/// holds something that is not a page.
pub fn pages(doc: &Document) -> Result<Vec<ObjectId>, String> {
    let root = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"Pages").ok())
        .and_then(|p| p.as_reference().ok())
        .ok_or_else(|| "its catalog has no page tree".to_owned())?;
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    walk(doc, root, 0, &mut seen, &mut out)?;
    Ok(out)
}

fn walk(
    doc: &Document,
    node: ObjectId,
    depth: usize,
    seen: &mut HashSet<ObjectId>,
    out: &mut Vec<ObjectId>,
) -> Result<(), String> {
    if depth > MAX_TREE_DEPTH {
        return Err(format!(
            "its page tree is more than {MAX_TREE_DEPTH} levels deep, which no real document needs"
        ));
    }
    if !seen.insert(node) {
        return Err(format!(
            "its page tree loops: object {} {} is reached twice, so the pages cannot be counted",
            node.0, node.1
        ));
    }
    let dict = doc.get_dictionary(node).map_err(|_| {
        format!(
            "its page tree names object {} {}, which is not there",
            node.0, node.1
        )
    })?;
    let kind = dict.get(b"Type").and_then(Object::as_name).ok();
    let kids = dict.get(b"Kids").ok().map(|k| resolve(doc, k));
    match (kind, kids) {
        (Some(b"Page"), _) | (None, None) => {
            if out.len() >= MAX_PAGES {
                return Err(format!("it has more than {MAX_PAGES} pages"));
            }
            out.push(node);
            Ok(())
        }
        (_, Some(Object::Array(kids))) => {
            for kid in kids {
                let id = kid.as_reference().map_err(|_| {
                    format!(
                        "its page tree (object {} {}) lists something that is not a page",
                        node.0, node.1
                    )
                })?;
                walk(doc, id, depth + 1, seen, out)?;
            }
            Ok(())
        }
        _ => Err(format!(
            "its page tree (object {} {}) is neither a page nor a list of pages",
            node.0, node.1
        )),
    }
}

fn resolve<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    doc.dereference(object).map_or(object, |(_, o)| o)
}

/// The content streams a page draws, as its `Contents` lists them (one
/// stream may be listed many times).
pub fn content_streams(doc: &Document, page: &Dictionary) -> Result<Vec<ObjectId>, String> {
    let Ok(contents) = page.get(b"Contents") else {
        return Ok(Vec::new());
    };
    let list = |items: &[Object]| -> Result<Vec<ObjectId>, String> {
        items
            .iter()
            .map(|o| {
                o.as_reference()
                    .map_err(|_| "its content list holds something that is not a stream".to_owned())
            })
            .collect()
    };
    match contents {
        Object::Reference(id) => match doc.get_object(*id) {
            Ok(Object::Stream(_)) => Ok(vec![*id]),
            Ok(Object::Array(items)) => list(items),
            _ => Err("its content is missing".into()),
        },
        Object::Array(items) => list(items),
        _ => Err("its content is not a stream".into()),
    }
}

/// Decodes content streams within limits, each distinct stream once, and
/// keeps count of all the content a file decodes.
#[derive(Default)]
pub struct Decoder {
    decoded: HashMap<ObjectId, usize>,
    /// Decoded bytes so far in this file.
    pub total: u64,
}

impl Decoder {
    /// One page's content, its streams decoded and joined, refused when a
    /// stream, the page or the file would decode past its limit.
    pub fn page(&mut self, doc: &Document, ids: &[ObjectId]) -> Result<Vec<u8>, String> {
        // Sizes first, each distinct stream decoded once, so that a stream
        // listed thousands of times is refused before it is joined.
        let mut sizes: HashMap<ObjectId, usize> = HashMap::new();
        let mut joined_len = 0usize;
        for id in ids {
            let size = match sizes.get(id) {
                Some(&s) => s,
                None => {
                    let s = match self.decoded.get(id) {
                        Some(&s) => s,
                        None => self.decode(doc, *id)?.len(),
                    };
                    sizes.insert(*id, s);
                    s
                }
            };
            joined_len = joined_len.saturating_add(size + 1);
            if joined_len > MAX_PAGE_CONTENT_BYTES {
                return Err(format!(
                    "its content, {} streams joined, decodes to more than {}",
                    ids.len(),
                    megabytes(MAX_PAGE_CONTENT_BYTES as u64)
                ));
            }
        }
        self.total += joined_len as u64;
        if self.total > MAX_FILE_CONTENT_BYTES {
            return Err(format!(
                "the content of its pages decodes to more than {} in all",
                megabytes(MAX_FILE_CONTENT_BYTES)
            ));
        }
        let mut joined = Vec::with_capacity(joined_len);
        let mut cache: HashMap<ObjectId, Vec<u8>> = HashMap::new();
        for id in ids {
            if !cache.contains_key(id) {
                let bytes = self.decode(doc, *id)?;
                cache.insert(*id, bytes);
            }
            joined.extend_from_slice(&cache[id]);
            joined.push(b'\n');
        }
        Ok(joined)
    }

    fn decode(&mut self, doc: &Document, id: ObjectId) -> Result<Vec<u8>, String> {
        let stream = doc
            .get_object(id)
            .and_then(Object::as_stream)
            .map_err(|_| format!("its content stream {} {} is missing", id.0, id.1))?;
        let bytes = if stream.dict.has(b"Filter") {
            stream
                .decompressed_content_with_limit(MAX_STREAM_BYTES)
                .map_err(|e| match e {
                    lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) => format!(
                        "a content stream expands past {}",
                        megabytes(MAX_STREAM_BYTES as u64)
                    ),
                    e => reason(&e),
                })?
        } else {
            stream.content.clone()
        };
        self.decoded.insert(id, bytes.len());
        Ok(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    fn tree(kids_of_root: Vec<Object>, extra: impl FnOnce(&mut Document, ObjectId)) -> Document {
        let mut doc = Document::with_version("1.5");
        let root = doc.new_object_id();
        doc.objects.insert(
            root,
            Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids_of_root, "Count" => 1 }),
        );
        extra(&mut doc, root);
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => root });
        doc.trailer.set("Root", catalog);
        doc
    }

    #[test]
    fn a_page_tree_that_loops_is_refused_with_its_reason() {
        let doc = tree(vec![], |doc, root| {
            let page = doc.add_object(dictionary! { "Type" => "Page", "Parent" => root });
            doc.get_dictionary_mut(root)
                .unwrap()
                .set("Kids", vec![Object::Reference(page), Object::Reference(root)]);
        });
        let err = pages(&doc).unwrap_err();
        assert!(err.contains("loops"), "{err}");
    }

    #[test]
    fn one_page_listed_twice_is_refused() {
        let doc = tree(vec![], |doc, root| {
            let page = doc.add_object(dictionary! { "Type" => "Page", "Parent" => root });
            doc.get_dictionary_mut(root)
                .unwrap()
                .set("Kids", vec![Object::Reference(page), Object::Reference(page)]);
        });
        assert!(pages(&doc).unwrap_err().contains("reached twice"));
    }

    #[test]
    fn a_stream_listed_thousands_of_times_is_refused_before_it_is_joined() {
        let mut doc = Document::with_version("1.5");
        let id = doc.add_object(lopdf::Stream::new(dictionary! {}, vec![b' '; 200_000]));
        let ids = vec![id; 5_000];
        let mut decoder = Decoder::default();
        let err = decoder.page(&doc, &ids).unwrap_err();
        assert!(err.contains("5000 streams joined"), "{err}");
        // Listed a few times, it is joined as often as listed.
        assert_eq!(decoder.page(&doc, &ids[..3]).unwrap().len(), 3 * 200_001);
    }

    #[test]
    fn library_wording_never_reaches_the_user() {
        let text = reason(&lopdf::Error::Unimplemented("JBIG3"));
        assert!(!text.contains("issue"), "{text}");
        assert!(text.contains("JBIG3"));
    }

    #[test]
    fn only_regular_files_are_read_and_within_the_limit() {
        assert!(
            read(Path::new("/dev/zero"), 1000)
                .unwrap_err()
                .contains("a device")
        );
        // Removed when the test ends, passed or not.
        let scratch = tempfile::Builder::new()
            .prefix("rebut-source-")
            .tempdir()
            .unwrap();
        let dir = scratch.path();
        let big = dir.join("big.pdf");
        std::fs::write(&big, vec![b'x'; 2000]).unwrap();
        assert!(read(&big, 1000).unwrap_err().contains("over the limit"));
        assert_eq!(read(&big, 2000).unwrap().1.len(), 2000);
        let empty = dir.join("empty.pdf");
        std::fs::write(&empty, b"").unwrap();
        assert!(read(&empty, 1000).unwrap_err().contains("empty"));
        assert!(read(dir, 1000).unwrap_err().contains("a folder"));
    }
}

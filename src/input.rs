//! What the tool reads: a file or standard input, as text, within limits.
//!
//! [`read_source`] refuses what is too big, not UTF-8, or not a file, before
//! any parsing starts.

use crate::base::Loc;
use crate::diag::{Problem, ProblemKind, Unusable};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Files larger than this are refused before parsing unless `--max-size`
/// raises the limit.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// An input's text and how to name it.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as given, or `<stdin>`.
    pub name: String,
    pub text: String,
    /// Where relative `file:` paths are resolved: the case file's folder, or
    /// the working directory for standard input.
    pub base_dir: PathBuf,
}

impl Source {
    pub fn from_text(name: impl Into<String>, text: impl Into<String>) -> Self {
        Source {
            name: name.into(),
            text: text.into(),
            base_dir: PathBuf::from("."),
        }
    }
}

/// Reads a case (or playbook) file, `-` meaning standard input.
pub fn read_source(path: &str, max_bytes: u64) -> Result<Source, Unusable> {
    let (name, bytes, base_dir) = read_bytes(path, max_bytes)?;
    let text = decode(&name, bytes)?;
    Ok(Source { name, text, base_dir })
}

/// Reads a file's bytes as they are (`-` meaning standard input), under
/// the same limits as a case file: its name, bytes and folder.
pub fn read_bytes(path: &str, max_bytes: u64) -> Result<(String, Vec<u8>, PathBuf), Unusable> {
    let unreadable = |name: &str, message: String, help: Option<String>| {
        Unusable::one(
            name,
            Problem::new(ProblemKind::Unreadable, None, message).maybe_help(help),
        )
    };
    // `size` is known for a file; a stream (standard input, a device) is
    // read only one byte past the limit, so its size is not.
    let too_large = |name: &str, size: Option<u64>| {
        let what = match size {
            Some(size) => format!("the file is {size} bytes"),
            None => "the input is larger".to_owned(),
        };
        unreadable(
            name,
            format!("{what}, over the limit of {max_bytes} bytes"),
            Some("if the file is genuine, raise the limit with `--max-size BYTES`".to_owned()),
        )
    };
    let (name, bytes, base_dir) = if path == "-" {
        let name = "<stdin>";
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(max_bytes.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| unreadable(name, format!("cannot read standard input: {e}"), None))?;
        if bytes.len() as u64 > max_bytes {
            return Err(too_large(name, None));
        }
        (name.to_owned(), bytes, PathBuf::from("."))
    } else {
        let p = Path::new(path);
        let meta = std::fs::metadata(p).map_err(|e| {
            let help = (e.kind() == std::io::ErrorKind::NotFound)
                .then(|| "check the path; `rebut init FILE` writes a starter case".to_owned());
            unreadable(path, format!("cannot open {path}: {}", io_reason(&e)), help)
        })?;
        if meta.is_dir() {
            return Err(unreadable(
                path,
                format!("{path} is a directory, not a case file"),
                Some("name a .yaml file inside it".to_owned()),
            ));
        }
        // A FIFO or a device would block or never end: only a regular file
        // is opened, and it is checked again once open.
        let not_regular = || {
            unreadable(
                path,
                format!("{path} is {}, not a regular file", kind_of(&meta)),
                Some(format!(
                    "to read from a pipe or a device, redirect it to standard input: `rebut ... - < {path}`"
                )),
            )
        };
        if !meta.is_file() {
            return Err(not_regular());
        }
        if meta.len() > max_bytes {
            return Err(too_large(path, Some(meta.len())));
        }
        let mut bytes = Vec::new();
        let cannot =
            |e: std::io::Error| unreadable(path, format!("cannot read {path}: {}", io_reason(&e)), None);
        let file = std::fs::File::open(p).map_err(cannot)?;
        if !file.metadata().map_err(cannot)?.is_file() {
            return Err(not_regular());
        }
        file.take(max_bytes.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(cannot)?;
        if bytes.len() as u64 > max_bytes {
            return Err(too_large(path, None));
        }
        let dir = p.parent().map(Path::to_path_buf).unwrap_or_default();
        let dir = if dir.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            dir
        };
        (path.to_owned(), bytes, dir)
    };
    Ok((name, bytes, base_dir))
}

/// What a path that is not a regular file is, for messages.
fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let ft = meta.file_type();
    if ft.is_fifo() {
        "a FIFO (named pipe)"
    } else if ft.is_char_device() || ft.is_block_device() {
        "a device"
    } else if ft.is_socket() {
        "a socket"
    } else {
        "not a file"
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    }
}

/// UTF-8 text without a byte-order mark; invalid bytes are located. A PDF
/// or a Word document is named as such, not read as text that fails to
/// parse (a PDF may be all ASCII).
fn decode(name: &str, bytes: Vec<u8>) -> Result<String, Unusable> {
    let kind = if bytes.starts_with(b"%PDF-") {
        Some("a PDF")
    } else if bytes.starts_with(b"PK\x03\x04") {
        Some("a Word document or another zip archive")
    } else {
        None
    };
    if let Some(kind) = kind {
        return Err(Unusable::one(
            name,
            Problem::at(
                ProblemKind::Unreadable,
                Loc {
                    line: 1,
                    column: 1,
                    len: 1,
                },
                format!("the file is {kind}, not text"),
            )
            .help("give the YAML text file here; a decision notice is read with `rebut import NOTICE -o case.yaml`"),
        ));
    }
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            Ok(text)
        }
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let valid = std::str::from_utf8(valid).unwrap_or_default();
            let line = valid.matches('\n').count() + 1;
            let column = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let loc = Loc {
                line: line as u32,
                column: column as u32,
                len: 1,
            };
            Err(Unusable::one(
                name,
                Problem::at(
                    ProblemKind::Unreadable,
                    loc,
                    format!("the file is not UTF-8 text (bad byte at line {line}, column {column})"),
                )
                .help("save the file as UTF-8 in your editor"),
            ))
        }
    }
}

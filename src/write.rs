//! Writing output files safely: never over an input, never half-written.

use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("refusing to write to {path}: it is the input file{hint}")]
    WouldOverwriteInput { path: String, hint: &'static str },
    #[error("refusing to write to {path}: the file exists (remove it first or choose another name)")]
    Exists { path: String },
    #[error("cannot write {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// Writes `bytes` to `target` through a temporary file in the same folder,
/// renamed into place, so an interrupted run leaves any old file whole.
/// Refuses when `target` is one of `inputs` (by canonical path).
pub fn write_atomic(target: &Path, bytes: &[u8], inputs: &[&Path]) -> Result<(), WriteError> {
    let shown = target.display().to_string();
    if is_one_of(target, inputs) {
        return Err(WriteError::WouldOverwriteInput {
            path: shown,
            hint: "; name another output with -o",
        });
    }
    let io = |source| WriteError::Io {
        path: shown.clone(),
        source,
    };
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut tmp = tempfile_in(&dir, target).map_err(io)?;
    let result = (|| {
        tmp.1.write_all(bytes)?;
        tmp.1.sync_all()?;
        std::fs::rename(&tmp.0, target)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp.0);
        return Err(io(e));
    }
    Ok(())
}

/// Creates `target` only if it does not exist yet.
pub fn write_new(target: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let shown = target.display().to_string();
    let mut file = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(target)
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(WriteError::Exists { path: shown });
        }
        Err(source) => return Err(WriteError::Io { path: shown, source }),
    };
    file.write_all(bytes)
        .and_then(|_| file.sync_all())
        .map_err(|source| WriteError::Io { path: shown, source })
}

/// Whether `target` is one of `inputs` (by canonical path).
pub fn is_one_of(target: &Path, inputs: &[&Path]) -> bool {
    let Ok(target) = target.canonicalize() else {
        return false;
    };
    inputs
        .iter()
        .any(|input| input.canonicalize().is_ok_and(|i| i == target))
}

/// A new, uniquely named file beside `target`.
fn tempfile_in(dir: &Path, target: &Path) -> std::io::Result<(PathBuf, std::fs::File)> {
    let stem = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".to_owned());
    let pid = std::process::id();
    for attempt in 0..100u32 {
        let path = dir.join(format!(".{stem}.{pid}.{attempt}.tmp"));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(file) => return Ok((path, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("could not create a temporary file"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("rebut-write-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn atomic_write_replaces_the_file_and_leaves_no_temporary() {
        let dir = scratch("atomic");
        let target = dir.join("memo.md");
        std::fs::write(&target, "old").unwrap();
        write_atomic(&target, b"new", &[]).unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
    }

    #[test]
    fn atomic_write_refuses_the_input_file() {
        let dir = scratch("input");
        let case = dir.join("case.yaml");
        std::fs::write(&case, "rebut: 1").unwrap();
        let err = write_atomic(&dir.join(".").join("case.yaml"), b"x", &[&case]).unwrap_err();
        assert!(matches!(err, WriteError::WouldOverwriteInput { .. }));
        assert_eq!(std::fs::read_to_string(&case).unwrap(), "rebut: 1");
    }

    #[test]
    fn write_new_never_overwrites() {
        let dir = scratch("new");
        let target = dir.join("case.yaml");
        std::fs::write(&target, "mine").unwrap();
        assert!(matches!(write_new(&target, b"x"), Err(WriteError::Exists { .. })));
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "mine");
    }
}

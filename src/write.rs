//! Writing output files safely, by one rule for every command.
//!
//! - **Inputs are never written.** [`Inputs`] knows every file a command
//!   reads (the case, the playbook, the template files, standard input when
//!   it is read) by device and inode as well as by path, so that another
//!   spelling, a link or a redirection of standard input is still the input.
//! - **All targets are checked before anything is written**: none may be an
//!   input, none may be another target, and each must be something that can
//!   be written ([`Outputs::add`]).
//! - **A regular file is replaced atomically**: the text goes to a temporary
//!   file in the same folder (with a short name, so that any legal target name
//!   works), is synced, and is renamed into place. A failed write leaves the
//!   old file whole and no temporary behind.
//! - **Anything else that exists is written through, never replaced**: a
//!   device (`/dev/null`, a terminal) or a FIFO gets the bytes as they are;
//!   a folder, a socket or a block device is refused.
//! - `-o -` (or no `-o`) means standard output, in every command
//!   ([`file_target`]).
//! - **An interruption leaves nothing behind**: SIGINT, SIGTERM and SIGHUP
//!   remove the temporary files before the process ends (see [`temps`]),
//!   and a temporary file of our naming left by a process that no longer
//!   runs (killed outright, or a crash) is removed the next time a file is
//!   written in its folder.
//! - **A replaced file keeps its owner, group and mode**; a file of another
//!   user, which the process could not give back, is refused.

use std::fs::{File, Metadata, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

pub mod temps;

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("refusing to write to {path}: it is {what}, which this command reads; name another output")]
    WouldOverwriteInput {
        path: String,
        /// "the input file case.yaml", "the file standard input is redirected from".
        what: String,
    },
    #[error("refusing to write to {path}: {first} and {second} would both be written there")]
    SameTarget {
        path: String,
        first: &'static str,
        second: &'static str,
    },
    #[error(
        "refusing to write to {path}: the file exists (pass --force to replace it, or choose another name)"
    )]
    Exists { path: String },
    #[error("refusing to write to {path}: it is {kind}, not a file")]
    NotWritable { path: String, kind: &'static str },
    #[error("refusing to write to {path}: the folder {folder} does not exist (create it first)")]
    NoFolder { path: String, folder: String },
    #[error(
        "refusing to replace {path}: it belongs to another user, and the copy written in its place would be yours (their access would change); write it elsewhere, or ask its owner"
    )]
    OtherOwner { path: String },
    /// A later target failed after earlier ones were written (a device
    /// cannot be unwritten).
    #[error("{error} ({written} had already been written)")]
    Partial { error: Box<WriteError>, written: String },
    #[error("cannot write {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

impl WriteError {
    /// Whether some target was written before the failure.
    pub fn wrote_some(&self) -> bool {
        matches!(self, WriteError::Partial { .. })
    }
}

/// The file an `-o` option names, or `None` for standard output (no `-o`,
/// or `-o -`).
pub fn file_target(arg: Option<&Path>) -> Option<&Path> {
    arg.filter(|p| *p != Path::new("-"))
}

/// A file's identity: the same device and inode is the same file, however
/// it is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileId {
    dev: u64,
    ino: u64,
}

impl FileId {
    fn of(meta: &Metadata) -> FileId {
        FileId {
            dev: meta.dev(),
            ino: meta.ino(),
        }
    }
}

#[derive(Debug)]
struct Input {
    /// How messages name it.
    what: String,
    id: Option<FileId>,
    /// Its path with links and `..` resolved, when it exists.
    resolved: Option<PathBuf>,
}

/// Every file a command reads.
#[derive(Debug, Default)]
pub struct Inputs {
    files: Vec<Input>,
}

impl Inputs {
    pub fn new() -> Inputs {
        Inputs::default()
    }

    /// Adds a file the command reads; `-` means standard input.
    pub fn add(&mut self, path: impl AsRef<Path>) -> &mut Self {
        let path = path.as_ref();
        if path == Path::new("-") {
            return self.add_stdin();
        }
        self.files.push(Input {
            what: format!("the input file {}", shown(path)),
            id: std::fs::metadata(path).ok().map(|m| FileId::of(&m)),
            resolved: path.canonicalize().ok(),
        });
        self
    }

    /// Adds standard input, by the file it is redirected from (if any).
    pub fn add_stdin(&mut self) -> &mut Self {
        use std::os::fd::AsFd;
        let meta = std::io::stdin()
            .as_fd()
            .try_clone_to_owned()
            .ok()
            .and_then(|fd| File::from(fd).metadata().ok());
        if let Some(meta) = meta.filter(Metadata::is_file) {
            self.files.push(Input {
                what: "the file standard input is redirected from".to_owned(),
                id: Some(FileId::of(&meta)),
                resolved: None,
            });
        }
        self
    }

    /// The input that `target` (existing or not) would overwrite.
    fn matching(&self, target: &Place) -> Option<&Input> {
        self.files.iter().find(|input| {
            (target.id.is_some() && input.id == target.id)
                || (input.resolved.is_some() && input.resolved.as_ref() == Some(&target.resolved))
        })
    }
}

/// How a target is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mode {
    /// Whether a regular file already there may be replaced. Every command
    /// refuses unless the user passed `--force` ([`Mode::file`]): a memo
    /// finished in Word, or an older redaction key, is not lost to a
    /// command run again.
    pub replace: bool,
    /// Readable by the owner only (0600): the file holds what must not
    /// leak, such as the redaction key.
    pub private: bool,
}

impl Mode {
    /// Replace any regular file there.
    pub const REPLACE: Mode = Mode {
        replace: true,
        private: false,
    };
    /// Never over an existing file.
    pub const CREATE_NEW: Mode = Mode {
        replace: false,
        private: false,
    };

    /// An output file: over an existing one only with `--force`.
    pub fn file(force: bool) -> Mode {
        Mode {
            replace: force,
            private: false,
        }
    }

    /// A file readable by its owner only: over an existing one only with
    /// `--force`.
    pub fn private(force: bool) -> Mode {
        Mode {
            replace: force,
            private: true,
        }
    }
}

/// Where a target is, found out when it is added.
#[derive(Debug)]
struct Place {
    /// The path as given, for messages.
    shown: String,
    /// Where the bytes go: the path with the folder's links resolved (and
    /// the file's own link, when it is one to a regular file), so that a
    /// symbolic link is followed rather than replaced.
    resolved: PathBuf,
    /// The file there now, if any.
    id: Option<FileId>,
    /// Whether it is, or will be, a regular file (not a device or a FIFO).
    regular: bool,
    /// Written through an open descriptor rather than replaced.
    through: bool,
}

impl Place {
    fn find(path: &Path) -> Result<Place, WriteError> {
        let shown = shown(path);
        let io = |source| WriteError::Io {
            path: shown.clone(),
            source,
        };
        let not = |kind| WriteError::NotWritable {
            path: shown.clone(),
            kind,
        };
        match std::fs::metadata(path) {
            Ok(meta) => {
                let ft = meta.file_type();
                if ft.is_dir() {
                    return Err(not("a folder"));
                }
                if ft.is_block_device() {
                    return Err(not("a block device"));
                }
                if ft.is_socket() {
                    return Err(not("a socket"));
                }
                let id = Some(FileId::of(&meta));
                if !ft.is_file() {
                    // A character device or a FIFO: written through.
                    return Ok(Place {
                        resolved: path.to_path_buf(),
                        shown,
                        id,
                        regular: false,
                        through: true,
                    });
                }
                // A regular file, perhaps through links: the rename goes to
                // where the links lead, as long as that is the same file
                // (a descriptor's link to a deleted file is not).
                let resolved = path.canonicalize().map_err(io)?;
                let same = std::fs::metadata(&resolved).is_ok_and(|m| Some(FileId::of(&m)) == id);
                Ok(Place {
                    through: !same,
                    resolved: if same { resolved } else { path.to_path_buf() },
                    shown,
                    id,
                    regular: true,
                })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                // `-o newdir/` names a folder, which is not made: writing a
                // file called `newdir` would surprise.
                if path.as_os_str().as_encoded_bytes().ends_with(b"/") {
                    return Err(WriteError::NoFolder {
                        folder: shown.clone(),
                        path: shown,
                    });
                }
                let name = path.file_name().ok_or_else(|| not("a folder"))?;
                let dir = match path.parent() {
                    Some(d) if !d.as_os_str().is_empty() => d,
                    _ => Path::new("."),
                };
                // A dangling link would be replaced by the file: refuse it.
                if std::fs::symlink_metadata(path).is_ok() {
                    return Err(not("a link to nothing"));
                }
                let dir = match dir.canonicalize() {
                    Ok(dir) => dir,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                        return Err(WriteError::NoFolder {
                            folder: self::shown(dir),
                            path: shown,
                        });
                    }
                    Err(e) => return Err(io(e)),
                };
                Ok(Place {
                    resolved: dir.join(name),
                    shown,
                    id: None,
                    regular: true,
                    through: false,
                })
            }
            Err(e) => Err(io(e)),
        }
    }

    fn dir(&self) -> &Path {
        self.resolved.parent().unwrap_or(Path::new("."))
    }
}

/// A path as messages show it: on a terminal, never as control sequences.
fn shown(path: &Path) -> String {
    crate::display::name(&path.display().to_string()).into_owned()
}

/// A target accepted by [`Outputs::add`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot(usize);

#[derive(Debug)]
struct Target {
    place: Place,
    mode: Mode,
    /// What it is, for messages: "the output", "the key".
    role: &'static str,
}

/// The files one command writes, checked together before any is written,
/// then written together by [`Outputs::write`].
#[derive(Debug)]
pub struct Outputs {
    inputs: Inputs,
    targets: Vec<Target>,
}

impl Outputs {
    pub fn new(inputs: Inputs) -> Outputs {
        Outputs {
            inputs,
            targets: Vec::new(),
        }
    }

    /// Checks `path` as a target: not an input, not another target, and
    /// something that can be written. `role` names it in messages.
    pub fn add(&mut self, path: &Path, mode: Mode, role: &'static str) -> Result<Slot, WriteError> {
        let place = Place::find(path)?;
        let regular = place.regular;
        if regular && let Some(input) = self.inputs.matching(&place) {
            return Err(WriteError::WouldOverwriteInput {
                path: place.shown,
                what: input.what.clone(),
            });
        }
        if regular
            && let Some(other) = self.targets.iter().find(|t| {
                (t.place.id.is_some() && t.place.id == place.id) || t.place.resolved == place.resolved
            })
        {
            return Err(WriteError::SameTarget {
                path: place.shown,
                first: other.role,
                second: role,
            });
        }
        if !mode.replace && regular && place.id.is_some() {
            return Err(WriteError::Exists { path: place.shown });
        }
        if regular && !place.through && !may_keep_owner(&place.resolved) {
            return Err(WriteError::OtherOwner { path: place.shown });
        }
        self.targets.push(Target { place, mode, role });
        Ok(Slot(self.targets.len() - 1))
    }

    /// Writes each slot's bytes. Files are first written in full to
    /// temporary files; only when all of them are complete are devices
    /// written through and the files renamed into place. On failure no
    /// temporary file is left behind.
    pub fn write(&self, contents: &[(Slot, &[u8])]) -> Result<(), WriteError> {
        let mut staged: Vec<(PathBuf, &Target)> = Vec::new();
        let discard = |staged: &[(PathBuf, &Target)]| {
            for (tmp, _) in staged {
                temps::remove(tmp);
            }
        };
        for (slot, bytes) in contents {
            let target = &self.targets[slot.0];
            if target.place.through {
                continue;
            }
            match stage(target, bytes) {
                Ok(tmp) => staged.push((tmp, target)),
                Err(e) => {
                    discard(&staged);
                    return Err(e);
                }
            }
        }
        let mut written: Vec<&str> = Vec::new();
        let partial = |error: WriteError, written: &[&str]| {
            if written.is_empty() {
                error
            } else {
                WriteError::Partial {
                    error: Box::new(error),
                    written: written.join(" and "),
                }
            }
        };
        // A private file (the key) first: a copy must not go out through a
        // device while its key could not be written.
        let mut through: Vec<&(Slot, &[u8])> = contents
            .iter()
            .filter(|(slot, _)| self.targets[slot.0].place.through)
            .collect();
        through.sort_by_key(|(slot, _)| !self.targets[slot.0].mode.private);
        for (slot, bytes) in through {
            let target = &self.targets[slot.0];
            {
                if let Err(e) = write_through(target, bytes) {
                    discard(&staged);
                    return Err(partial(e, &written));
                }
                written.push(&target.place.shown);
            }
        }
        for (i, (tmp, target)) in staged.iter().enumerate() {
            if let Err(e) = place_file(tmp, target) {
                discard(&staged[i..]);
                return Err(partial(e, &written));
            }
            written.push(&target.place.shown);
        }
        Ok(())
    }
}

impl Outputs {
    /// Like [`Outputs::write`], for output too large to hold in memory:
    /// `fill` writes each slot's bytes (called with its position in
    /// `slots`) straight into its temporary file, or through to a device.
    /// All are complete before any is renamed into place; on failure no
    /// temporary file is left behind.
    pub fn write_with(
        &self,
        slots: &[Slot],
        fill: &mut dyn FnMut(usize, &mut dyn Write) -> std::io::Result<()>,
    ) -> Result<(), WriteError> {
        let mut staged: Vec<(PathBuf, &Target)> = Vec::new();
        let discard = |staged: &[(PathBuf, &Target)]| {
            for (tmp, _) in staged {
                let _ = std::fs::remove_file(tmp);
            }
        };
        for (n, slot) in slots.iter().enumerate() {
            let target = &self.targets[slot.0];
            let io = io_error(target);
            let result = if target.place.through {
                OpenOptions::new()
                    .write(true)
                    .open(&target.place.resolved)
                    .and_then(|mut file| {
                        if target.place.regular {
                            file.set_len(0)?;
                        }
                        fill(n, &mut file)?;
                        file.flush()
                    })
                    .map_err(&io)
            } else {
                stage_with(target, &mut |file| fill(n, file)).map(|tmp| staged.push((tmp, target)))
            };
            if let Err(e) = result {
                discard(&staged);
                return Err(e);
            }
        }
        for (i, (tmp, target)) in staged.iter().enumerate() {
            if let Err(e) = place_file(tmp, target) {
                discard(&staged[i..]);
                return Err(e);
            }
        }
        Ok(())
    }
}

/// What `fill` writes, in a new temporary file beside the target, synced.
fn stage_with(
    target: &Target,
    fill: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> Result<PathBuf, WriteError> {
    let io = io_error(target);
    let (tmp, file) = temp_file_in(target.place.dir(), target.mode).map_err(&io)?;
    let result = (|| {
        let mut buffered = std::io::BufWriter::with_capacity(1 << 16, file);
        fill(&mut buffered)?;
        let file = buffered.into_inner().map_err(|e| e.into_error())?;
        if let Ok(old) = std::fs::metadata(&target.place.resolved) {
            keep_owner(&file, &old)?;
            if !target.mode.private {
                // A replaced file keeps who may read it.
                file.set_permissions(std::fs::Permissions::from_mode(old.mode() & 0o777))?;
            }
        }
        file.sync_all()
    })();
    match result {
        Ok(()) => Ok(tmp),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(io(e))
        }
    }
}

fn io_error(target: &Target) -> impl Fn(std::io::Error) -> WriteError + '_ {
    |source| WriteError::Io {
        path: target.place.shown.clone(),
        source,
    }
}

/// The bytes in a new temporary file beside the target, synced.
fn stage(target: &Target, bytes: &[u8]) -> Result<PathBuf, WriteError> {
    let io = io_error(target);
    let (tmp, mut file) = temp_file_in(target.place.dir(), target.mode).map_err(&io)?;
    let result = (|| {
        file.write_all(bytes)?;
        if let Ok(old) = std::fs::metadata(&target.place.resolved) {
            keep_owner(&file, &old)?;
            if !target.mode.private {
                // A replaced file keeps who may read it.
                file.set_permissions(std::fs::Permissions::from_mode(old.mode() & 0o777))?;
            }
        }
        file.sync_all()
    })();
    match result {
        Ok(()) => Ok(tmp),
        Err(e) => {
            temps::remove(&tmp);
            Err(io(e))
        }
    }
}

/// Whether a file there now can be replaced by one with the same owner:
/// it is ours, or the process may give files away (root).
fn may_keep_owner(path: &Path) -> bool {
    let Ok(old) = std::fs::metadata(path) else {
        return true;
    };
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    me == 0 || old.uid() == me
}

/// Gives the new file the owner and group of the one it replaces, where
/// they differ from the process's. The owner was checked when the target
/// was added ([`may_keep_owner`]); a group the process is not in stays the
/// process's, which the mode then governs as before.
fn keep_owner(file: &File, old: &Metadata) -> std::io::Result<()> {
    let new = file.metadata()?;
    if new.uid() != old.uid() {
        std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid()))?;
    } else if new.gid() != old.gid() {
        // Only to a group the process is in; otherwise the mode decides.
        let _ = std::os::unix::fs::fchown(file, None, Some(old.gid()));
    }
    Ok(())
}

/// Moves a complete temporary file into place.
fn place_file(tmp: &Path, target: &Target) -> Result<(), WriteError> {
    let io = io_error(target);
    let to = &target.place.resolved;
    if !target.mode.replace {
        // A link fails if the name was taken meanwhile; the rename would not.
        return match std::fs::hard_link(tmp, to) {
            Ok(()) => {
                temps::remove(tmp);
                Ok(())
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                temps::remove(tmp);
                Err(WriteError::Exists {
                    path: target.place.shown.clone(),
                })
            }
            // A file system without hard links.
            Err(_) if std::fs::symlink_metadata(to).is_err() => temps::rename(tmp, to).map_err(|e| {
                temps::remove(tmp);
                io(e)
            }),
            Err(e) => {
                temps::remove(tmp);
                Err(io(e))
            }
        };
    }
    temps::rename(tmp, to).map_err(|e| {
        temps::remove(tmp);
        io(e)
    })?;
    // The rename itself is durable once the folder is synced.
    if let Ok(dir) = File::open(target.place.dir()) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// A device or a FIFO gets the bytes as they are; it is never replaced.
fn write_through(target: &Target, bytes: &[u8]) -> Result<(), WriteError> {
    let io = io_error(target);
    let mut file = OpenOptions::new()
        .write(true)
        .open(&target.place.resolved)
        .map_err(&io)?;
    // A regular file reached only through a descriptor's link starts empty.
    if target.place.regular {
        file.set_len(0).map_err(&io)?;
    }
    file.write_all(bytes).and_then(|()| file.flush()).map_err(&io)
}

/// A new file with a short unique name in `dir`: short, so that a target
/// whose own name is as long as the file system allows still has one.
fn temp_file_in(dir: &Path, mode: Mode) -> std::io::Result<(PathBuf, File)> {
    temps::remove_stale(dir);
    let pid = std::process::id();
    let permissions = if mode.private { 0o600 } else { 0o666 };
    for attempt in 0..1000u32 {
        let path = dir.join(temps::name(pid, attempt));
        match temps::create(&path, |path| {
            OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(permissions)
                .open(path)
        }) {
            Ok(file) => return Ok((path, file)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("could not create a temporary file"))
}

/// One target, checked and written: the common case of a command with a
/// single `-o FILE`.
pub fn write_one(inputs: Inputs, target: &Path, bytes: &[u8], mode: Mode) -> Result<(), WriteError> {
    let mut outputs = Outputs::new(inputs);
    let slot = outputs.add(target, mode, "the output")?;
    outputs.write(&[(slot, bytes)])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder of its own, removed when the test ends (passed or not).
    struct Scratch(tempfile::TempDir);

    impl std::ops::Deref for Scratch {
        type Target = Path;
        fn deref(&self) -> &Path {
            self.0.path()
        }
    }

    impl AsRef<Path> for Scratch {
        fn as_ref(&self) -> &Path {
            self.0.path()
        }
    }

    fn scratch(name: &str) -> Scratch {
        Scratch(
            tempfile::Builder::new()
                .prefix(&format!("rebut-write-{name}-"))
                .tempdir()
                .unwrap(),
        )
    }

    fn inputs(paths: &[&Path]) -> Inputs {
        let mut inputs = Inputs::new();
        for p in paths {
            inputs.add(p);
        }
        inputs
    }

    #[test]
    fn atomic_write_replaces_the_file_and_leaves_no_temporary() {
        let dir = scratch("atomic");
        let target = dir.join("memo.md");
        std::fs::write(&target, "old").unwrap();
        write_one(Inputs::new(), &target, b"new", Mode::REPLACE).unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
    }

    #[test]
    fn atomic_write_refuses_the_input_file() {
        let dir = scratch("input");
        let case = dir.join("case.yaml");
        std::fs::write(&case, "rebut: 1").unwrap();
        let err = write_one(
            inputs(&[&case]),
            &dir.join(".").join("case.yaml"),
            b"x",
            Mode::REPLACE,
        )
        .unwrap_err();
        assert!(matches!(err, WriteError::WouldOverwriteInput { .. }));
        assert_eq!(std::fs::read_to_string(&case).unwrap(), "rebut: 1");
    }

    #[test]
    fn a_hard_link_to_the_input_is_the_input() {
        let dir = scratch("hardlink");
        let case = dir.join("case.yaml");
        std::fs::write(&case, "rebut: 1").unwrap();
        let link = dir.join("other.yaml");
        std::fs::hard_link(&case, &link).unwrap();
        let err = write_one(inputs(&[&case]), &link, b"x", Mode::REPLACE).unwrap_err();
        assert!(matches!(err, WriteError::WouldOverwriteInput { .. }));
    }

    #[test]
    fn create_new_never_overwrites() {
        let dir = scratch("new");
        let target = dir.join("case.yaml");
        std::fs::write(&target, "mine").unwrap();
        let err = write_one(Inputs::new(), &target, b"x", Mode::CREATE_NEW).unwrap_err();
        assert!(matches!(err, WriteError::Exists { .. }));
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "mine");
        write_one(Inputs::new(), &dir.join("fresh.yaml"), b"x", Mode::CREATE_NEW).unwrap();
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 2);
    }

    #[test]
    fn two_targets_at_one_file_are_refused_before_either_is_written() {
        let dir = scratch("two");
        let mut outputs = Outputs::new(Inputs::new());
        outputs
            .add(&dir.join("a.yaml"), Mode::REPLACE, "the copy")
            .unwrap();
        let err = outputs
            .add(
                &dir.join("..").join(dir.file_name().unwrap()).join("a.yaml"),
                Mode::private(true),
                "the key",
            )
            .unwrap_err();
        assert!(matches!(err, WriteError::SameTarget { .. }), "{err}");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
    }

    #[test]
    fn a_private_file_is_readable_by_its_owner_only_and_a_replaced_one_keeps_its_mode() {
        let dir = scratch("private");
        let key = dir.join("key.yaml");
        write_one(Inputs::new(), &key, b"secret", Mode::private(true)).unwrap();
        assert_eq!(std::fs::metadata(&key).unwrap().mode() & 0o777, 0o600);
        let memo = dir.join("memo.md");
        std::fs::write(&memo, "old").unwrap();
        std::fs::set_permissions(&memo, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_one(Inputs::new(), &memo, b"new", Mode::REPLACE).unwrap();
        assert_eq!(std::fs::metadata(&memo).unwrap().mode() & 0o777, 0o640);
    }

    #[test]
    fn a_symbolic_link_is_followed_not_replaced() {
        let dir = scratch("symlink");
        let real = dir.join("real.md");
        std::fs::write(&real, "old").unwrap();
        let link = dir.join("link.md");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_one(Inputs::new(), &link, b"new", Mode::REPLACE).unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
    }

    #[test]
    fn a_device_is_written_through_and_a_folder_refused() {
        write_one(Inputs::new(), Path::new("/dev/null"), b"x", Mode::REPLACE).unwrap();
        assert!(
            std::fs::metadata("/dev/null")
                .unwrap()
                .file_type()
                .is_char_device()
        );
        let dir = scratch("folder");
        let err = write_one(Inputs::new(), &dir, b"x", Mode::REPLACE).unwrap_err();
        assert!(matches!(err, WriteError::NotWritable { .. }), "{err}");
    }

    #[test]
    fn the_longest_legal_name_can_be_written() {
        let dir = scratch("long");
        let target = dir.join(format!("{}.md", "m".repeat(252)));
        write_one(Inputs::new(), &target, b"x", Mode::REPLACE).unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "x");
    }
}

//! The temporary files of the writes under way, removed when the process is
//! interrupted, and those a process that no longer runs left behind.
//!
//! A temporary file is named `.rebut-PID-N.tmp`. While one exists, a
//! thread waits for SIGINT, SIGTERM and SIGHUP; on one, it removes every
//! temporary file the process holds and ends the process as the signal
//! would have. The list is behind a lock the handler keeps until the
//! process ends, so that no write starts after the cleanup.

use std::fs::File;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

static LIVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
static HANDLER: Once = Once::new();

/// The name of this process's `attempt`-th temporary file.
pub fn name(pid: u32, attempt: u32) -> String {
    format!(".rebut-{pid}-{attempt}.tmp")
}

/// The process that made a temporary file of ours, from its name.
fn maker(file_name: &str) -> Option<u32> {
    let rest = file_name.strip_prefix(".rebut-")?.strip_suffix(".tmp")?;
    let (pid, attempt) = rest.split_once('-')?;
    attempt.parse::<u32>().ok()?;
    pid.parse().ok()
}

/// Creates the temporary file at `path` with `open`, and lists it for
/// removal on an interruption.
pub fn create(path: &Path, open: impl FnOnce(&Path) -> std::io::Result<File>) -> std::io::Result<File> {
    HANDLER.call_once(install);
    let mut live = LIVE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let file = open(path)?;
    live.push(path.to_path_buf());
    Ok(file)
}

/// Moves a temporary file into place; it is no longer ours to remove.
pub fn rename(tmp: &Path, to: &Path) -> std::io::Result<()> {
    let mut live = LIVE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    std::fs::rename(tmp, to)?;
    live.retain(|p| p != tmp);
    Ok(())
}

/// Removes a temporary file (that may be gone already).
pub fn remove(tmp: &Path) {
    let mut live = LIVE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let _ = std::fs::remove_file(tmp);
    live.retain(|p| p != tmp);
}

/// Waits for an interruption on a thread of its own. Where the handler
/// cannot be installed, writes go on as before: only the cleanup on an
/// interruption is lost.
fn install() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    let _ = std::thread::Builder::new()
        .name("interrupt".to_owned())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                // Held until the process ends: no new temporary file and no
                // rename after this point.
                let live = LIVE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                for path in live.iter() {
                    let _ = std::fs::remove_file(path);
                }
                let _ = signal_hook::low_level::emulate_default_handler(signal);
                std::process::exit(128 + signal);
            }
        });
}

/// Removes the temporary files of ours in `dir` that a process which no
/// longer runs left there (killed outright, or a crash): files of our
/// naming, owned by this user, whose maker is gone.
pub fn remove_stale(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let own_pid = std::process::id();
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(maker) else {
            continue;
        };
        if pid == own_pid || runs(pid) {
            continue;
        }
        let path = entry.path();
        let ours = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file() && m.uid() == me);
        if ours {
            let _ = std::fs::remove_file(&path);
        }
    }
}

/// Whether a process with this id exists (a process of another user
/// counts: its files are not ours to judge).
fn runs(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    if pid <= 0 {
        return true;
    }
    // SAFETY: signal 0 only asks whether the process exists.
    let found = unsafe { libc::kill(pid, 0) } == 0;
    found || std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_naming_is_recognized() {
        assert_eq!(maker(".rebut-123-0.tmp"), Some(123));
        assert_eq!(maker(".rebut-123-x.tmp"), None);
        assert_eq!(maker("rebut-123-0.tmp"), None);
        assert_eq!(maker(".rebut-123.tmp"), None);
        assert_eq!(maker(&name(77, 3)), Some(77));
    }

    #[test]
    fn a_stale_temporary_is_removed_and_a_live_one_kept() {
        // Removed when the test ends, passed or not.
        let scratch = tempfile::Builder::new().prefix("rebut-stale-").tempdir().unwrap();
        let dir = scratch.path();
        // A process id that cannot be running: above Linux's maximum.
        let stale = dir.join(name(999_999_999, 0));
        let live = dir.join(name(std::process::id(), 500));
        let other = dir.join(".rebut-notes.tmp");
        for p in [&stale, &live, &other] {
            std::fs::write(p, "x").unwrap();
        }
        remove_stale(dir);
        assert!(!stale.exists());
        assert!(live.exists());
        assert!(other.exists());
    }
}

//! Running the `rebut` binary as a child process, as a user would: a
//! builder in the manner of `just`'s test harness, with a watchdog against
//! hangs and a cap on the memory the run may take.
//!
//! ```ignore
//! Rebut::new()
//!     .args(["check", "--today", TODAY, "examples/broken.yaml"])
//!     .status(2)
//!     .stderr_contains("6 problems")
//!     .run();
//! ```
//!
//! The cap is enforced, not measured: the child's heap is limited with
//! `RLIMIT_DATA`, so a run that needs more fails to allocate and aborts,
//! which [`Rebut::run`] reports. (A measured peak would include the memory
//! of the test process the child was forked from.)

use std::ffi::{OsStr, OsString};
use std::io::{Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Only a hang or a runaway loop reaches this. Every input in the tests is
/// sized to finish in a small fraction of it in a debug build on a busy
/// machine; how fast `rebut` is belongs to the benchmark, not here.
pub const HANG: Duration = Duration::from_secs(300);

/// Memory a run may use beyond its input's own size.
pub const MEMORY_ALLOWANCE: u64 = 100 * 1024 * 1024;

/// One run of the binary to make, with what it must give.
#[must_use = "a Rebut does nothing until .run()"]
pub struct Rebut {
    args: Vec<OsString>,
    stdin: Option<Vec<u8>>,
    current_dir: PathBuf,
    env: Vec<(OsString, OsString)>,
    max_heap: Option<u64>,
    binary_stdout: bool,
    status: Option<i32>,
    stdout: Option<String>,
    stdout_contains: Vec<String>,
    stderr: Option<String>,
    stderr_contains: Vec<String>,
}

impl Default for Rebut {
    fn default() -> Self {
        Self::new()
    }
}

impl Rebut {
    /// `rebut` with no arguments, run in the package root with `NO_COLOR`
    /// set and nothing on standard input.
    pub fn new() -> Self {
        Rebut {
            args: Vec::new(),
            stdin: None,
            current_dir: super::root(),
            env: vec![("NO_COLOR".into(), "1".into())],
            max_heap: None,
            binary_stdout: false,
            status: None,
            stdout: None,
            stdout_contains: Vec::new(),
            stderr: None,
            stderr_contains: Vec::new(),
        }
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        self.args.push(arg.as_ref().to_owned());
        self
    }

    pub fn args<I>(mut self, args: I) -> Self
    where
        I: IntoIterator,
        I::Item: AsRef<OsStr>,
    {
        self.args.extend(args.into_iter().map(|a| a.as_ref().to_owned()));
        self
    }

    /// Bytes to feed on standard input (a pipe; without this, `/dev/null`).
    pub fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(bytes.into());
        self
    }

    pub fn current_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.current_dir = dir.into();
        self
    }

    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Self {
        self.env
            .push((key.as_ref().to_owned(), value.as_ref().to_owned()));
        self
    }

    /// Caps the heap at `bytes` instead of the input's size plus
    /// [`MEMORY_ALLOWANCE`].
    pub fn max_heap(mut self, bytes: u64) -> Self {
        self.max_heap = Some(bytes);
        self
    }

    /// Standard output may be bytes that are not text (a Word document);
    /// without this, both streams must be UTF-8.
    pub fn binary_stdout(mut self) -> Self {
        self.binary_stdout = true;
        self
    }

    /// The run must exit with this status.
    pub fn status(mut self, code: i32) -> Self {
        self.status = Some(code);
        self
    }

    /// Standard output must be exactly this.
    pub fn stdout(mut self, text: impl Into<String>) -> Self {
        self.stdout = Some(text.into());
        self
    }

    /// Standard output must contain this (may be given several times).
    pub fn stdout_contains(mut self, text: impl Into<String>) -> Self {
        self.stdout_contains.push(text.into());
        self
    }

    /// Standard error must be exactly this.
    pub fn stderr(mut self, text: impl Into<String>) -> Self {
        self.stderr = Some(text.into());
        self
    }

    /// Standard error must contain this (may be given several times).
    pub fn stderr_contains(mut self, text: impl Into<String>) -> Self {
        self.stderr_contains.push(text.into());
        self
    }

    /// Runs the binary and asserts that it ended by itself (no signal, no
    /// panic, no hang) and gave what was asked of it.
    pub fn run(self) -> Output {
        let out = self.spawn_and_wait();
        let shown = || format!("rebut {:?}\n{}", self.args, out.head());
        assert!(
            out.signal.is_none(),
            "killed by signal {:?}; {}",
            out.signal,
            shown()
        );
        assert!(!out.stderr.contains("panicked"), "panicked: {}", shown());
        assert!(
            self.binary_stdout || std::str::from_utf8(&out.stdout_bytes).is_ok(),
            "stdout is not UTF-8: {}",
            shown()
        );
        assert!(out.stderr_was_utf8, "stderr is not UTF-8: {}", shown());
        if let Some(code) = self.status {
            assert_eq!(out.status, code, "exit status of {}", shown());
        }
        if let Some(text) = &self.stdout {
            assert_eq!(&out.stdout, text, "stdout of rebut {:?}", self.args);
        }
        for text in &self.stdout_contains {
            assert!(
                out.stdout.contains(text.as_str()),
                "stdout lacks {text:?}: {}\n--- stdout:\n{}",
                shown(),
                out.stdout
            );
        }
        if let Some(text) = &self.stderr {
            assert_eq!(&out.stderr, text, "stderr of rebut {:?}", self.args);
        }
        for text in &self.stderr_contains {
            assert!(
                out.stderr.contains(text.as_str()),
                "stderr lacks {text:?}: {}",
                shown()
            );
        }
        out
    }

    /// The files among the arguments and the standard input, in bytes.
    fn input_len(&self) -> u64 {
        let files: u64 = self
            .args
            .iter()
            .filter_map(|a| std::fs::metadata(self.current_dir.join(a)).ok())
            .filter(|m| m.is_file())
            .map(|m| m.len())
            .sum();
        files + self.stdin.as_ref().map_or(0, |s| s.len() as u64)
    }

    fn spawn_and_wait(&self) -> Output {
        let max_heap = self
            .max_heap
            .unwrap_or_else(|| self.input_len() + MEMORY_ALLOWANCE);
        let mut command = Command::new(env!("CARGO_BIN_EXE_rebut"));
        // SAFETY: setrlimit is async-signal-safe, and the closure touches no
        // memory of the parent but the captured integer.
        unsafe {
            command.pre_exec(move || {
                let limit = libc::rlimit {
                    rlim_cur: max_heap as libc::rlim_t,
                    rlim_max: max_heap as libc::rlim_t,
                };
                if libc::setrlimit(libc::RLIMIT_DATA, &limit) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        command
            .args(&self.args)
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .current_dir(&self.current_dir)
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let start = Instant::now();
        let mut child = command.spawn().expect("the rebut binary starts");
        let feeder = child.stdin.take().map(|mut pipe| {
            let bytes = self.stdin.clone().unwrap_or_default();
            // A refused input may close the pipe early; that is not an error here.
            std::thread::spawn(move || {
                let _ = pipe.write_all(&bytes);
            })
        });
        let drain = |mut pipe: Box<dyn Read + Send>| {
            std::thread::spawn(move || {
                let mut bytes = Vec::new();
                let _ = pipe.read_to_end(&mut bytes);
                bytes
            })
        };
        let out = drain(Box::new(child.stdout.take().expect("stdout")));
        let err = drain(Box::new(child.stderr.take().expect("stderr")));

        let status = loop {
            if let Some(status) = child.try_wait().expect("waiting for rebut") {
                break status;
            }
            if start.elapsed() > HANG {
                let _ = child.kill();
                let _ = child.wait();
                panic!("rebut {:?} still running after {HANG:?}: a hang", self.args);
            }
            std::thread::sleep(Duration::from_millis(2));
        };
        if let Some(feeder) = feeder {
            let _ = feeder.join();
        }
        let bytes = out.join().expect("stdout reader");
        let err = err.join().expect("stderr reader");
        Output {
            stderr_was_utf8: std::str::from_utf8(&err).is_ok(),
            status: status.code().unwrap_or(-1),
            signal: status.signal(),
            stdout: String::from_utf8_lossy(&bytes).into_owned(),
            stdout_bytes: bytes,
            stderr: String::from_utf8_lossy(&err).into_owned(),
        }
    }
}

/// What a run gave.
#[derive(Debug)]
pub struct Output {
    /// The exit status (`-1` only when a signal ended the run, which
    /// [`Rebut::run`] does not let through).
    pub status: i32,
    signal: Option<i32>,
    /// Standard output as text (invalid UTF-8 shown as U+FFFD).
    pub stdout: String,
    /// Standard output as it came, for binary formats.
    pub stdout_bytes: Vec<u8>,
    pub stderr: String,
    stderr_was_utf8: bool,
}

impl Output {
    /// The start of standard error, for assertion messages.
    pub fn head(&self) -> String {
        self.stderr.chars().take(2000).collect()
    }

    /// (status, stdout, stderr), for tests that look at all three.
    pub fn parts(self) -> (i32, String, String) {
        (self.status, self.stdout, self.stderr)
    }

    /// Standard output read as one JSON value.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not one JSON value ({e}):\n{}", self.stdout))
    }
}

/// `path:line:column` somewhere in the text, for the given path.
pub fn has_location(text: &str, path: &str) -> bool {
    text.match_indices(path).any(|(i, _)| {
        let rest = &text[i + path.len()..];
        let mut parts = rest.splitn(3, ':');
        parts.next() == Some("")
            && parts
                .next()
                .is_some_and(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit()))
            && parts
                .next()
                .is_some_and(|c| c.starts_with(|ch: char| ch.is_ascii_digit()))
    })
}

//! Peak memory, as the benchmarks measure it: the kernel's high-water mark
//! of resident memory, reset before each stage. Each benchmark uses the
//! part it needs.
#![allow(dead_code)]

/// Hands freed memory back, then resets the kernel's record of the peak, so
/// that what the last stage freed does not count as this one's.
pub fn reset_peak() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free memory back to the system.
    unsafe {
        libc::malloc_trim(0);
    }
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// This process's peak resident memory since the last [`reset_peak`], in bytes.
pub fn peak_rss() -> Option<u64> {
    hwm(&std::fs::read_to_string("/proc/self/status").ok()?)
}

/// This process's resident memory now, in bytes.
pub fn rss() -> Option<u64> {
    field(&std::fs::read_to_string("/proc/self/status").ok()?, "VmRSS:")
}

/// The peak resident memory in a `/proc/PID/status` text, in bytes.
pub fn hwm(status: &str) -> Option<u64> {
    field(status, "VmHWM:")
}

fn field(status: &str, name: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with(name))?;
    Some(line.split_whitespace().nth(1)?.parse::<u64>().ok()? * 1024)
}

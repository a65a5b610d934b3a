//! What rendering a template may cost.
//!
//! A firm's templates (`--templates DIR`) are trusted to say what the memo
//! says, not to be harmless programs: Tera runs loops, and a loop can run
//! for ever or grow a string without end. So a render is bounded:
//!
//! - its output, by [`Budget::output_bytes`]: the writer refuses more;
//! - the numbers `range()` makes, by [`Budget::range_steps`] in all (a
//!   located error from Tera's own report);
//! - the memory its thread takes, by [`Budget::heap_bytes`], where the
//!   program runs with [`MeteredAlloc`] (the `rebut` binary does): a thread
//!   that asks for more is stopped where it stands;
//! - its time, by [`Budget::time`].
//!
//! The render runs on a thread of its own, watched from the calling thread.
//! A render past its memory or time is abandoned (it stops at its next write
//! or `range()`, or stays stopped inside the allocator) and the caller gets
//! an error; the process, which is about to report it and exit, loses
//! nothing.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How long a render may take by default: longer than any genuine memo
/// takes, not so long that a user gives up waiting first.
pub const DEFAULT_SECONDS: u64 = 15;

/// The limits of one render.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    pub output_bytes: usize,
    pub range_steps: u64,
    pub heap_bytes: usize,
    pub time: Duration,
}

impl Default for Budget {
    /// Far above what a memo of the largest case needs (its Markdown is a
    /// few megabytes), far below what hurts the machine.
    fn default() -> Budget {
        Budget {
            output_bytes: 64 * 1024 * 1024,
            range_steps: 1_000_000,
            heap_bytes: 256 * 1024 * 1024,
            time: Duration::from_secs(DEFAULT_SECONDS),
        }
    }
}

impl Budget {
    /// The default budget, grown with the size of the case file, so that a
    /// genuine memo of a case of any size fits: a memo's text and working
    /// memory grow with its case.
    pub fn for_input(bytes: usize) -> Budget {
        let base = Budget::default();
        Budget {
            output_bytes: base.output_bytes.saturating_add(bytes.saturating_mul(16)),
            heap_bytes: base.heap_bytes.saturating_add(bytes.saturating_mul(64)),
            time: base.time + Duration::from_secs((bytes / (1024 * 1024)) as u64),
            ..base
        }
    }
}

/// Converting Markdown to HTML or Word holds its syntax tree whole: a node
/// of a few hundred bytes for each mark of emphasis, so a paragraph of
/// dense emphasis (`*a* ` over and over) needs 300 to 400 bytes of memory
/// for each byte of Markdown (the arena grows in doubling chunks), and
/// plain prose a tenth of that (see the render benchmark's conversion
/// table). The conversion may take this much for each byte, up to
/// [`CONVERSION_HEAP_MAX`].
pub const CONVERSION_HEAP_PER_BYTE: usize = 640;
/// What a conversion may take at most, however long its Markdown.
pub const CONVERSION_HEAP_MAX: usize = 1536 * 1024 * 1024;
/// A conversion's time grows by a second for this much Markdown, by a
/// minute at most.
pub const CONVERSION_BYTES_PER_SECOND: usize = 256 * 1024;

impl Budget {
    /// The budget for converting `markdown_bytes` of Markdown: this one,
    /// with memory and time grown in proportion to the Markdown (within
    /// [`CONVERSION_HEAP_MAX`] and a minute more).
    pub fn for_conversion(self, markdown_bytes: usize) -> Budget {
        let heap = markdown_bytes
            .saturating_mul(CONVERSION_HEAP_PER_BYTE)
            .min(CONVERSION_HEAP_MAX);
        let extra = Duration::from_secs(((markdown_bytes / CONVERSION_BYTES_PER_SECOND) as u64).min(60));
        Budget {
            heap_bytes: self.heap_bytes.max(heap),
            time: self.time.max(Budget::default().time + extra),
            ..self
        }
    }
}

/// Why a render was stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exceeded {
    Output(usize),
    Heap(usize),
    Time(Duration),
}

impl std::fmt::Display for Exceeded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mib = |b: usize| b / (1024 * 1024);
        match self {
            Exceeded::Output(b) => write!(f, "writes more than {} MiB", mib(*b)),
            Exceeded::Heap(b) => write!(f, "takes more than {} MiB of memory", mib(*b)),
            Exceeded::Time(t) => write!(f, "runs for more than {} seconds", t.as_secs()),
        }
    }
}

/// The state one render shares with its watcher, its writer, `range()`
/// and the allocator.
struct Meter {
    budget: Budget,
    heap: AtomicUsize,
    heap_over: AtomicBool,
    output_over: AtomicBool,
    /// Set by the watcher when it gives up: the render stops at its next
    /// write or `range()`.
    cancelled: AtomicBool,
    range_steps: AtomicUsize,
}

thread_local! {
    /// The meter of the render running on this thread, if any. A raw
    /// pointer, so that the allocator can read it without allocating; the
    /// render's closure holds the `Arc` it points into.
    static METER: Cell<*const Meter> = const { Cell::new(std::ptr::null()) };
}

fn with_meter<T>(f: impl FnOnce(&Meter) -> T) -> Option<T> {
    let ptr = METER.try_with(Cell::get).ok()?;
    // SAFETY: the pointer is set only while the render's closure holds the
    // `Arc<Meter>` it came from, on this thread, and cleared before that.
    (!ptr.is_null()).then(|| f(unsafe { &*ptr }))
}

/// The system allocator, counting what each render thread holds and
/// stopping a thread that asks for more than its budget. Threads that are
/// not rendering pay one thread-local read per allocation.
pub struct MeteredAlloc;

impl MeteredAlloc {
    fn grow(size: usize) {
        let over = with_meter(|m| {
            let now = m.heap.fetch_add(size, Ordering::Relaxed) + size;
            if now > m.budget.heap_bytes {
                m.heap.fetch_sub(size, Ordering::Relaxed);
                m.heap_over.store(true, Ordering::SeqCst);
                true
            } else {
                false
            }
        });
        if over == Some(true) {
            // Failing the allocation would abort the process, and this
            // thread cannot unwind from here: it waits, holding nothing,
            // until the process exits. Sleeping does not allocate.
            loop {
                std::thread::sleep(Duration::from_secs(3600));
            }
        }
    }

    fn shrink(size: usize) {
        with_meter(|m| {
            m.heap
                .fetch_sub(size.min(m.heap.load(Ordering::Relaxed)), Ordering::Relaxed)
        });
    }
}

// SAFETY: every call is passed on to `System` unchanged; the counting
// around it neither allocates nor touches the memory.
unsafe impl GlobalAlloc for MeteredAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        Self::grow(layout.size());
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        Self::grow(layout.size());
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        Self::shrink(layout.size());
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            Self::grow(new_size - layout.size());
        } else {
            Self::shrink(layout.size() - new_size);
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

/// Ends the metering of the current thread when dropped.
struct Metering;

impl Drop for Metering {
    fn drop(&mut self) {
        let _ = METER.try_with(|m| m.set(std::ptr::null()));
    }
}

/// Output that refuses to grow past the budget: what is written is counted
/// and handed on to `sink`.
pub struct CappedWriter<W> {
    written: usize,
    sink: W,
}

impl<W: Write> Write for CappedWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let stop = with_meter(|m| {
            if m.cancelled.load(Ordering::Relaxed) {
                return true;
            }
            if self.written + buf.len() > m.budget.output_bytes {
                m.output_over.store(true, Ordering::SeqCst);
                return true;
            }
            false
        });
        if stop == Some(true) {
            return Err(std::io::Error::other("the template's budget is spent"));
        }
        self.written += buf.len();
        self.sink.write_all(buf)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.sink.flush()
    }
}

/// `range(end=N, start=0, step_by=1)`, as Tera's own, but counted against
/// the render's budget.
pub fn range(kwargs: tera::Kwargs, _: &tera::State) -> tera::TeraResult<Vec<i64>> {
    let start = kwargs.get::<i64>("start")?.unwrap_or(0);
    let end = kwargs.must_get::<i64>("end")?;
    let step = kwargs.get::<i64>("step_by")?.unwrap_or(1);
    if step == 0 {
        return Err(tera::Error::message("`range` needs a `step_by` other than 0"));
    }
    let (span, stride) = (i128::from(end) - i128::from(start), i128::from(step));
    let count = if (span > 0) == (stride > 0) && span != 0 {
        ((span.abs() + stride.abs() - 1) / stride.abs()) as u64
    } else {
        0
    };
    let refused = match with_meter(|m| {
        if m.cancelled.load(Ordering::Relaxed) {
            return Some("the render was stopped".to_owned());
        }
        let used = m.range_steps.load(Ordering::Relaxed) as u64;
        let limit = m.budget.range_steps;
        if used.saturating_add(count) > limit {
            return Some(format!(
                "`range` would make {count} more numbers, past the {limit} a render may make in all \
                 (loops this long are not needed by a memo)"
            ));
        }
        m.range_steps.fetch_add(count as usize, Ordering::Relaxed);
        None
    }) {
        Some(refused) => refused,
        // Outside a bounded render, one call is held to the default budget.
        None => (count > Budget::default().range_steps)
            .then(|| format!("`range` would make {count} numbers, more than a memo needs")),
    };
    if let Some(message) = refused {
        return Err(tera::Error::message(message));
    }
    Ok((0..count as i64).map(|i| start + i * step).collect())
}

/// How a bounded render ended, when it did not give its bytes.
#[derive(Debug)]
pub enum Stopped {
    /// The template failed (Tera's own report), or its output or
    /// `range()` budget ran out.
    Failed(tera::Error, Option<Exceeded>),
    /// The watcher gave up on it.
    Exceeded(Exceeded),
}

/// Renders `name` with `context` on a thread of its own, within `budget`,
/// into `sink` (which the output budget counts before it), and gives the
/// sink back.
pub fn render<W: Write + Send + 'static>(
    tera: Arc<tera::Tera>,
    name: &str,
    context: tera::Context,
    budget: Budget,
    sink: W,
) -> Result<W, Stopped> {
    let name = name.to_owned();
    run(budget, move || {
        let mut out = CappedWriter { written: 0, sink };
        tera.render_to(&name, &context, &mut out).map(|()| out.sink)
    })
}

/// Runs `work` on a thread of its own, within `budget`: its memory and
/// time, and its output where it writes to a [`CappedWriter`] or calls
/// [`within_output`]. Template engines, the playbook's snippets and the
/// conversion of the Markdown all run this way.
pub fn run<T: Send + 'static>(
    budget: Budget,
    work: impl FnOnce() -> Result<T, tera::Error> + Send + 'static,
) -> Result<T, Stopped> {
    let meter = Arc::new(Meter {
        budget,
        heap: AtomicUsize::new(0),
        heap_over: AtomicBool::new(false),
        output_over: AtomicBool::new(false),
        cancelled: AtomicBool::new(false),
        range_steps: AtomicUsize::new(0),
    });
    let (send, receive) = std::sync::mpsc::channel();
    let worker_meter = Arc::clone(&meter);
    let spawned = std::thread::Builder::new()
        .name("template".to_owned())
        // As much stack as the main thread has, for deeply nested templates.
        .stack_size(8 * 1024 * 1024)
        .spawn(move || {
            let meter = worker_meter;
            METER.with(|m| m.set(Arc::as_ptr(&meter)));
            // Declared after `meter`, so dropped before it, even in a panic.
            let metering = Metering;
            let result = work();
            drop(metering);
            let output_over = meter.output_over.load(Ordering::SeqCst);
            let _ = send.send((result, output_over));
        });
    if let Err(e) = spawned {
        return Err(Stopped::Failed(
            tera::Error::message(format!("cannot start the render: {e}")),
            None,
        ));
    }
    let started = Instant::now();
    loop {
        match receive.recv_timeout(Duration::from_millis(10)) {
            Ok((Ok(value), _)) => return Ok(value),
            Ok((Err(e), output_over)) => {
                let why = output_over.then_some(Exceeded::Output(budget.output_bytes));
                return Err(Stopped::Failed(e, why));
            }
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                return Err(Stopped::Failed(
                    tera::Error::message("the render stopped without a result"),
                    None,
                ));
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                let exceeded = if meter.heap_over.load(Ordering::SeqCst) {
                    Some(Exceeded::Heap(budget.heap_bytes))
                } else if started.elapsed() > budget.time {
                    Some(Exceeded::Time(budget.time))
                } else {
                    None
                };
                if let Some(exceeded) = exceeded {
                    meter.cancelled.store(true, Ordering::SeqCst);
                    return Err(Stopped::Exceeded(exceeded));
                }
            }
        }
    }
}

/// Whether `bytes` more of output fit the budget of the render running on
/// this thread (always, outside one), and the render is still wanted: the
/// check of work that does not write through a [`CappedWriter`] (a
/// snippet's text, a converted document).
pub fn within_output(bytes: usize) -> Result<(), tera::Error> {
    let stop = with_meter(|m| {
        if m.cancelled.load(Ordering::Relaxed) {
            return true;
        }
        if bytes > m.budget.output_bytes {
            m.output_over.store(true, Ordering::SeqCst);
            return true;
        }
        false
    });
    if stop == Some(true) {
        return Err(tera::Error::message("the render's budget is spent"));
    }
    Ok(())
}

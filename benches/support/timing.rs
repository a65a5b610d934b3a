//! Wall time of a closure, as the small benchmarks report it: the median
//! of a number of runs, in milliseconds.
#![allow(dead_code)]

use std::time::{Duration, Instant};

/// The median time of `rounds` runs of `f`.
pub fn median_time(rounds: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

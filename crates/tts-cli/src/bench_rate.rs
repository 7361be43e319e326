//! `tts-cli bench --rate R`: requests arriving as a Poisson process (exponential gaps with mean
//! 1/R seconds, seeded), the way servers are measured, instead of all at once. For each rate
//! tried: time to first audio from each request's arrival (p50/p95/p99), each stream's
//! real-time factor, and whether every stream played without a gap (each chunk in time for a
//! listener who started playing at its first chunk, with a 200 ms buffer); then the highest
//! rate at which p95 first audio stays within 500 ms and every stream plays without a gap.

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::bail;
use runtime::{EngineService, Qos, StreamEvent, SynthesisRequest};

/// A listener's buffer: a chunk may arrive this much after its playback time would have begun
/// without one.
const PLAYBACK_BUFFER: Duration = Duration::from_millis(200);
/// The first-audio bound the highest sustainable rate is judged by.
const TTFA_P95_BOUND_MS: f64 = 500.0;

/// What one request of a rate's run gave.
struct Arrival {
    /// From its arrival to its first chunk.
    ttfa: Duration,
    /// Wall time from arrival to the end, per second of its audio.
    rtf: f64,
    /// The most a chunk came after its playback time (zero: every chunk in time).
    worst_lateness: Duration,
    late: bool,
}

/// One rate's figures.
pub struct RateRun {
    pub rate: f64,
    pub requests: usize,
    pub ttfa_ms: [f64; 3],
    pub rtf_p50: f64,
    pub rtf_max: f64,
    pub gapless: usize,
    pub worst_lateness_ms: f64,
}

impl RateRun {
    pub fn sustained(&self) -> bool {
        self.ttfa_ms[1] <= TTFA_P95_BOUND_MS && self.gapless == self.requests
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::json!({
            "rate_per_s": self.rate,
            "requests": self.requests,
            "ttfa_ms_p50": self.ttfa_ms[0],
            "ttfa_ms_p95": self.ttfa_ms[1],
            "ttfa_ms_p99": self.ttfa_ms[2],
            "rtf_p50": self.rtf_p50,
            "rtf_max": self.rtf_max,
            "gapless_streams": self.gapless,
            "worst_lateness_ms": self.worst_lateness_ms,
            "sustained": self.sustained(),
        })
    }
}

/// A small seeded generator for the arrival gaps (splitmix64).
struct Gaps(u64);

impl Gaps {
    /// An exponential gap with mean `1 / rate` seconds.
    fn next(&mut self, rate: f64) -> Duration {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        // A uniform in (0, 1]: 53 bits, never 0.
        let u = ((z >> 11) + 1) as f64 / (1u64 << 53) as f64;
        Duration::from_secs_f64(-u.ln() / rate)
    }
}

/// Runs `requests` Poisson arrivals at `rate` per second (seed fixed per rate) and measures them.
pub fn run_rate(
    service: &Arc<EngineService>,
    req: &SynthesisRequest,
    rate: f64,
    requests: usize,
) -> anyhow::Result<RateRun> {
    if !(rate > 0.0 && rate.is_finite()) || requests == 0 {
        bail!("--rate must be positive and --requests at least 1");
    }
    let sample_rate = service.engine().sample_rate() as f64;
    let mut gaps = Gaps(rate.to_bits());
    let arrivals: Vec<Duration> = (0..requests)
        .scan(Duration::ZERO, |t, _| {
            *t += gaps.next(rate);
            Some(*t)
        })
        .collect();
    let start = Instant::now();
    let results = std::thread::scope(|scope| {
        let handles: Vec<_> = arrivals
            .iter()
            .enumerate()
            .map(|(k, &at)| {
                let mut r = req.clone();
                r.seed = 1 + k as u64;
                scope.spawn(move || -> anyhow::Result<Arrival> {
                    std::thread::sleep((start + at).saturating_duration_since(Instant::now()));
                    let arrived = Instant::now();
                    let mut stream = service.submit(&r, Qos::default())?;
                    let (mut first, mut worst) = (None::<Instant>, None::<Duration>);
                    let mut late = false;
                    while let Some(event) = stream.blocking_next() {
                        match event {
                            StreamEvent::Chunk { chunk, .. } => {
                                let now = Instant::now();
                                let first = *first.get_or_insert(now);
                                let due = first
                                    + PLAYBACK_BUFFER
                                    + Duration::from_secs_f64(
                                        chunk.start_sample as f64 / sample_rate,
                                    );
                                late |= now > due;
                                let late_by = now.saturating_duration_since(due);
                                worst = Some(worst.map_or(late_by, |w| w.max(late_by)));
                            }
                            StreamEvent::Done(summary) => {
                                let audio = summary.audio_seconds().max(f64::MIN_POSITIVE);
                                return Ok(Arrival {
                                    ttfa: first.map_or(Duration::MAX, |f| f - arrived),
                                    rtf: arrived.elapsed().as_secs_f64() / audio,
                                    worst_lateness: worst.unwrap_or_default(),
                                    late,
                                });
                            }
                            StreamEvent::Failed(e) => return Err(e.into()),
                        }
                    }
                    bail!("the engine dropped a stream")
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().map_err(|_| anyhow::anyhow!("a stream reader panicked"))?)
            .collect::<anyhow::Result<Vec<_>>>()
    })?;
    let mut ttfa: Vec<f64> = results.iter().map(|a| a.ttfa.as_secs_f64() * 1e3).collect();
    ttfa.sort_by(f64::total_cmp);
    let mut rtf: Vec<f64> = results.iter().map(|a| a.rtf).collect();
    rtf.sort_by(f64::total_cmp);
    let worst = results.iter().map(|a| a.worst_lateness).max().unwrap_or_default();
    Ok(RateRun {
        rate,
        requests,
        ttfa_ms: [percentile(&ttfa, 50.0), percentile(&ttfa, 95.0), percentile(&ttfa, 99.0)],
        rtf_p50: percentile(&rtf, 50.0),
        rtf_max: rtf.last().copied().unwrap_or(f64::NAN),
        gapless: results.iter().filter(|a| !a.late).count(),
        worst_lateness_ms: worst.as_secs_f64() * 1e3,
    })
}

/// Nearest-rank percentile of sorted values.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_are_exponential_with_the_asked_mean() {
        let mut gaps = Gaps(7);
        let n = 20_000;
        let mean = (0..n).map(|_| gaps.next(4.0).as_secs_f64()).sum::<f64>() / n as f64;
        // Mean 1/4 s; the standard error of 20000 exponential draws is 0.25/sqrt(20000).
        assert!((mean - 0.25).abs() < 5.0 * 0.25 / (n as f64).sqrt(), "{mean}");
        let mut a = Gaps(1);
        let mut b = Gaps(1);
        assert_eq!(a.next(1.0), b.next(1.0), "seeded");
    }

    #[test]
    fn percentiles_by_nearest_rank() {
        let v: Vec<f64> = (1..=20).map(f64::from).collect();
        assert_eq!(percentile(&v, 50.0), 10.0);
        assert_eq!(percentile(&v, 95.0), 19.0);
        assert_eq!(percentile(&v, 99.0), 20.0);
    }
}

//! The admission policy of the serving engine, without a model: one permit per request
//! ([`Admission`]; overload is refused at once), a waiting queue ordered by priority class, then
//! deadline, then arrival; deadlines that pass while waiting are reported; the running batch is
//! limited by rows and by a KV-cache memory budget.

use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// Service class of a request. Interactive (streaming to a listener) rows are admitted before
/// bulk (offline rendering) ones; both share the running batch once admitted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Priority {
    #[default]
    Interactive,
    Bulk,
}

impl std::str::FromStr for Priority {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "interactive" => Ok(Self::Interactive),
            "bulk" => Ok(Self::Bulk),
            other => Err(format!("unknown priority {other:?}; valid: interactive, bulk")),
        }
    }
}

/// What a caller asks of the scheduler besides the synthesis itself.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Qos {
    pub priority: Priority,
    /// The whole stream must be delivered within this time of submission; a request that
    /// cannot make it is refused up front, one that runs out of time is cut.
    pub deadline: Option<Duration>,
}

/// Limits of the running batch and of the waiting queue.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchConfig {
    /// Rows generated together at most.
    pub max_batch: usize,
    /// Requests waiting beyond a full batch at most; one more is refused as overload.
    pub max_queue: usize,
    /// Bytes of talker KV cache the running rows may reserve together.
    pub kv_budget_bytes: usize,
    /// Newcomers prefilled per step while other streams are playing (have sent audio), so a
    /// burst of arrivals delays them by at most this many prefills per frame.
    pub prefills_per_step: usize,
    /// Prompt positions a newcomer prefills per step while other streams are playing, where
    /// a prefill split into pieces gives the same result (the int8 CPU modes): a long prompt (a
    /// voice clone's reference codes) then delays a playing stream by one piece per step
    /// instead of its whole prefill.
    pub prefill_chunk: usize,
    /// Lets a newcomer prefill more than `prefill_chunk` positions in a step when every
    /// playing stream has enough audio buffered ahead of its listener to cover them and its
    /// next chunk ([`prefill_positions`]): first audio as soon as the listeners can afford it.
    pub prefill_on_slack: bool,
    /// How long an idle engine waits for more arrivals before starting a batch.
    pub arrival_window: Duration,
    /// Audio a stream's reader may leave unread before the stream is cut (a slow reader
    /// cannot make the engine buffer without bound; [`crate::EngineService`] only).
    pub max_unread_audio: Duration,
}

impl Default for BatchConfig {
    fn default() -> Self {
        Self {
            max_batch: 16,
            max_queue: 64,
            kv_budget_bytes: 4 << 30,
            prefills_per_step: 1,
            prefill_chunk: PREFILL_CHUNK,
            prefill_on_slack: true,
            arrival_window: Duration::from_millis(2),
            max_unread_audio: Duration::from_secs(60),
        }
    }
}

impl BatchConfig {
    pub fn validate(&self) -> Result<(), String> {
        if self.max_batch == 0 || self.max_batch > MAX_BATCH {
            return Err(format!("max batch {} is out of range 1..={MAX_BATCH}", self.max_batch));
        }
        if self.prefills_per_step == 0 {
            return Err("prefills per step must be at least 1".into());
        }
        if self.prefill_chunk == 0 {
            return Err("prefill chunk must be at least 1 position".into());
        }
        if self.max_unread_audio.is_zero() {
            return Err("max unread audio must be above zero".into());
        }
        Ok(())
    }
}

/// Default [`BatchConfig::prefill_chunk`]. On 2 cores (0.6B, q5_0, random weights at the real
/// dimensions; `frame_bench ... q5_0 24 4`) a piece of 32 positions takes ~61 ms, about one
/// step of a small batch with its decoding; a 171-position prompt takes 269 ms whole and 274 ms
/// in pieces of 32. Most sentence prompts fit one piece, so they join as fast as whole ones.
pub const PREFILL_CHUNK: usize = 32;

/// Prompt positions a newcomer may prefill in one step while streams play: `chunk`, or as many
/// as take `cost_per_position` each within the `slack` of the playing stream with the least
/// audio buffered ahead of its listener, less the `margin` its next chunk takes to make.
pub fn prefill_positions(
    chunk: usize,
    slack: Duration,
    margin: Duration,
    cost_per_position: Duration,
) -> usize {
    let spare = slack.saturating_sub(margin).as_secs_f64();
    let affordable = match cost_per_position.as_secs_f64() {
        c if c > 0.0 => (spare / c).min(usize::MAX as f64) as usize,
        _ => usize::MAX,
    };
    affordable.max(chunk)
}

/// Largest running batch: the acoustic model's streaming matmuls give every row the arithmetic
/// of its run alone up to 64 rows (the code predictor's first step has 2 per request).
pub const MAX_BATCH: usize = 32;

/// Admission control: a request takes a [`Permit`] before it reaches the engine and holds it
/// until it leaves, whichever way (finished, failed, cancelled, its client gone): the permit
/// returns when the request is dropped. The one count of the requests in the engine.
#[derive(Debug, Clone)]
pub struct Admission {
    permits: Arc<Semaphore>,
    limit: usize,
}

/// A request's place in the engine (see [`Admission`]).
#[derive(Debug)]
pub struct Permit {
    _permit: OwnedSemaphorePermit,
}

impl Admission {
    /// Room for `limit` requests running or waiting.
    pub fn new(limit: usize) -> Self {
        Self { permits: Arc::new(Semaphore::new(limit)), limit }
    }

    /// Room for what `config` allows: a full batch and a full queue.
    pub fn for_config(config: &BatchConfig) -> Self {
        Self::new(config.max_batch + config.max_queue)
    }

    /// A permit, or a refusal at once when every place is taken.
    pub fn try_admit(&self) -> Result<Permit, Refusal> {
        match self.permits.clone().try_acquire_owned() {
            Ok(permit) => Ok(Permit { _permit: permit }),
            Err(_) => Err(Refusal::Full { limit: self.limit }),
        }
    }

    /// Requests holding a permit now.
    pub fn in_use(&self) -> usize {
        self.limit - self.permits.available_permits()
    }
}

/// Why the scheduler refused a request up front.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Every place (running and waiting) is taken.
    Full { limit: usize },
    /// Even an optimistic estimate finishes after the deadline.
    DeadlineUnreachable { needed: Duration, deadline: Duration },
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Full { limit } => {
                write!(f, "the engine is overloaded: {limit} requests are running or waiting")
            }
            Self::DeadlineUnreachable { needed, deadline } => write!(
                f,
                "deadline {} ms cannot be met: at least {} ms are needed at the current load",
                deadline.as_millis(),
                needed.as_millis()
            ),
        }
    }
}

/// One waiting request.
#[derive(Debug)]
pub struct Waiting<T> {
    pub id: u64,
    pub priority: Priority,
    pub deadline: Option<Instant>,
    /// Arrival order, breaks ties.
    seq: u64,
    pub item: T,
}

/// The waiting queue, ordered by (priority, deadline, arrival); its length is bounded by the
/// permits of [`Admission`].
#[derive(Debug)]
pub struct WaitQueue<T> {
    items: Vec<Waiting<T>>,
    next_seq: u64,
}

impl<T> Default for WaitQueue<T> {
    fn default() -> Self {
        Self { items: Vec::new(), next_seq: 0 }
    }
}

impl<T> WaitQueue<T> {
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Queues a request.
    pub fn push(&mut self, id: u64, qos_priority: Priority, deadline: Option<Instant>, item: T) {
        let seq = self.next_seq;
        self.next_seq += 1;
        self.items.push(Waiting { id, priority: qos_priority, deadline, seq, item });
    }

    /// The request to admit next, if `fits` accepts it: the first in (priority, deadline,
    /// arrival) order. A request that does not fit blocks those behind it (no starvation of
    /// large requests by small ones).
    pub fn pop_if(&mut self, fits: impl FnOnce(&T) -> bool) -> Option<Waiting<T>> {
        let best = (0..self.items.len()).min_by_key(|&i| {
            let w = &self.items[i];
            // Earliest deadline first within a class; no deadline sorts last.
            (w.priority, w.deadline.is_none(), w.deadline, w.seq)
        })?;
        if fits(&self.items[best].item) { Some(self.items.remove(best)) } else { None }
    }

    /// A waiting request's item.
    pub fn get_mut(&mut self, id: u64) -> Option<&mut T> {
        self.items.iter_mut().find(|w| w.id == id).map(|w| &mut w.item)
    }

    /// Removes a waiting request (cancelled before it started).
    pub fn remove(&mut self, id: u64) -> Option<Waiting<T>> {
        let i = self.items.iter().position(|w| w.id == id)?;
        Some(self.items.remove(i))
    }

    /// Removes and returns the requests whose deadline has passed at `now`.
    pub fn expire(&mut self, now: Instant) -> Vec<Waiting<T>> {
        let (gone, keep) = std::mem::take(&mut self.items)
            .into_iter()
            .partition(|w| w.deadline.is_some_and(|d| d <= now));
        self.items = keep;
        gone
    }

    /// Removes every waiting request for which `drop` is true (e.g. the client went away).
    pub fn drain_where(&mut self, mut drop: impl FnMut(&T) -> bool) -> Vec<Waiting<T>> {
        let (gone, keep) = std::mem::take(&mut self.items).into_iter().partition(|w| drop(&w.item));
        self.items = keep;
        gone
    }
}

/// Running time of a step, smoothed: the basis of deadline estimates.
#[derive(Debug, Clone, Default)]
pub struct StepClock {
    /// Fastest frame step seen (an optimistic per-frame time for refusing up front).
    fastest: Option<Duration>,
}

impl StepClock {
    pub fn record(&mut self, step: Duration) {
        self.fastest = Some(self.fastest.map_or(step, |f| f.min(step)));
    }

    /// A lower bound of the time `frames` frames take, once a step has been measured.
    pub fn optimistic(&self, frames: usize) -> Option<Duration> {
        self.fastest.map(|f| f * frames as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids<T>(q: &mut WaitQueue<T>) -> Vec<u64> {
        std::iter::from_fn(|| q.pop_if(|_| true).map(|w| w.id)).collect()
    }

    #[test]
    fn a_prefill_takes_what_the_least_buffered_listener_can_spare() {
        let ms = Duration::from_millis;
        // 500 ms buffered, 200 ms to the next chunk: 300 ms spare at 2 ms a position.
        assert_eq!(prefill_positions(16, ms(500), ms(200), ms(2)), 150);
        // No slack beyond the margin, or less than a chunk's worth: the chunk.
        assert_eq!(prefill_positions(16, ms(100), ms(200), ms(2)), 16);
        assert_eq!(prefill_positions(16, ms(220), ms(200), ms(2)), 16);
        assert_eq!(prefill_positions(16, ms(500), ms(200), Duration::ZERO), usize::MAX);
    }

    #[test]
    fn interactive_before_bulk_then_deadline_then_arrival() {
        let now = Instant::now();
        let s = Duration::from_secs;
        let mut q = WaitQueue::default();
        q.push(1, Priority::Bulk, None, ());
        q.push(2, Priority::Interactive, None, ());
        q.push(3, Priority::Bulk, Some(now + s(5)), ());
        q.push(4, Priority::Interactive, Some(now + s(9)), ());
        q.push(5, Priority::Interactive, Some(now + s(3)), ());
        q.push(6, Priority::Interactive, None, ());
        assert_eq!(ids(&mut q), [5, 4, 2, 6, 3, 1]);
    }

    #[test]
    fn admission_refuses_at_once_when_full_and_a_dropped_permit_makes_room() {
        let admission = Admission::new(2);
        let a = admission.try_admit().unwrap();
        let b = admission.try_admit().unwrap();
        assert_eq!(admission.in_use(), 2);
        let why = admission.try_admit().unwrap_err();
        assert_eq!(why, Refusal::Full { limit: 2 });
        assert!(why.to_string().contains("overloaded"), "{why}");
        // Room again once one leaves, whichever way its holder went.
        drop(a);
        let c = admission.try_admit().unwrap();
        assert!(admission.try_admit().is_err());
        drop((b, c));
        assert_eq!(admission.in_use(), 0);
    }

    #[test]
    fn the_head_blocks_when_it_does_not_fit() {
        let mut q = WaitQueue::default();
        q.push(1, Priority::Interactive, None, 100usize);
        q.push(2, Priority::Interactive, None, 1usize);
        // Budget 10: the big head does not fit, and the small one behind it is not taken.
        assert!(q.pop_if(|&cost| cost <= 10).is_none());
        assert_eq!(q.pop_if(|&cost| cost <= 1000).unwrap().id, 1);
        assert_eq!(q.pop_if(|&cost| cost <= 10).unwrap().id, 2);
    }

    #[test]
    fn expired_and_cancelled_requests_leave_the_queue() {
        let now = Instant::now();
        let mut q = WaitQueue::default();
        q.push(1, Priority::Interactive, Some(now), "x");
        q.push(2, Priority::Interactive, Some(now + Duration::from_secs(60)), "y");
        q.push(3, Priority::Bulk, None, "gone");
        q.push(4, Priority::Bulk, None, "z");
        let expired: Vec<u64> = q.expire(now).iter().map(|w| w.id).collect();
        assert_eq!(expired, [1]);
        assert_eq!(q.remove(4).unwrap().item, "z");
        assert!(q.remove(4).is_none());
        let dropped: Vec<u64> = q.drain_where(|&s| s == "gone").iter().map(|w| w.id).collect();
        assert_eq!(dropped, [3]);
        assert_eq!(ids(&mut q), [2]);
    }

    #[test]
    fn optimistic_estimate_uses_the_fastest_step() {
        let mut c = StepClock::default();
        assert_eq!(c.optimistic(10), None);
        c.record(Duration::from_millis(80));
        c.record(Duration::from_millis(50));
        c.record(Duration::from_millis(70));
        assert_eq!(c.optimistic(10), Some(Duration::from_millis(500)));
    }

    #[test]
    fn config_limits_are_checked() {
        assert!(BatchConfig::default().validate().is_ok());
        let e = BatchConfig { max_batch: 0, ..Default::default() }.validate().unwrap_err();
        assert!(e.contains("1..=32"), "{e}");
        let e = BatchConfig { max_batch: 33, ..Default::default() }.validate().unwrap_err();
        assert!(e.contains("33"), "{e}");
        assert!(BatchConfig { prefills_per_step: 0, ..Default::default() }.validate().is_err());
        assert_eq!("BULK".parse::<Priority>(), Ok(Priority::Bulk));
        assert!("urgent".parse::<Priority>().unwrap_err().contains("interactive, bulk"));
    }
}

//! Prometheus metrics (`GET /metrics`): requests by outcome, time to first audio and real-time
//! factor histograms, audio and frames produced, cancellations by reason, and the engine's queue
//! depth, active streams and batch size, read from the engine at scrape time.

use prometheus::{
    Encoder, Histogram, HistogramOpts, HistogramVec, IntCounter, IntCounterVec, IntGauge, Opts,
    Registry, TextEncoder,
};
use runtime::BatchStats;

pub struct Metrics {
    registry: Registry,
    /// Finished requests by API (http, sse, ws, grpc) and outcome (ok or an error code).
    pub requests: IntCounterVec,
    pub time_to_first_audio: HistogramVec,
    /// Wall time over audio time of finished requests.
    pub real_time_factor: Histogram,
    pub audio_seconds: prometheus::Counter,
    pub frames: IntCounter,
    pub input_tokens: IntCounter,
    /// Streams that ended early, by reason (client_gone, cancelled, deadline, slow_reader).
    pub cancellations: IntCounterVec,
    /// Finished requests by why their generation stopped (eos, max_new_tokens, and the runaway
    /// guards frame_budget and loop).
    pub stops: IntCounterVec,
    queue_depth: IntGauge,
    active_streams: IntGauge,
    engine_steps: IntGauge,
    engine_rows_stepped: IntGauge,
    engine_codec_calls: IntGauge,
    engine_codec_rows: IntGauge,
    engine_lm_seconds: prometheus::Gauge,
    engine_codec_seconds: prometheus::Gauge,
    engine_completed: IntGauge,
    engine_failed: IntGauge,
}

impl Metrics {
    pub fn new() -> Result<Self, prometheus::Error> {
        let registry = Registry::new_custom(Some("tts".into()), None)?;
        let seconds = vec![0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0];
        let rtf = vec![0.1, 0.2, 0.3, 0.5, 0.7, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0];
        let m = Self {
            requests: IntCounterVec::new(
                Opts::new("requests_total", "Finished requests by API and outcome"),
                &["api", "outcome"],
            )?,
            time_to_first_audio: HistogramVec::new(
                HistogramOpts::new("time_to_first_audio_seconds", "Arrival to first audio chunk")
                    .buckets(seconds),
                &["api"],
            )?,
            real_time_factor: Histogram::with_opts(
                HistogramOpts::new("real_time_factor", "Wall time over audio time per request")
                    .buckets(rtf),
            )?,
            audio_seconds: prometheus::Counter::new("audio_seconds_total", "Audio sent")?,
            frames: IntCounter::new("frames_total", "Codec frames generated (12.5 per second)")?,
            input_tokens: IntCounter::new("input_tokens_total", "Text tokens of requests")?,
            cancellations: IntCounterVec::new(
                Opts::new("cancellations_total", "Streams ended early, by reason"),
                &["reason"],
            )?,
            stops: IntCounterVec::new(
                Opts::new("stops_total", "Finished requests by why their generation stopped"),
                &["reason"],
            )?,
            queue_depth: IntGauge::new("queue_depth", "Requests waiting for a row")?,
            active_streams: IntGauge::new("active_streams", "Requests in the running batch")?,
            engine_steps: IntGauge::new("engine_steps_total", "Acoustic-model batch steps")?,
            engine_rows_stepped: IntGauge::new(
                "engine_rows_stepped_total",
                "Rows summed over steps (mean batch size = rows / steps)",
            )?,
            engine_codec_calls: IntGauge::new(
                "engine_codec_calls_total",
                "Batched codec decoder calls",
            )?,
            engine_codec_rows: IntGauge::new(
                "engine_codec_rows_total",
                "Streams summed over codec calls (mean codec batch = rows / calls)",
            )?,
            engine_lm_seconds: prometheus::Gauge::new(
                "engine_acoustic_model_seconds_total",
                "Acoustic-model compute time",
            )?,
            engine_codec_seconds: prometheus::Gauge::new(
                "engine_codec_seconds_total",
                "Codec decoder compute time",
            )?,
            engine_completed: IntGauge::new(
                "engine_completed_total",
                "Requests the engine finished with all their audio",
            )?,
            engine_failed: IntGauge::new(
                "engine_failed_total",
                "Requests the engine ended early (cut, cancelled, failed)",
            )?,
            registry,
        };
        let r = &m.registry;
        r.register(Box::new(m.requests.clone()))?;
        r.register(Box::new(m.time_to_first_audio.clone()))?;
        r.register(Box::new(m.real_time_factor.clone()))?;
        r.register(Box::new(m.audio_seconds.clone()))?;
        r.register(Box::new(m.frames.clone()))?;
        r.register(Box::new(m.input_tokens.clone()))?;
        r.register(Box::new(m.cancellations.clone()))?;
        r.register(Box::new(m.stops.clone()))?;
        // Every reason shows from the start (at 0), so dashboards and alerts can name them.
        for reason in runtime::StopReason::ALL {
            m.stops.with_label_values(&[reason.name()]);
        }
        r.register(Box::new(m.queue_depth.clone()))?;
        r.register(Box::new(m.active_streams.clone()))?;
        r.register(Box::new(m.engine_steps.clone()))?;
        r.register(Box::new(m.engine_rows_stepped.clone()))?;
        r.register(Box::new(m.engine_codec_calls.clone()))?;
        r.register(Box::new(m.engine_codec_rows.clone()))?;
        r.register(Box::new(m.engine_lm_seconds.clone()))?;
        r.register(Box::new(m.engine_codec_seconds.clone()))?;
        r.register(Box::new(m.engine_completed.clone()))?;
        r.register(Box::new(m.engine_failed.clone()))?;
        Ok(m)
    }

    /// The text exposition, with the engine's gauges as of now.
    pub fn render(&self, engine: Option<&BatchStats>) -> String {
        if let Some(s) = engine {
            self.queue_depth.set(s.waiting as i64);
            self.active_streams.set(s.running as i64);
            self.engine_steps.set(s.steps as i64);
            self.engine_rows_stepped.set(s.rows_stepped as i64);
            self.engine_codec_calls.set(s.codec_calls as i64);
            self.engine_codec_rows.set(s.codec_rows as i64);
            self.engine_lm_seconds.set(s.lm_time.as_secs_f64());
            self.engine_codec_seconds.set(s.codec_time.as_secs_f64());
            self.engine_completed.set(s.completed as i64);
            self.engine_failed.set(s.failed as i64);
        }
        let mut out = Vec::new();
        let _ = TextEncoder::new().encode(&self.registry.gather(), &mut out);
        String::from_utf8(out).unwrap_or_default()
    }
}

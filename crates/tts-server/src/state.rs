//! What every handler shares: settings, metrics, the engine once loaded, uploaded-voice
//! metadata, the rate limiter and the draining flag.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use runtime::EngineService;
use subtle::ConstantTimeEq;

use crate::error::{ApiError, Code};
use crate::metrics::Metrics;
use crate::settings::Settings;
use crate::voice_store::UploadedVoice;

pub struct AppState {
    pub settings: Settings,
    pub metrics: Metrics,
    service: OnceLock<Arc<EngineService>>,
    draining: AtomicBool,
    pub uploads: Mutex<BTreeMap<String, UploadedVoice>>,
    /// Where uploads are kept across restarts (`voices_dir`), if anywhere.
    pub voice_store: Option<crate::voice_store::VoiceStore>,
    limiter: Option<DefaultKeyedRateLimiter<IpAddr>>,
}

impl AppState {
    pub fn new(settings: Settings) -> anyhow::Result<Arc<Self>> {
        let limiter = settings.rate_limit_per_s.map(|rate| {
            RateLimiter::keyed(Quota::per_second(rate).allow_burst(settings.rate_burst))
        });
        let voice_store = match &settings.voices_dir {
            Some(dir) => Some(
                crate::voice_store::VoiceStore::open(dir)
                    .map_err(|e| anyhow::anyhow!("voices_dir {}: {e}", dir.display()))?,
            ),
            None => None,
        };
        Ok(Arc::new(Self {
            voice_store,
            metrics: Metrics::new()?,
            settings,
            service: OnceLock::new(),
            draining: AtomicBool::new(false),
            uploads: Mutex::new(BTreeMap::new()),
            limiter,
        }))
    }

    /// The engine, or 503 while it loads (a load failure ends the process) and once its
    /// thread has stopped.
    pub fn service(&self) -> Result<&Arc<EngineService>, ApiError> {
        let service = self.service.get().ok_or_else(ApiError::loading)?;
        if !service.is_alive() {
            return Err(ApiError::new(Code::EngineStopped, "the engine has stopped"));
        }
        Ok(service)
    }

    /// Whether the engine thread has died (as opposed to loading or never started).
    pub fn engine_died(&self) -> bool {
        self.service.get().is_some_and(|s| !s.is_alive())
    }

    pub fn set_service(&self, service: EngineService) {
        let _ = self.service.set(Arc::new(service));
    }

    pub fn drain(&self) {
        self.draining.store(true, Ordering::SeqCst);
    }

    pub fn is_draining(&self) -> bool {
        self.draining.load(Ordering::SeqCst)
    }

    /// Readiness: loaded, the engine thread running, and not shutting down.
    pub fn readiness(&self) -> Result<(), &'static str> {
        if self.engine_died() {
            Err("engine_stopped")
        } else if self.is_draining() {
            Err("draining")
        } else if self.service.get().is_none() {
            Err("loading")
        } else {
            Ok(())
        }
    }

    /// The bearer token of an `authorization` header or metadata value, compared in constant
    /// time; always fine when the server has no key.
    pub fn authorize(&self, authorization: Option<&str>) -> Result<(), ApiError> {
        let Some(key) = &self.settings.api_key else { return Ok(()) };
        let given = authorization
            .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
            .map(str::trim);
        if given.is_some_and(|g| bool::from(g.as_bytes().ct_eq(key.as_bytes()))) {
            Ok(())
        } else {
            Err(ApiError::unauthenticated())
        }
    }

    /// Whether `client` may send another request now (always, without a rate limit).
    pub fn check_rate(&self, client: IpAddr) -> Result<(), ApiError> {
        if self.limiter.as_ref().is_none_or(|l| l.check_key(&client).is_ok()) {
            return Ok(());
        }
        Err(ApiError::new(
            Code::RateLimited,
            format!(
                "too many requests from {client}: the limit is {} per second",
                self.settings.rate_limit_per_s.map_or(0, |r| r.get())
            ),
        ))
    }

    /// Counts a request refused before it reached the engine.
    pub fn refused(&self, api: &str, error: &ApiError) {
        self.metrics.requests.with_label_values(&[api, error.code.name()]).inc();
    }
}

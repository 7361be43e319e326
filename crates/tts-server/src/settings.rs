//! Server settings: defaults, then the config file (`[model]`, `[server]` and the engine's
//! `[runtime]` section), then environment variables and flags (clap reads both; a flag wins
//! over its variable).
//!
//! ```toml
//! [model]
//! path = "Qwen/Qwen3-TTS-12Hz-0.6B-CustomVoice"   # local directory or Hugging Face id
//! device = "cpu"                                   # cpu | cuda (cuda: never run on a GPU yet)
//! dtype = "auto"                                   # auto | f32 | bf16 | f16 | q8_0 | q5_0 | q4k (experimental)
//! codec_dtype = "auto"                             # auto | f32 | bf16 (the codec's waveform convs; auto: f32
//!                                                  # with dtype f32, else bf16 where the CPU has AVX-512 BF16)
//! decode_mode = "continuous"                       # continuous | reference
//! weight_cache = "auto"                            # quantized weights kept between starts:
//!                                                  # auto ($QWEN3_TTS_CACHE or ~/.cache/qwen3-tts-rs/weights) | off | a directory
//!
//! [server]
//! http_addr = "0.0.0.0:8080"
//! grpc_addr = "0.0.0.0:50051"        # "off" disables gRPC
//! wyoming_addr = "0.0.0.0:10200"     # Wyoming (Home Assistant); off by default
//! wyoming_allow_unauthenticated = false  # Wyoming has no auth: with api_key set it must
//!                                        # listen on loopback unless this is true
//! wyoming_zeroconf = true            # announce the Wyoming listener over mDNS (_wyoming._tcp)
//! wyoming_zeroconf_name = "..."      # its service name; default "<served_model_name> on <host>"
//! served_model_name = "qwen3-tts"    # the `model` clients send; default: the checkpoint's name
//! model_aliases = ["tts-1", "tts-1-hd", "gpt-4o-mini-tts"]  # also answered to ([] turns them off)
//!
//! [server.voice_aliases]             # OpenAI voice -> speaker, over the defaults below
//! alloy = "serena"
//! api_key = "..."                    # bearer token on every route but /health and /ready
//! voices_dir = "/var/lib/tts/voices" # uploaded voices kept across restarts
//! max_text_chars = 4096              # longer input is refused (400)
//! max_body_mib = 16                  # larger request bodies are refused (413)
//! max_reference_secs = 300           # longer reference clips (ref_audio, voice uploads) are refused (400)
//! rate_limit_per_s = 0               # requests per second per client address; 0 = off
//! rate_burst = 20                    # requests a client may send at once within its rate
//! shutdown_grace_s = 30              # streams still running after this are cut at shutdown
//!
//! [runtime]                          # see runtime::config
//! max_batch = 16
//! max_unread_audio_s = 60            # a reader further behind than this is cut (slow reader)
//! frame_budget_margin = 4.0          # runaway guard: frame budget x the language's usual rate (0: off)
//! loop_min_frames = 75               # runaway guard: codes repeating this long end the stream (0: off)
//! ```

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, bail};
use runtime::{BatchConfig, GuardSettings, options::DEFAULT_MODEL};
use serde::Deserialize;

/// `tts-server`: HTTP (OpenAI-compatible speech API, WebSocket) and gRPC streaming speech
/// synthesis with health, Prometheus metrics and bearer-token auth.
#[derive(clap::Parser, Debug, Default)]
#[command(name = "tts-server", version)]
pub struct Args {
    /// Local checkpoint directory or Hugging Face id [default: Qwen/Qwen3-TTS-12Hz-0.6B-CustomVoice].
    #[arg(long, env = "TTS_MODEL")]
    pub model: Option<String>,
    /// TOML config file with [model], [server] and [runtime] sections.
    #[arg(long, env = "TTS_CONFIG")]
    pub config: Option<PathBuf>,
    /// HTTP listen address [default: 0.0.0.0:8080].
    #[arg(long, env = "TTS_HTTP_ADDR")]
    pub http_addr: Option<String>,
    /// gRPC listen address, or "off" [default: 0.0.0.0:50051].
    #[arg(long, env = "TTS_GRPC_ADDR")]
    pub grpc_addr: Option<String>,
    /// Wyoming (Home Assistant) listen address, or "off" [default: off].
    #[arg(long, env = "TTS_WYOMING_ADDR")]
    pub wyoming_addr: Option<String>,
    /// Serve Wyoming (which has no authentication) beyond loopback while --api-key is set.
    #[arg(long, env = "TTS_WYOMING_ALLOW_UNAUTHENTICATED")]
    pub wyoming_allow_unauthenticated: bool,
    /// Announce the Wyoming listener over Zeroconf/mDNS (`_wyoming._tcp`), so Home Assistant
    /// finds it by itself; a listener on loopback is never announced [default: true].
    #[arg(long, env = "TTS_WYOMING_ZEROCONF")]
    pub wyoming_zeroconf: Option<bool>,
    /// The announced service's name [default: "<served model name> on <host name>"].
    #[arg(long, env = "TTS_WYOMING_ZEROCONF_NAME")]
    pub wyoming_zeroconf_name: Option<String>,
    /// cpu or cuda (never run on a GPU yet) [default: cpu].
    #[arg(long, env = "TTS_DEVICE")]
    pub device: Option<String>,
    /// Acoustic-model weights: auto, f32, bf16, f16, q8_0, q5_0, q4k (experimental: fails its
    /// quality bar) [default: auto].
    #[arg(long, env = "TTS_DTYPE")]
    pub dtype: Option<String>,
    /// The codec's waveform convs: auto (f32 with --dtype f32, else bf16 where the CPU has
    /// AVX-512 BF16), f32, bf16 [default: auto].
    #[arg(long, env = "TTS_CODEC_DTYPE")]
    pub codec_dtype: Option<String>,
    /// Codec decoding: continuous or reference [default: continuous].
    #[arg(long, env = "TTS_DECODE_MODE")]
    pub decode_mode: Option<String>,
    /// Where quantized weights are kept between starts: auto ($QWEN3_TTS_CACHE, else
    /// ~/.cache/qwen3-tts-rs/weights), off, or a directory [default: auto].
    #[arg(long, env = "TTS_WEIGHT_CACHE")]
    pub weight_cache: Option<String>,
    /// Directory that keeps uploaded voices across restarts [default: none, in memory].
    #[arg(long, env = "TTS_VOICES_DIR")]
    pub voices_dir: Option<PathBuf>,
    /// Bearer token required on every route but /health and /ready [default: none].
    #[arg(long, env = "TTS_API_KEY", hide_env_values = true)]
    pub api_key: Option<String>,
    /// The model name clients send and /v1/models lists [default: the checkpoint's name].
    #[arg(long, env = "TTS_SERVED_MODEL_NAME")]
    pub served_model_name: Option<String>,
    /// Longest input text in characters [default: 4096].
    #[arg(long, env = "TTS_MAX_TEXT_CHARS")]
    pub max_text_chars: Option<usize>,
    /// Largest request body in MiB [default: 16].
    #[arg(long, env = "TTS_MAX_BODY_MIB")]
    pub max_body_mib: Option<usize>,
    /// Longest reference clip (ref_audio, uploaded voices) in seconds [default: 300].
    #[arg(long, env = "TTS_MAX_REFERENCE_SECS")]
    pub max_reference_secs: Option<f64>,
    /// Requests per second per client address, 0 = unlimited [default: 0].
    #[arg(long, env = "TTS_RATE_LIMIT")]
    pub rate_limit_per_s: Option<u32>,
    /// Rows generated together [default: 16].
    #[arg(long, env = "TTS_MAX_BATCH")]
    pub max_batch: Option<usize>,
    /// Requests waiting beyond a full batch [default: 64].
    #[arg(long, env = "TTS_MAX_QUEUE")]
    pub max_queue: Option<usize>,
    /// Runaway guard: frames a text may take, as a multiple of its language's usual speaking
    /// rate; 0 turns it off [default: 4].
    #[arg(long, env = "TTS_FRAME_BUDGET_MARGIN")]
    pub frame_budget_margin: Option<f32>,
    /// Runaway guard: codes that repeat a stretch of frames over this many frames (12.5 per
    /// second) end the stream; 0 turns it off [default: 75].
    #[arg(long, env = "TTS_LOOP_MIN_FRAMES")]
    pub loop_min_frames: Option<usize>,
    /// Seconds streams may take to finish at shutdown [default: 30].
    #[arg(long, env = "TTS_SHUTDOWN_GRACE_S")]
    pub shutdown_grace_s: Option<u64>,
    /// Log format on stderr: json or text.
    #[arg(long, env = "TTS_LOG_FORMAT", default_value = "json")]
    pub log_format: String,
    /// Log filter (RUST_LOG syntax).
    #[arg(long, env = "TTS_LOG", default_value = "info")]
    pub log: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ModelSection {
    path: Option<String>,
    device: Option<String>,
    dtype: Option<String>,
    codec_dtype: Option<String>,
    decode_mode: Option<String>,
    weight_cache: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ServerSection {
    http_addr: Option<String>,
    grpc_addr: Option<String>,
    wyoming_addr: Option<String>,
    wyoming_allow_unauthenticated: Option<bool>,
    wyoming_zeroconf: Option<bool>,
    wyoming_zeroconf_name: Option<String>,
    served_model_name: Option<String>,
    model_aliases: Option<Vec<String>>,
    voice_aliases: Option<BTreeMap<String, String>>,
    api_key: Option<String>,
    voices_dir: Option<PathBuf>,
    max_text_chars: Option<usize>,
    max_body_mib: Option<usize>,
    max_reference_secs: Option<f64>,
    rate_limit_per_s: Option<u32>,
    rate_burst: Option<u32>,
    shutdown_grace_s: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSections {
    #[serde(default)]
    model: ModelSection,
    #[serde(default)]
    server: ServerSection,
    /// Read by `runtime::BatchConfig::from_toml_str`.
    #[serde(default)]
    #[allow(dead_code)]
    runtime: Option<toml::Table>,
}

/// Everything the server runs with, resolved.
#[derive(Debug, Clone)]
pub struct Settings {
    pub model: String,
    pub device: String,
    pub dtype: String,
    /// `auto`, `f32` or `bf16` (runtime::options::codec_dtype).
    pub codec_dtype: String,
    pub decode_mode: String,
    /// `auto`, `off` or a directory (runtime::options::weight_cache).
    pub weight_cache: String,
    pub http_addr: SocketAddr,
    pub grpc_addr: Option<SocketAddr>,
    pub wyoming_addr: Option<SocketAddr>,
    /// Wyoming beyond loopback with an API key set (Wyoming itself has no authentication).
    pub wyoming_allow_unauthenticated: bool,
    /// The Zeroconf service name the Wyoming listener is announced under (`None`: not
    /// announced).
    pub wyoming_zeroconf: Option<String>,
    pub served_model_name: String,
    /// Other model names the server answers to (OpenAI's, so that clients written for OpenAI
    /// work unchanged).
    pub model_aliases: Vec<String>,
    /// OpenAI voice names -> the checkpoint's speakers ([`OPENAI_VOICES`] and the file's).
    pub voice_aliases: BTreeMap<String, String>,
    pub api_key: Option<String>,
    pub voices_dir: Option<PathBuf>,
    pub max_text_chars: usize,
    pub max_body_bytes: usize,
    pub max_reference_secs: f64,
    pub rate_limit_per_s: Option<NonZeroU32>,
    pub rate_burst: NonZeroU32,
    pub shutdown_grace: Duration,
    pub batch: BatchConfig,
    /// The runaway guards of every request.
    pub guards: GuardSettings,
}

impl Settings {
    pub fn resolve(args: &Args) -> anyhow::Result<Self> {
        let (file, mut batch, mut guards) = match &args.config {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read config file {}", path.display()))?;
                let file: FileSections = toml::from_str(&text)
                    .with_context(|| format!("config file {}", path.display()))?;
                let in_file = |e: String| anyhow::anyhow!("config file {}: {e}", path.display());
                let batch = BatchConfig::from_toml_str(&text).map_err(in_file)?;
                let guards = GuardSettings::from_toml_str(&text).map_err(in_file)?;
                (file, batch, guards)
            }
            None => (FileSections::default(), BatchConfig::default(), GuardSettings::default()),
        };
        if let Some(m) = args.frame_budget_margin {
            guards.frame_budget_margin = m;
        }
        if let Some(n) = args.loop_min_frames {
            guards.loop_min_frames = n;
        }
        guards.validate().map_err(|e| anyhow::anyhow!("{e}"))?;
        let (m, s) = (file.model, file.server);
        if let Some(n) = args.max_batch {
            batch.max_batch = n;
        }
        if let Some(n) = args.max_queue {
            batch.max_queue = n;
        }
        batch.validate().map_err(|e| anyhow::anyhow!("{e}"))?;

        let model = pick(&args.model, m.path, DEFAULT_MODEL);
        let http = pick(&args.http_addr, s.http_addr, "0.0.0.0:8080");
        let grpc = pick(&args.grpc_addr, s.grpc_addr, "0.0.0.0:50051");
        let wyoming = pick(&args.wyoming_addr, s.wyoming_addr, "off");
        let max_text_chars = args.max_text_chars.or(s.max_text_chars).unwrap_or(4096);
        if max_text_chars == 0 {
            bail!("max_text_chars must be at least 1");
        }
        let max_reference_secs = args
            .max_reference_secs
            .or(s.max_reference_secs)
            .unwrap_or(tts_core::audio::MAX_CLIP_SECS);
        if !(max_reference_secs.is_finite() && max_reference_secs > 0.0) {
            bail!("max_reference_secs must be a positive number of seconds");
        }
        let rate = args.rate_limit_per_s.or(s.rate_limit_per_s).unwrap_or(0);
        let burst = s.rate_burst.unwrap_or(20);
        let api_key = args.api_key.clone().or(s.api_key).filter(|k| !k.is_empty());
        let wyoming_addr = optional_addr("wyoming_addr", &wyoming)?;
        let wyoming_allow_unauthenticated =
            args.wyoming_allow_unauthenticated || s.wyoming_allow_unauthenticated.unwrap_or(false);
        if let Some(addr) = wyoming_addr
            && api_key.is_some()
            && !addr.ip().is_loopback()
            && !wyoming_allow_unauthenticated
        {
            bail!(
                "wyoming_addr {addr} would serve anyone: the Wyoming protocol has no \
                 authentication, and api_key is set. Listen on loopback (127.0.0.1:{}) behind \
                 an authenticating proxy, or set wyoming_allow_unauthenticated \
                 (--wyoming-allow-unauthenticated) to serve it open",
                addr.port()
            );
        }
        let served_model_name = args
            .served_model_name
            .clone()
            .or(s.served_model_name)
            .unwrap_or_else(|| model_name(&model));
        let wyoming_zeroconf = match args.wyoming_zeroconf.or(s.wyoming_zeroconf).unwrap_or(true) {
            true => Some(
                args.wyoming_zeroconf_name
                    .clone()
                    .or(s.wyoming_zeroconf_name)
                    .unwrap_or_else(|| zeroconf_name(&served_model_name)),
            ),
            false => None,
        };
        Ok(Self {
            served_model_name,
            wyoming_zeroconf,
            model,
            device: pick(&args.device, m.device, "cpu"),
            dtype: pick(&args.dtype, m.dtype, "auto"),
            codec_dtype: pick(&args.codec_dtype, m.codec_dtype, "auto"),
            decode_mode: pick(&args.decode_mode, m.decode_mode, "continuous"),
            weight_cache: pick(&args.weight_cache, m.weight_cache, "auto"),
            http_addr: parse_addr("http_addr", &http)?,
            grpc_addr: optional_addr("grpc_addr", &grpc)?,
            wyoming_addr,
            wyoming_allow_unauthenticated,
            model_aliases: s
                .model_aliases
                .unwrap_or_else(|| OPENAI_MODELS.iter().map(|m| m.to_string()).collect()),
            voice_aliases: OPENAI_VOICES
                .iter()
                .map(|(o, q)| (o.to_string(), q.to_string()))
                .chain(
                    s.voice_aliases
                        .unwrap_or_default()
                        .into_iter()
                        .map(|(o, q)| (o.to_lowercase(), q.to_lowercase())),
                )
                .collect(),
            api_key,
            voices_dir: args.voices_dir.clone().or(s.voices_dir),
            max_text_chars,
            max_body_bytes: args.max_body_mib.or(s.max_body_mib).unwrap_or(16) << 20,
            max_reference_secs,
            rate_limit_per_s: NonZeroU32::new(rate),
            rate_burst: NonZeroU32::new(burst).context("rate_burst must be at least 1")?,
            shutdown_grace: Duration::from_secs(
                args.shutdown_grace_s.or(s.shutdown_grace_s).unwrap_or(30),
            ),
            batch,
            guards,
        })
    }
}

/// OpenAI's speech models: a request naming one is served by this server's model.
pub const OPENAI_MODELS: &[&str] = &["tts-1", "tts-1-hd", "gpt-4o-mini-tts"];

/// OpenAI's voices and the speakers of the released CustomVoice checkpoints that speak for
/// them: a close voice where the two share one (gender, register), else the default speaker
/// (`Engine::default_speaker`) when the checkpoint lacks the named one.
pub const OPENAI_VOICES: &[(&str, &str)] = &[
    ("alloy", "aiden"),
    ("ash", "ryan"),
    ("ballad", "aiden"),
    ("cedar", "ryan"),
    ("coral", "vivian"),
    ("echo", "ryan"),
    ("fable", "aiden"),
    ("marin", "serena"),
    ("nova", "serena"),
    ("onyx", "uncle_fu"),
    ("sage", "sohee"),
    ("shimmer", "ono_anna"),
    ("verse", "ryan"),
];

fn pick(flag: &Option<String>, file: Option<String>, default: &str) -> String {
    flag.clone().or(file).unwrap_or_else(|| default.to_string())
}

/// An address, or "off".
fn optional_addr(key: &str, value: &str) -> anyhow::Result<Option<SocketAddr>> {
    match value.to_ascii_lowercase().as_str() {
        "off" | "none" | "" => Ok(None),
        _ => parse_addr(key, value).map(Some),
    }
}

fn parse_addr(key: &str, value: &str) -> anyhow::Result<SocketAddr> {
    value.parse().with_context(|| format!("{key} {value:?} is not an address like 0.0.0.0:8080"))
}

/// "Qwen/Qwen3-TTS-12Hz-0.6B-CustomVoice@main" and "/models/x/" name themselves by their last part.
/// The default Zeroconf name: the served model on this machine's host name.
fn zeroconf_name(served_model_name: &str) -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::env::var("HOSTNAME"))
        .unwrap_or_default();
    match host.trim() {
        "" => served_model_name.to_string(),
        host => format!("{served_model_name} on {host}"),
    }
}

fn model_name(model: &str) -> String {
    let base = model.split('@').next().unwrap_or(model).trim_end_matches('/');
    base.rsplit('/').next().filter(|s| !s.is_empty()).unwrap_or(base).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_file(text: &str, args: Args) -> anyhow::Result<Settings> {
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), text).unwrap();
        Settings::resolve(&Args { config: Some(file.path().into()), ..args })
    }

    #[test]
    fn defaults_then_file_then_flags() {
        let s = Settings::resolve(&Args::default()).unwrap();
        assert_eq!(s.http_addr.to_string(), "0.0.0.0:8080");
        assert_eq!(s.grpc_addr.unwrap().to_string(), "0.0.0.0:50051");
        assert!(s.wyoming_addr.is_none());
        assert_eq!(s.served_model_name, "Qwen3-TTS-12Hz-0.6B-CustomVoice");
        assert_eq!((s.max_text_chars, s.max_body_bytes), (4096, 16 << 20));
        assert!(s.api_key.is_none() && s.rate_limit_per_s.is_none());

        let text = "[model]\npath = \"/m/tiny/\"\n[server]\ngrpc_addr = \"off\"\nmax_text_chars = 10\n\
                    [runtime]\nmax_batch = 4\n";
        let s = with_file(text, Args::default()).unwrap();
        assert_eq!((s.model.as_str(), s.served_model_name.as_str()), ("/m/tiny/", "tiny"));
        assert!(s.grpc_addr.is_none());
        assert_eq!((s.max_text_chars, s.batch.max_batch), (10, 4));

        let flags = Args { max_text_chars: Some(99), max_batch: Some(2), ..Args::default() };
        let s = with_file(text, flags).unwrap();
        assert_eq!((s.max_text_chars, s.batch.max_batch), (99, 2));
    }

    #[test]
    fn typos_and_bad_values_are_errors() {
        let e = with_file("[server]\nmax_text_char = 3\n", Args::default()).unwrap_err();
        assert!(format!("{e:#}").contains("max_text_chars"), "{e:#}");
        let e = with_file("[sever]\n", Args::default()).unwrap_err();
        assert!(format!("{e:#}").contains("server"), "{e:#}");
        let e = Settings::resolve(&Args { http_addr: Some("localhost".into()), ..Args::default() })
            .unwrap_err();
        assert!(e.to_string().contains("0.0.0.0:8080"), "{e}");
        let e = Settings::resolve(&Args { max_batch: Some(0), ..Args::default() }).unwrap_err();
        assert!(e.to_string().contains("1..=32"), "{e}");
    }

    #[test]
    fn wyoming_zeroconf_is_on_by_default_named_and_turned_off_by_setting() {
        let s = Settings::resolve(&Args::default()).unwrap();
        let name = s.wyoming_zeroconf.unwrap();
        assert!(name.starts_with(&s.served_model_name), "{name}");
        let s = with_file("[server]\nwyoming_zeroconf_name = \"kitchen\"\n", Args::default());
        assert_eq!(s.unwrap().wyoming_zeroconf.as_deref(), Some("kitchen"));
        let s = with_file("[server]\nwyoming_zeroconf = false\n", Args::default());
        assert_eq!(s.unwrap().wyoming_zeroconf, None);
        let args = Args { wyoming_zeroconf: Some(false), ..Args::default() };
        assert_eq!(Settings::resolve(&args).unwrap().wyoming_zeroconf, None);
    }

    #[test]
    fn wyoming_beyond_loopback_with_an_api_key_needs_an_explicit_setting() {
        let open = |addr: &str, allow: bool| {
            Settings::resolve(&Args {
                wyoming_addr: Some(addr.into()),
                api_key: Some("k".into()),
                wyoming_allow_unauthenticated: allow,
                ..Args::default()
            })
        };
        let e = open("0.0.0.0:10200", false).unwrap_err().to_string();
        assert!(e.contains("no authentication") && e.contains("127.0.0.1:10200"), "{e}");
        assert!(open("127.0.0.1:10200", false).is_ok());
        assert!(open("[::1]:10200", false).is_ok());
        assert!(open("0.0.0.0:10200", true).unwrap().wyoming_allow_unauthenticated);
        let s = with_file(
            "[server]\napi_key = \"k\"\nwyoming_addr = \"0.0.0.0:1\"\nwyoming_allow_unauthenticated = true\n",
            Args::default(),
        );
        assert!(s.is_ok());
        // Without a key there is nothing to bypass.
        let s =
            Settings::resolve(&Args { wyoming_addr: Some("0.0.0.0:1".into()), ..Args::default() });
        assert!(s.is_ok());
    }
}

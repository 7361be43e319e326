//! The native half of the Python package `qwen3_tts_rs` (module `qwen3_tts_rs._native`).
//!
//! The Python half (`python/qwen3_tts_rs/`) mirrors the `qwen_tts` 0.1.1 wrapper's argument
//! handling (lists, defaults, its error messages); this half owns the serving engine
//! ([`runtime::EngineService`], one engine thread with continuous batching) and turns one row of
//! a call into a prepared request. Every call that waits for the engine releases the GIL.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use audio_codec_12hz::{CodecConfig, Decoder, Encoder, decode_padded_batch};
use candle_core::{DType, Device, Tensor};
use numpy::{
    PyArray1, PyArray2, PyArrayMethods, PyReadonlyArray1, PyReadonlyArray2, PyUntypedArrayMethods,
};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use runtime::error::model_message;
use runtime::{
    BatchConfig, Engine, EngineError, EngineOptions, EngineService, Field, GuardSettings,
    LevelOverrides, Prepared, Qos, RequestError, SamplingOverrides, StreamEvent, SynthesisRequest,
    SynthesisStream, SynthesisSummary, TextFeed, VoiceReference,
};
use tts_core::Audio;

pyo3::create_exception!(
    _native,
    InvalidRequest,
    PyValueError,
    "A request field is wrong: `field` names it (as the HTTP API does), `given` is the value \
     sent, `valid` the choices. A ValueError, as the reference raises."
);

/// Bad requests are the caller's (a ValueError, as the reference raises, worded as the
/// reference words it where it has the check); the rest is ours (RuntimeError).
fn py_err(e: EngineError) -> PyErr {
    match e {
        EngineError::Request(r) => request_err(&r),
        // A loader option's value (dtype, codec_dtype, device, decode_mode, weight_cache).
        e @ EngineError::Config(_) => PyValueError::new_err(e.to_string()),
        e => PyRuntimeError::new_err(e.to_string()),
    }
}

fn request_err(r: &RequestError) -> PyErr {
    // The reference wrapper's own checks (`_validate_languages`, `_validate_speakers`).
    let mut valid: Vec<String> = r.valid.iter().map(|v| v.to_lowercase()).collect();
    valid.sort();
    let quoted = |v: &[String]| {
        let items: Vec<String> = v.iter().map(|s| format!("'{s}'")).collect();
        format!("[{}]", items.join(", "))
    };
    let message = match (r.field, &r.given) {
        (Field::Language, Some(given)) => {
            format!("Unsupported languages: ['{given}']. Supported: {}", quoted(&valid))
        }
        (Field::Voice, Some(given)) if r.reason == runtime::Reason::Invalid => {
            format!("Unsupported speakers: ['{given}']. Supported: {}", quoted(&valid))
        }
        _ => r.to_string(),
    };
    Python::attach(|py| {
        let err = InvalidRequest::new_err(message);
        let value = err.value(py);
        let _ = value.setattr("field", r.field.name());
        let _ = value.setattr("given", r.given.clone());
        let _ = value.setattr("valid", r.valid.clone());
        err
    })
}

fn invalid(msg: impl Into<String>) -> PyErr {
    PyValueError::new_err(msg.into())
}

/// One request's waveform and its generated codes `[frames, groups]`.
/// A request's waveform, codes and stop reason.
type WavAndCodes<'py> = (Bound<'py, PyArray1<f32>>, Bound<'py, PyArray2<i64>>, &'static str);

/// A loaded checkpoint behind the serving engine thread.
#[pyclass(name = "Engine", module = "qwen3_tts_rs._native", frozen)]
struct PyEngine {
    service: Arc<EngineService>,
}

/// A validated row of a call, ready for the engine (prepared on the caller's thread).
#[pyclass(name = "Request", module = "qwen3_tts_rs._native", frozen)]
struct PyRequest {
    prepared: Mutex<Option<Prepared>>,
}

/// Audio chunks of one request as the engine makes them; dropping it cancels the request.
#[pyclass(name = "Stream", module = "qwen3_tts_rs._native", frozen)]
struct PyStream {
    /// Held by the reader while it waits for the engine (without the GIL).
    stream: Mutex<Option<SynthesisStream>>,
    summary: Mutex<Option<SynthesisSummary>>,
    /// Set by `close` while a reader waits: the reader drops the stream (cancelling it) once its
    /// wait ends, at the latest after the next chunk.
    closing: AtomicBool,
}

impl PyStream {
    fn new(stream: SynthesisStream) -> Self {
        Self {
            stream: Mutex::new(Some(stream)),
            summary: Mutex::new(None),
            closing: AtomicBool::new(false),
        }
    }
}

#[pymethods]
impl PyEngine {
    #[new]
    #[pyo3(signature = (model, device = "cpu", dtype = "auto", codec_dtype = "auto", decode_mode = "continuous", max_batch = 16, max_queue = 64,
        max_reference_secs = tts_core::audio::MAX_CLIP_SECS, weight_cache = "auto", frame_budget_margin = 4.0,
        loop_min_frames = 75))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        model: &str,
        device: &str,
        dtype: &str,
        codec_dtype: &str,
        decode_mode: &str,
        max_batch: usize,
        max_queue: usize,
        max_reference_secs: f64,
        weight_cache: &str,
        frame_budget_margin: f32,
        loop_min_frames: usize,
    ) -> PyResult<Self> {
        if !(max_reference_secs.is_finite() && max_reference_secs > 0.0) {
            return Err(invalid(format!(
                "max_reference_secs is {max_reference_secs}; it must be a positive number of seconds"
            )));
        }
        let options =
            EngineOptions::from_names(device, dtype, codec_dtype, decode_mode).map_err(py_err)?;
        let mut options = options;
        options.limits.max_reference_secs = max_reference_secs;
        options.weight_cache = runtime::options::weight_cache(weight_cache).map_err(py_err)?;
        options.limits.guards = GuardSettings { frame_budget_margin, loop_min_frames };
        options.limits.guards.validate().map_err(invalid)?;
        let config = BatchConfig { max_batch, max_queue, ..BatchConfig::default() };
        let service = py
            .detach(|| {
                let engine = Engine::load(model, options)?;
                EngineService::start(Arc::new(engine), config)
            })
            .map_err(py_err)?;
        Ok(Self { service: Arc::new(service) })
    }

    /// "custom_voice", "voice_design" or "base".
    #[getter]
    fn tts_model_type(&self) -> &'static str {
        self.engine().model_type().as_str()
    }

    /// "0b6", "1b7" or None (as in config.json).
    #[getter]
    fn tts_model_size(&self) -> Option<String> {
        self.engine().model().config().tts_model_size.clone()
    }

    #[getter]
    fn sample_rate(&self) -> u32 {
        self.engine().sample_rate()
    }

    /// The talker's end-of-speech code (the reference's default `eos_token_id`).
    #[getter]
    fn codec_eos_token_id(&self) -> u32 {
        self.engine().model().config().talker_config.codec_eos_token_id
    }

    /// The longest reference clip taken, in seconds.
    #[getter]
    fn max_reference_secs(&self) -> f64 {
        self.engine().max_reference_secs()
    }

    /// Where the weights came from (a directory or a Hub id).
    #[getter]
    fn source(&self) -> String {
        self.engine().source().to_string()
    }

    /// CustomVoice speakers, lowercase and sorted.
    fn speakers(&self) -> Vec<String> {
        sorted_lower(self.engine().speakers())
    }

    /// "auto" and the supported languages, lowercase and sorted.
    fn languages(&self) -> Vec<String> {
        sorted_lower(self.engine().languages())
    }

    /// generation_config.json as the engine read it (the wrapper's `generate_defaults`).
    fn generation_defaults<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let g = self.engine().model().generation_config();
        let d = PyDict::new(py);
        d.set_item("do_sample", g.do_sample)?;
        d.set_item("top_k", g.top_k)?;
        d.set_item("top_p", g.top_p)?;
        d.set_item("temperature", g.temperature)?;
        d.set_item("repetition_penalty", g.repetition_penalty)?;
        d.set_item("subtalker_dosample", g.subtalker_dosample)?;
        d.set_item("subtalker_top_k", g.subtalker_top_k)?;
        d.set_item("subtalker_top_p", g.subtalker_top_p)?;
        d.set_item("subtalker_temperature", g.subtalker_temperature)?;
        d.set_item("max_new_tokens", g.max_new_tokens)?;
        Ok(d)
    }

    /// Validates (`runtime::contract`) and prepares one row (tokenizing, voice encoding)
    /// without the GIL. Sampling values left as None take generation_config.json's, as the
    /// reference wrapper does.
    #[pyo3(signature = (text, *, speaker = None, language = "auto".to_string(), instruct = None,
        non_streaming_mode = true, ref_audio = None, ref_sr = 24000, ref_text = None,
        x_vector_only_mode = false, voice = None, do_sample = None, top_k = None, top_p = None,
        temperature = None, repetition_penalty = None, subtalker_dosample = None,
        subtalker_top_k = None, subtalker_top_p = None, subtalker_temperature = None,
        max_new_tokens = None, seed = 0, normalize = false, chunk_ms = 80, fade_ms = 0.0,
        split_sentences = false))]
    #[allow(clippy::too_many_arguments)]
    fn request(
        &self,
        py: Python<'_>,
        text: String,
        speaker: Option<String>,
        language: String,
        instruct: Option<String>,
        non_streaming_mode: bool,
        ref_audio: Option<PyReadonlyArray1<'_, f32>>,
        ref_sr: u32,
        ref_text: Option<String>,
        x_vector_only_mode: bool,
        voice: Option<String>,
        do_sample: Option<bool>,
        top_k: Option<i64>,
        top_p: Option<f64>,
        temperature: Option<f64>,
        repetition_penalty: Option<f64>,
        subtalker_dosample: Option<bool>,
        subtalker_top_k: Option<i64>,
        subtalker_top_p: Option<f64>,
        subtalker_temperature: Option<f64>,
        max_new_tokens: Option<i64>,
        seed: u64,
        normalize: bool,
        chunk_ms: u32,
        fade_ms: f32,
        split_sentences: bool,
    ) -> PyResult<PyRequest> {
        let mut req = SynthesisRequest::new(text);
        req.speaker = speaker;
        req.language = language;
        req.instruct = instruct;
        req.voice = voice;
        req.text_feed = Some(if non_streaming_mode { TextFeed::Full } else { TextFeed::Streaming });
        req.reference = ref_audio.map(|a| VoiceReference {
            audio: Audio { samples: a.as_array().to_vec(), sample_rate: ref_sr },
            text: ref_text,
            x_vector_only: x_vector_only_mode,
        });
        // The wrapper merges each value over generation_config.json, the talker's and the
        // sub-talker's apart.
        req.sampling = SamplingOverrides {
            talker: LevelOverrides { do_sample, temperature, top_k, top_p },
            subtalker: LevelOverrides {
                do_sample: subtalker_dosample,
                temperature: subtalker_temperature,
                top_k: subtalker_top_k,
                top_p: subtalker_top_p,
            },
            repetition_penalty,
        };
        req.seed = seed;
        req.max_new_tokens = max_new_tokens;
        req.normalize = normalize;
        req.chunk_ms = chunk_ms;
        req.fade_ms = fade_ms;
        req.split_sentences = split_sentences;
        let engine = self.engine();
        let prepared = py.detach(|| engine.prepare(&req));
        Ok(PyRequest { prepared: Mutex::new(Some(prepared.map_err(py_err)?)) })
    }

    /// Runs requests together in the engine's batch and returns, per request, the waveform and
    /// the generated codes `[frames, groups]` (int64), in order.
    fn run<'py>(
        &self,
        py: Python<'py>,
        requests: Vec<Bound<'py, PyRequest>>,
    ) -> PyResult<Vec<WavAndCodes<'py>>> {
        let mut streams = Vec::with_capacity(requests.len());
        for r in &requests {
            streams.push(self.submit(r.get(), true)?);
        }
        // One reader thread per stream: every row is read as it is made, so none falls behind
        // the engine's unread-audio limit while another is read.
        let results = py.detach(|| {
            std::thread::scope(|s| {
                let readers: Vec<_> = streams
                    .into_iter()
                    .map(|stream| {
                        s.spawn(move || {
                            let mut wav = Vec::new();
                            let summary =
                                stream.blocking_collect(&mut runtime::collect_into(&mut wav))?;
                            Ok::<_, EngineError>((wav, summary))
                        })
                    })
                    .collect();
                readers
                    .into_iter()
                    .map(|h| {
                        h.join().unwrap_or_else(|_| {
                            Err(EngineError::Stopped("a reader thread panicked".into()))
                        })
                    })
                    .collect::<Result<Vec<_>, EngineError>>()
            })
        });
        results
            .map_err(py_err)?
            .into_iter()
            .map(|(wav, summary)| {
                Ok((PyArray1::from_vec(py, wav), codes_array(py, &summary)?, stop_name(&summary)))
            })
            .collect()
    }

    /// Starts one request and returns its chunk iterator.
    fn stream(&self, request: &Bound<'_, PyRequest>) -> PyResult<PyStream> {
        // Chunks leave as they are decoded: the ICL cut is at the frame boundary (one sample
        // off the wrapper's for some lengths; runtime::output explains).
        Ok(PyStream::new(self.submit(request.get(), false)?))
    }

    /// Encodes reference audio once and registers it as `name` (Base models). Returns the
    /// reference codes `[frames, groups]` (None for x-vector only) and the speaker x-vector.
    #[pyo3(signature = (name, audio, sr, ref_text = None, x_vector_only_mode = false))]
    #[allow(clippy::type_complexity)]
    fn register_voice<'py>(
        &self,
        py: Python<'py>,
        name: &str,
        audio: PyReadonlyArray1<'py, f32>,
        sr: u32,
        ref_text: Option<String>,
        x_vector_only_mode: bool,
    ) -> PyResult<(Option<Bound<'py, PyArray2<i64>>>, Bound<'py, PyArray1<f32>>)> {
        let reference = VoiceReference {
            audio: Audio { samples: audio.as_array().to_vec(), sample_rate: sr },
            text: ref_text,
            x_vector_only: x_vector_only_mode,
        };
        let engine = self.engine();
        let voice = py
            .detach(|| -> Result<_, EngineError> {
                engine.register_voice(name, &reference)?;
                Ok(engine.voices().get(name)?)
            })
            .map_err(py_err)?;
        use acoustic_model::Voice;
        let (xvector, codes) = match voice.voice() {
            Voice::XVector(x) => (x, None),
            Voice::Icl { xvector, ref_codes, .. } => (xvector, Some(ref_codes)),
            _ => return Err(PyRuntimeError::new_err("a registered voice without an x-vector")),
        };
        let xvector: Vec<f32> = xvector
            .flatten_all()
            .and_then(|x| x.to_dtype(DType::F32))
            .and_then(|x| x.to_vec1())
            .map_err(|e| PyRuntimeError::new_err(model_message(&e)))?;
        let codes = codes.map(|c| frames_array(py, c)).transpose()?;
        Ok((codes, PyArray1::from_vec(py, xvector)))
    }

    /// Registers an encoded voice prompt as `name` (a `voice_clone_prompt` made elsewhere, e.g.
    /// by `qwen_tts`): the x-vector, and for in-context cloning the reference codes
    /// `[frames, groups]` with their transcript.
    #[pyo3(signature = (name, xvector, ref_code = None, ref_text = None))]
    fn register_voice_prompt(
        &self,
        py: Python<'_>,
        name: &str,
        xvector: PyReadonlyArray1<'_, f32>,
        ref_code: Option<PyReadonlyArray2<'_, i64>>,
        ref_text: Option<String>,
    ) -> PyResult<()> {
        let xvector = xvector.as_array().to_vec();
        let in_context = match (ref_code, ref_text) {
            (None, _) => None,
            (Some(codes), text) => {
                let mut frames = Vec::with_capacity(codes.shape()[0]);
                for (i, row) in codes.as_array().outer_iter().enumerate() {
                    let frame = row
                        .iter()
                        .map(|&c| u32::try_from(c))
                        .collect::<Result<Vec<u32>, _>>()
                        .map_err(|_| invalid(format!("ref_code frame {i} has a negative code")))?;
                    frames.push(frame);
                }
                Some((frames, text.unwrap_or_default()))
            }
        };
        let engine = self.engine();
        py.detach(|| {
            let icl = in_context.as_ref().map(|(f, t)| (f.clone(), t.as_str()));
            engine.register_encoded_voice(name, &xvector, icl)
        })
        .map_err(py_err)
    }

    /// Forgets a registered voice; true when it existed.
    fn remove_voice(&self, name: &str) -> PyResult<bool> {
        self.engine().voices().remove(name).map_err(py_err)
    }

    /// Codes `[frames, groups]` -> waveform (the codec alone).
    fn decode<'py>(
        &self,
        py: Python<'py>,
        codes: Vec<Vec<i64>>,
    ) -> PyResult<Bound<'py, PyArray1<f32>>> {
        let mut frames = Vec::with_capacity(codes.len());
        for (i, f) in codes.iter().enumerate() {
            let frame = f.iter().map(|&c| u32::try_from(c)).collect::<Result<Vec<u32>, _>>();
            let frame = frame.map_err(|_| {
                request_err(&RequestError::new(
                    Field::Codes,
                    format!("frame {i} has a negative or too large code"),
                ))
            })?;
            frames.push(frame);
        }
        let engine = self.engine();
        let wav = py
            .detach(|| {
                let mut wav = Vec::new();
                engine.decode(&frames, 1000, &mut runtime::collect_into(&mut wav))?;
                Ok::<_, EngineError>(wav)
            })
            .map_err(py_err)?;
        Ok(PyArray1::from_vec(py, wav))
    }
}

impl PyEngine {
    fn engine(&self) -> &Engine {
        self.service.engine()
    }

    /// `whole`: the waveform is returned whole, so ICL cloning cuts exactly as the wrapper
    /// (`generate_voice_clone`'s `int(ref_len / total_len * len)`).
    fn submit(&self, request: &PyRequest, whole: bool) -> PyResult<SynthesisStream> {
        let mut prepared = request
            .prepared
            .lock()
            .map_err(|_| PyRuntimeError::new_err("request lock poisoned"))?
            .take()
            .ok_or_else(|| invalid("this request was already run; prepare a new one"))?;
        prepared.set_exact_reference_cut(whole);
        self.service.submit_prepared(prepared, Qos::default()).map_err(py_err)
    }
}

#[pymethods]
impl PyStream {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    /// The next chunk (float32 samples at 24 kHz); StopIteration after the last one.
    fn __next__<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyArray1<f32>>>> {
        let event = py.detach(|| -> PyResult<Option<StreamEvent>> {
            let mut slot = self.stream.lock().map_err(|_| poisoned())?;
            let Some(stream) = slot.as_mut() else { return Ok(None) };
            let event = stream.blocking_next().unwrap_or_else(|| {
                StreamEvent::Failed(EngineError::Stopped("the engine dropped the request".into()))
            });
            if self.closing.load(Ordering::Acquire) {
                *slot = None;
                return Ok(None);
            }
            if !matches!(event, StreamEvent::Chunk { .. }) {
                *slot = None;
            }
            Ok(Some(event))
        })?;
        match event {
            None => Ok(None),
            Some(StreamEvent::Chunk { chunk, .. }) => {
                Ok(Some(PyArray1::from_vec(py, chunk.samples)))
            }
            Some(StreamEvent::Done(summary)) => {
                *self.summary.lock().map_err(|_| poisoned())? = Some(summary);
                Ok(None)
            }
            Some(StreamEvent::Failed(e)) => Err(py_err(e)),
        }
    }

    /// Stops the request (the engine frees its row at the next step). Safe while another
    /// thread waits in `__next__`: that wait then ends the stream.
    fn close(&self) {
        self.closing.store(true, Ordering::Release);
        if let Ok(mut slot) = self.stream.try_lock() {
            *slot = None;
        }
    }

    /// Why generation stopped once the stream is exhausted ("eos", "max_new_tokens", or a
    /// runaway guard: "frame_budget", "loop"), else None.
    #[getter]
    fn stop_reason(&self) -> PyResult<Option<&'static str>> {
        let summary = self.summary.lock().map_err(|_| poisoned())?;
        Ok(summary.as_ref().map(stop_name))
    }

    /// The generated codes `[frames, groups]` once the stream is exhausted, else None.
    #[getter]
    fn codes<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyArray2<i64>>>> {
        let summary = self.summary.lock().map_err(|_| poisoned())?;
        summary.as_ref().map(|s| codes_array(py, s)).transpose()
    }
}

/// Why a request's generation stopped, as the server names it.
fn stop_name(summary: &SynthesisSummary) -> &'static str {
    summary.stop_reason().map_or("eos", |r| r.name())
}

fn poisoned() -> PyErr {
    PyRuntimeError::new_err("a thread panicked while holding the stream")
}

fn sorted_lower(names: Vec<String>) -> Vec<String> {
    let mut v: Vec<String> = names.into_iter().map(|s| s.to_lowercase()).collect();
    v.sort();
    v.dedup();
    v
}

fn codes_array<'py>(
    py: Python<'py>,
    summary: &SynthesisSummary,
) -> PyResult<Bound<'py, PyArray2<i64>>> {
    let frames: Vec<Vec<u32>> = summary.codes.iter().flatten().cloned().collect();
    frames_array(py, &frames)
}

/// Frames of codes as an int64 array `[frames, groups]` (the reference's torch.long codes).
fn frames_array<'py>(py: Python<'py>, frames: &[Vec<u32>]) -> PyResult<Bound<'py, PyArray2<i64>>> {
    let groups = frames.first().map_or(0, Vec::len);
    let flat: Vec<i64> = frames.iter().flatten().map(|&c| i64::from(c)).collect();
    PyArray1::from_vec(py, flat).reshape([frames.len(), groups])
}

/// An audio file (WAV, FLAC, OGG Vorbis, MP3) -> (mono float32 samples, sample rate), as the
/// reference's `librosa.load(path, sr=None, mono=True)`; at most `max_secs` seconds.
#[pyfunction]
#[pyo3(signature = (path, max_secs = tts_core::audio::MAX_CLIP_SECS))]
fn read_audio<'py>(
    py: Python<'py>,
    path: &str,
    max_secs: f64,
) -> PyResult<(Bound<'py, PyArray1<f32>>, u32)> {
    let a = py.detach(|| tts_core::audio::read_audio_mono(std::path::Path::new(path), max_secs));
    let a = a.map_err(|e| invalid(e.to_string()))?;
    Ok((PyArray1::from_vec(py, a.samples), a.sample_rate))
}

/// The bytes of an audio file -> (mono float32 samples, sample rate).
#[pyfunction]
#[pyo3(signature = (data, max_secs = tts_core::audio::MAX_CLIP_SECS))]
fn read_audio_bytes<'py>(
    py: Python<'py>,
    data: &[u8],
    max_secs: f64,
) -> PyResult<(Bound<'py, PyArray1<f32>>, u32)> {
    let a = py.detach(|| tts_core::audio::read_audio_mono_bytes(data, "base64 audio", max_secs));
    let a = a.map_err(|e| invalid(e.to_string()))?;
    Ok((PyArray1::from_vec(py, a.samples), a.sample_rate))
}

/// Mono float32 samples at `sr` -> the same at `target_sr` (the reference's `librosa.resample`).
#[pyfunction]
fn resample<'py>(
    py: Python<'py>,
    wav: PyReadonlyArray1<'py, f32>,
    sr: u32,
    target_sr: u32,
) -> PyResult<Bound<'py, PyArray1<f32>>> {
    let samples = wav.as_array().to_vec();
    let out = py.detach(|| tts_core::audio::resample(&samples, sr, target_sr));
    Ok(PyArray1::from_vec(py, out.map_err(|e| invalid(e.to_string()))?))
}

/// The 12 Hz speech tokenizer alone (the reference's `Qwen3TTSTokenizer`): audio <-> codes.
#[pyclass(name = "Codec", module = "qwen3_tts_rs._native", frozen)]
struct PyCodec {
    encoder: Encoder,
    decoder: Decoder,
    input_sample_rate: u32,
    output_sample_rate: u32,
    encode_downsample_rate: usize,
    decode_upsample_rate: usize,
}

#[pymethods]
impl PyCodec {
    /// Loads a Qwen3-TTS-Tokenizer-12Hz directory (config.json, model.safetensors), or the
    /// `speech_tokenizer/` of a TTS checkpoint directory.
    #[new]
    fn new(py: Python<'_>, path: &str) -> PyResult<Self> {
        let root = std::path::Path::new(path);
        let dir = if root.join("speech_tokenizer/config.json").is_file() {
            root.join("speech_tokenizer")
        } else {
            root.to_path_buf()
        };
        let (config, weights) = (dir.join("config.json"), dir.join("model.safetensors"));
        if !config.is_file() || !weights.is_file() {
            return Err(invalid(format!(
                "{path} is not a speech tokenizer directory: it needs config.json and \
                 model.safetensors (or speech_tokenizer/ with them); Hub ids are not supported here"
            )));
        }
        py.detach(|| -> candle_core::Result<Self> {
            let cfg = CodecConfig::from_file(&config)?;
            // SAFETY: the weights are memory-mapped read-only and must not change while loaded.
            let vb = unsafe {
                candle_nn::VarBuilder::from_mmaped_safetensors(
                    &[weights],
                    DType::F32,
                    &Device::Cpu,
                )?
            };
            Ok(Self {
                encoder: Encoder::new(&cfg, vb.pp("encoder"))?,
                decoder: Decoder::new(&cfg.decoder_config, vb.pp("decoder"))?,
                input_sample_rate: cfg.input_sample_rate,
                output_sample_rate: cfg.output_sample_rate,
                encode_downsample_rate: cfg.encode_downsample_rate,
                decode_upsample_rate: cfg.decode_upsample_rate,
            })
        })
        .map_err(|e| {
            invalid(format!("cannot load the speech tokenizer from {path}: {}", model_message(&e)))
        })
    }

    #[getter]
    fn input_sample_rate(&self) -> u32 {
        self.input_sample_rate
    }

    #[getter]
    fn output_sample_rate(&self) -> u32 {
        self.output_sample_rate
    }

    /// Waveform samples per code frame on the encoder side (config `encode_downsample_rate`).
    #[getter]
    fn encode_downsample_rate(&self) -> usize {
        self.encode_downsample_rate
    }

    /// Waveform samples per code frame on the decoder side (config `decode_upsample_rate`).
    #[getter]
    fn decode_upsample_rate(&self) -> usize {
        self.decode_upsample_rate
    }

    /// Mono samples at `sr` (resampled to the input rate) -> codes `[frames, quantizers]`.
    fn encode<'py>(
        &self,
        py: Python<'py>,
        wav: PyReadonlyArray1<'py, f32>,
        sr: u32,
    ) -> PyResult<Bound<'py, PyArray2<i64>>> {
        let samples = wav.as_array().to_vec();
        if samples.is_empty() {
            return Err(invalid("the audio to encode is empty"));
        }
        let frames = py
            .detach(|| -> Result<Vec<Vec<u32>>, EngineError> {
                let samples = tts_core::audio::resample(&samples, sr, self.input_sample_rate)
                    .map_err(|e| RequestError::new(Field::RefAudio, e.to_string()))?;
                let n = samples.len();
                let wav = Tensor::from_vec(samples, (1, n), &Device::Cpu)?;
                Ok(self.encoder.encode(&wav)?.to_dtype(DType::U32)?.to_vec2::<u32>()?)
            })
            .map_err(py_err)?;
        frames_array(py, &frames)
    }

    /// Codes of each row `[frames, quantizers]` -> one waveform per row (the reference's
    /// batched decode: rows padded with -1, decoded in its 300-frame chunks, trimmed).
    fn decode<'py>(
        &self,
        py: Python<'py>,
        rows: Vec<PyReadonlyArray2<'py, i64>>,
    ) -> PyResult<Vec<Bound<'py, PyArray1<f32>>>> {
        let q = self.decoder.num_quantizers();
        let t = rows.iter().map(|r| r.shape()[0]).max().unwrap_or(0);
        if rows.is_empty() || t == 0 {
            return Err(invalid("nothing to decode: pass at least one row of codes"));
        }
        let mut flat = vec![-1i64; rows.len() * t * q];
        for (i, r) in rows.iter().enumerate() {
            let a = r.as_array();
            if a.shape()[1] != q {
                return Err(invalid(format!(
                    "row {i} has {} codes per frame; this tokenizer has {q} quantizers",
                    a.shape()[1]
                )));
            }
            for (f, frame) in a.outer_iter().enumerate() {
                let at = (i * t + f) * q;
                flat[at..at + q].iter_mut().zip(frame.iter()).for_each(|(d, &c)| *d = c);
            }
        }
        let n = rows.len();
        let wavs = py
            .detach(|| -> candle_core::Result<Vec<Vec<f32>>> {
                let codes = Tensor::from_vec(flat, (n, t, q), &Device::Cpu)?;
                decode_padded_batch(&self.decoder, &codes)
            })
            .map_err(|e| invalid(model_message(&e)))?;
        Ok(wavs.into_iter().map(|w| PyArray1::from_vec(py, w)).collect())
    }
}

#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyEngine>()?;
    m.add_class::<PyRequest>()?;
    m.add_class::<PyStream>()?;
    m.add_class::<PyCodec>()?;
    m.add("InvalidRequest", m.py().get_type::<InvalidRequest>())?;
    m.add_function(wrap_pyfunction!(read_audio, m)?)?;
    m.add_function(wrap_pyfunction!(read_audio_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(resample, m)?)?;
    Ok(())
}

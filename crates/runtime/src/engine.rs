//! The synthesis engine: a loaded checkpoint (text front-end, acoustic model, codec) and the
//! streaming pipeline text -> normalize -> tokenize -> prompt -> frames -> codec -> chunks.
//!
//! Frames are decoded into audio as they are generated, so the first chunk leaves as soon as
//! the frames it needs exist: on the CPU generation and decoding take turns on one thread (each
//! uses every core), elsewhere generation runs on its own thread and hands frames over a
//! channel.

use acoustic_model::{
    GenerateParams, ModelDtype, PromptRequest, QuantPlan, Qwen3Tts, TtsModelType, Voice,
};
use audio_codec_12hz::{CodecDtype, CodecStream, DecodeMode, Decoder, Encoder};
use std::sync::Arc;
use std::time::{Duration, Instant};

use candle_core::safetensors::MmapedSafetensors;
use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use text_normalizer::{Lang, Normalizer, NormalizerOptions};
use text_tokenizer::{QwenTokenizer, TokenizerOptions};
use tts_core::{Checkpoint, Components};

use crate::contract::{Field, Plan, RequestError, RequestLimits, TextPresence, VoiceSource};
use crate::error::EngineError;
use crate::output::{OutputStream, Sink};
use crate::request::{AudioChunk, Frames, SynthesisRequest, TextFeed, TextOptions, VoiceReference};
use crate::sentences;
use crate::voices::{EncodedVoice, VoiceRegistry};
use crate::weights::ReleasingSafetensors;

/// Longest sentence group generated as one utterance.
const SEGMENT_CHARS: usize = 300;

#[derive(Debug, Clone)]
pub struct EngineOptions {
    pub device: Device,
    /// Weight format of the acoustic model: a float dtype, or q8_0 / q4k quantized at load
    /// from the checkpoint's float weights (activations in f32 then).
    pub dtype: ModelDtype,
    /// Precision of the codec's waveform convs (f32: as the reference goldens); see
    /// [`crate::options::codec_dtype`].
    pub codec_dtype: CodecDtype,
    pub decode_mode: DecodeMode,
    pub tokenizer: TokenizerOptions,
    /// Limits on every request (text length).
    pub limits: RequestLimits,
    /// Directory of the quantized-weight cache (`None`: quantize at every load); see
    /// [`crate::options::weight_cache`].
    pub weight_cache: Option<std::path::PathBuf>,
}

impl Default for EngineOptions {
    fn default() -> Self {
        Self {
            device: Device::Cpu,
            dtype: ModelDtype::Float(DType::F32),
            codec_dtype: CodecDtype::F32,
            decode_mode: DecodeMode::default(),
            tokenizer: TokenizerOptions::default(),
            limits: RequestLimits::default(),
            weight_cache: None,
        }
    }
}

pub struct Engine {
    /// Where the weights came from (a directory, a Hub id, or "random weights").
    source: String,
    model: Qwen3Tts,
    codec: Decoder,
    /// Base models only: audio -> codes for ICL voice cloning.
    encoder: Option<Encoder>,
    tokenizer: QwenTokenizer,
    normalizer: Normalizer,
    options: EngineOptions,
    sample_rate: u32,
    /// What the codec encoder takes (reference audio is resampled to it for ICL codes).
    codec_input_rate: u32,
    codebook_size: u32,
    voices: VoiceRegistry,
    load_times: Vec<(&'static str, Duration)>,
}

impl Engine {
    /// Loads a checkpoint (local directory or Hugging Face id) with every component.
    pub fn load(model: &str, options: EngineOptions) -> Result<Self, EngineError> {
        let checkpoint = Checkpoint::resolve(model, Components::ALL)?;
        checkpoint.verify_model_tensors()?;
        checkpoint.verify_codec_tensors()?;
        let files = &checkpoint.files;
        let (Some(cfg), Some(generation), Some(codec_cfg)) =
            (&checkpoint.config, &checkpoint.generation, &checkpoint.codec)
        else {
            return Err(EngineError::Config("checkpoint resolved without its configs".into()));
        };
        let (Some(vocab), Some(merges), Some(tok_cfg), Some(codec_weights)) =
            (&files.vocab, &files.merges, &files.tokenizer_config, &files.codec_weights)
        else {
            return Err(EngineError::Config(
                "checkpoint resolved without its tokenizer or codec files".into(),
            ));
        };
        let tok_options = options.tokenizer;
        let tokenizer: TokenizerLoader<'_> =
            Box::new(move || Ok(QwenTokenizer::from_files(vocab, merges, tok_cfg, tok_options)?));
        let weight_cache = match &options.weight_cache {
            Some(dir) if options.dtype.is_quantized() => {
                let cache = crate::weights::open_cache(dir, &files.weights, options.dtype)
                    .map_err(|e| {
                        EngineError::Io(format!("weight cache in {}: {e}", dir.display()))
                    })?;
                Some(Arc::new(cache))
            }
            _ => None,
        };
        let dev = &options.device;
        // SAFETY: checkpoint files are memory-mapped read-only and must not change while loaded.
        let act = options.dtype.activation_dtype();
        let vb = unsafe { ReleasingSafetensors::var_builder(&files.weights, act, dev)? };
        let codec_vb = unsafe {
            ReleasingSafetensors::var_builder(std::slice::from_ref(codec_weights), DType::F32, dev)?
        };
        // The text embedding's rows are read from a mapping of their own when a prompt needs
        // them, never copied whole (acoustic_model::embedding).
        // SAFETY: as above.
        let text_rows = Some(Arc::new(unsafe { MmapedSafetensors::multi(&files.weights)? }));
        let parts = Parts {
            cfg,
            generation,
            codec_cfg,
            model_vb: vb,
            codec_vb,
            tokenizer,
            text_rows,
            weight_cache,
        };
        let engine = Self::from_parts(checkpoint.source.to_string(), parts, options)?;
        tracing::info!(source = %engine.source, model_type = cfg.tts_model_type.as_str(), "checkpoint loaded");
        Ok(engine)
    }

    /// An engine with random weights at the dimensions of a real checkpoint's configs
    /// (`dir/config.json`, `dir/generation_config.json`, `dir/speech_tokenizer/config.json`) and
    /// its tokenizer files: for measuring speed without the weights (speed does not depend on
    /// the values).
    pub fn random(
        dir: &std::path::Path,
        seed: u64,
        options: EngineOptions,
    ) -> Result<Self, EngineError> {
        use acoustic_model::{GenerationConfig, Qwen3TtsConfig};
        use audio_codec_12hz::CodecConfig;
        let cfg = Qwen3TtsConfig::from_file(&dir.join("config.json"))?;
        let generation = GenerationConfig::from_dir_or_default(dir)?;
        let codec_cfg = CodecConfig::from_file(&dir.join("speech_tokenizer/config.json"))?;
        let tok_options = options.tokenizer;
        let tokenizer: TokenizerLoader<'_> =
            Box::new(move || Ok(QwenTokenizer::from_dir(dir, tok_options)?));
        let dev = &options.device;
        let model_vb = acoustic_model::random::var_builder(
            &acoustic_model::expected_tensors(&cfg),
            seed,
            options.dtype.activation_dtype(),
            dev,
        )?;
        let codec_vb = acoustic_model::random::var_builder(
            &audio_codec_12hz::expected_tensors(&codec_cfg),
            seed + 1,
            DType::F32,
            dev,
        )?;
        let parts = Parts {
            cfg: &cfg,
            generation: &generation,
            codec_cfg: &codec_cfg,
            model_vb,
            codec_vb,
            tokenizer,
            text_rows: None,
            weight_cache: None,
        };
        Self::from_parts(format!("random weights at {}", dir.display()), parts, options)
    }

    fn from_parts(
        source: String,
        parts: Parts<'_>,
        options: EngineOptions,
    ) -> Result<Self, EngineError> {
        let Parts {
            cfg,
            generation,
            codec_cfg,
            model_vb,
            codec_vb,
            tokenizer,
            text_rows,
            weight_cache,
        } = parts;
        let plan = QuantPlan::for_dtype(options.dtype);
        // The acoustic model, the codec and the tokenizer load side by side: quantizing (or
        // reading the cache), copying the codec's f32 weights and parsing the vocabulary each
        // leave a core idle otherwise.
        let (model, codec, encoder, tokenizer, mut load_times) = std::thread::scope(|s| {
            let tokenizer = s.spawn(|| timed(tokenizer));
            let acoustic = s.spawn(|| {
                timed(|| {
                    let build = || {
                        Qwen3Tts::new_mapped(cfg, generation.clone(), model_vb, &plan, text_rows)
                    };
                    Ok(match &weight_cache {
                        Some(cache) => cache.scope(build),
                        None => build(),
                    }?)
                })
            });
            let (codec, codec_time) = timed(|| {
                let cfg = &codec_cfg.decoder_config;
                Ok(Decoder::with_dtype(cfg, codec_vb.pp("decoder"), options.codec_dtype)?)
            })?;
            let (encoder, encoder_time) = timed(|| {
                Ok(match cfg.tts_model_type {
                    TtsModelType::Base => Some(Encoder::new(codec_cfg, codec_vb.pp("encoder"))?),
                    _ => None,
                })
            })?;
            let (model, model_time) = joined(acoustic, "acoustic model")?;
            let (tokenizer, tokenizer_time) = joined(tokenizer, "tokenizer")?;
            let mut times = vec![
                ("tokenizer", tokenizer_time),
                ("acoustic model", model_time),
                ("codec decoder", codec_time),
            ];
            if encoder.is_some() {
                times.push(("codec encoder", encoder_time));
            }
            Ok::<_, EngineError>((model, codec, encoder, tokenizer, times))
        })?;
        if let Some(cache) = &weight_cache {
            let t = Instant::now();
            let (read, quantized) = cache.counts();
            match cache.save() {
                Ok(written) => {
                    if written {
                        load_times.push(("weight cache write", t.elapsed()));
                    }
                    tracing::info!(path = %cache.path().display(), read, quantized, written, "weight cache");
                }
                Err(e) => {
                    tracing::warn!(path = %cache.path().display(), error = %e, "weight cache not written")
                }
            }
        }
        for (part, time) in &load_times {
            tracing::info!(part, ms = time.as_secs_f64() * 1e3, "loaded");
        }
        Ok(Self {
            source,
            model,
            codec,
            encoder,
            tokenizer,
            normalizer: Normalizer::new(NormalizerOptions::default()),
            options,
            sample_rate: codec_cfg.output_sample_rate,
            codec_input_rate: codec_cfg.input_sample_rate,
            codebook_size: codec_cfg.decoder_config.codebook_size as u32,
            voices: VoiceRegistry::default(),
            load_times,
        })
    }

    /// How long each part took to load (tokenizer, acoustic model, codec, ...; the model and
    /// the codec load at the same time).
    /// The precision the codec's waveform convs run in.
    pub fn codec_dtype(&self) -> CodecDtype {
        self.codec.codec_dtype()
    }

    pub fn load_times(&self) -> &[(&'static str, Duration)] {
        &self.load_times
    }

    pub fn sample_rate(&self) -> u32 {
        self.sample_rate
    }

    /// The longest reference clip taken, in seconds (`RequestLimits::max_reference_secs`).
    pub fn max_reference_secs(&self) -> f64 {
        self.options.limits.max_reference_secs
    }

    /// Where the weights came from.
    pub fn source(&self) -> &str {
        &self.source
    }

    pub(crate) fn codec(&self) -> &Decoder {
        &self.codec
    }

    pub(crate) fn decode_mode(&self) -> DecodeMode {
        self.options.decode_mode
    }

    pub(crate) fn options(&self) -> &EngineOptions {
        &self.options
    }

    pub fn model(&self) -> &Qwen3Tts {
        &self.model
    }

    pub fn tokenizer(&self) -> &QwenTokenizer {
        &self.tokenizer
    }

    pub fn model_type(&self) -> TtsModelType {
        self.model.config().tts_model_type
    }

    /// CustomVoice speakers, sorted (empty for other model types).
    pub fn speakers(&self) -> Vec<String> {
        self.model.config().talker_config.spk_id.keys().cloned().collect()
    }

    /// The speaker of a CustomVoice request that names none: the first speaker, in
    /// alphabetical order, who speaks no dialect ("aiden" on the released checkpoints).
    /// `None` for other model types.
    pub fn default_speaker(&self) -> Option<String> {
        let tc = &self.model.config().talker_config;
        let plain = |s: &&String| !matches!(tc.spk_is_dialect.get(*s), Some(Some(_)));
        tc.spk_id.keys().find(plain).or_else(|| tc.spk_id.keys().next()).cloned()
    }

    /// "auto" plus the supported languages.
    pub fn languages(&self) -> Vec<String> {
        self.model.config().supported_languages()
    }

    /// Encodes a cloned voice once (x-vector; with a transcript also the reference codes for
    /// in-context cloning) and registers it as `name` for later requests (`voice`). Base
    /// models only; replaces a voice of the same name.
    pub fn register_voice(
        &self,
        name: &str,
        reference: &VoiceReference,
    ) -> Result<(), EngineError> {
        let mut req = SynthesisRequest::new("");
        req.reference = Some(reference.clone());
        let Plan { voice: VoiceSource::Reference(r), .. } =
            self.validate(&req, TextPresence::Later)?
        else {
            return Err(EngineError::Config("a reference validated into another voice".into()));
        };
        let key = VoiceRegistry::key(name)?;
        let encoded = self.encode_voice(&r)?;
        self.voices.insert(&key, encoded)
    }

    /// Registers an already encoded voice (the reference's `voice_clone_prompt` parts, e.g. made
    /// by `qwen_tts` itself): the speaker x-vector and, for in-context cloning, the reference
    /// codes (`[frames][num_code_groups]`) and their transcript.
    pub fn register_encoded_voice(
        &self,
        name: &str,
        xvector: &[f32],
        in_context: Option<(Vec<Vec<u32>>, &str)>,
    ) -> Result<(), EngineError> {
        let prompt_error = |problem: String| RequestError::new(Field::VoiceClonePrompt, problem);
        if self.model_type() != TtsModelType::Base {
            let kind = self.model_type().as_str();
            return Err(prompt_error(format!(
                "a {kind} model cannot clone voices; use a Base model"
            ))
            .into());
        }
        let key = VoiceRegistry::key(name)?;
        let hidden = self.model.config().talker_config.hidden_size;
        if xvector.len() != hidden || xvector.iter().any(|x| !x.is_finite()) {
            return Err(prompt_error(format!(
                "ref_spk_embedding has {} values{}; this model's x-vectors have {hidden} finite values",
                xvector.len(),
                if xvector.iter().all(|x| x.is_finite()) { "" } else { " (some not finite)" }
            ))
            .into());
        }
        let xvector = Tensor::from_vec(xvector.to_vec(), hidden, &Device::Cpu)?;
        let encoded = match in_context {
            None => EncodedVoice { voice: Voice::XVector(xvector), prime: None },
            Some((ref_codes, ref_text)) => {
                if ref_codes.is_empty() || ref_text.trim().is_empty() {
                    return Err(prompt_error(
                        "in-context cloning needs reference codes (ref_code) and their transcript \
                         (ref_text)"
                            .into(),
                    )
                    .into());
                }
                self.codes_tensor(&ref_codes)?; // the codes' shape and range
                let ref_ids = self.tokenizer.ref_text_prompt(ref_text)?.ids().to_vec();
                let prime = Some(ref_codes.clone());
                EncodedVoice { voice: Voice::Icl { xvector, ref_ids, ref_codes }, prime }
            }
        };
        self.voices.insert(&key, encoded)
    }

    /// The registered voices.
    pub fn voices(&self) -> &VoiceRegistry {
        &self.voices
    }

    /// Decodes codes (one `Vec` of `num_code_groups` codes per frame) to audio chunks.
    pub fn decode(
        &self,
        frames: &[Vec<u32>],
        chunk_ms: u32,
        sink: &mut Sink<'_>,
    ) -> Result<usize, EngineError> {
        let chunk = (self.sample_rate as usize * chunk_ms as usize / 1000).max(1);
        let mut out = OutputStream::new(sink, self.sample_rate, chunk, 0);
        let mut stream = CodecStream::new(&self.codec, self.options.decode_mode);
        for piece in frames.chunks(DECODE_BATCH_FRAMES) {
            let wav = stream.push(&self.codec, &self.codes_tensor(piece)?)?;
            out.push(&wav.flatten_all()?.to_vec1::<f32>()?)?;
        }
        Ok(out.finish()?.samples)
    }

    pub(crate) fn codes_tensor(&self, frames: &[Vec<u32>]) -> Result<Tensor, EngineError> {
        let q = self.codec.num_quantizers();
        let size = self.codebook_size;
        let mut flat = Vec::with_capacity(frames.len() * q);
        for (i, f) in frames.iter().enumerate() {
            if f.len() != q {
                let problem = format!("frame {i} has {} codes, expected {q}", f.len());
                return Err(RequestError::new(Field::Codes, problem).into());
            }
            if let Some(bad) = f.iter().find(|&&c| c >= size) {
                let problem = format!("frame {i} has code {bad}");
                return Err(RequestError::new(Field::Codes, problem)
                    .with_valid(format!("0..{size}"))
                    .into());
            }
            flat.extend_from_slice(f);
        }
        // [T, Q] -> [1, Q, T]
        Ok(Tensor::from_vec(flat, (frames.len(), q), &self.options.device)?
            .t()?
            .unsqueeze(0)?
            .contiguous()?)
    }

    /// Validates a request and does all its work that needs no generation step: the sentence
    /// plan, normalization, the tokenized prompt of every segment, and the voice (a cloned
    /// voice's speaker embedding and reference codes, computed once per request). Runs on the
    /// caller's thread, before the request reaches the engine thread.
    pub fn prepare(&self, req: &SynthesisRequest) -> Result<Prepared, EngineError> {
        let plan = self.validate(req, TextPresence::Given)?;
        let texts = if req.split_sentences {
            sentences::split(&req.text, SEGMENT_CHARS)
        } else {
            vec![req.text.trim().to_string()]
        };
        let (voice, prime) = self.voice(&plan.voice)?;
        let utterances = texts
            .iter()
            .map(|text| {
                let text = self.normalized(text, req.normalize, &plan.language);
                let ids = self.tokenizer.target_prompt(&text)?.ids().to_vec();
                Ok((text, ids))
            })
            .collect::<Result<Vec<_>, EngineError>>()?;
        self.assemble(req, plan, voice, prime, utterances, false)
    }

    /// [`Self::prepare`] for text that keeps arriving while it is spoken (streaming text input,
    /// e.g. from an LLM): `req.text` is the text known so far (at least one word); more follows
    /// through [`crate::TextInput`] until it is finished. One utterance in dual-track streaming
    /// mode (no sentence splitting, no in-context cloning).
    pub fn prepare_open(&self, req: &SynthesisRequest) -> Result<Prepared, EngineError> {
        let plan = self.validate_open(req, TextPresence::Given)?;
        let (voice, prime) = self.voice(&plan.voice)?;
        let text = self.normalized(req.text.trim(), req.normalize, &plan.language);
        let target = self.tokenizer.target_prompt(&text)?;
        let input_ids: Vec<u32> =
            target.role_ids().iter().chain(target.text_ids()).copied().collect();
        self.assemble(req, plan, voice, prime, vec![(text, input_ids)], true)
    }

    /// [`Self::check_settings`] for a stream whose text arrives while it is spoken.
    pub fn check_open_settings(&self, req: &SynthesisRequest) -> Result<(), RequestError> {
        self.validate_open(req, TextPresence::Later).map(|_| ())
    }

    /// The contract's checks plus what streamed text needs: the streaming text feed and no
    /// in-context cloning (its reference transcript would have to precede the whole text).
    fn validate_open(
        &self,
        req: &SynthesisRequest,
        text: TextPresence,
    ) -> Result<Plan, RequestError> {
        if req.text_feed == Some(TextFeed::Full) {
            return Err(RequestError::new(
                Field::NonStreamingMode,
                "streamed text input is spoken as it arrives: non_streaming_mode must be off",
            ));
        }
        let mut plan = self.validate(req, text)?;
        plan.non_streaming = false;
        let in_context = match &plan.voice {
            VoiceSource::Registered(v) => v.in_context(),
            VoiceSource::Reference(r) => !r.x_vector_only,
            VoiceSource::Speaker(_) | VoiceSource::Described => false,
        };
        if in_context {
            return Err(RequestError::new(
                Field::XVectorOnlyMode,
                "streamed text input cannot clone in context (with the reference transcript); \
                 use x-vector-only cloning",
            ));
        }
        Ok(plan)
    }

    fn normalized(&self, text: &str, normalize: bool, language: &str) -> String {
        if normalize { self.normalizer.normalize(text, lang_hint(language)) } else { text.into() }
    }

    /// The prompt of each utterance (its text and templated input ids) and the output sizes.
    fn assemble(
        &self,
        req: &SynthesisRequest,
        plan: Plan,
        voice: Voice,
        prime: Option<Frames>,
        utterances: Vec<(String, Vec<u32>)>,
        text_open: bool,
    ) -> Result<Prepared, EngineError> {
        let instruct_ids = match req.instruct.as_deref() {
            Some(i) => self.tokenizer.instruct_prompt(i)?.map(|p| p.ids().to_vec()),
            None => None,
        };
        let segments = utterances
            .into_iter()
            .map(|(text, input_ids)| {
                let text_tokens = input_ids.len();
                let prompt = self.model.build_prompt(&PromptRequest {
                    input_ids,
                    instruct_ids: instruct_ids.clone(),
                    language: plan.language.clone(),
                    voice: voice.clone(),
                    non_streaming: plan.non_streaming,
                    text_open,
                })?;
                Ok(PreparedSegment { text, prompt, text_tokens })
            })
            .collect::<Result<Vec<_>, EngineError>>()?;
        let rate = self.sample_rate as usize;
        Ok(Prepared {
            segments,
            prime,
            params: plan.params,
            chunk: (rate * req.chunk_ms as usize / 1000).max(1),
            fade: (self.sample_rate as f32 * req.fade_ms.max(0.0) / 1000.0) as usize,
            exact_reference_cut: req.exact_reference_cut,
        })
    }

    /// Text appended to an open request -> text token ids, normalized as the request's text.
    pub fn encode_appended_text(
        &self,
        text: &str,
        options: &TextOptions,
    ) -> Result<Vec<u32>, EngineError> {
        let words = text.trim();
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let words = self.normalized(words, options.normalize, &options.language);
        // The appended words follow earlier text: BPE tokens carry their leading space.
        Ok(self.tokenizer.encode_ids(&format!(" {words}"))?)
    }

    /// Who speaks, and the reference codes the codec must be primed with (ICL cloning).
    fn voice(&self, source: &VoiceSource) -> Result<(Voice, Option<Frames>), EngineError> {
        Ok(match source {
            VoiceSource::Speaker(s) => (Voice::Speaker(s.clone()), None),
            VoiceSource::Registered(v) => (v.voice.clone(), v.prime.clone()),
            VoiceSource::Reference(r) => {
                let v = self.encode_voice(r)?;
                (v.voice, v.prime)
            }
            VoiceSource::Described => (Voice::Described, None),
        })
    }

    /// Validated reference audio (and transcript) -> the voice's prompt parts and priming codes.
    fn encode_voice(&self, r: &VoiceReference) -> Result<EncodedVoice, EngineError> {
        let audio = &r.audio;
        // The reference resamples the clip as it was read, once for the speaker encoder at its
        // rate (`create_voice_clone_prompt`) and once for the codec encoder at its input rate
        // (`Qwen3TTSTokenizer._normalize_audio_inputs`), both with `librosa.resample`. Both
        // rates are 24 kHz in every checkpoint: then one conversion serves both.
        let speaker_rate = self.model.config().speaker_encoder_config.sample_rate;
        let at = |rate| {
            tts_core::audio::resample(&audio.samples, audio.sample_rate, rate)
                .map_err(|e| RequestError::new(Field::RefAudio, e.to_string()))
        };
        let for_speaker = at(speaker_rate)?;
        let xvector = self.model.speaker_embedding(&for_speaker, speaker_rate)?;
        match (&r.text, r.x_vector_only) {
            (Some(ref_text), false) => {
                let for_codec = if self.codec_input_rate == speaker_rate {
                    for_speaker
                } else {
                    at(self.codec_input_rate)?
                };
                let ref_codes = self.encode_reference(for_codec)?;
                let ref_ids = self.tokenizer.ref_text_prompt(ref_text)?.ids().to_vec();
                let prime = Some(ref_codes.clone());
                Ok(EncodedVoice { voice: Voice::Icl { xvector, ref_ids, ref_codes }, prime })
            }
            _ => Ok(EncodedVoice { voice: Voice::XVector(xvector), prime: None }),
        }
    }

    /// Reference audio at the codec encoder's input rate -> codes `[frames][num_code_groups]`.
    fn encode_reference(&self, samples: Vec<f32>) -> Result<Frames, EngineError> {
        let Some(encoder) = &self.encoder else {
            return Err(EngineError::Config("a Base model was loaded without its encoder".into()));
        };
        let n = samples.len();
        let wav = Tensor::from_vec(samples, (1, n), &self.options.device)?;
        let codes = encoder.encode(&wav)?.to_dtype(DType::U32)?.to_vec2::<u32>()?;
        Ok(codes)
    }
}

/// Frames decoded together at most by [`Engine::decode`].
const DECODE_BATCH_FRAMES: usize = 8;

/// What an engine is built from.
/// `f`'s result and how long it took (the load time of a part).
fn timed<T>(f: impl FnOnce() -> Result<T, EngineError>) -> Result<(T, Duration), EngineError> {
    let t = Instant::now();
    f().map(|v| (v, t.elapsed()))
}

/// The result of a part's loader thread; a panic there fails the load, naming the part.
fn joined<T>(
    loader: std::thread::ScopedJoinHandle<'_, Result<T, EngineError>>,
    part: &str,
) -> Result<T, EngineError> {
    loader.join().map_err(|_| EngineError::Stopped(format!("the {part}'s loader panicked")))?
}

/// Loads the tokenizer (on a thread of its own, beside the weights).
type TokenizerLoader<'a> = Box<dyn FnOnce() -> Result<QwenTokenizer, EngineError> + Send + 'a>;

struct Parts<'a> {
    cfg: &'a acoustic_model::Qwen3TtsConfig,
    generation: &'a acoustic_model::GenerationConfig,
    codec_cfg: &'a audio_codec_12hz::CodecConfig,
    model_vb: VarBuilder<'static>,
    codec_vb: VarBuilder<'static>,
    tokenizer: TokenizerLoader<'a>,
    /// The checkpoint's mapping the text embedding's rows are read from (none: resident).
    text_rows: Option<Arc<MmapedSafetensors>>,
    /// Quantized weights from earlier starts, and where this one's go.
    weight_cache: Option<Arc<acoustic_model::WeightCache>>,
}

/// A validated request, ready for the engine thread (see [`Engine::prepare`]).
pub struct Prepared {
    pub(crate) segments: Vec<PreparedSegment>,
    /// ICL reference codes: decoded first in every segment, their audio dropped.
    pub(crate) prime: Option<Frames>,
    pub(crate) params: GenerateParams,
    /// Output chunk and fade lengths in samples.
    pub(crate) chunk: usize,
    pub(crate) fade: usize,
    /// See [`SynthesisRequest::exact_reference_cut`].
    pub(crate) exact_reference_cut: bool,
}

impl Prepared {
    /// Sentence groups generated one after another.
    pub fn segments(&self) -> usize {
        self.segments.len()
    }

    /// Text tokens over all segments (usage reports).
    pub fn text_tokens(&self) -> usize {
        self.segments.iter().map(|s| s.text_tokens).sum()
    }

    /// The generation settings, for callers that set the talker and the sub-talker apart (the
    /// Python module's `subtalker_*` arguments); `validate` them after a change.
    pub fn params_mut(&mut self) -> &mut GenerateParams {
        &mut self.params
    }

    /// Overrides [`SynthesisRequest::exact_reference_cut`] (a caller that decides between a
    /// stream and a whole waveform after preparing, as the Python module's `run` and `stream`).
    pub fn set_exact_reference_cut(&mut self, exact: bool) {
        self.exact_reference_cut = exact;
    }
}

/// One sentence group: its normalized text and built prompt.
pub(crate) struct PreparedSegment {
    pub(crate) text: String,
    pub(crate) prompt: acoustic_model::Prompt,
    /// Tokens of the templated text (for frame estimates).
    pub(crate) text_tokens: usize,
}

/// The normalizer's language for a request language ("auto" and others: detected per text).
fn lang_hint(language: &str) -> Option<Lang> {
    match language.to_lowercase().as_str() {
        "english" => Some(Lang::En),
        "russian" => Some(Lang::Ru),
        _ => None,
    }
}

/// A collecting sink for callers that want the whole waveform.
pub fn collect_into(
    samples: &mut Vec<f32>,
) -> impl FnMut(AudioChunk) -> Result<(), EngineError> + '_ {
    move |chunk: AudioChunk| {
        samples.extend_from_slice(&chunk.samples);
        Ok(())
    }
}

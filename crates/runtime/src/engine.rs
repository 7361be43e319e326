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
use audio_codec_12hz::{CodecStream, DecodeMode, Decoder, Encoder};
use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use text_normalizer::{Lang, Normalizer, NormalizerOptions};
use text_tokenizer::{QwenTokenizer, TokenizerOptions};
use tts_core::{Checkpoint, Components};

use crate::batcher::Batcher;
use crate::error::EngineError;
use crate::output::{OutputStream, Sink};
use crate::request::{AudioChunk, SynthesisRequest, SynthesisSummary, TextFeed};
use crate::scheduler::{BatchConfig, Qos};
use crate::sentences;
use crate::voices::{EncodedVoice, VoiceRegistry};
use crate::weights::ReleasingSafetensors;

/// Longest sentence group generated as one utterance.
const SEGMENT_CHARS: usize = 300;

#[derive(Debug, Clone)]
pub struct EngineOptions {
    pub device: Device,
    /// Weight format of the acoustic model: a float dtype, or q8_0 / q4k quantized at load
    /// from the checkpoint's float weights (activations in f32 then). The codec always runs in
    /// f32, as the reference goldens.
    pub dtype: ModelDtype,
    pub decode_mode: DecodeMode,
    pub tokenizer: TokenizerOptions,
    /// The longest reference clip taken for cloning, in seconds (setting `max_reference_secs`;
    /// default [`tts_core::audio::MAX_CLIP_SECS`]).
    pub max_reference_secs: f64,
}

impl Default for EngineOptions {
    fn default() -> Self {
        Self {
            device: Device::Cpu,
            dtype: ModelDtype::Float(DType::F32),
            decode_mode: DecodeMode::default(),
            tokenizer: TokenizerOptions::default(),
            max_reference_secs: tts_core::audio::MAX_CLIP_SECS,
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
            return Err(EngineError::invalid("checkpoint resolved without its configs"));
        };
        let (Some(vocab), Some(merges), Some(tok_cfg), Some(codec_weights)) =
            (&files.vocab, &files.merges, &files.tokenizer_config, &files.codec_weights)
        else {
            return Err(EngineError::invalid(
                "checkpoint resolved without its tokenizer or codec files",
            ));
        };
        let tokenizer = QwenTokenizer::from_files(vocab, merges, tok_cfg, options.tokenizer)?;
        let dev = &options.device;
        // SAFETY: checkpoint files are memory-mapped read-only and must not change while loaded.
        let act = options.dtype.activation_dtype();
        let vb = unsafe { ReleasingSafetensors::var_builder(&files.weights, act, dev)? };
        let codec_vb = unsafe {
            ReleasingSafetensors::var_builder(std::slice::from_ref(codec_weights), DType::F32, dev)?
        };
        let parts = Parts { cfg, generation, codec_cfg, model_vb: vb, codec_vb, tokenizer };
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
        let tokenizer = QwenTokenizer::from_dir(dir, options.tokenizer)?;
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
        };
        Self::from_parts(format!("random weights at {}", dir.display()), parts, options)
    }

    fn from_parts(
        source: String,
        parts: Parts<'_>,
        options: EngineOptions,
    ) -> Result<Self, EngineError> {
        let Parts { cfg, generation, codec_cfg, model_vb, codec_vb, tokenizer } = parts;
        let plan = QuantPlan::for_dtype(options.dtype);
        let model = Qwen3Tts::new_with_plan(cfg, generation.clone(), model_vb, &plan)?;
        let codec = Decoder::new(&codec_cfg.decoder_config, codec_vb.pp("decoder"))?;
        let encoder = if cfg.tts_model_type == TtsModelType::Base {
            Some(Encoder::new(codec_cfg, codec_vb.pp("encoder"))?)
        } else {
            None
        };
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
        })
    }

    pub fn sample_rate(&self) -> u32 {
        self.sample_rate
    }

    /// The longest reference clip taken, in seconds (`EngineOptions::max_reference_secs`).
    pub fn max_reference_secs(&self) -> f64 {
        self.options.max_reference_secs
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

    pub fn model(&self) -> &Qwen3Tts {
        &self.model
    }

    pub fn tokenizer(&self) -> &QwenTokenizer {
        &self.tokenizer
    }

    pub fn model_type(&self) -> TtsModelType {
        self.model.config().tts_model_type
    }

    /// CustomVoice speakers (empty for other model types).
    pub fn speakers(&self) -> Vec<String> {
        self.model.config().talker_config.spk_id.keys().cloned().collect()
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
        reference: &crate::request::VoiceReference,
    ) -> Result<(), EngineError> {
        self.require_base()?;
        let encoded = self.encode_voice(reference)?;
        self.voices.insert(name, encoded)
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
        self.require_base()?;
        let hidden = self.model.config().talker_config.hidden_size;
        if xvector.len() != hidden || xvector.iter().any(|x| !x.is_finite()) {
            return Err(EngineError::invalid(format!(
                "ref_spk_embedding has {} values{}; this model's x-vectors have {hidden} finite values",
                xvector.len(),
                if xvector.iter().all(|x| x.is_finite()) { "" } else { " (some not finite)" }
            )));
        }
        let xvector = Tensor::from_vec(xvector.to_vec(), hidden, &Device::Cpu)?;
        let encoded = match in_context {
            None => EncodedVoice { voice: Voice::XVector(xvector), prime: None },
            Some((ref_codes, ref_text)) => {
                if ref_codes.is_empty() || ref_text.trim().is_empty() {
                    return Err(EngineError::invalid(
                        "in-context cloning needs reference codes (ref_code) and their transcript \
                         (ref_text)",
                    ));
                }
                self.codes_tensor(&ref_codes)?; // the codes' shape and range
                let ref_ids = self.tokenizer.ref_text_prompt(ref_text)?.ids().to_vec();
                let prime = Some(ref_codes.clone());
                EncodedVoice { voice: Voice::Icl { xvector, ref_ids, ref_codes }, prime }
            }
        };
        self.voices.insert(name, encoded)
    }

    fn require_base(&self) -> Result<(), EngineError> {
        if self.model_type() != TtsModelType::Base {
            return Err(EngineError::invalid(format!(
                "a {} model cannot clone voices; use a Base model",
                self.model_type().as_str()
            )));
        }
        Ok(())
    }

    /// The registered voices.
    pub fn voices(&self) -> &VoiceRegistry {
        &self.voices
    }

    /// Synthesizes `req`, handing audio chunks to `sink` as they are produced. A sink error
    /// (e.g. [`EngineError::Cancelled`]) stops the synthesis and is returned.
    pub fn synthesize(
        &self,
        req: &SynthesisRequest,
        sink: &mut Sink<'_>,
    ) -> Result<SynthesisSummary, EngineError> {
        self.synthesize_with_progress(req, sink, &mut |_, _| {})
    }

    /// [`Self::synthesize`], calling `progress(done, total)` as sentence groups start and end.
    /// Runs the serving engine's batch loop ([`Batcher`]) on the calling thread with this one
    /// request: the same pipeline as a request among others in [`crate::EngineService`].
    pub fn synthesize_with_progress(
        &self,
        req: &SynthesisRequest,
        sink: &mut Sink<'_>,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<SynthesisSummary, EngineError> {
        let prepared = self.prepare(req)?;
        let mut batcher = Batcher::new(self, BatchConfig::default());
        batcher.submit(
            0,
            prepared,
            Qos::default(),
            Box::new(sink),
            Some(Box::new(progress)),
            None,
        )?;
        loop {
            if let Some((_, result)) = batcher.step().pop() {
                return result;
            }
        }
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
        out.finish()
    }

    pub(crate) fn codes_tensor(&self, frames: &[Vec<u32>]) -> Result<Tensor, EngineError> {
        let q = self.codec.num_quantizers();
        let size = self.codebook_size;
        let mut flat = Vec::with_capacity(frames.len() * q);
        for (i, f) in frames.iter().enumerate() {
            if f.len() != q {
                return Err(EngineError::invalid(format!(
                    "frame {i} has {} codes, expected {q}",
                    f.len()
                )));
            }
            if let Some(bad) = f.iter().find(|&&c| c >= size) {
                return Err(EngineError::invalid(format!(
                    "frame {i} has code {bad}; codes must be in 0..{size}"
                )));
            }
            flat.extend_from_slice(f);
        }
        // [T, Q] -> [1, Q, T]
        Ok(Tensor::from_vec(flat, (frames.len(), q), &self.options.device)?
            .t()?
            .unsqueeze(0)?
            .contiguous()?)
    }

    fn plan(&self, req: &SynthesisRequest) -> Result<Plan, EngineError> {
        let cfg = self.model.config();
        if req.text.trim().is_empty() {
            return Err(EngineError::invalid("text is empty: nothing to synthesize"));
        }
        if !(20..=1000).contains(&req.chunk_ms) {
            return Err(EngineError::invalid(format!(
                "chunk size {} ms is out of range 20..=1000",
                req.chunk_ms
            )));
        }
        let language = req.language.to_lowercase();
        let languages = self.languages();
        if !languages.contains(&language) {
            return Err(EngineError::invalid(format!(
                "unknown language {:?}; valid: {}",
                req.language,
                languages.join(", ")
            )));
        }
        let model_type = cfg.tts_model_type;
        if req.voice.is_some() && req.reference.is_some() {
            return Err(EngineError::invalid(
                "pass either a registered voice or reference audio, not both",
            ));
        }
        if let Some(name) = &req.voice {
            if model_type != TtsModelType::Base {
                return Err(EngineError::invalid(format!(
                    "a {} model cannot use a cloned voice; use a Base model",
                    model_type.as_str()
                )));
            }
            self.voices.get(name)?;
        }
        let clone_source = req.reference.is_some() || req.voice.is_some();
        match (model_type, &req.speaker, clone_source) {
            (TtsModelType::CustomVoice, None, _) => {
                return Err(EngineError::invalid(format!(
                    "this CustomVoice model needs a speaker; valid: {}",
                    self.speakers().join(", ")
                )));
            }
            (TtsModelType::CustomVoice, Some(s), _)
                if !cfg.talker_config.spk_id.contains_key(&s.to_lowercase()) =>
            {
                return Err(EngineError::invalid(format!(
                    "unknown speaker {s:?}; valid: {}",
                    self.speakers().join(", ")
                )));
            }
            (TtsModelType::Base, None, false) => {
                let names = self.voices.names();
                return Err(EngineError::invalid(format!(
                    "this Base model clones a voice: pass reference audio (and its transcript, or \
                     x-vector-only mode){}",
                    if names.is_empty() {
                        String::new()
                    } else {
                        format!(", or a registered voice: {}", names.join(", "))
                    }
                )));
            }
            (TtsModelType::Base | TtsModelType::VoiceDesign, Some(_), _) => {
                return Err(EngineError::invalid(format!(
                    "a {} model has no built-in speakers; speakers belong to CustomVoice models",
                    model_type.as_str()
                )));
            }
            (TtsModelType::CustomVoice | TtsModelType::VoiceDesign, _, true) => {
                return Err(EngineError::invalid(format!(
                    "a {} model cannot clone reference audio; use a Base model",
                    model_type.as_str()
                )));
            }
            _ => {}
        }
        let non_streaming = match req.text_feed {
            Some(TextFeed::Full) => true,
            Some(TextFeed::Streaming) => false,
            None => PromptRequest::default_non_streaming(model_type),
        };
        let mut params = GenerateParams::from_config(self.model.generation_config(), req.seed);
        let s = &req.sampling;
        // The CLI's sampling knobs apply to the talker and the sub-talker alike.
        for level in [&mut params.talker, &mut params.subtalker] {
            level.do_sample &= !s.greedy;
            level.temperature = s.temperature.unwrap_or(level.temperature);
            level.top_k = s.top_k.unwrap_or(level.top_k);
            level.top_p = s.top_p.unwrap_or(level.top_p);
        }
        if let Some(p) = s.repetition_penalty {
            params.repetition_penalty = p;
        }
        if let Some(n) = req.max_frames {
            if n == 0 {
                return Err(EngineError::invalid("max frames must be at least 1"));
            }
            // The reference's last sampled token never becomes a frame.
            params.max_new_tokens = n + 1;
        }
        params.validate().map_err(|e| EngineError::invalid(e.to_string()))?;

        let hint = lang_hint(&language);
        let texts = if req.split_sentences {
            sentences::split(&req.text, SEGMENT_CHARS)
        } else {
            vec![req.text.trim().to_string()]
        };
        let segments = texts
            .into_iter()
            .map(|t| if req.normalize { self.normalizer.normalize(&t, hint) } else { t })
            .collect();
        Ok(Plan { segments, language, non_streaming, params })
    }

    /// Validates a request and does all its work that needs no generation step: the sentence
    /// plan, normalization, the tokenized prompt of every segment, and the voice (a cloned
    /// voice's speaker embedding and reference codes, computed once per request). Runs on the
    /// caller's thread, before the request reaches the engine thread.
    pub fn prepare(&self, req: &SynthesisRequest) -> Result<Prepared, EngineError> {
        let plan = self.plan(req)?;
        let (voice, prime) = self.voice(req)?;
        let utterances = plan
            .segments
            .iter()
            .map(|text| Ok((text.clone(), self.tokenizer.target_prompt(text)?.ids().to_vec())))
            .collect::<Result<Vec<_>, EngineError>>()?;
        self.assemble(req, plan, voice, prime, utterances, false)
    }

    /// [`Self::prepare`] for text that keeps arriving while it is spoken (streaming text input,
    /// e.g. from an LLM): `req.text` is the text known so far (at least one word); more follows
    /// through [`crate::TextInput`] until it is finished. One utterance in dual-track streaming
    /// mode (no sentence splitting, no in-context cloning).
    pub fn prepare_open(&self, req: &SynthesisRequest) -> Result<Prepared, EngineError> {
        if req.text_feed == Some(TextFeed::Full) {
            return Err(EngineError::invalid(
                "streaming text input needs the streaming text feed, not full",
            ));
        }
        let mut req = req.clone();
        req.text_feed = Some(TextFeed::Streaming);
        req.split_sentences = false;
        let plan = self.plan(&req)?;
        let (voice, prime) = self.voice(&req)?;
        if matches!(voice, Voice::Icl { .. }) {
            return Err(EngineError::invalid(
                "streaming text input cannot clone in context (reference transcript); use \
                 x-vector-only cloning",
            ));
        }
        let text = plan.segments.concat();
        let target = self.tokenizer.target_prompt(&text)?;
        let input_ids: Vec<u32> =
            target.role_ids().iter().chain(target.text_ids()).copied().collect();
        self.assemble(&req, plan, voice, prime, vec![(text, input_ids)], true)
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

    /// Text appended to an open request -> text token ids (normalized like the rest when
    /// `normalize`; `language` as in the request).
    pub fn encode_appended_text(
        &self,
        text: &str,
        language: &str,
        normalize: bool,
    ) -> Result<Vec<u32>, EngineError> {
        let hint = lang_hint(language);
        let words = text.trim();
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let words = if normalize { self.normalizer.normalize(words, hint) } else { words.into() };
        // The appended words follow earlier text: BPE tokens carry their leading space.
        Ok(self.tokenizer.encode_ids(&format!(" {words}"))?)
    }

    /// Who speaks, and the reference codes the codec must be primed with (ICL cloning).
    fn voice(&self, req: &SynthesisRequest) -> Result<(Voice, Option<Frames>), EngineError> {
        Ok(match (&req.speaker, &req.voice, &req.reference) {
            (Some(s), _, _) => (Voice::Speaker(s.to_lowercase()), None),
            (None, Some(name), _) => {
                let v = self.voices.get(name)?;
                (v.voice.clone(), v.prime.clone())
            }
            (None, None, Some(r)) => {
                let v = self.encode_voice(r)?;
                (v.voice, v.prime)
            }
            (None, None, None) => (Voice::Described, None),
        })
    }

    /// Reference audio (and transcript) -> the voice's prompt parts and priming codes.
    fn encode_voice(
        &self,
        r: &crate::request::VoiceReference,
    ) -> Result<EncodedVoice, EngineError> {
        let (audio, max_secs) = (&r.audio, self.options.max_reference_secs);
        if audio.duration_secs() > max_secs {
            return Err(EngineError::invalid(format!(
                "the reference audio is {:.1} s long; the longest taken is {max_secs} s \
                 (setting max_reference_secs)",
                audio.duration_secs()
            )));
        }
        // The reference resamples the clip as it was read, once for the speaker encoder at its
        // rate (`create_voice_clone_prompt`) and once for the codec encoder at its input rate
        // (`Qwen3TTSTokenizer._normalize_audio_inputs`), both with `librosa.resample`. Both
        // rates are 24 kHz in every checkpoint: then one conversion serves both.
        let speaker_rate = self.model.config().speaker_encoder_config.sample_rate;
        let at = |rate| tts_core::audio::resample(&audio.samples, audio.sample_rate, rate);
        let for_speaker = at(speaker_rate)?;
        let xvector = self.model.speaker_embedding(&for_speaker, speaker_rate)?;
        match (&r.text, r.x_vector_only) {
            (_, true) => Ok(EncodedVoice { voice: Voice::XVector(xvector), prime: None }),
            (Some(ref_text), false) if !ref_text.trim().is_empty() => {
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
            _ => Err(EngineError::invalid(
                "voice cloning needs the transcript of the reference audio (ref_text, \
                 --ref-text), or x-vector-only mode (x_vector_only_mode, --x-vector-only)",
            )),
        }
    }

    /// Reference audio at the codec encoder's input rate -> codes `[frames][num_code_groups]`.
    fn encode_reference(&self, samples: Vec<f32>) -> Result<Vec<Vec<u32>>, EngineError> {
        let Some(encoder) = &self.encoder else {
            return Err(EngineError::invalid("this model has no codec encoder for voice cloning"));
        };
        let n = samples.len();
        let wav = Tensor::from_vec(samples, (1, n), &self.options.device)?;
        let codes = encoder.encode(&wav)?.to_dtype(DType::U32)?.to_vec2::<u32>()?;
        Ok(codes)
    }
}

/// Codes of consecutive frames, `num_code_groups` per frame.
pub(crate) type Frames = Vec<Vec<u32>>;

/// Frames decoded together at most by [`Engine::decode`].
const DECODE_BATCH_FRAMES: usize = 8;

/// What an engine is built from.
struct Parts<'a> {
    cfg: &'a acoustic_model::Qwen3TtsConfig,
    generation: &'a acoustic_model::GenerationConfig,
    codec_cfg: &'a audio_codec_12hz::CodecConfig,
    model_vb: VarBuilder<'static>,
    codec_vb: VarBuilder<'static>,
    tokenizer: QwenTokenizer,
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

struct Plan {
    segments: Vec<String>,
    language: String,
    non_streaming: bool,
    params: GenerateParams,
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

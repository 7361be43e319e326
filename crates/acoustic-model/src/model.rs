//! The whole acoustic model of a checkpoint: talker, code predictor and (Base) speaker
//! encoder, loaded from memory-mapped safetensors in the selected dtype.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use candle_core::safetensors::MmapedSafetensors;
use candle_core::{DType, Device, Result, Tensor, bail};
use candle_nn::VarBuilder;

use crate::code_predictor::CodePredictor;
use crate::config::{GenerationConfig, Qwen3TtsConfig};
use crate::generate::{GenerateParams, Session, StopReason, Tracing};
use crate::prompt::{Prompt, PromptRequest, build_prompt};
use crate::quant::{ModelDtype, QuantPlan};
use crate::speaker_encoder::SpeakerEncoder;
use crate::talker::Talker;

/// Codes of one finished request: `[frames][num_code_groups]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    pub frames: Vec<Vec<u32>>,
    pub stop: StopReason,
}

#[derive(Debug, Clone)]
pub struct Qwen3Tts {
    cfg: Qwen3TtsConfig,
    generation: GenerationConfig,
    talker: Talker,
    code_predictor: CodePredictor,
    speaker_encoder: Option<SpeakerEncoder>,
}

impl Qwen3Tts {
    /// `vb` at the checkpoint root (`talker.*`, `speaker_encoder.*`); float weights in the var
    /// builder's dtype.
    pub fn new(cfg: &Qwen3TtsConfig, generation: GenerationConfig, vb: VarBuilder) -> Result<Self> {
        Self::new_with_plan(cfg, generation, vb, &QuantPlan::NONE)
    }

    /// [`Self::new`] with the projections quantized as `plan` says (made here from the float
    /// weights; use an f32 var builder so everything else runs in f32).
    pub fn new_with_plan(
        cfg: &Qwen3TtsConfig,
        generation: GenerationConfig,
        vb: VarBuilder,
        plan: &QuantPlan,
    ) -> Result<Self> {
        Self::new_mapped(cfg, generation, vb, plan, None)
    }

    /// [`Self::new_with_plan`] with the talker's text embedding read row by row from the
    /// checkpoint's mapping `text_rows` instead of a resident copy (the same values; see
    /// [`crate::embedding`]).
    pub fn new_mapped(
        cfg: &Qwen3TtsConfig,
        generation: GenerationConfig,
        vb: VarBuilder,
        plan: &QuantPlan,
        text_rows: Option<Arc<MmapedSafetensors>>,
    ) -> Result<Self> {
        cfg.validate()?;
        let t = &cfg.talker_config;
        let talker = Talker::with_text_rows(t, vb.pp("talker"), plan, text_rows)?;
        let code_predictor = CodePredictor::new(
            &t.code_predictor_config,
            t.hidden_size,
            vb.pp("talker.code_predictor"),
            plan,
        )?;
        let speaker_encoder = if cfg.has_speaker_encoder() {
            Some(SpeakerEncoder::new(&cfg.speaker_encoder_config, vb.pp("speaker_encoder"))?)
        } else {
            None
        };
        Ok(Self { cfg: cfg.clone(), generation, talker, code_predictor, speaker_encoder })
    }

    /// Loads `config.json`, `generation_config.json` (defaults when absent) and the weights
    /// (`model.safetensors` or the shards of `model.safetensors.index.json`) of a local
    /// checkpoint directory, memory-mapped.
    pub fn load(dir: &Path, dtype: impl Into<ModelDtype>, dev: &Device) -> Result<Self> {
        let dtype = dtype.into();
        let cfg = Qwen3TtsConfig::from_file(&dir.join("config.json"))?;
        let generation = GenerationConfig::from_dir_or_default(dir)?;
        let files = weight_files(dir)?;
        // SAFETY: the files are memory-mapped read-only; they must not be modified while the
        // model is alive, as for every mmaped checkpoint.
        let vb =
            unsafe { VarBuilder::from_mmaped_safetensors(&files, dtype.activation_dtype(), dev)? };
        Self::new_with_plan(&cfg, generation, vb, &QuantPlan::for_dtype(dtype))
    }

    pub fn config(&self) -> &Qwen3TtsConfig {
        &self.cfg
    }

    pub fn generation_config(&self) -> &GenerationConfig {
        &self.generation
    }

    pub fn talker(&self) -> &Talker {
        &self.talker
    }

    pub fn code_predictor(&self) -> &CodePredictor {
        &self.code_predictor
    }

    pub fn speaker_encoder(&self) -> Option<&SpeakerEncoder> {
        self.speaker_encoder.as_ref()
    }

    pub fn dtype(&self) -> DType {
        self.talker.dtype()
    }

    pub fn device(&self) -> &Device {
        self.talker.device()
    }

    /// The wrapper's settings from `generation_config.json`, with a request seed.
    pub fn default_params(&self, seed: u64) -> GenerateParams {
        GenerateParams::from_config(&self.generation, seed)
    }

    pub fn build_prompt(&self, req: &PromptRequest) -> Result<Prompt> {
        build_prompt(&self.cfg, &self.talker, &self.code_predictor, req)
    }

    /// Prefills a batch (one row per request) and returns the step session.
    pub fn start(
        &self,
        requests: &[(PromptRequest, GenerateParams)],
        tracing: Tracing,
    ) -> Result<Session> {
        let prompts = requests
            .iter()
            .map(|(r, p)| Ok((self.build_prompt(r)?, *p)))
            .collect::<Result<Vec<_>>>()?;
        Session::new(&self.talker, &self.code_predictor, prompts, tracing)
    }

    /// Generates a batch to the end.
    pub fn generate(&self, requests: &[(PromptRequest, GenerateParams)]) -> Result<Vec<Generated>> {
        let mut s = self.start(requests, Tracing::Off)?;
        Ok(s.run()?.into_iter().map(|(frames, stop)| Generated { frames, stop }).collect())
    }

    /// The x-vector of a mono 24 kHz waveform: `[enc_dim]`.
    pub fn speaker_embedding(&self, wav: &[f32], sample_rate: u32) -> Result<Tensor> {
        let Some(enc) = &self.speaker_encoder else {
            bail!("a {} model has no speaker encoder", self.cfg.tts_model_type.as_str())
        };
        enc.embed_waveform(wav, sample_rate, self.dtype(), self.device())
    }
}

/// `model.safetensors`, or every shard named by `model.safetensors.index.json`.
pub fn weight_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let single = dir.join("model.safetensors");
    if single.is_file() {
        return Ok(vec![single]);
    }
    let index = dir.join("model.safetensors.index.json");
    if !index.is_file() {
        bail!("{}: neither model.safetensors nor model.safetensors.index.json", dir.display())
    }
    Ok(shard_names(&index)?.into_iter().map(|f| dir.join(f)).collect())
}

/// The distinct shard files named by a `model.safetensors.index.json` (its `weight_map`), in
/// a stable order. Each must be a file name inside the checkpoint's directory: an index from
/// elsewhere (a hub repository) must not make the loader open any other file of the machine.
pub fn shard_names(index: &Path) -> Result<Vec<String>> {
    #[derive(serde::Deserialize)]
    struct Index {
        weight_map: std::collections::BTreeMap<String, String>,
    }
    let bad = |e: String| candle_core::Error::Msg(format!("{}: {e}", index.display()));
    let text = std::fs::read_to_string(index).map_err(|e| bad(format!("cannot read: {e}")))?;
    let parsed: Index = serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?;
    let shards: std::collections::BTreeSet<String> = parsed.weight_map.into_values().collect();
    if let Some(f) = shards.iter().find(|f| {
        f.is_empty()
            || !Path::new(f).components().all(|c| matches!(c, std::path::Component::Normal(_)))
    }) {
        return Err(bad(format!("shard {f:?} is not a file name inside the checkpoint directory")));
    }
    Ok(shards.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A checkpoint directory holding only `model.safetensors.index.json` with `weight_map`.
    fn index_dir(name: &str, weight_map: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("shard-index-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let text = format!("{{\"metadata\": {{\"total_size\": 8}}, \"weight_map\": {weight_map}}}");
        std::fs::write(dir.join("model.safetensors.index.json"), text).unwrap();
        dir
    }

    #[test]
    fn shards_are_listed_once_each_in_order() {
        let dir = index_dir(
            "ok",
            r#"{"b": "model-00002-of-00002.safetensors", "a": "model-00001-of-00002.safetensors",
                "c": "model-00002-of-00002.safetensors"}"#,
        );
        let files = weight_files(&dir).unwrap();
        assert_eq!(
            files,
            [
                dir.join("model-00001-of-00002.safetensors"),
                dir.join("model-00002-of-00002.safetensors")
            ]
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn shards_outside_the_checkpoint_are_refused() {
        for (i, shard) in
            ["/etc/passwd", "../model.safetensors", "sub/../../x", "", "."].iter().enumerate()
        {
            let dir = index_dir(&format!("bad{i}"), &format!("{{\"a\": {shard:?}}}"));
            let err = weight_files(&dir).unwrap_err().to_string();
            assert!(
                err.contains("not a file name inside the checkpoint directory"),
                "{shard}: {err}"
            );
            std::fs::remove_dir_all(dir).unwrap();
        }
    }
}

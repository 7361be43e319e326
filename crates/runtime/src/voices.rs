//! Registered voices: a cloned voice (reference audio and, for in-context cloning, its
//! transcript) is encoded once — speaker x-vector, reference text ids and reference codes —
//! and reused by name by every later request, instead of being recomputed per request.

use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};

use acoustic_model::Voice;

use crate::engine::Frames;
use crate::error::EngineError;

/// An encoded voice: what the prompt needs, and the reference codes the codec is primed with
/// (in-context cloning).
#[derive(Debug, Clone)]
pub struct EncodedVoice {
    pub(crate) voice: Voice,
    pub(crate) prime: Option<Frames>,
}

impl EncodedVoice {
    /// In-context cloning (with reference codes and transcript) rather than x-vector only.
    pub fn in_context(&self) -> bool {
        matches!(self.voice, Voice::Icl { .. })
    }

    /// What the prompt gets: the x-vector, and for in-context cloning the reference ids and codes.
    pub fn voice(&self) -> &Voice {
        &self.voice
    }
}

/// Voices by name (case-insensitive), shared by every thread that prepares requests.
#[derive(Debug, Default)]
pub struct VoiceRegistry {
    voices: RwLock<BTreeMap<String, Arc<EncodedVoice>>>,
}

impl VoiceRegistry {
    pub fn insert(&self, name: &str, voice: EncodedVoice) -> Result<(), EngineError> {
        let key = Self::key(name)?;
        let mut map = self.voices.write().map_err(|_| poisoned())?;
        map.insert(key, Arc::new(voice));
        Ok(())
    }

    /// The voice registered as `name`, or an error listing the registered names.
    pub fn get(&self, name: &str) -> Result<Arc<EncodedVoice>, EngineError> {
        let map = self.voices.read().map_err(|_| poisoned())?;
        map.get(&name.trim().to_lowercase()).cloned().ok_or_else(|| {
            let known: Vec<&str> = map.keys().map(String::as_str).collect();
            EngineError::invalid(if known.is_empty() {
                format!("unknown voice {name:?}: no voices are registered")
            } else {
                format!("unknown voice {name:?}; registered: {}", known.join(", "))
            })
        })
    }

    pub fn remove(&self, name: &str) -> Result<bool, EngineError> {
        let mut map = self.voices.write().map_err(|_| poisoned())?;
        Ok(map.remove(&name.trim().to_lowercase()).is_some())
    }

    pub fn names(&self) -> Vec<String> {
        self.voices.read().map(|m| m.keys().cloned().collect()).unwrap_or_default()
    }

    fn key(name: &str) -> Result<String, EngineError> {
        let key = name.trim().to_lowercase();
        let ok = !key.is_empty()
            && key.len() <= 64
            && key.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
        if ok {
            Ok(key)
        } else {
            Err(EngineError::invalid(format!(
                "voice name {name:?} is not valid: 1 to 64 letters, digits, '-', '_' or '.'"
            )))
        }
    }
}

fn poisoned() -> EngineError {
    EngineError::Stopped("the voice registry was poisoned by a panic".into())
}

//! Registered voices: a cloned voice (reference audio and, for in-context cloning, its
//! transcript) is encoded once — speaker x-vector, reference text ids and reference codes —
//! and reused by name by every later request, instead of being recomputed per request.

use std::collections::BTreeMap;
use std::sync::{Arc, RwLock};

use acoustic_model::Voice;

use crate::contract::{Field, RequestError};
use crate::error::EngineError;
use crate::request::Frames;

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
    /// Registers `voice` as `name` (checked by [`Self::key`]).
    pub fn insert(&self, name: &str, voice: EncodedVoice) -> Result<(), EngineError> {
        let key = Self::key(name)?;
        let mut map = self.voices.write().map_err(|_| poisoned())?;
        map.insert(key, Arc::new(voice));
        Ok(())
    }

    /// The voice registered as `name`, or an error listing the registered names.
    pub fn get(&self, name: &str) -> Result<Arc<EncodedVoice>, RequestError> {
        let found =
            self.voices.read().ok().and_then(|m| m.get(&name.trim().to_lowercase()).cloned());
        found.ok_or_else(|| RequestError::unknown_voice(name, self.names()))
    }

    pub fn remove(&self, name: &str) -> Result<bool, EngineError> {
        let mut map = self.voices.write().map_err(|_| poisoned())?;
        Ok(map.remove(&name.trim().to_lowercase()).is_some())
    }

    pub fn names(&self) -> Vec<String> {
        self.voices.read().map(|m| m.keys().cloned().collect()).unwrap_or_default()
    }

    /// The registry's key for `name`: lowercase, 1 to 64 letters, digits, '-', '_' or '.'.
    pub(crate) fn key(name: &str) -> Result<String, RequestError> {
        let key = name.trim().to_lowercase();
        let ok = !key.is_empty()
            && key.len() <= 64
            && key.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
        if ok {
            Ok(key)
        } else {
            Err(RequestError::new(Field::Name, format!("{name:?} is not a valid voice name"))
                .with_valid("1 to 64 letters, digits, '-', '_' or '.'"))
        }
    }
}

fn poisoned() -> EngineError {
    EngineError::Stopped("the voice registry was poisoned by a panic".into())
}

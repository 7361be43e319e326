//! Uploaded voices kept on disk (`voices_dir`): each as the WAV it was uploaded as plus its
//! metadata, so a restarted replica, or another one sharing the directory, serves them again.
//! Files are written to a temporary name and renamed, so a crash never leaves half a voice.

use std::path::{Path, PathBuf};

use runtime::{Engine, VoiceReference};
use serde::{Deserialize, Serialize};

/// What `GET /v1/audio/voices` tells about an uploaded voice (vLLM-Omni's fields).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UploadedVoice {
    pub name: String,
    pub consent: Option<String>,
    /// Seconds since the Unix epoch.
    pub created_at: u64,
    pub file_size: usize,
    pub mime_type: String,
    pub ref_text: Option<String>,
    pub speaker_description: Option<String>,
}

/// What a voice's `.json` file holds.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredVoice {
    #[serde(flatten)]
    pub meta: UploadedVoice,
    pub x_vector_only: bool,
}

pub struct VoiceStore {
    dir: PathBuf,
}

impl VoiceStore {
    /// The store in `dir` (created if missing).
    pub fn open(dir: &Path) -> std::io::Result<Self> {
        std::fs::create_dir_all(dir)?;
        Ok(Self { dir: dir.to_path_buf() })
    }

    fn path(&self, name: &str, ext: &str) -> PathBuf {
        // Registered names are letters, digits, '-', '_' and '.': no path separators.
        self.dir.join(format!("{name}.{ext}"))
    }

    pub fn save(&self, voice: &StoredVoice, wav: &[u8]) -> std::io::Result<()> {
        let json = serde_json::to_vec_pretty(voice).map_err(std::io::Error::other)?;
        for (ext, bytes) in [("wav", wav), ("json", json.as_slice())] {
            let tmp = self.path(&voice.meta.name, &format!("{ext}.tmp"));
            std::fs::write(&tmp, bytes)?;
            std::fs::rename(&tmp, self.path(&voice.meta.name, ext))?;
        }
        Ok(())
    }

    pub fn remove(&self, name: &str) -> std::io::Result<()> {
        for ext in ["json", "wav"] {
            match std::fs::remove_file(self.path(name, ext)) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
        Ok(())
    }

    /// Registers every stored voice with `engine`; a voice that cannot be read or encoded is
    /// logged and skipped (the others still load). Returns the loaded voices' metadata.
    pub fn restore(&self, engine: &Engine) -> Vec<UploadedVoice> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else { return Vec::new() };
        let mut loaded = Vec::new();
        let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for json in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "json")) {
            match self.restore_one(engine, json) {
                Ok(voice) => loaded.push(voice.meta),
                Err(e) => {
                    tracing::warn!(file = %json.display(), error = %e, "stored voice skipped")
                }
            }
        }
        loaded
    }

    fn restore_one(&self, engine: &Engine, json: &Path) -> Result<StoredVoice, String> {
        let text = std::fs::read_to_string(json).map_err(|e| e.to_string())?;
        let voice: StoredVoice = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        let wav = std::fs::read(self.path(&voice.meta.name, "wav")).map_err(|e| e.to_string())?;
        let reference = VoiceReference {
            audio: tts_core::audio::read_audio_mono_bytes(
                &wav,
                &voice.meta.name,
                engine.max_reference_secs(),
            )
            .map_err(|e| e.to_string())?,
            text: voice.meta.ref_text.clone().filter(|t| !t.trim().is_empty()),
            x_vector_only: voice.x_vector_only,
        };
        engine.register_voice(&voice.meta.name, &reference).map_err(|e| e.to_string())?;
        Ok(voice)
    }
}

//! Uploaded voices kept on disk (`voices_dir`): each as the WAV it was uploaded as plus its
//! metadata, so a restarted replica, or another one sharing the directory, serves them again:
//! every replica looks at the directory every [`SYNC_INTERVAL`] and registers the voices others
//! stored and forgets the ones they deleted.
//! Files are written to a temporary name and renamed, so a crash never leaves half a voice.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

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

/// How often a replica looks at a shared `voices_dir` for voices other replicas stored or
/// deleted (polling: inotify does not see other hosts' writes to a network volume).
pub const SYNC_INTERVAL: std::time::Duration = std::time::Duration::from_millis(250);

/// What [`VoiceStore::sync`] changed.
#[derive(Debug, Default, PartialEq)]
pub struct SyncReport {
    pub added: Vec<String>,
    pub removed: Vec<String>,
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

    /// The stored voices' metadata, by name (files that cannot be read are left out: a voice
    /// being written shows once its `.json` is in place, which comes after its audio).
    pub fn list(&self) -> BTreeMap<String, StoredVoice> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else { return BTreeMap::new() };
        entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .filter_map(|text| serde_json::from_str::<StoredVoice>(&text).ok())
            .map(|v| (v.meta.name.clone(), v))
            .collect()
    }

    /// Brings this replica's voices up to the directory, which other replicas write too:
    /// registers the voices stored since (or stored anew under a known name) and forgets the
    /// ones whose files are gone. `uploads` is this replica's view; returns what changed.
    pub fn sync(
        &self,
        engine: &Engine,
        uploads: &Mutex<BTreeMap<String, UploadedVoice>>,
    ) -> SyncReport {
        let stored = self.list();
        let known = uploads.lock().map(|u| u.clone()).unwrap_or_default();
        let registered = engine.voices().names();
        let mut report = SyncReport::default();
        for (name, voice) in &stored {
            let current = known.get(name).is_some_and(|k| k.created_at == voice.meta.created_at);
            if current {
                continue;
            }
            // An upload of this replica registers before it stores: only its metadata is new.
            let fresh = registered.contains(name) && !known.contains_key(name);
            if !fresh {
                let json = self.path(name, "json");
                if let Err(e) = self.restore_one(engine, &json) {
                    tracing::warn!(voice = %name, error = %e, "stored voice skipped");
                    continue;
                }
                report.added.push(name.clone());
            }
            if let Ok(mut u) = uploads.lock() {
                u.insert(name.clone(), voice.meta.clone());
            }
        }
        for name in known.keys().filter(|n| !stored.contains_key(*n)) {
            let _ = engine.voices().remove(name);
            if let Ok(mut u) = uploads.lock() {
                u.remove(name);
            }
            report.removed.push(name.clone());
        }
        report
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

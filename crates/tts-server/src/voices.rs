//! `GET/POST /v1/audio/voices` and `DELETE /v1/audio/voices/{name}`: the model's speakers and
//! the voices cloned from uploads (Base models), encoded once at upload and reused by name.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Multipart, Path, State};
use runtime::{EngineError, Field, RequestError, VoiceReference};
use serde_json::json;

use crate::error::{ApiError, Code};
use crate::state::AppState;
use crate::voice_store::{StoredVoice, UploadedVoice};

pub async fn list(State(state): State<Arc<AppState>>) -> Result<Json<serde_json::Value>, ApiError> {
    let service = state.service()?;
    let mut voices = service.engine().speakers();
    voices.extend(service.engine().voices().names());
    let uploaded: Vec<UploadedVoice> =
        state.uploads.lock().map(|u| u.values().cloned().collect()).unwrap_or_default();
    Ok(Json(json!({"voices": voices, "uploaded_voices": uploaded})))
}

/// Multipart fields: `audio_sample` (a WAV file), `name`, and optional `ref_text` (enables
/// in-context cloning), `consent`, `speaker_description`, `x_vector_only_mode`.
pub async fn upload(
    State(state): State<Arc<AppState>>,
    mut form: Multipart,
) -> Result<Json<serde_json::Value>, ApiError> {
    let service = state.service()?.clone();
    let mut audio: Option<(Vec<u8>, String)> = None;
    let mut fields = std::collections::HashMap::new();
    while let Some(field) = form.next_field().await.map_err(|e| multipart_error(&e))? {
        let name = field.name().unwrap_or_default().to_string();
        if name == "audio_sample" {
            let mime = field.content_type().unwrap_or("audio/wav").to_string();
            let bytes = field.bytes().await.map_err(|e| multipart_error(&e))?;
            audio = Some((bytes.to_vec(), mime));
        } else {
            let text = field.text().await.map_err(|e| multipart_error(&e))?;
            fields.insert(name, text);
        }
    }
    let Some((bytes, mime_type)) = audio else {
        return Err(ApiError::invalid("audio_sample", "audio_sample (a WAV file) is missing"));
    };
    let Some(name) = fields.get("name").map(|n| n.trim().to_string()).filter(|n| !n.is_empty())
    else {
        return Err(ApiError::invalid("name", "name is missing"));
    };
    // With a transcript the voice is cloned in context; without one from the x-vector alone.
    let text = fields.get("ref_text").cloned().filter(|t| !t.trim().is_empty());
    let x_vector_only =
        match fields.get("x_vector_only_mode").map(|v| v.trim().to_ascii_lowercase()) {
            None => text.is_none(),
            Some(v) if v == "true" || v == "1" => true,
            Some(v) if v == "false" || v == "0" => false,
            Some(v) => {
                return Err(ApiError::invalid(
                    "x_vector_only_mode",
                    format!("x_vector_only_mode {v:?} is not a boolean; valid: true, false"),
                ));
            }
        };
    let reference = VoiceReference {
        audio: tts_core::audio::read_audio_mono_bytes(
            &bytes,
            "audio_sample",
            service.engine().max_reference_secs(),
        )
        .map_err(|e| ApiError::invalid("audio_sample", e.to_string()))?,
        text,
        x_vector_only,
    };
    let registered = name.clone();
    tokio::task::spawn_blocking(move || service.engine().register_voice(&registered, &reference))
        .await
        .map_err(|e| ApiError::internal(e.to_string()))?
        .map_err(|e| {
            // The upload's audio field is `audio_sample`.
            let mut e = ApiError::from(e);
            if e.param == Some(Field::RefAudio.name()) {
                e.param = Some("audio_sample");
            }
            e
        })?;
    let voice = UploadedVoice {
        name: name.to_lowercase(),
        consent: fields.get("consent").cloned(),
        created_at: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
        file_size: bytes.len(),
        mime_type,
        ref_text: fields.get("ref_text").cloned(),
        speaker_description: fields.get("speaker_description").cloned(),
    };
    if state.voice_store.is_some() {
        let stored = StoredVoice { meta: voice.clone(), x_vector_only };
        let state = state.clone();
        let saved = tokio::task::spawn_blocking(move || match &state.voice_store {
            Some(store) => store.save(&stored, &bytes).map_err(|e| e.to_string()),
            None => Ok(()),
        })
        .await
        .map_err(|e| e.to_string())
        .and_then(|r| r);
        if let Err(e) = saved {
            // Registered for now but lost at a restart: say so rather than pretend.
            return Err(ApiError::internal(format!("the voice could not be stored: {e}")));
        }
    }
    if let Ok(mut uploads) = state.uploads.lock() {
        uploads.insert(voice.name.clone(), voice.clone());
    }
    tracing::info!(voice = %voice.name, bytes = voice.file_size, "voice registered");
    Ok(Json(json!({"success": true, "voice": voice})))
}

pub async fn remove(
    State(state): State<Arc<AppState>>,
    Path(name): Path<String>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let service = state.service()?;
    let voices = service.engine().voices();
    if !voices.remove(&name)? {
        let e = RequestError::unknown_voice(&name, voices.names());
        return Err(ApiError { param: Some("name"), ..EngineError::from(e).into() });
    }
    let key = name.trim().to_lowercase();
    if let Some(store) = &state.voice_store
        && let Err(e) = store.remove(&key)
    {
        return Err(ApiError::internal(format!(
            "the voice was removed but its files could not be: {e}"
        )));
    }
    if let Ok(mut uploads) = state.uploads.lock() {
        uploads.remove(&key);
    }
    Ok(Json(json!({"success": true, "name": name})))
}

/// A voice upload that is not a readable multipart form.
fn multipart_error(e: &axum::extract::multipart::MultipartError) -> ApiError {
    ApiError::new(Code::InvalidMultipart, format!("multipart body: {}", e.body_text()))
}

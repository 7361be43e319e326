//! Hugging Face Hub resolution through the `hf-hub` cache (`HF_HOME`, default
//! `~/.cache/huggingface`). Files already in the cache are used without any network access;
//! missing ones are downloaded unless `HF_HUB_OFFLINE=1`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use hf_hub::api::sync::{Api, ApiBuilder};
use hf_hub::{Cache, CacheRepo, Repo, RepoType};

use crate::checkpoint::{
    CheckpointFiles, Components, WEIGHTS, WEIGHTS_INDEX, files_from, shard_names,
};
use crate::error::CheckpointError;

fn offline() -> bool {
    std::env::var("HF_HUB_OFFLINE").is_ok_and(|v| !v.is_empty() && v != "0")
}

/// Looks files up in the cache first, then downloads them when allowed.
struct Fetcher {
    repo: Repo,
    cache: CacheRepo,
    api: Option<Api>,
    first_error: Option<String>,
}

impl Fetcher {
    fn get(&mut self, name: &str) -> Option<PathBuf> {
        if let Some(path) = self.cache.get(name) {
            return Some(path);
        }
        if self.first_error.is_some() {
            // The Hub is unreachable; don't wait on it once per file.
            return None;
        }
        match self.api.as_ref()?.repo(self.repo.clone()).get(name) {
            Ok(path) => Some(path),
            Err(e) => {
                self.first_error.get_or_insert_with(|| e.to_string());
                None
            }
        }
    }
}

pub(crate) fn resolve(
    repo_id: &str,
    revision: Option<&str>,
    needs: Components,
) -> Result<CheckpointFiles, CheckpointError> {
    let repo = Repo::with_revision(
        repo_id.to_string(),
        RepoType::Model,
        revision.unwrap_or("main").to_string(),
    );
    let api =
        if offline() {
            None
        } else {
            let api = ApiBuilder::from_env().with_progress(false).build();
            Some(api.map_err(|e| CheckpointError::Hub {
                repo: repo_id.to_string(),
                msg: e.to_string(),
            })?)
        };
    let mut fetcher =
        Fetcher { cache: Cache::from_env().repo(repo.clone()), repo, api, first_error: None };

    let mut missing = Vec::new();
    let mut found = BTreeMap::new();
    for name in needs.plain_files() {
        match fetcher.get(&name) {
            Some(path) => drop(found.insert(name, path)),
            None => missing.push(name),
        }
    }
    let mut weights = Vec::new();
    if needs.acoustic_model {
        if let Some(path) = fetcher.get(WEIGHTS) {
            weights.push(path);
        } else if let Some(index) = fetcher.get(WEIGHTS_INDEX) {
            for shard in shard_names(&index)? {
                match fetcher.get(&shard) {
                    Some(path) => weights.push(path),
                    None => missing.push(shard),
                }
            }
        } else {
            missing.push(format!("{WEIGHTS} (or {WEIGHTS_INDEX} with its shards)"));
        }
    }
    if !missing.is_empty() {
        let why = match (offline(), fetcher.first_error) {
            (true, _) => {
                "not in the local Hugging Face cache and HF_HUB_OFFLINE is set".to_string()
            }
            (false, Some(e)) => {
                format!("not in the local Hugging Face cache and the download failed: {e}")
            }
            (false, None) => "not in the local Hugging Face cache".to_string(),
        };
        return Err(CheckpointError::MissingFiles {
            origin: format!("Hugging Face model {repo_id} ({why})"),
            missing,
        });
    }
    Ok(files_from(|name| found.get(name).cloned(), needs, weights))
}

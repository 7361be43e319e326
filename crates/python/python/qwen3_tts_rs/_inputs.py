"""What callers hand the drop-in, read as the reference (qwen-tts 0.1.1) reads it: audio sources
(paths, URLs, base64, ``(array, sr)``), the generation ``**kwargs`` and ``voice_clone_prompt``
in every form the reference takes (ours, ``qwen_tts``'s own items with torch tensors, or the
dict of lists). Each rule names the reference behaviour it follows; tests/python checks them
against tests/fixtures/python/api_behaviour.json, recorded from the reference itself.
"""

from __future__ import annotations

import base64
import os
import urllib.request
import warnings
from typing import Any, Dict, List, Optional, Tuple
from urllib.parse import urlparse

import numpy as np

from . import _native

# The reference's generation kwargs (merged over generation_config.json when None).
GEN_KEYS = (
    "do_sample", "top_k", "top_p", "temperature", "repetition_penalty", "subtalker_dosample",
    "subtalker_top_k", "subtalker_top_p", "subtalker_temperature", "max_new_tokens",
)
# Ours: a sampling seed, text normalization, chunk size, fades and sentence splitting.
EXTRA_KEYS = ("seed", "normalize", "chunk_ms", "fade_ms", "split_sentences")
# What each reference method passes to `Qwen3TTSForConditionalGeneration.generate` itself: the
# same key in **kwargs is a TypeError there ("got multiple values for keyword argument").
PASSED_BY_WRAPPER = {
    "generate_custom_voice": ("input_ids", "instruct_ids", "languages", "speakers"),
    "generate_voice_design": ("input_ids", "instruct_ids", "languages"),
    "generate_voice_clone": ("input_ids", "ref_ids", "languages"),
}


def generation_kwargs(method: str, kwargs: Dict[str, Any], eos_token_id: int) -> Dict[str, Any]:
    """The kwargs of one ``generate_*`` call as the reference treats them: its generation keys
    and ours are used; a key the wrapper passes itself raises its TypeError; ``eos_token_id`` is
    the model's own or refused (the engine stops at the model's EOS); anything else the
    reference's ``generate`` swallows unused, so it is ignored here too, with a warning."""
    out: Dict[str, Any] = {}
    ignored = []
    for key, value in kwargs.items():
        if key in PASSED_BY_WRAPPER.get(method, ()):
            raise TypeError(f"generate() got multiple values for keyword argument '{key}'")
        if key == "eos_token_id":
            if value is not None and int(value) != eos_token_id:
                raise ValueError(f"eos_token_id {value} is not supported: the engine ends speech at the "
                                 f"model's codec EOS ({eos_token_id})")
        elif key in GEN_KEYS or key in EXTRA_KEYS:
            if value is not None:
                out[key] = value
        else:
            ignored.append(key)
    if ignored:
        warnings.warn(f"{method}: ignored {sorted(ignored)} (the reference's generate takes and ignores "
                      f"them); used: {sorted(GEN_KEYS + EXTRA_KEYS)}", stacklevel=3)
    if "seed" not in out:
        # The reference samples from torch's global generator: a fresh draw per call.
        out["seed"] = int.from_bytes(os.urandom(8), "little") >> 1
    return out


# -- audio sources ---------------------------------------------------------------------------

def is_probably_base64(s: str) -> bool:
    return s.startswith("data:audio") or (("/" not in s and "\\" not in s) and len(s) > 256)


def is_url(s: str) -> bool:
    try:
        u = urlparse(s)
        return u.scheme in ("http", "https") and bool(u.netloc)
    except Exception:
        return False


def read_source(x: str, max_secs: float = 300.0) -> Tuple[np.ndarray, int]:
    """A path, URL or base64 string -> (mono float32 samples, their rate). The reference reads
    a path with ``librosa.load(path, sr=None, mono=True)`` and bytes with soundfile, then takes
    the channels' mean: WAV (PCM/float), FLAC, OGG Vorbis and MP3 read the same here."""
    if is_url(x):
        with urllib.request.urlopen(x) as resp:
            return _native.read_audio_bytes(resp.read(), max_secs)
    if is_probably_base64(x):
        if "," in x and x.strip().startswith("data:"):
            x = x.split(",", 1)[1]
        return _native.read_audio_bytes(base64.b64decode(x), max_secs)
    if not os.path.exists(x):
        # Plain base64 with a '/' in it fails the reference's guess (it reads a path);
        # a long string that is no file is tried as base64 here.
        if len(x) > 256:
            try:
                data = base64.b64decode(x, validate=True)
            except ValueError:
                data = None
            if data is not None:
                return _native.read_audio_bytes(data, max_secs)
        shown = x if len(x) <= 80 else x[:77] + "..."
        raise ValueError(f"reference audio file not found: {shown!r}")
    return _native.read_audio(x, max_secs)


def mono(wav: Any) -> np.ndarray:
    """``(samples,)`` or ``(samples, channels)`` -> contiguous float32 mono (the channels' mean,
    the reference's ``np.mean(audio, axis=-1)``)."""
    wav = np.asarray(wav)
    if wav.ndim > 1:
        wav = np.mean(wav, axis=-1)
    return np.ascontiguousarray(wav, dtype=np.float32)


# -- voice_clone_prompt ----------------------------------------------------------------------

def to_numpy(x: Any, dtype) -> Optional[np.ndarray]:
    """A torch tensor (any device or dtype) or array-like -> numpy, without importing torch."""
    if x is None:
        return None
    if hasattr(x, "detach"):
        x = x.detach()
        if hasattr(x, "float") and dtype == np.float32:
            x = x.float()
        x = x.cpu().numpy()
    return np.ascontiguousarray(np.asarray(x), dtype=dtype)


def prompt_parts(voice_clone_prompt: Any) -> List[Dict[str, Any]]:
    """The reference's two forms -> one dict per row (``ref_code``, ``ref_spk_embedding``,
    ``x_vector_only_mode``, ``icl_mode``, ``ref_text``). A list holds items with those
    attributes (``qwen_tts.VoiceClonePromptItem`` or ours); the dict of lists is what the
    reference builds from them, without ``ref_text``."""
    if isinstance(voice_clone_prompt, dict):
        d = voice_clone_prompt
        n = len(d["ref_spk_embedding"])
        codes = d.get("ref_code")
        rows = []
        for i in range(n):
            rows.append(dict(ref_code=None if codes is None else codes[i],
                             ref_spk_embedding=d["ref_spk_embedding"][i],
                             x_vector_only_mode=bool(d["x_vector_only_mode"][i]),
                             icl_mode=bool(d["icl_mode"][i]), ref_text=None, from_dict=True))
        return rows
    rows = []
    for it in voice_clone_prompt:
        try:
            rows.append(dict(ref_code=it.ref_code, ref_spk_embedding=it.ref_spk_embedding,
                             x_vector_only_mode=bool(it.x_vector_only_mode), icl_mode=bool(it.icl_mode),
                             ref_text=it.ref_text, from_dict=False))
        except AttributeError:
            raise TypeError("voice_clone_prompt items must be VoiceClonePromptItem (ours or qwen_tts's), "
                            f"got {type(it).__name__}") from None
    return rows


def register_prompt(engine: "_native.Engine", name: str, row: Dict[str, Any]) -> None:
    """Registers one prompt row with the engine, as the reference's ``generate`` uses it: the
    x-vector always; the reference codes and ``ref_text`` when ``icl_mode`` (the reference
    indexes ``ref_ids`` there, which the dict form leaves None: its TypeError is kept)."""
    icl = row["icl_mode"] and row["ref_code"] is not None
    if icl and row["from_dict"]:
        raise TypeError("voice_clone_prompt as a dict carries no ref_text, so the reference fails on its "
                        "in-context (icl_mode) entries ('NoneType' object is not subscriptable); pass the "
                        "list of VoiceClonePromptItem from create_voice_clone_prompt instead")
    if not (row["x_vector_only_mode"] or row["icl_mode"]):
        raise ValueError("a voice_clone_prompt entry with neither x_vector_only_mode nor icl_mode has no "
                         "speaker; the engine clones from its x-vector or in context")
    xvector = to_numpy(row["ref_spk_embedding"], np.float32).reshape(-1)
    if icl:
        if not row["ref_text"]:
            raise ValueError("ref_text is required when x_vector_only_mode=False (ICL mode).")
        codes = to_numpy(row["ref_code"], np.int64)
        if codes.ndim != 2:
            raise ValueError(f"ref_code must be [frames, code groups], got shape {codes.shape}")
        engine.register_voice_prompt(name, xvector, codes, row["ref_text"])
    else:
        engine.register_voice_prompt(name, xvector)

"""Voice clones from clip FILES at other rates, channel counts and formats (tests/fixtures/clips).

The reference reads a clip with `librosa.load(path, sr=None, mono=True)` and resamples it with
`librosa.resample` (soxr_hq) to 24 kHz for the speaker encoder and for the codec encoder
(qwen_tts/inference/qwen3_tts_model.py create_voice_clone_prompt). Each clip here is passed to
`Qwen3TTSModel.generate_voice_clone(ref_audio=<path>)` as a path, so the whole chain is the
reference's: its x-vector, reference codes, generated codes and waveform are the goldens.

Clips: 8, 16, 22.05, 44.1 and 48 kHz; mono and stereo; 16- and 24-bit PCM; WAV and FLAC
(40 files, 0.08 s each). Their audio is voiceclone-icl.wav (24 kHz speech) brought to each rate
by soxr; the stereo right channel is the left one scaled by 0.6 and delayed by 3 samples, plus
a quieter later stretch of the clip, so the channel mean matters. The clip's start is searched
per (rate, channels) until every codec-encoder argmin gap and every talker / code-predictor
decision of the 16- and 24-bit variants has a margin >= MARGIN_MIN.

Also (formats.safetensors): librosa.load and librosa.resample output for the same audio as OGG
Vorbis and MP3 (decoded by libsndfile's libvorbis / mpg123, not comparable bit for bit with other
decoders) and as a 6-channel WAV; x-vectors of a silent clip and a 1 kHz clip (defined behaviour
on bad clips); a 6-channel OGG Vorbis clip (refused by the engine).

Checkpoint: tiny-e2e-base as committed (not rebuilt).

    tools/reference/generate.sh --clips-only   # only clips/* (+ manifest entries)
"""

from __future__ import annotations

import numpy as np
import soundfile as sf
import librosa
import torch

import build_checkpoints as bc
import codec_goldens
from common import AUDIO_DIR, FIXTURES, MARGIN_MIN, register, sha256_file, write_json, write_tensors
from e2e_goldens import CLONE_CLIP, CLONE_NAME, CLONE_REF_TEXT, CLONE_TEXT, instrumented
from talker_goldens import collect

from qwen_tts import Qwen3TTSModel

OUT = FIXTURES / "clips"
RATES = [8000, 16000, 22050, 44100, 48000]
CHANNELS = [1, 2]
BITS = {16: "PCM_16", 24: "PCM_24"}
CONTAINERS = {"wav": "WAV", "flac": "FLAC"}
CLIP_SECS = 0.08
SOURCE_START = 24000  # 1.0 s into the 24 kHz clip
SOURCE_SECS = 3.0
SEARCH_STEP_SECS = 0.01
MAX_TRIES = 200
GEN_KWARGS = {"do_sample": False, "subtalker_dosample": False, "max_new_tokens": 12,
              "repetition_penalty": 1.05}

DOC = {
    "xvector": "f32 [32]: voice_clone_prompt ref_spk_embedding (speaker encoder on librosa.resample(librosa.load(clip)) at 24 kHz)",
    "ref_code": "i64 [T_ref, 4]: voice_clone_prompt ref_code (speech_tokenizer.encode of the clip at 24 kHz)",
    "ref_audio_24k": "f32 [N]: librosa.resample(librosa.load(clip, sr=None, mono=True)[0], orig_sr=rate, target_sr=24000)",
    "codes": "i64 [F, 4]: codes returned by model.generate (without the reference codes)",
    "waveform": "f32 [M]: generate_voice_clone(ref_audio=clip path, ICL) output wavs[0]",
}


def source(rate: int) -> tuple[np.ndarray, np.ndarray]:
    """The clip's speech at `rate` (soxr_hq from 24 kHz): the left channel and the extra stretch
    mixed into the right one."""
    audio, sr = sf.read(str(AUDIO_DIR / CLONE_CLIP), dtype="float32", always_2d=False)
    assert sr == 24000 and audio.ndim == 1
    n = int(SOURCE_SECS * 24000)
    left = audio[SOURCE_START:SOURCE_START + n]
    extra = audio[SOURCE_START + n:SOURCE_START + 2 * n]
    at = lambda y: librosa.resample(np.ascontiguousarray(y), orig_sr=24000, target_sr=rate)
    return at(left), at(extra)


def _ogg_crc(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
            crc &= 0xFFFFFFFF
    return crc


def fix_ogg_serial(path, serial: int = 0x51574E54) -> None:
    """libsndfile gives each OGG stream a random serial number: set a fixed one (and each
    page's checksum again) so two runs write the same bytes."""
    data = bytearray(path.read_bytes())
    at = 0
    while at < len(data):
        assert data[at:at + 4] == b"OggS", "not an OGG page"
        segments = data[at + 26]
        length = 27 + segments + sum(data[at + 27:at + 27 + segments])
        data[at + 14:at + 18] = serial.to_bytes(4, "little")
        data[at + 22:at + 26] = b"\0\0\0\0"
        data[at + 22:at + 26] = _ogg_crc(bytes(data[at:at + length])).to_bytes(4, "little")
        at += length
    path.write_bytes(bytes(data))


def clip_frames(rate: int, channels: int, offset: int) -> np.ndarray:
    left, extra = source(rate)
    n = int(round(CLIP_SECS * rate))
    seg = left[offset:offset + n]
    if channels == 1:
        return seg[:, None].astype(np.float64)
    right = 0.6 * left[offset - 3:offset - 3 + n] + 0.25 * extra[offset:offset + n]
    return np.stack([seg, right], axis=1).astype(np.float64)


def name(rate: int, channels: int, bits: int, ext: str) -> str:
    return f"clip_{rate}_{'mono' if channels == 1 else 'stereo'}_{bits}bit.{ext}"


def clone(wrapper, codec, path: str):
    """The reference's ICL clone from a clip file, with its margins."""
    y, rate = librosa.load(path, sr=None, mono=True)
    at24 = librosa.resample(y, orig_sr=rate, target_sr=24000) if rate != 24000 else y
    with torch.no_grad():
        enc = codec_goldens.encode_audio(codec, np.ascontiguousarray(at24, dtype=np.float32),
                                         codec.config.encoder_valid_num_quantizers)
    with instrumented(wrapper) as (cap, seen, holder), torch.no_grad():
        wavs, sr = wrapper.generate_voice_clone(
            text=CLONE_TEXT, language="english", ref_audio=path, ref_text=CLONE_REF_TEXT,
            x_vector_only_mode=False, **GEN_KWARGS)
    vcp = seen["voice_clone_prompt"]
    ref_code = vcp["ref_code"][0]
    decoded = holder["codes"][0]
    eos = wrapper.model.config.talker_config.codec_eos_token_id
    res = collect(cap, [decoded[ref_code.shape[0]:]], [torch.zeros(0)], eos)
    assert torch.equal(ref_code, enc["tensors"]["codes"]), "wrapper ref_code != eager encode"
    return {"ref_audio_24k": torch.from_numpy(np.asarray(at24, dtype=np.float32)), "xvector": vcp["ref_spk_embedding"][0],
            "ref_code": ref_code, "codes": res["codes"][0], "waveform": torch.from_numpy(wavs[0]),
            "gap": enc["min_gap"], "margin": min(res["min_margins"]), "loaded": y, "rate": rate}


def quantized(frames: np.ndarray, bits: int) -> np.ndarray:
    """The integers a `bits`-bit file holds (left-aligned in int32 for 24 bits, as soundfile
    takes them), the same in WAV and FLAC (libsndfile's own float conversion differs by
    container)."""
    if bits == 16:
        return np.round(frames * 32767).astype(np.int16)
    return np.round(frames * 8388607).astype(np.int32) << 8


def attempt(wrapper, codec, rate, channels, offset):
    frames = clip_frames(rate, channels, offset)
    out = {}
    for bits, subtype in BITS.items():
        for ext, fmt in CONTAINERS.items():
            path = OUT / name(rate, channels, bits, ext)
            sf.write(str(path), quantized(frames, bits), rate, format=fmt, subtype=subtype)
            r = clone(wrapper, codec, str(path))
            if r["gap"] < MARGIN_MIN:
                return None, f"{path.name}: encoder gap {r['gap']:.3g}"
            if r["margin"] < MARGIN_MIN:
                return None, f"{path.name}: talker margin {r['margin']:.3g}"
            out[path.name] = r
        wav, flac = (out[name(rate, channels, bits, e)] for e in CONTAINERS)
        assert np.array_equal(wav["loaded"], flac["loaded"]), "WAV and FLAC decode differently"
    return out, None


def formats(wrapper) -> dict:
    """OGG Vorbis and MP3 of one clip's audio (librosa's decode), a silent and a 1 kHz clip."""
    tensors, meta = {}, {}
    for rate, channels, ext, fmt, subtype in [(16000, 1, "ogg", "OGG", "VORBIS"),
                                              (44100, 2, "ogg", "OGG", "VORBIS"),
                                              (16000, 1, "mp3", "MP3", "MPEG_LAYER_III"),
                                              (44100, 2, "mp3", "MP3", "MPEG_LAYER_III")]:
        key = f"{ext}_{rate}_{'mono' if channels == 1 else 'stereo'}"
        path = OUT / f"{key}.{ext}"
        # 0.12 s: a few of the lossy codecs' frames (1152 samples for MP3).
        n = int(round(0.12 * rate))
        left, extra = source(rate)
        frames = left[1000:1000 + n, None] if channels == 1 else np.stack(
            [left[1000:1000 + n], 0.6 * left[997:997 + n] + 0.25 * extra[1000:1000 + n]], axis=1)
        sf.write(str(path), frames.astype(np.float64), rate, format=fmt, subtype=subtype)
        if ext == "ogg":
            fix_ogg_serial(path)
        y, r = librosa.load(str(path), sr=None, mono=True)
        tensors[f"{key}_loaded"] = torch.from_numpy(y)
        tensors[f"{key}_24k"] = torch.from_numpy(librosa.resample(y, orig_sr=r, target_sr=24000))
        meta[key] = {"file": f"clips/{path.name}", "rate": r, "channels": channels, "samples": len(y)}
    # Six channels: read as their mean (WAV); OGG Vorbis with more than two channels is refused
    # by the engine (its decoder there is not the reference's), so that file has no golden.
    left, extra = source(16000)
    six = np.stack([left[500 + 7 * c:1300 + 7 * c] * (1 - 0.1 * c) for c in range(6)], axis=1)
    for key, fmt, subtype in [("six_16000", "WAV", "PCM_16"), ("vorbis_six_16000", "OGG", "VORBIS")]:
        ext = "wav" if fmt == "WAV" else "ogg"
        path = OUT / f"{key}.{ext}"
        sf.write(str(path), quantized(six, 16) if fmt == "WAV" else six, 16000, format=fmt, subtype=subtype)
        if fmt == "OGG":
            fix_ogg_serial(path)
        meta[key] = {"file": f"clips/{path.name}", "rate": 16000, "channels": 6}
        if fmt == "WAV":
            y, r = librosa.load(str(path), sr=None, mono=True)
            tensors[f"{key}_loaded"] = torch.from_numpy(y)
            tensors[f"{key}_24k"] = torch.from_numpy(librosa.resample(y, orig_sr=r, target_sr=24000))
            meta[key]["samples"] = len(y)
    for key, rate, frames in [("silent_16000", 16000, np.zeros((1280, 1))),
                              ("low_1000", 1000, clip_frames(1000, 1, 30))]:
        path = OUT / f"{key}.wav"
        sf.write(str(path), quantized(frames, 16), rate, format="WAV", subtype="PCM_16")
        y, r = librosa.load(str(path), sr=None, mono=True)
        with torch.no_grad():
            items = wrapper.create_voice_clone_prompt(ref_audio=str(path), x_vector_only_mode=True)
        tensors[f"{key}_xvector"] = items[0].ref_spk_embedding
        tensors[f"{key}_24k"] = torch.from_numpy(librosa.resample(y, orig_sr=r, target_sr=24000))
        meta[key] = {"file": f"clips/{path.name}", "rate": r, "channels": 1, "samples": len(y)}
    return tensors, meta


def run() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    codec = bc.load_codec()
    wrapper = Qwen3TTSModel.from_pretrained(str(bc.CKPT / CLONE_NAME), dtype=torch.float32)
    cases = {}
    for rate in RATES:
        for channels in CHANNELS:
            rejected = []
            for i in range(MAX_TRIES):
                offset = 3 + int(round(i * SEARCH_STEP_SECS * rate))
                out, why = attempt(wrapper, codec, rate, channels, offset)
                if out is not None:
                    break
                rejected.append({"offset": offset, "reason": why})
            else:
                raise RuntimeError(f"no safe clip at {rate} Hz, {channels} channels")
            for bits in BITS:
                stem = name(rate, channels, bits, "").rstrip(".")
                files = [name(rate, channels, bits, ext) for ext in CONTAINERS]
                r = out[files[0]]
                tensors = {k: r[k] for k in DOC}
                for other in files[1:]:
                    assert all(torch.equal(tensors[k], out[other][k]) for k in DOC), f"{other} != {files[0]}"
                write_tensors(OUT / f"{stem}.safetensors", tensors)
                cases[stem] = {
                    "files": [f"clips/{f}" for f in files], "bits": bits, "rate": rate,
                    "channels": channels, "offset": offset, "offset_rejected": len(rejected),
                    "ref_frames": int(r["ref_code"].shape[0]), "frames": int(r["codes"].shape[0]),
                    "waveform_samples": int(r["waveform"].shape[0]), "min_gap": r["gap"],
                    "min_margin": r["margin"],
                    "tensors": {k: {"shape": list(v.shape), "dtype": "f32" if v.is_floating_point() else "i64",
                                    "meaning": DOC[k]} for k, v in sorted(tensors.items())},
                }
                for f in files:
                    register(f"clips/{f}", {"what": f"reference clip ({rate} Hz, {channels} ch, {bits}-bit) read by path"})
                register(f"clips/{stem}.safetensors", {"what": f"the reference wrapper's ICL clone from {' and '.join(files)} "
                                                               "(the same output from both)",
                                                        "checkpoint": f"checkpoints/{CLONE_NAME}",
                                                        "tensors": cases[stem]["tensors"]})
                print(f"  {stem}: offset {offset} (rejected {len(rejected)}), T_ref {cases[stem]['ref_frames']}, "
                      f"frames {cases[stem]['frames']}, gap {r['gap']:.4f}, margin {r['margin']:.4f}", flush=True)
    ftensors, fmeta = formats(wrapper)
    write_tensors(OUT / "formats.safetensors", ftensors)
    for key, m in fmeta.items():
        register(m["file"], {"what": f"clip for formats.safetensors ({key})"})
    register("clips/formats.safetensors", {"what": "librosa.load / librosa.resample of the OGG and MP3 clips; "
                                                   "x-vectors of a silent and a 1 kHz clip",
                                           "tensors": {k: {"shape": list(v.shape), "dtype": "f32"}
                                                       for k, v in sorted(ftensors.items())}})
    meta = {
        "checkpoint": f"checkpoints/{CLONE_NAME}",
        "call": "Qwen3TTSModel.generate_voice_clone(text, language='english', ref_audio=<clip path>, "
                "ref_text, x_vector_only_mode=False, **generate_kwargs)",
        "text": CLONE_TEXT,
        "ref_text": CLONE_REF_TEXT,
        "generate_kwargs": GEN_KWARGS,
        "source": f"shared/data/reference-audio/trevors-qwen3-tts-rs/{CLONE_CLIP}",
        "source_sha256": sha256_file(AUDIO_DIR / CLONE_CLIP),
        "clip_secs": CLIP_SECS,
        "cases": cases,
        "formats": fmeta,
        "margin_min_required": MARGIN_MIN,
    }
    write_json(OUT / "clips.json", meta)
    register("clips/clips.json", {"what": "metadata of clips/*: calls, offsets, margins, tensors",
                                  "keys": sorted(meta.keys())})


def run_only() -> None:
    """Writes only clips/* on top of the committed fixtures and adds them to manifest.json."""
    import shutil

    import generate

    if OUT.exists():
        shutil.rmtree(OUT)
    rels: list[str] = []

    def go():
        run()
        rels.extend(sorted(p.relative_to(FIXTURES).as_posix() for p in OUT.iterdir() if p.is_file()))

    generate.add_to_manifest(go, rels)

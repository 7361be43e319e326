"""Speaker-encoder (ECAPA-TDNN) goldens on checkpoints/tiny-base.

1. `extract_speaker_embedding` on a slice of a real 24 kHz clip: the reference's
   mel front-end (modeling_qwen3_tts.mel_spectrogram: reflect pad 384, STFT
   n_fft 1024 / hop 256 / periodic Hann, center=False, sqrt(re^2+im^2+1e-9),
   librosa slaney mel 128 x 513 with fmax 12000, log(clamp(x, 1e-5))) followed
   by the encoder. Per-block activations are captured with forward hooks.
2. The encoder alone on a seeded random mel.
"""

from __future__ import annotations

import numpy as np
import soundfile as sf
import torch

from common import AUDIO_DIR, FIXTURES, GLOBAL_SEED, gen, randn, register, sha256_file, write_json, write_tensors
import build_checkpoints as bc

from qwen_tts.core.models.modeling_qwen3_tts import mel_spectrogram
from librosa.filters import mel as librosa_mel_fn

OUT = FIXTURES / "speaker"
CLIP = "customvoice-ryan.wav"
CLIP_START = 24000  # samples; 1.0 s into the clip
CLIP_LEN = 42000  # 1.75 s


def load_clip(name: str, start: int, length: int) -> np.ndarray:
    # soundfile float32 = PCM16 / 32768, the same values librosa.load gives for these files
    audio, sr = sf.read(str(AUDIO_DIR / name), dtype="float32", always_2d=False)
    assert sr == 24000 and audio.ndim == 1
    return np.ascontiguousarray(audio[start:start + length])


def _hooks(enc):
    acts = {}
    handles = []
    names = [f"blocks.{i}" for i in range(len(enc.blocks))] + ["mfa", "asp", "fc"]
    for n in names:
        mod = enc.get_submodule(n)
        handles.append(mod.register_forward_hook(lambda m, i, o, n=n: acts.__setitem__(n, o.detach().clone())))
    return acts, handles


DOC = {
    "audio": "f32 [N]: input waveform (24 kHz mono, PCM16/32768)",
    "mel": "f32 [1, T, 128]: mel_spectrogram(...).transpose(1, 2) as built inside extract_speaker_embedding; T = 1 + (N + 768 - 1024) // 256",
    "mel_basis": "f32 [128, 513]: librosa.filters.mel(sr=24000, n_fft=1024, n_mels=128, fmin=0, fmax=12000) (slaney scale + slaney norm), as used by mel_spectrogram",
    "xvector": "f32 [enc_dim=32]: extract_speaker_embedding(audio, 24000) (= speaker_encoder(mel)[0])",
    "act_blocks.0": "f32 [1, 16, T]: output of blocks.0 (TDNN k5: reflect-'same' conv + ReLU)",
    "act_blocks.1": "f32 [1, 16, T]: output of SE-Res2Net block 1",
    "act_blocks.2": "f32 [1, 16, T]: output of SE-Res2Net block 2",
    "act_blocks.3": "f32 [1, 16, T]: output of SE-Res2Net block 3",
    "act_mfa": "f32 [1, 48, T]: mfa TDNN on cat(blocks 1..3)",
    "act_asp": "f32 [1, 96, 1]: attentive statistics pooling output cat(mean_w, std_w)",
    "act_fc": "f32 [1, 32, 1]: fc conv output (squeezed -> x-vector)",
    "random_mel": "f32 [1, 80, 128]: seeded N(0,1) mel input (layout [B, T, mel_dim] as the encoder takes it)",
    "random_mel_xvector": "f32 [1, 32]: speaker_encoder(random_mel)",
}


def run():
    model = bc.load_tts("tiny-base")
    enc = model.speaker_encoder
    audio = load_clip(CLIP, CLIP_START, CLIP_LEN)
    with torch.no_grad():
        # Same call as Qwen3TTSForConditionalGeneration.extract_speaker_embedding
        mel = mel_spectrogram(torch.from_numpy(audio).unsqueeze(0), n_fft=1024, num_mels=128, sampling_rate=24000,
                              hop_size=256, win_size=1024, fmin=0, fmax=12000).transpose(1, 2)
        acts, handles = _hooks(enc)
        xvec = model.extract_speaker_embedding(audio, 24000)
        for h in handles:
            h.remove()
        again = enc(mel)[0]
        assert torch.equal(again, xvec), "extract_speaker_embedding != encoder(mel)"
        g = gen(GLOBAL_SEED + 55)
        rmel = randn(g, 1, 80, 128)
        rx = enc(rmel)
    basis = torch.from_numpy(librosa_mel_fn(sr=24000, n_fft=1024, n_mels=128, fmin=0, fmax=12000)).float()
    T = mel.shape[1]
    assert T == 1 + (CLIP_LEN + 768 - 1024) // 256
    tensors = {"audio": torch.from_numpy(audio), "mel": mel, "mel_basis": basis, "xvector": xvec,
               "random_mel": rmel, "random_mel_xvector": rx}
    for k, v in acts.items():
        tensors[f"act_{k}"] = v
    write_tensors(OUT / "speaker_encoder.safetensors", tensors)
    meta = {
        "checkpoint": "checkpoints/tiny-base",
        "clip": {"file": f"shared/data/reference-audio/trevors-qwen3-tts-rs/{CLIP}",
                 "source_sha256": sha256_file(AUDIO_DIR / CLIP),
                 "sample_start": CLIP_START, "sample_end": CLIP_START + CLIP_LEN, "num_samples": CLIP_LEN,
                 "sample_rate": 24000, "loader": "soundfile.read(dtype='float32'), mono, no resampling"},
        "mel_frames": T,
        "mel_params": {"n_fft": 1024, "hop": 256, "win": 1024, "window": "periodic hann (torch.hann_window)",
                       "reflect_pad_each_side": 384, "center": False, "magnitude": "sqrt(re^2+im^2+1e-9)",
                       "mel": "librosa slaney, 128 bins, fmin 0, fmax 12000", "log": "log(clamp(x, min=1e-5))"},
        "random_mel_seed": GLOBAL_SEED + 55,
        "tensors": {k: {"shape": list(v.shape), "dtype": "f32", "meaning": DOC[k]} for k, v in sorted(tensors.items())},
    }
    write_json(OUT / "speaker_encoder.json", meta)
    register("speaker/speaker_encoder.safetensors", {
        "what": "speaker encoder goldens (tiny-base): mel front-end + x-vector on a real clip slice, per-block "
                "activations, and the encoder on a random mel",
        "checkpoint": "checkpoints/tiny-base",
        "tensors": meta["tensors"],
    })
    register("speaker/speaker_encoder.json", {"what": "metadata for speaker/speaker_encoder.safetensors",
                                              "keys": sorted(meta.keys())})
    print(f"  speaker: mel {list(mel.shape)}, xvector norm {xvec.norm():.4f}")


if __name__ == "__main__":
    from common import setup_torch

    setup_torch()
    run()

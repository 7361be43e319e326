"""Times the reference codec decoder (qwen-tts 0.1.1, torch, CPU) at the real
Qwen3-TTS-Tokenizer-12Hz dimensions with random weights and non-zero codebooks.

Run through run.sh (it uses the tools/reference venv). Prints one JSON line:
seconds of compute per second of audio for a full pass over N frames, median of
several runs, with torch on the requested number of threads.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "reference"))

import common  # noqa: E402,F401  (installs the reference's import stubs)
import torch  # noqa: E402
from qwen_tts.core import Qwen3TTSTokenizerV2Config, Qwen3TTSTokenizerV2Model  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True, help="real speech tokenizer config.json")
    ap.add_argument("--frames", type=int, default=50)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    cfg = Qwen3TTSTokenizerV2Config.from_dict(copy.deepcopy(json.loads(Path(args.config).read_text())))
    model = Qwen3TTSTokenizerV2Model._from_config(cfg, attn_implementation="eager").eval().float()
    dec = model.decoder
    # A fresh model has all-zero codebooks, which makes every decoder look faster than it is:
    # give the codebooks random content and unit usage, as a trained checkpoint has.
    with torch.no_grad():
        for name, buf in dec.named_buffers():
            if name.endswith("embedding_sum"):
                buf.copy_(torch.randn_like(buf))
            elif name.endswith("cluster_usage"):
                buf.fill_(1.0)
    dcfg = cfg.decoder_config
    codes = torch.randint(0, dcfg.codebook_size, (1, dcfg.num_quantizers, args.frames))
    samples = args.frames * model.decode_upsample_rate
    times = []
    with torch.inference_mode():
        dec(codes)  # warm-up
        for _ in range(args.runs):
            t0 = time.perf_counter()
            wav = dec(codes)
            times.append(time.perf_counter() - t0)
    assert wav.shape[-1] == samples, wav.shape
    audio_s = samples / 24000
    print(json.dumps({
        "impl": "reference (qwen-tts 0.1.1, torch %s)" % torch.__version__,
        "threads": args.threads,
        "frames": args.frames,
        "seconds_median": statistics.median(times),
        "codec_rtf": statistics.median(times) / audio_s,
    }))


if __name__ == "__main__":
    main()

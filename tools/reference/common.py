"""Shared helpers for the Qwen3-TTS reference-fixture generator.

Everything here is deterministic: no timestamps, sorted JSON keys, seeded
torch generators, single-threaded CPU float32 with deterministic algorithms.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import sys
import types
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(os.environ.get("QWEN_TTS_FIXTURES_OUT", REPO_ROOT / "tests" / "fixtures"))
SHARED = Path(os.environ.get("QWEN_TTS_SHARED", REPO_ROOT.parent / "shared"))
HF_DIR = SHARED / "hf"
AUDIO_DIR = SHARED / "data" / "reference-audio" / "trevors-qwen3-tts-rs"

# Global seed for everything that is not a per-case seed.
GLOBAL_SEED = 20240601


def _stub_module(name: str) -> types.ModuleType:
    mod = types.ModuleType(name)
    # transformers' `_is_package_available` calls importlib.util.find_spec, which
    # raises on a module whose __spec__ is None.
    mod.__spec__ = importlib.machinery.ModuleSpec(name, loader=None)
    sys.modules[name] = mod
    return mod


def install_import_stubs() -> list[str]:
    """Make `import qwen_tts` work on CPU without the 25 Hz tokenizer's deps.

    qwen_tts/core/__init__.py imports the 25 Hz (V1) tokenizer module, which does
    `import torchaudio.compliance.kaldi` (and `sox`, `onnxruntime`) at import time.
    None of it is used by the 12 Hz models we exercise. With the pinned
    torch==2.15.0 the only torchaudio on PyPI (2.11.0) refuses to load
    ("compiled with different CUDA versions"), so torchaudio is replaced by an
    empty stub. sox/onnxruntime are stubbed only if they fail to import.
    Returns the list of stubbed module names (recorded in the manifest).
    """
    stubbed = []
    try:
        import torchaudio.compliance.kaldi  # noqa: F401
    except Exception:
        for name in list(sys.modules):
            if name == "torchaudio" or name.startswith("torchaudio."):
                del sys.modules[name]
        ta = _stub_module("torchaudio")
        comp = _stub_module("torchaudio.compliance")
        kaldi = _stub_module("torchaudio.compliance.kaldi")
        ta.compliance = comp
        comp.kaldi = kaldi
        stubbed.append("torchaudio")
    for name in ("sox", "onnxruntime"):
        try:
            __import__(name)
        except Exception:
            _stub_module(name)
            stubbed.append(name)
    return stubbed


STUBBED_MODULES = install_import_stubs()

import numpy as np  # noqa: E402
import torch  # noqa: E402
from safetensors.torch import save_file, load_file  # noqa: E402


def setup_torch() -> None:
    """CPU, float32, one thread, deterministic kernels (brief + talker.md 8.2.6)."""
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    torch.set_default_dtype(torch.float32)
    torch.manual_seed(GLOBAL_SEED)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import transformers

    transformers.logging.set_verbosity_error()
    import warnings

    warnings.filterwarnings("ignore")


def gen(seed: int) -> torch.Generator:
    g = torch.Generator(device="cpu")
    g.manual_seed(int(seed))
    return g


def randn(g: torch.Generator, *shape, std: float = 1.0) -> torch.Tensor:
    return torch.randn(*shape, generator=g, dtype=torch.float32) * std


def rand(g: torch.Generator, *shape, lo: float = 0.0, hi: float = 1.0) -> torch.Tensor:
    return lo + (hi - lo) * torch.rand(*shape, generator=g, dtype=torch.float32)


# ---------------------------------------------------------------------------
# JSON / safetensors writers


def _json_default(o):
    if isinstance(o, (np.integer,)):
        return int(o)
    if isinstance(o, (np.floating,)):
        return float(o)
    if isinstance(o, torch.Tensor):
        return o.tolist()
    if isinstance(o, Path):
        return str(o)
    raise TypeError(f"not JSON serialisable: {type(o)}")


def json_text(obj) -> str:
    return json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False, default=_json_default) + "\n"


def write_json(path: Path, obj) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json_text(obj), encoding="utf-8")


def copy_file(src: Path, dst: Path) -> None:
    dst = Path(dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(Path(src).read_bytes())


def _canon(t: torch.Tensor) -> torch.Tensor:
    t = t.detach().cpu().contiguous()
    if t.dtype in (torch.float64, torch.float16):
        t = t.to(torch.float32)
    if t.dtype in (torch.int32, torch.int16, torch.int8, torch.uint8, torch.bool):
        t = t.to(torch.int64)
    return t.clone()


def write_tensors(path: Path, tensors: dict) -> None:
    """Write a golden .safetensors: floats as f32, integers as i64, no metadata."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    out = {}
    for k in sorted(tensors):
        v = tensors[k]
        if not isinstance(v, torch.Tensor):
            v = torch.as_tensor(v)
        out[k] = _canon(v)
    save_file(out, str(path))


def save_state_dict(path: Path, sd: dict, dtype=None) -> None:
    """Write a checkpoint model.safetensors with the reference's own state_dict names."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    out = {}
    for k in sorted(sd):
        t = sd[k].detach().cpu().contiguous()
        if dtype is not None and t.is_floating_point():
            t = t.to(dtype)
        out[k] = t.clone()
    # Same metadata as HF save_pretrained writes.
    save_file(out, str(path), metadata={"format": "pt"})


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# ---------------------------------------------------------------------------
# Greedy-safety helpers


def top2_margin(scores: torch.Tensor) -> torch.Tensor:
    """top-1 minus top-2 along the last dim (scores may contain -inf)."""
    v = torch.topk(scores.to(torch.float32), 2, dim=-1).values
    return v[..., 0] - v[..., 1]


MARGIN_MIN = 1e-3


# ---------------------------------------------------------------------------
# Manifest fragments: every generator registers the files it wrote.

_MANIFEST_DIR = FIXTURES / ".manifest_parts"


def register(rel_path: str, info: dict) -> None:
    """Record a description for a fixture file (relative to tests/fixtures)."""
    part = _MANIFEST_DIR / (rel_path.replace("/", "__") + ".json")
    write_json(part, {"path": rel_path, "info": info})


def versions() -> dict:
    import platform

    import safetensors
    import transformers

    try:
        from importlib.metadata import version

        qv = version("qwen-tts")
    except Exception:  # pragma: no cover
        qv = "unknown"
    return {
        "python": platform.python_version(),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "qwen-tts": qv,
        "numpy": np.__version__,
        "safetensors": safetensors.__version__,
        "librosa": __import__("librosa").__version__,
        "soundfile": __import__("soundfile").__version__,
    }

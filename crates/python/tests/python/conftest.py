"""Fixtures shared by the pytest suite: the repository's fixture checkpoints and the reference
goldens (tests/fixtures/e2e/*.safetensors + .json), read with numpy alone (no torch)."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest

FIXTURES = Path(__file__).resolve().parents[4] / "tests" / "fixtures"
DTYPES = {"F32": np.float32, "I64": np.int64, "F64": np.float64, "I32": np.int32, "BF16": None}


def load_safetensors(path: Path) -> dict:
    """A .safetensors file -> {name: numpy array} (the format: u64 header length, JSON header of
    dtype/shape/offsets, then the raw little-endian data)."""
    raw = path.read_bytes()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + n])
    data = raw[8 + n:]
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        out[name] = np.frombuffer(data[start:end], dtype=DTYPES[info["dtype"]]).reshape(info["shape"])
    return out


class Golden:
    def __init__(self, case: str):
        self.case = case
        self.meta = json.loads((FIXTURES / "e2e" / f"{case}.json").read_text(encoding="utf-8"))
        self.tensors = load_safetensors(FIXTURES / "e2e" / f"{case}.safetensors")

    def __getitem__(self, name: str) -> np.ndarray:
        return self.tensors[name]


@pytest.fixture(scope="session")
def golden():
    cache = {}

    def get(case: str) -> Golden:
        if case not in cache:
            cache[case] = Golden(case)
        return cache[case]

    return get


def checkpoint(name: str) -> str:
    return str(FIXTURES / "checkpoints" / name)


@pytest.fixture(scope="session")
def models():
    """One loaded model per fixture checkpoint, f32 (the reference's dtype in the goldens)."""
    from qwen3_tts_rs import Qwen3TTSModel

    cache = {}

    def get(name: str):
        if name not in cache:
            cache[name] = Qwen3TTSModel.from_pretrained(checkpoint(name), dtype="float32")
        return cache[name]

    return get


def max_abs_diff(a: np.ndarray, b: np.ndarray) -> float:
    assert a.shape == b.shape, (a.shape, b.shape)
    return float(np.max(np.abs(a.astype(np.float64) - b.astype(np.float64)))) if a.size else 0.0


# The goldens' waveform tolerance (the Rust e2e tests assert the same: max |diff| < 1e-4).
WAVE_TOL = 1e-4

"""The runaway guards from Python: checkpoints that never end (made by the Rust test harness,
test-support's runaway_checkpoint) stop at the frame budget of their text or when their codes
loop, and say which; the keyword arguments of from_pretrained turn each guard off."""

from __future__ import annotations

import os

import pytest

from qwen3_tts_rs import Qwen3TTSModel

TEXT = "Please call Stella and ask her to bring these things with her."


def checkpoint(kind: str) -> str:
    path = os.environ.get(f"QWEN3_TTS_RUNAWAY_{kind}")
    if not path:
        pytest.skip(f"QWEN3_TTS_RUNAWAY_{kind} is not set (run through cargo test)")
    return path


def test_no_end_of_speech_stops_at_the_frame_budget():
    model = Qwen3TTSModel.from_pretrained(checkpoint("NOEOS"))
    # 13 tokens of English: 60 + ceil(4 x 2.7 x 13) = 201 frames of 24 samples (the tiny codec).
    wavs, sr, codes = model.generate_custom_voice(TEXT, speaker="alice", language="english",
                                                  seed=1, return_codes=True)
    assert model.last_stop_reasons == ["frame_budget"]
    assert codes[0].shape[0] == 201
    stream = model.stream(TEXT, speaker="alice", language="english", seed=2)
    assert stream.stop_reason is None
    assert sum(len(c) for c in stream) == 201 * 24
    assert stream.stop_reason == "frame_budget"
    # Off: max_new_tokens ends it.
    off = Qwen3TTSModel.from_pretrained(checkpoint("NOEOS"), frame_budget_margin=0)
    off.generate_custom_voice(TEXT, speaker="alice", language="english", seed=1, max_new_tokens=301)
    assert off.last_stop_reasons == ["max_new_tokens"]


def test_a_loop_stops_after_75_frames():
    model = Qwen3TTSModel.from_pretrained(checkpoint("LOOP"))
    _, _, codes = model.generate_custom_voice(TEXT, speaker="alice", language="english", seed=1,
                                              return_codes=True)
    assert model.last_stop_reasons == ["loop"]
    assert codes[0][:, 0].tolist() == [3, 17, 42, 8, 29] * 15
    off = Qwen3TTSModel.from_pretrained(checkpoint("LOOP"), loop_min_frames=0)
    off.generate_custom_voice(TEXT, speaker="alice", language="english", seed=1)
    assert off.last_stop_reasons == ["frame_budget"]


def test_bad_guard_settings_are_refused():
    with pytest.raises(ValueError, match="loop_min_frames"):
        Qwen3TTSModel.from_pretrained(checkpoint("LOOP"), loop_min_frames=3)

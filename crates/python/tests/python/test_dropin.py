"""The drop-in API against the reference wrapper's own outputs (qwen-tts 0.1.1, greedy, f32):
each test makes the call recorded in a golden's .json and compares the codes exactly and the
waveform within the goldens' tolerance."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import WAVE_TOL, max_abs_diff

CHECKPOINT = {"checkpoints/tiny-e2e": "tiny-e2e", "checkpoints/tiny-e2e-base": "tiny-e2e-base",
              "checkpoints/tiny-e2e-voice-design": "tiny-e2e-voice-design"}


def assert_rows(case, wavs, sr, codes, expected):
    """`expected`: (codes, waveform) per row from the golden."""
    assert sr == 24000
    assert isinstance(wavs, list) and len(wavs) == len(expected)
    for i, (w, c, (gc, gw)) in enumerate(zip(wavs, codes, expected)):
        assert isinstance(w, np.ndarray) and w.dtype == np.float32 and w.ndim == 1
        assert c.dtype == np.int64
        np.testing.assert_array_equal(c, gc, err_msg=f"{case} row {i}: codes")
        assert w.shape == gw.shape, f"{case} row {i}: {w.shape} vs {gw.shape}"
        diff = max_abs_diff(w, gw)
        assert diff < WAVE_TOL, f"{case} row {i}: waveform max |diff| {diff}"


def e2e_call(g):
    m = g.meta
    return dict(text=m["text"], speaker=m["speaker"], language=m["language"], instruct=m["instruct"],
                non_streaming_mode=m["non_streaming_mode"], **m["generate_kwargs"])


@pytest.mark.parametrize("case", ["e2e_en", "e2e_ru"])
def test_custom_voice_single(models, golden, case):
    g = golden(case)
    model = models(CHECKPOINT[g.meta["checkpoint"]])
    wavs, sr, codes = model.generate_custom_voice(**e2e_call(g), return_codes=True)
    assert_rows(case, wavs, sr, codes, [(g["codes"], g["waveform"])])
    # Without return_codes: exactly the reference's return shape.
    out = model.generate_custom_voice(**e2e_call(g))
    assert len(out) == 2 and out[1] == 24000
    np.testing.assert_array_equal(out[0][0], wavs[0])


def batch_rows(g):
    return [(g[f"codes_{i}"], g[f"waveform_{i}"]) for i in range(g.meta["rows"])]


@pytest.mark.parametrize("case", ["py_cv_batch", "py_vd_en", "py_vd_batch"])
def test_recorded_calls(models, golden, case):
    """Custom voice batched; voice design single and batched (lists of texts, speakers,
    languages and instructs in one call)."""
    g = golden(case)
    model = models(CHECKPOINT[g.meta["checkpoint"]])
    method = getattr(model, g.meta["method"])
    wavs, sr, codes = method(**g.meta["kwargs"], return_codes=True)
    assert_rows(case, wavs, sr, codes, batch_rows(g))


@pytest.mark.parametrize("case", ["clone_icl_en", "clone_xvec_en"])
def test_voice_clone_single(models, golden, case):
    g = golden(case)
    m = g.meta
    model = models(CHECKPOINT[m["checkpoint"]])
    wavs, sr, codes = model.generate_voice_clone(
        text=m["text"], language=m["language"], ref_audio=(g["ref_audio"].copy(), m["ref_audio_sample_rate"]),
        ref_text=m["ref_text"], x_vector_only_mode=m["x_vector_only_mode"], return_codes=True,
        **m["generate_kwargs"])
    assert "non_streaming_mode" not in m["generate_kwargs"] and m["non_streaming_mode"] is False  # our default too
    assert_rows(case, wavs, sr, codes, [(g["codes"], g["waveform"])])


def test_voice_clone_batch(models, golden):
    """One ICL row and one x-vector row in one call."""
    g = golden("py_clone_batch")
    ref = golden("clone_icl_en")["ref_audio"].copy()
    kw = dict(g.meta["kwargs"])
    assert kw.pop("ref_audio", None) is None  # recorded as the clone_icl_en slice, twice
    model = models("tiny-e2e-base")
    wavs, sr, codes = model.generate_voice_clone(ref_audio=[(ref, 24000), (ref, 24000)], return_codes=True, **kw)
    assert_rows("py_clone_batch", wavs, sr, codes, batch_rows(g))


def test_voice_clone_prompt_items_are_reusable(models, golden):
    icl, xvec = golden("clone_icl_en"), golden("clone_xvec_en")
    model = models("tiny-e2e-base")
    m = icl.meta
    items = model.create_voice_clone_prompt(
        ref_audio=[(icl["ref_audio"].copy(), 24000), (icl["ref_audio"].copy(), 24000)],
        ref_text=[m["ref_text"], None], x_vector_only_mode=[False, True])
    assert [it.icl_mode for it in items] == [True, False]
    assert [it.x_vector_only_mode for it in items] == [False, True]
    # The reference codes of the slice, as the reference wrapper encoded them.
    np.testing.assert_array_equal(items[0].ref_code, icl["ref_code"])
    assert items[1].ref_code is None
    assert items[0].ref_spk_embedding.shape == icl["xvector"].shape
    for _ in range(2):  # encoded once, spoken twice
        for item, g in ((items[0], icl), (items[1], xvec)):
            wavs, sr, codes = model.generate_voice_clone(
                text=m["text"], language="english", voice_clone_prompt=[item], return_codes=True,
                **m["generate_kwargs"])
            assert_rows(g.case, wavs, sr, codes, [(g["codes"], g["waveform"])])


def write_pcm16_wav(samples: np.ndarray, sr: int) -> bytes:
    import io
    import wave

    ints = np.round(samples.astype(np.float64) * 32768).astype("<i2")
    assert np.array_equal(ints.astype(np.float32) / 32768, samples)  # the slice is PCM16/32768
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes(ints.tobytes())
    return buf.getvalue()


def test_ref_audio_as_path_and_base64(models, golden, tmp_path):
    import base64

    g = golden("clone_xvec_en")
    m = g.meta
    data = write_pcm16_wav(g["ref_audio"], 24000)
    path = tmp_path / "ref.wav"
    path.write_bytes(data)
    b64 = base64.b64encode(data).decode()
    model = models("tiny-e2e-base")
    for ref in (str(path), b64, "data:audio/wav;base64," + b64):
        wavs, sr, codes = model.generate_voice_clone(
            text=m["text"], language=m["language"], ref_audio=ref, x_vector_only_mode=True, return_codes=True,
            **m["generate_kwargs"])
        assert_rows(g.case, wavs, sr, codes, [(g["codes"], g["waveform"])])


def test_supported_speakers_and_languages(models):
    cv = models("tiny-e2e")
    assert cv.get_supported_speakers() == ["alice", "bob"]
    # config.json codec_language_id without dialects, plus "auto" (as the reference lists them)
    assert cv.get_supported_languages() == ["auto", "chinese", "english", "russian"]
    assert models("tiny-e2e-base").get_supported_speakers() == []

"""Qwen3TTSTokenizer (the 12 Hz speech tokenizer alone) against the reference codec goldens
(tests/fixtures/codec/codec.*: the reference's encode of real speech, its padded batch decode)."""

import numpy as np
import pytest

from conftest import FIXTURES, WAVE_TOL, load_safetensors, max_abs_diff


@pytest.fixture(scope="module")
def codec():
    return load_safetensors(FIXTURES / "codec" / "codec.safetensors")


def test_encode_and_padded_batch_decode_equal_the_reference(codec):
    from qwen3_tts_rs import Qwen3TTSTokenizer

    tok = Qwen3TTSTokenizer.from_pretrained(str(FIXTURES / "checkpoints" / "tiny-codec"))
    assert (tok.get_input_sample_rate(), tok.get_output_sample_rate()) == (24000, 24000)
    enc = tok.encode(codec["encode_short_wav"][0].copy(), sr=24000)
    np.testing.assert_array_equal(enc.audio_codes[0], codec["encode_short_codes"])
    # Row 1 of codes_pad is 37 valid frames then -1 padding, as the reference's batch holds it.
    pad = codec["codes_pad"]
    wavs, sr = tok.decode([{"audio_codes": pad[0]}, {"audio_codes": pad[1][:37]}])
    assert sr == 24000
    for row, name in ((0, "decode_pad_0"), (1, "decode_pad_1")):
        assert max_abs_diff(wavs[row], codec[name]) < WAVE_TOL, name
    padded, _ = tok.decode({"audio_codes": pad})  # the padded batch tensor itself
    for a, b in zip(padded, wavs):
        np.testing.assert_array_equal(a, b)
    with pytest.raises(ValueError, match="you must provide `sr`"):
        tok.encode(codec["encode_short_wav"][0].copy())

"""What callers hand the drop-in, against the reference's own handling of it:
tests/fixtures/python/api_behaviour.json (tools/reference/python_api_goldens.py: the reference
wrapper run with each kwarg and with voice_clone_prompt as a dict) and tests/fixtures/clips
(clip files at other rates and formats passed by path; tools/reference/clip_goldens.py)."""

import base64
import builtins
import json
import warnings

import numpy as np
import pytest

from conftest import FIXTURES, WAVE_TOL, load_safetensors, max_abs_diff

API = json.loads((FIXTURES / "python" / "api_behaviour.json").read_text(encoding="utf-8"))
CLIPS = json.loads((FIXTURES / "clips" / "clips.json").read_text(encoding="utf-8"))
# Values for kwargs the reference records by name only (its wrapper builds them itself).
KWARG_VALUES = {"input_ids": None, "instruct_ids": None, "ref_ids": None}


def base_call(method, golden):
    call = dict(API["base_calls"][method])
    if method == "generate_custom_voice":
        return call
    call["ref_audio"] = (np.sin(np.arange(2400, dtype=np.float32) * 0.05) * 0.3, 24000)
    return call


@pytest.mark.parametrize("method,checkpoint", [("generate_custom_voice", "tiny-e2e"),
                                               ("generate_voice_clone", "tiny-e2e-base")])
def test_kwargs_are_handled_as_the_reference_handles_them(models, golden, method, checkpoint):
    model = models(checkpoint)
    call = base_call(method, golden)
    _, _, want = getattr(model, method)(**call, return_codes=True)
    for key, outcome in API["kwargs"][method].items():
        if key == "eos_token_id=<the model's>":
            extra = {"eos_token_id": model._engine.codec_eos_token_id}
        else:
            extra = {key: KWARG_VALUES.get(key, API["kwargs_tried"][key])}
        if "raises" in outcome:
            # The same exception type, naming the keyword (the reference: TypeError "got
            # multiple values for keyword argument").
            with pytest.raises(getattr(builtins, outcome["raises"])) as e:
                getattr(model, method)(**call, **extra)
            assert f"'{key}'" in str(e.value) and f"'{key}'" in outcome["message"], (key, str(e.value))
            continue
        assert outcome["codes_equal_without_it"], (key, outcome)
        with warnings.catch_warnings(record=True):
            warnings.simplefilter("always")
            _, _, codes = getattr(model, method)(**call, **extra, return_codes=True)
        for a, b in zip(codes, want):
            np.testing.assert_array_equal(a, b, err_msg=key)
    # An eos_token_id that is not the model's cannot be honoured: refused by name.
    with pytest.raises(ValueError, match="eos_token_id 5 is not supported"):
        getattr(model, method)(**call, eos_token_id=5)


def test_an_ignored_kwarg_warns(models, golden):
    model = models("tiny-e2e")
    with pytest.warns(UserWarning, match=r"ignored \['foo'\]"):
        model.generate_custom_voice(**base_call("generate_custom_voice", golden), foo=1)


class ForeignItem:
    """A voice-clone item as qwen_tts makes it: the same fields, tensors that are not numpy
    (torch's have .detach(); this stand-in has it, so the test needs no torch)."""

    class Tensor:
        def __init__(self, a):
            self.a = np.asarray(a)

        def detach(self):
            return self

        def float(self):
            return Tensor(self.a.astype(np.float32))

        def cpu(self):
            return self

        def numpy(self):
            return self.a

    def __init__(self, item):
        self.ref_code = None if item.ref_code is None else self.Tensor(item.ref_code)
        self.ref_spk_embedding = self.Tensor(item.ref_spk_embedding)
        self.x_vector_only_mode = item.x_vector_only_mode
        self.icl_mode = item.icl_mode
        self.ref_text = item.ref_text


Tensor = ForeignItem.Tensor


def test_voice_clone_prompt_from_qwen_tts_items_and_the_dict_form(models, golden):
    icl, xvec = golden("clone_icl_en"), golden("clone_xvec_en")
    model = models("tiny-e2e-base")
    m = icl.meta
    items = model.create_voice_clone_prompt(
        ref_audio=[(icl["ref_audio"].copy(), 24000)] * 2, ref_text=[m["ref_text"], None],
        x_vector_only_mode=[False, True])
    kw = dict(text=m["text"], language="english", return_codes=True, **m["generate_kwargs"])
    # qwen_tts's items (tensors): converted, the reference's output.
    for item, g in ((items[0], icl), (items[1], xvec)):
        wavs, _, codes = model.generate_voice_clone(voice_clone_prompt=[ForeignItem(item)], **kw)
        np.testing.assert_array_equal(codes[0], g["codes"])
        assert max_abs_diff(wavs[0], g["waveform"]) < WAVE_TOL
    # The dict of lists: x-vector entries speak as the items (the reference: codes equal)...
    assert API["voice_clone_prompt_dict"]["x_vector_only"] == {"codes_equal_to_items": True}
    as_dict = dict(ref_code=[None], ref_spk_embedding=[Tensor(items[1].ref_spk_embedding)],
                   x_vector_only_mode=[True], icl_mode=[False])
    wavs, _, codes = model.generate_voice_clone(voice_clone_prompt=as_dict, **kw)
    np.testing.assert_array_equal(codes[0], xvec["codes"])
    # ...in-context entries fail as in the reference (no ref_text in a dict), with a TypeError.
    assert API["voice_clone_prompt_dict"]["icl"]["raises"] == "TypeError"
    as_dict = dict(ref_code=[items[0].ref_code], ref_spk_embedding=[items[0].ref_spk_embedding],
                   x_vector_only_mode=[False], icl_mode=[True])
    with pytest.raises(TypeError, match="carries no ref_text"):
        model.generate_voice_clone(voice_clone_prompt=as_dict, **kw)
    with pytest.raises(TypeError, match="VoiceClonePromptItem"):
        model.generate_voice_clone(voice_clone_prompt=[object()], **kw)


def test_clip_files_clone_as_the_reference(models):
    """A FLAC and a WAV clip at 44.1 kHz stereo and 8 kHz mono, by path and as base64."""
    model = models("tiny-e2e-base")
    for stem in ("clip_44100_stereo_24bit", "clip_8000_mono_16bit"):
        g = load_safetensors(FIXTURES / "clips" / f"{stem}.safetensors")
        for f in CLIPS["cases"][stem]["files"]:
            path = FIXTURES / f
            for ref in (str(path), "data:audio/flac;base64," + base64.b64encode(path.read_bytes()).decode()):
                wavs, sr, codes = model.generate_voice_clone(
                    text=CLIPS["text"], language="english", ref_audio=ref, ref_text=CLIPS["ref_text"],
                    return_codes=True, **CLIPS["generate_kwargs"])
                np.testing.assert_array_equal(codes[0], g["codes"], err_msg=f)
                assert max_abs_diff(wavs[0], g["waveform"]) < WAVE_TOL, f
        items = model.create_voice_clone_prompt(ref_audio=str(FIXTURES / CLIPS["cases"][stem]["files"][0]),
                                                ref_text=CLIPS["ref_text"])
        np.testing.assert_array_equal(items[0].ref_code, g["ref_code"])
        assert max_abs_diff(items[0].ref_spk_embedding, g["xvector"]) < 1e-4


def test_tokenizer_reads_clips_and_reports_its_rates():
    from qwen3_tts_rs import Qwen3TTSTokenizer

    tok = Qwen3TTSTokenizer.from_pretrained(str(FIXTURES / "checkpoints" / "tiny-codec"))
    want = API["tokenizer"]
    assert tok.get_encode_downsample_rate() == want["encode_downsample_rate"]
    assert tok.get_decode_upsample_rate() == want["decode_upsample_rate"]
    assert (tok.get_input_sample_rate(), tok.get_output_sample_rate()) == (want["input_sample_rate"],
                                                                          want["output_sample_rate"])
    stem = "clip_48000_stereo_16bit"
    g = load_safetensors(FIXTURES / "clips" / f"{stem}.safetensors")
    path = str(FIXTURES / CLIPS["cases"][stem]["files"][1])  # the FLAC file
    wav = tok.load_audio(path, target_sr=24000)
    assert wav.dtype == np.float32
    np.testing.assert_array_equal(wav, g["ref_audio_24k"])
    enc = tok.encode(path)
    assert isinstance(enc.audio_codes[0], np.ndarray) and enc.audio_codes[0].dtype == np.int64
    np.testing.assert_array_equal(enc.audio_codes[0], g["ref_code"])
    (codes,) = tok.encode([path], return_dict=False)
    np.testing.assert_array_equal(codes[0], g["ref_code"])
    # A stereo numpy waveform at 48 kHz: the channels' mean, resampled as the reference.
    mono48 = tok.load_audio(path, target_sr=48000)
    np.testing.assert_array_equal(tok.encode(mono48, sr=48000).audio_codes[0], g["ref_code"])


def test_a_clip_past_max_reference_secs_is_refused(golden):
    from qwen3_tts_rs import Qwen3TTSModel

    model = Qwen3TTSModel.from_pretrained(str(FIXTURES / "checkpoints" / "tiny-e2e-base"), dtype="float32",
                                          max_reference_secs=0.05)
    path = str(FIXTURES / "clips" / "clip_16000_mono_16bit.wav")
    with pytest.raises(ValueError, match="max_reference_secs"):
        model.create_voice_clone_prompt(ref_audio=path, x_vector_only_mode=True)
    with pytest.raises(ValueError, match="max_reference_secs"):
        model.create_voice_clone_prompt(ref_audio=(np.zeros(1600, np.float32), 16000), x_vector_only_mode=True)


def test_codec_dtype_bf16_keeps_the_codes_and_meets_its_bar(golden):
    """codec_dtype="bf16" with the exact acoustic model: the reference's codes, and its waveform
    within the 35 dB bar; a name that is no codec dtype is refused with the choices."""
    from qwen3_tts_rs import Qwen3TTSModel

    g = golden("e2e_en")
    model = Qwen3TTSModel.from_pretrained(str(FIXTURES / "checkpoints" / "tiny-e2e"), dtype="float32",
                                          codec_dtype="bf16")
    m = g.meta
    wavs, sr, codes = model.generate_custom_voice(
        text=m["text"], speaker=m["speaker"], language=m["language"], instruct=m["instruct"],
        non_streaming_mode=m["non_streaming_mode"], return_codes=True, **m["generate_kwargs"])
    np.testing.assert_array_equal(codes[0], g["codes"])
    want = g["waveform"].astype(np.float64)
    snr = 10 * np.log10(np.sum(want ** 2) / np.sum((want - wavs[0].astype(np.float64)) ** 2))
    # Not the f32 arithmetic, which is within 1e-4 of the reference at every sample.
    assert 35.0 <= snr < 80.0, f"SNR {snr:.2f} dB"
    with pytest.raises(ValueError, match="f32, bf16"):
        Qwen3TTSModel.from_pretrained(str(FIXTURES / "checkpoints" / "tiny-e2e"), codec_dtype="int4")

"""Streaming (chunks concatenate to the one-shot output; closing cancels; asyncio) and errors
(ValueError with the reference wrapper's wording where it has one)."""

from __future__ import annotations

import asyncio
import threading

import numpy as np
import pytest

from conftest import WAVE_TOL, max_abs_diff


def en_call(golden):
    m = golden("e2e_en").meta
    return dict(text=m["text"], speaker=m["speaker"], language=m["language"], **m["generate_kwargs"])


def test_stream_chunks_concatenate_to_the_one_shot_output(models, golden):
    g = golden("e2e_en")
    model = models("tiny-e2e")
    wavs, _, codes = model.generate_custom_voice(**en_call(golden), return_codes=True)
    stream = model.stream(**en_call(golden), chunk_ms=20)
    assert stream.codes is None
    chunks = list(stream)
    assert len(chunks) > 1 and all(c.dtype == np.float32 for c in chunks)
    assert all(len(c) == 480 for c in chunks[:-1])  # 20 ms at 24 kHz
    np.testing.assert_array_equal(np.concatenate(chunks), wavs[0])
    np.testing.assert_array_equal(stream.codes, g["codes"])
    assert max_abs_diff(np.concatenate(chunks), g["waveform"]) < WAVE_TOL


def test_stream_of_an_icl_clone(models, golden):
    g = golden("clone_icl_en")
    m = g.meta
    model = models("tiny-e2e-base")
    chunks = list(model.stream(m["text"], language=m["language"], ref_audio=(g["ref_audio"].copy(), 24000),
                               ref_text=m["ref_text"], **m["generate_kwargs"]))
    wav = np.concatenate(chunks)
    assert max_abs_diff(wav, g["waveform"]) < WAVE_TOL


def test_closing_a_stream_cancels_it_and_the_engine_goes_on(models, golden):
    model = models("tiny-e2e")
    call = en_call(golden)
    with model.stream(**call) as stream:
        first = next(stream)
        assert len(first) > 0
    assert next(stream, None) is None  # closed: no more chunks, no codes
    assert stream.codes is None
    dropped = model.stream(**call)
    next(dropped)
    del dropped  # dropping cancels as well
    wavs, _, codes = model.generate_custom_voice(**call, return_codes=True)
    np.testing.assert_array_equal(codes[0], golden("e2e_en")["codes"])


def test_astream_equals_stream(models, golden):
    model = models("tiny-e2e")
    call = en_call(golden)
    expected = np.concatenate(list(model.stream(**call)))

    async def collect():
        return [c async for c in model.astream(**call)]

    np.testing.assert_array_equal(np.concatenate(asyncio.run(collect())), expected)


def test_threads_share_the_engine_and_release_the_gil(models, golden):
    """Calls from several threads share the one engine (their rows join its batch; the GIL is
    released while they wait) and each gets the reference output."""
    model = models("tiny-e2e")
    call = en_call(golden)
    out = [None] * 3

    def work(i):
        out[i] = model.generate_custom_voice(**call, return_codes=True)[2][0]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for codes in out:
        np.testing.assert_array_equal(codes, golden("e2e_en")["codes"])


# -- errors ------------------------------------------------------------------------------------


def test_unsupported_speaker_and_language_use_the_reference_messages(models, golden):
    model = models("tiny-e2e")
    call = en_call(golden)
    with pytest.raises(ValueError) as e:
        model.generate_custom_voice(**dict(call, speaker="Carol"))
    assert str(e.value) == "Unsupported speakers: ['Carol']. Supported: ['alice', 'bob']"
    with pytest.raises(ValueError) as e:
        model.generate_custom_voice(**dict(call, language="klingon"))
    assert str(e.value) == ("Unsupported languages: ['klingon']. "
                            "Supported: ['auto', 'chinese', 'english', 'russian']")
    with pytest.raises(ValueError) as e:
        model.generate_custom_voice(**dict(call, text=["a", "b", "c"], speaker=["alice", "bob"]))
    assert str(e.value) == "Batch size mismatch: text=3, language=3, speaker=2, instruct=3"


def test_wrong_model_type_uses_the_reference_message(models):
    with pytest.raises(ValueError) as e:
        models("tiny-e2e").generate_voice_clone("Hi.", ref_audio=(np.zeros(2400, np.float32), 24000))
    assert str(e.value) == (
        "model with \ntokenizer_type: qwen3_tts_tokenizer_12hz\ntts_model_size: 1b7\n"
        "tts_model_type: custom_voice\ndoes not support generate_voice_clone, Please check Model Card or "
        "Readme for more details.")
    with pytest.raises(ValueError, match="does not support generate_custom_voice"):
        models("tiny-e2e-base").generate_custom_voice("Hi.", speaker="alice")
    with pytest.raises(ValueError, match="does not support generate_voice_design"):
        models("tiny-e2e").generate_voice_design("Hi.", instruct="calm")


def test_voice_clone_input_errors_use_the_reference_messages(models, golden):
    model = models("tiny-e2e-base")
    ref = golden("clone_icl_en")["ref_audio"].copy()
    with pytest.raises(ValueError) as e:
        model.generate_voice_clone("Hi.", language="english")
    assert str(e.value) == "Either `voice_clone_prompt` or `ref_audio` must be provided."
    with pytest.raises(ValueError) as e:
        model.generate_voice_clone("Hi.", ref_audio=(ref, 24000))
    assert str(e.value) == "ref_text is required when x_vector_only_mode=False (ICL mode). Bad index=0"
    with pytest.raises(ValueError) as e:
        model.generate_voice_clone("Hi.", ref_audio=ref, x_vector_only_mode=True)
    assert str(e.value) == "For numpy waveform input, pass a tuple (audio, sr)."
    with pytest.raises(ValueError) as e:
        model.create_voice_clone_prompt(ref_audio=[(ref, 24000)], ref_text=["a", "b"])
    assert str(e.value) == "Batch size mismatch: ref_audio=1, ref_text=2, x_vector_only_mode=1"
    with pytest.raises(ValueError) as e:
        model.generate_voice_clone(["a", "b", "c"], ref_audio=[(ref, 24000)] * 2, x_vector_only_mode=True)
    assert str(e.value) == "Batch size mismatch: prompt=2, text=3"


def test_our_own_checks_are_value_errors_naming_the_field_and_the_choices(models, golden):
    from qwen3_tts_rs import InvalidRequest

    model = models("tiny-e2e")
    call = en_call(golden)
    # The engine's one request contract: the field as the HTTP API names it, the same message.
    cases = [
        (dict(max_new_tokens=1), "max_new_tokens", "max_new_tokens: 1 is too few: at least 2"),
        (dict(text="  "), "input", "input: the text is empty"),
        (dict(top_k=-1), "top_k", "top_k: -1 must be >= 0 (0: off)"),
        (dict(temperature=-1.0), "temperature", "temperature: -1 must be a positive number"),
        (dict(subtalker_top_p=2.0), "subtalker_top_p", "subtalker_top_p: 2 must be in (0, 1]"),
        (dict(repetition_penalty=0.0), "repetition_penalty", "repetition_penalty: 0 must be a positive"),
    ]
    for kwargs, field, message in cases:
        with pytest.raises(InvalidRequest) as e:
            model.generate_custom_voice(**dict(call, **kwargs))
        assert (e.value.field, str(e.value)[:len(message)]) == (field, message)
        assert isinstance(e.value, ValueError)
    with pytest.raises(InvalidRequest) as e:
        model.stream(**call, chunk_ms=5)
    assert (e.value.field, str(e.value)) == ("chunk_ms", "chunk_ms: 5 ms is out of range; valid: 20..=1000")
    # Every bad row of a batch is listed, languages before speakers, as the reference does.
    with pytest.raises(ValueError) as e:
        model.generate_custom_voice(**dict(call, text=["a", "b", "c"], speaker=["Carol", "alice", "Dave"],
                                           language=["english", "klingon", "elvish"]))
    assert str(e.value) == ("Unsupported languages: ['klingon', 'elvish']. "
                            "Supported: ['auto', 'chinese', 'english', 'russian']")
    with pytest.raises(ValueError) as e:
        model.generate_custom_voice(**dict(call, text=["a", "b", "c"], speaker=["Carol", "alice", "Dave"]))
    assert str(e.value) == "Unsupported speakers: ['Carol', 'Dave']. Supported: ['alice', 'bob']"
    from qwen3_tts_rs import Qwen3TTSModel

    with pytest.raises(ValueError, match="Supported: float32, bfloat16"):
        Qwen3TTSModel.from_pretrained("unused", dtype="float8")
    with pytest.raises(ValueError, match="Supported: cpu, cuda"):
        Qwen3TTSModel.from_pretrained("unused", device="tpu")

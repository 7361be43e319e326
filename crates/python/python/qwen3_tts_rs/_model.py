"""The drop-in wrapper: the names, arguments, defaults, return values and error messages of
``qwen_tts.Qwen3TTSModel`` (qwen-tts 0.1.1, ``inference/qwen3_tts_model.py``) over the Rust
engine, plus what the reference lacks: ``stream``/``astream`` (chunks as they are made) and the
serving engine's continuous batching underneath every call.
"""

from __future__ import annotations

import asyncio
import uuid
import weakref
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Dict, Iterator, List, Optional, Tuple, Union

import numpy as np

from . import _inputs, _native

# The engine implements the 12 Hz tokenizer only; the reference's model-type errors name it.
TOKENIZER_TYPE = "qwen3_tts_tokenizer_12hz"

AudioLike = Union[str, np.ndarray, Tuple[np.ndarray, int]]

# The longest reference clip read, in seconds, unless from_pretrained says otherwise.
MAX_REFERENCE_SECS = 300.0


@dataclass
class VoiceClonePromptItem:
    """One reference voice, encoded once by :meth:`Qwen3TTSModel.create_voice_clone_prompt`
    and reusable across calls (the reference's fields, numpy instead of torch).

    ``ref_code`` is ``int64 [frames, groups]`` (None in x-vector-only mode),
    ``ref_spk_embedding`` the ``float32`` speaker x-vector.
    """

    ref_code: Optional[np.ndarray]
    ref_spk_embedding: np.ndarray
    x_vector_only_mode: bool
    icl_mode: bool
    ref_text: Optional[str] = None
    # The engine's registered voice behind this item (removed when the item is collected).
    _voice: Optional[str] = field(default=None, repr=False, compare=False)


def _torch_free_dtype(dtype: Any) -> str:
    """``torch.float32``, ``"bfloat16"``, ``"q8_0"``... -> the engine's dtype name, without
    importing torch (a torch dtype prints as ``torch.float32``)."""
    if dtype is None:
        # The reference loads float32 unless told otherwise; same outputs by default.
        return "f32"
    name = str(dtype).lower().replace("torch.", "")
    names = {"float32": "f32", "float": "f32", "f32": "f32", "bfloat16": "bf16", "bf16": "bf16",
             "float16": "f16", "half": "f16", "f16": "f16", "q8_0": "q8_0", "q5_0": "q5_0", "q4k": "q4k",
             "auto": "auto"}
    if name not in names:
        raise ValueError(f"Unsupported dtype: {dtype!r}. Supported: float32, bfloat16, float16, q8_0, q5_0, q4k, auto")
    return names[name]


def _ref_text_required(index: int) -> ValueError:
    """The reference's words for an in-context clone without its transcript (the engine's
    contract finds it; this names the row as the reference does)."""
    return ValueError(f"ref_text is required when x_vector_only_mode=False (ICL mode). Bad index={index}")


def _device_name(device: Any) -> str:
    if device is None:
        return "cpu"
    name = str(device).lower()
    if name in ("auto", "cpu"):
        return "cpu"
    if name == "cuda" or name.startswith("cuda:"):
        return "cuda"
    raise ValueError(f"Unsupported device: {device!r}. Supported: cpu, cuda")


class Qwen3TTSModel:
    """Qwen3-TTS (CustomVoice / VoiceDesign / Base) on the Rust engine, with the API of
    ``qwen_tts.Qwen3TTSModel``: every ``generate_*`` returns ``(list of float32 arrays, 24000)``.

    The drop-in methods behave like the reference by default (no text normalization, no
    fades; ``normalize=True`` opts in). Beyond the reference: :meth:`stream`, :meth:`astream`,
    ``seed=`` for reproducible sampling, ``return_codes=True``.
    """

    def __init__(self, engine: "_native.Engine"):
        self._engine = engine
        self.tts_model_type: str = engine.tts_model_type
        self.tts_model_size: Optional[str] = engine.tts_model_size
        self.tokenizer_type: str = TOKENIZER_TYPE
        self.generate_defaults: Dict[str, Any] = engine.generation_defaults()
        self.sample_rate: int = engine.sample_rate
        #: Why each row of the last generate call stopped (see ``from_pretrained``).
        self.last_stop_reasons: List[str] = []

    @classmethod
    def from_pretrained(cls, pretrained_model_name_or_path: str, device: Any = None, dtype: Any = None,
                        device_map: Any = None, torch_dtype: Any = None, max_batch: int = 16,
                        max_queue: int = 64, decode_mode: str = "reference",
                        max_reference_secs: float = MAX_REFERENCE_SECS, weight_cache: str = "auto",
                        frame_budget_margin: float = 4.0, loop_min_frames: int = 75,
                        codec_dtype: str = "auto", **kwargs: Any) -> "Qwen3TTSModel":
        """Loads a local checkpoint directory or a Hugging Face id (``owner/name[@revision]``).

        ``device``/``device_map``: "cpu" (default) or "cuda[:0]" (needs a CUDA build; it has
        not been run on a GPU yet); ``dtype`` (or ``torch_dtype``): a torch dtype or its name
        (float32 default, as the reference), or the engine's quantized "q8_0"/"q5_0" and "auto"
        (q8_0 on the CPU: several times faster; q5_0 a fifth faster again, its code predictor
        and the talker's MLP in 5 bits); "q4k" is experimental (it fails its quality bar).
        ``codec_dtype``: the codec's waveform convs, "auto" (f32 when ``dtype`` is float32, so
        the reference's output stays exact; otherwise "bf16" where the CPU has AVX-512 BF16,
        within 35 dB of f32 at half the codec's weight memory), "f32" or "bf16". ``max_batch`` and ``max_queue`` size the serving engine; ``max_reference_secs`` is the
        longest reference clip taken (longer ones raise ValueError). ``decode_mode``:
        "reference" (the default) decodes in the reference's 300-frame chunks, so outputs past
        24 s (in-context clones with their reference audio included) equal its waveform too;
        "continuous" is one stateful pass (the CLI's and the server's default). ``weight_cache``:
        where quantized weights are kept between loads ("auto": ``$QWEN3_TTS_CACHE`` or
        ``~/.cache/qwen3-tts-rs/weights``; "off"; or a directory). The reference's
        ``attn_implementation`` and other loader options are accepted and ignored.

        Runaway guards (ours; the reference has none): ``frame_budget_margin`` caps the frames
        of a text at this multiple of its language's usual speaking rate, ``loop_min_frames``
        ends speech whose codes repeat a stretch of frames over that many frames (12.5 per
        second); 0 turns either off. ``last_stop_reasons`` then tells why each row of the last
        call stopped ("eos", "max_new_tokens", "frame_budget", "loop"), ``AudioStream.stop_reason``
        the same for a stream.
        """
        dev = _device_name(device if device is not None else device_map)
        engine = _native.Engine(str(pretrained_model_name_or_path), device=dev,
                                dtype=_torch_free_dtype(dtype if dtype is not None else torch_dtype),
                                codec_dtype=str(codec_dtype), decode_mode=decode_mode, max_batch=max_batch, max_queue=max_queue,
                                max_reference_secs=float(max_reference_secs), weight_cache=str(weight_cache),
                                frame_budget_margin=float(frame_budget_margin),
                                loop_min_frames=int(loop_min_frames))
        return cls(engine)

    # -- what the model supports ------------------------------------------------------------

    def get_supported_speakers(self) -> Optional[List[str]]:
        """Sorted lowercase speaker names (empty for VoiceDesign and Base models)."""
        return self._engine.speakers()

    def get_supported_languages(self) -> Optional[List[str]]:
        """Sorted lowercase language names, "auto" included."""
        return self._engine.languages()

    # -- the reference's validation, same messages ---------------------------------------------

    def _check_type(self, want: str, method: str) -> None:
        if self.tts_model_type != want:
            raise ValueError(
                f"model with \ntokenizer_type: {self.tokenizer_type}\n"
                f"tts_model_size: {self.tts_model_size}\n"
                f"tts_model_type: {self.tts_model_type}\n"
                f"does not support {method}, Please check Model Card or Readme for more details."
            )


    @staticmethod
    def _ensure_list(x: Any) -> List[Any]:
        return x if isinstance(x, list) else [x]

    @staticmethod
    def _languages(language: Any, n: int) -> List[Any]:
        if isinstance(language, list):
            langs = language
        else:
            langs = [language] * n if language is not None else ["Auto"] * n
        return langs * n if len(langs) == 1 and n > 1 else langs

    # -- audio inputs, as the reference reads them --------------------------------------------

    def _normalize_audio_inputs(self, audios: Any) -> List[Tuple[np.ndarray, int]]:
        out = []
        for a in self._ensure_list(audios):
            if isinstance(a, str):
                wav, sr = _inputs.read_source(a, self._engine.max_reference_secs)
            elif isinstance(a, tuple) and len(a) == 2 and isinstance(a[0], np.ndarray):
                wav, sr = a[0].astype(np.float32), int(a[1])
            elif isinstance(a, np.ndarray):
                raise ValueError("For numpy waveform input, pass a tuple (audio, sr).")
            else:
                raise TypeError(f"Unsupported audio input type: {type(a)}")
            out.append((_inputs.mono(wav), sr))
        return out

    # -- one row -> an engine request ---------------------------------------------------------

    def _gen_kwargs(self, method: str, kwargs: Dict[str, Any]) -> Dict[str, Any]:
        return _inputs.generation_kwargs(method, kwargs, self._engine.codec_eos_token_id)

    def _request(self, text: str, gen: Dict[str, Any], **row: Any) -> "_native.Request":
        if not isinstance(text, str):
            raise ValueError(f"text must be a string, got {type(text).__name__}")
        return self._engine.request(text, **row, **gen)

    def _requests(self, rows: List[Dict[str, Any]], gen: Dict[str, Any]) -> List["_native.Request"]:
        """One engine request per row; the engine validates each. As the reference wrapper,
        every row's language is judged before any speaker, and the error lists every bad value."""
        requests, errors = [], []
        try:
            for i, row in enumerate(rows):
                args = {k: v for k, v in row.items() if k not in ("text", "temporary")}
                try:
                    requests.append(self._request(row["text"], gen, **args))
                except _native.InvalidRequest as e:
                    if e.field == "ref_text":
                        raise _ref_text_required(i) from e
                    errors.append(e)
        finally:
            # Voices registered for this call alone: a prepared request holds its voice.
            for name in {r["voice"] for r in rows if r.get("temporary")}:
                self._engine.remove_voice(name)
        for field, what in (("language", "languages"), ("voice", "speakers")):
            bad = [e for e in errors if e.field == field and e.given is not None]
            if len(bad) > 1 and str(bad[0]).startswith("Unsupported"):
                supported = sorted(v.lower() for v in bad[0].valid)
                raise ValueError(f"Unsupported {what}: {[e.given for e in bad]}. Supported: {supported}")
            if bad:
                raise bad[0]
        if errors:
            raise errors[0]
        return requests

    def _run(self, requests: List["_native.Request"], return_codes: bool):
        results = self._engine.run(requests)
        wavs = [w for w, _, _ in results]
        self.last_stop_reasons = [s for _, _, s in results]
        if return_codes:
            return wavs, self.sample_rate, [c for _, c, _ in results]
        return wavs, self.sample_rate

    # -- CustomVoice -----------------------------------------------------------------------------

    def _custom_voice_rows(self, text, speaker, language, instruct, non_streaming_mode):
        self._check_type("custom_voice", "generate_custom_voice")
        texts = self._ensure_list(text)
        n = len(texts)
        languages = self._languages(language, n)
        speakers = self._ensure_list(speaker)
        if self.tts_model_size is None or self.tts_model_size in "0b6":
            instruct = None  # the reference: 0.6B CustomVoice models take no instruct
        if isinstance(instruct, list):
            instructs = instruct
        else:
            instructs = [instruct] * n if instruct is not None else [""] * n
        if len(speakers) == 1 and n > 1:
            speakers = speakers * n
        if len(instructs) == 1 and n > 1:
            instructs = instructs * n
        if not (n == len(languages) == len(speakers) == len(instructs)):
            raise ValueError(
                f"Batch size mismatch: text={n}, language={len(languages)}, speaker={len(speakers)}, "
                f"instruct={len(instructs)}")
        return [dict(text=t, speaker=s, language=str(lang), instruct=i or None,
                     non_streaming_mode=bool(non_streaming_mode))
                for t, s, lang, i in zip(texts, speakers, languages, instructs)]

    def generate_custom_voice(self, text: Union[str, List[str]], speaker: Union[str, List[str]],
                              language: Union[str, List[str], None] = None,
                              instruct: Optional[Union[str, List[str]]] = None,
                              non_streaming_mode: bool = True, return_codes: bool = False, **kwargs: Any):
        """CustomVoice: speak ``text`` (a string or a list: one batch) as a built-in ``speaker``
        (case-insensitive), optionally with an ``instruct`` (1.7B models).

        Generation kwargs as the reference: ``do_sample``, ``top_k``, ``top_p``, ``temperature``,
        ``repetition_penalty``, ``subtalker_dosample``, ``subtalker_top_k``, ``subtalker_top_p``,
        ``subtalker_temperature``, ``max_new_tokens`` (None: generation_config.json); ours:
        ``seed``, ``normalize``, ``fade_ms``, ``split_sentences``.

        Returns ``(wavs, 24000)``, or ``(wavs, 24000, codes)`` with ``return_codes=True``.
        Raises ValueError for an unsupported speaker or language, or mismatched batch sizes.
        """
        gen = self._gen_kwargs("generate_custom_voice", kwargs)
        rows = self._custom_voice_rows(text, speaker, language, instruct, non_streaming_mode)
        return self._run(self._requests(rows, gen), return_codes)

    # -- VoiceDesign -------------------------------------------------------------------------------

    def _voice_design_rows(self, text, instruct, language, non_streaming_mode):
        self._check_type("voice_design", "generate_voice_design")
        texts = self._ensure_list(text)
        n = len(texts)
        languages = self._languages(language, n)
        instructs = self._ensure_list(instruct)
        if len(instructs) == 1 and n > 1:
            instructs = instructs * n
        if not (n == len(languages) == len(instructs)):
            raise ValueError(
                f"Batch size mismatch: text={n}, language={len(languages)}, instruct={len(instructs)}")
        return [dict(text=t, language=str(lang), instruct=i or None, non_streaming_mode=bool(non_streaming_mode))
                for t, lang, i in zip(texts, languages, instructs)]

    def generate_voice_design(self, text: Union[str, List[str]], instruct: Union[str, List[str]],
                              language: Union[str, List[str], None] = None, non_streaming_mode: bool = True,
                              return_codes: bool = False, **kwargs: Any):
        """VoiceDesign: speak ``text`` in a voice described by ``instruct`` (an empty string:
        no description). Generation kwargs and return value as :meth:`generate_custom_voice`."""
        gen = self._gen_kwargs("generate_voice_design", kwargs)
        rows = self._voice_design_rows(text, instruct, language, non_streaming_mode)
        return self._run(self._requests(rows, gen), return_codes)

    # -- Base: voice cloning ----------------------------------------------------------------------

    def create_voice_clone_prompt(self, ref_audio: Union[AudioLike, List[AudioLike]],
                                  ref_text: Optional[Union[str, List[Optional[str]]]] = None,
                                  x_vector_only_mode: Union[bool, List[bool]] = False) -> List[VoiceClonePromptItem]:
        """Encodes reference audio once (speaker x-vector; in ICL mode, the default, also its
        codes, which need ``ref_text``): items to pass as ``voice_clone_prompt`` to any number
        of later calls. ``ref_audio``: a path, a URL or base64 of a WAV, FLAC, OGG Vorbis or MP3
        file, or ``(array, sr)``; or a list."""
        self._check_type("base", "create_voice_clone_prompt")
        items = []
        for i, ((wav, sr), rtext, xvec) in enumerate(self._clone_inputs(ref_audio, ref_text, x_vector_only_mode)):
            name = f"py-prompt-{uuid.uuid4().hex}"
            try:
                codes, xvector = self._engine.register_voice(name, wav, sr, ref_text=rtext,
                                                             x_vector_only_mode=bool(xvec))
            except _native.InvalidRequest as e:
                if e.field == "ref_text":
                    raise _ref_text_required(i) from e
                raise
            item = VoiceClonePromptItem(ref_code=codes, ref_spk_embedding=xvector, x_vector_only_mode=bool(xvec),
                                        icl_mode=not xvec, ref_text=rtext, _voice=name)
            weakref.finalize(item, self._engine.remove_voice, name)
            items.append(item)
        return items

    def _voice_clone_rows(self, text, language, ref_audio, ref_text, x_vector_only_mode, voice_clone_prompt,
                          non_streaming_mode):
        self._check_type("base", "generate_voice_clone")
        texts = self._ensure_list(text)
        n = len(texts)
        languages = self._languages(language, n)
        if n != len(languages):
            raise ValueError(f"Batch size mismatch: text={n}, language={len(languages)}")
        if voice_clone_prompt is None:
            if ref_audio is None:
                raise ValueError("Either `voice_clone_prompt` or `ref_audio` must be provided.")
            voices = self._clone_sources(ref_audio, ref_text, x_vector_only_mode)
        else:
            voices = self._prompt_voices(voice_clone_prompt)
        if len(voices) == 1 and n > 1:
            voices = voices * n
        if len(voices) != n:
            raise ValueError(f"Batch size mismatch: prompt={len(voices)}, text={n}")
        return [dict(text=t, language=str(lang), non_streaming_mode=bool(non_streaming_mode), **v)
                for t, lang, v in zip(texts, languages, voices)]

    def _prompt_voices(self, voice_clone_prompt) -> List[Dict[str, Any]]:
        """``voice_clone_prompt`` in the reference's forms -> engine voices. Items from this
        package's create_voice_clone_prompt name the voice they registered; ``qwen_tts``'s own
        items (torch tensors) and the dict of lists are registered for this call (removed once
        its requests are prepared)."""
        if not isinstance(voice_clone_prompt, (list, dict)):
            raise TypeError("voice_clone_prompt must be a list of VoiceClonePromptItem (this package's or "
                            f"qwen_tts's) or the reference's dict of lists, got {type(voice_clone_prompt).__name__}")
        items = voice_clone_prompt if isinstance(voice_clone_prompt, list) else None
        rows = _inputs.prompt_parts(voice_clone_prompt)
        voices: List[Dict[str, Any]] = []
        try:
            for i, row in enumerate(rows):
                ours = items[i] if items is not None else None
                if isinstance(ours, VoiceClonePromptItem) and ours._voice is not None:
                    voices.append(dict(voice=ours._voice))
                    continue
                name = f"py-call-{uuid.uuid4().hex}"
                _inputs.register_prompt(self._engine, name, row)
                voices.append(dict(voice=name, temporary=True))
        except BaseException:
            for v in voices:
                if v.get("temporary"):
                    self._engine.remove_voice(v["voice"])
            raise
        return voices

    def _clone_inputs(self, ref_audio, ref_text, x_vector_only_mode):
        """(audio as (array, sr), ref_text, x_vector_only) per row; a scalar ref_text or mode
        applies to every row, lists must match ref_audio's length."""
        audios = self._ensure_list(ref_audio)
        n = len(audios)
        texts = self._ensure_list(ref_text) if isinstance(ref_text, list) else [ref_text] * n
        xvecs = self._ensure_list(x_vector_only_mode) if isinstance(x_vector_only_mode, list) else [x_vector_only_mode] * n
        if len(texts) != n or len(xvecs) != n:
            raise ValueError(
                f"Batch size mismatch: ref_audio={n}, ref_text={len(texts)}, x_vector_only_mode={len(xvecs)}")
        return list(zip(self._normalize_audio_inputs(audios), texts, xvecs))

    def _clone_sources(self, ref_audio, ref_text, x_vector_only_mode) -> List[Dict[str, Any]]:
        """What create_voice_clone_prompt would encode, passed to the engine with each row (the
        engine encodes it while preparing the request; nothing is registered)."""
        out = []
        for (wav, sr), rtext, xvec in self._clone_inputs(ref_audio, ref_text, x_vector_only_mode):
            out.append(dict(ref_audio=wav, ref_sr=sr, ref_text=None if xvec else rtext,
                            x_vector_only_mode=bool(xvec)))
        return out

    def generate_voice_clone(self, text: Union[str, List[str]], language: Union[str, List[str], None] = None,
                             ref_audio: Optional[Union[AudioLike, List[AudioLike]]] = None,
                             ref_text: Optional[Union[str, List[Optional[str]]]] = None,
                             x_vector_only_mode: Union[bool, List[bool]] = False,
                             voice_clone_prompt: Union[List[Any], Dict[str, Any], None] = None,
                             non_streaming_mode: bool = False, return_codes: bool = False, **kwargs: Any):
        """Base: speak ``text`` in the voice of ``ref_audio`` (with its transcript ``ref_text``
        for in-context cloning, or ``x_vector_only_mode=True``), or of ``voice_clone_prompt``:
        items from :meth:`create_voice_clone_prompt` (this package's, or ``qwen_tts``'s own with
        torch tensors: converted), or the reference's dict of lists (``ref_code``,
        ``ref_spk_embedding``, ``x_vector_only_mode``, ``icl_mode``; x-vector entries only, as
        in the reference, which fails on its in-context entries for want of ``ref_text``).
        ``ref_audio``: a path, URL or base64 string of a WAV, FLAC, OGG Vorbis or MP3 file, or
        ``(array, sr)``; any rate and channel count (the channels' mean, resampled to 24 kHz
        with soxr_hq as the reference). Generation kwargs and return value as
        :meth:`generate_custom_voice`."""
        gen = self._gen_kwargs("generate_voice_clone", kwargs)
        rows = self._voice_clone_rows(text, language, ref_audio, ref_text, x_vector_only_mode, voice_clone_prompt,
                                      non_streaming_mode)
        return self._run(self._requests(rows, gen), return_codes)

    # -- beyond the reference: streaming -----------------------------------------------------------

    def stream(self, text: str, speaker: Optional[str] = None, language: Optional[str] = None,
               instruct: Optional[str] = None, ref_audio: Optional[AudioLike] = None, ref_text: Optional[str] = None,
               x_vector_only_mode: bool = False, voice_clone_prompt: Optional[List[VoiceClonePromptItem]] = None,
               non_streaming_mode: Optional[bool] = None, chunk_ms: int = 80, **kwargs: Any) -> "AudioStream":
        """Speaks one ``text`` and yields float32 numpy chunks (``chunk_ms`` each, the last one
        shorter) as the engine makes them; they concatenate to what the matching ``generate_*``
        call returns, except that in-context cloning (``ref_text``) cuts the reference audio at
        its frame boundary: where the reference's ``int(T_ref / T_total * len)`` keeps the
        reference audio's last sample (it depends on the length, unknown while streaming),
        ``generate_voice_clone`` keeps it too and the stream starts one sample later. The arguments are those of the model type's ``generate_*`` method
        (``non_streaming_mode`` defaults as there). The engine works without the GIL; closing
        or dropping the iterator cancels the request. ``.codes`` holds the codes at the end."""
        if not isinstance(text, str):
            raise ValueError("stream() speaks one text; pass a string (batch with generate_*)")
        kind = self.tts_model_type
        method = {"custom_voice": "generate_custom_voice", "voice_design": "generate_voice_design"}.get(
            kind, "generate_voice_clone")
        gen = self._gen_kwargs(method, dict(kwargs, chunk_ms=chunk_ms))
        if kind == "custom_voice":
            nsm = True if non_streaming_mode is None else non_streaming_mode
            rows = self._custom_voice_rows(text, speaker, language, instruct, nsm)
        elif kind == "voice_design":
            nsm = True if non_streaming_mode is None else non_streaming_mode
            rows = self._voice_design_rows(text, instruct if instruct is not None else "", language, nsm)
        else:
            nsm = False if non_streaming_mode is None else non_streaming_mode
            rows = self._voice_clone_rows(text, language, ref_audio, ref_text, x_vector_only_mode,
                                          voice_clone_prompt, nsm)
        return AudioStream(self._engine.stream(self._requests(rows, gen)[0]), self.sample_rate)

    async def astream(self, text: str, **kwargs: Any) -> AsyncIterator[np.ndarray]:
        """:meth:`stream` for asyncio: ``async for chunk in model.astream(...)``. The engine
        waits run in the default executor; leaving the loop (break, cancellation) cancels."""
        it = self.stream(text, **kwargs)
        loop = asyncio.get_running_loop()
        try:
            while True:
                chunk = await loop.run_in_executor(None, it._next_or_none)
                if chunk is None:
                    return
                yield chunk
        finally:
            it.close()


class AudioStream(Iterator[np.ndarray]):
    """Chunks of one request (float32 at ``sample_rate``, the engine's). ``close()``, leaving a
    ``with`` block or dropping the iterator cancels the request; ``codes`` is set once it is
    exhausted."""

    def __init__(self, native: "_native.Stream", sample_rate: int):
        self._native = native
        self.sample_rate = sample_rate

    def __iter__(self) -> "AudioStream":
        return self

    def __next__(self) -> np.ndarray:
        return next(self._native)

    def _next_or_none(self) -> Optional[np.ndarray]:
        return next(self._native, None)

    @property
    def stop_reason(self) -> Optional[str]:
        """Why generation stopped once the stream is exhausted: "eos", "max_new_tokens", or a
        runaway guard, "frame_budget" or "loop"; else None."""
        return self._native.stop_reason

    @property
    def codes(self) -> Optional[np.ndarray]:
        """``int64 [frames, groups]`` generated codes once the stream is exhausted, else None."""
        return self._native.codes

    def close(self) -> None:
        self._native.close()

    def __enter__(self) -> "AudioStream":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


@dataclass
class Qwen3TTSTokenizerEncoderOutput:
    """What :meth:`Qwen3TTSTokenizer.encode` returns: ``audio_codes``, one ``int64 numpy array
    [frames, quantizers]`` per input. The reference returns the same field as torch.LongTensor;
    numpy here (this package needs no torch; ``torch.from_numpy`` converts without a copy), and
    :meth:`Qwen3TTSTokenizer.decode` takes either."""

    audio_codes: List[np.ndarray]


class Qwen3TTSTokenizer:
    """The 12 Hz speech tokenizer (``qwen_tts.Qwen3TTSTokenizer``): audio -> codes -> audio."""

    def __init__(self, codec: "_native.Codec"):
        self._codec = codec

    @classmethod
    def from_pretrained(cls, pretrained_model_name_or_path: str, **kwargs: Any) -> "Qwen3TTSTokenizer":
        """Loads a Qwen3-TTS-Tokenizer-12Hz directory (or a TTS checkpoint's speech_tokenizer/).
        Loader options of the reference (device_map, dtype...) are accepted and ignored: the
        codec runs in float32 on the CPU."""
        return cls(_native.Codec(str(pretrained_model_name_or_path)))

    def get_model_type(self) -> str:
        return TOKENIZER_TYPE

    def get_input_sample_rate(self) -> int:
        return self._codec.input_sample_rate

    def get_output_sample_rate(self) -> int:
        return self._codec.output_sample_rate

    def get_encode_downsample_rate(self) -> int:
        """Waveform samples per code frame on the encoder side."""
        return self._codec.encode_downsample_rate

    def get_decode_upsample_rate(self) -> int:
        """Waveform samples per code frame on the decoder side."""
        return self._codec.decode_upsample_rate

    def load_audio(self, x: str, target_sr: int) -> np.ndarray:
        """A path, URL or base64 string (WAV, FLAC, OGG Vorbis, MP3) -> 1-D float32 samples at
        ``target_sr``: the channels' mean, resampled with soxr_hq (the reference's librosa)."""
        wav, sr = _inputs.read_source(x, MAX_REFERENCE_SECS)
        wav = _inputs.mono(wav)
        if sr != int(target_sr):
            wav = _native.resample(wav, int(sr), int(target_sr))
        return wav.astype(np.float32)

    def encode(self, audios: Any, sr: Optional[int] = None, return_dict: bool = True):
        """Audio -> codes. ``audios``: a path, URL or base64 string, a numpy waveform (with
        ``sr``), or a list of either kind. Returns :class:`Qwen3TTSTokenizerEncoderOutput`
        (``audio_codes``: int64 numpy ``[frames, quantizers]`` per input), or ``(audio_codes,)``
        with ``return_dict=False``."""
        if isinstance(audios, (str, np.ndarray)):
            audios = [audios]
        target = self.get_input_sample_rate()
        codes = []
        for a in audios:
            if isinstance(a, str):
                wav, rate = self.load_audio(a, target_sr=target), target
            elif isinstance(a, np.ndarray):
                if sr is None:
                    raise ValueError("For numpy waveform input, you must provide `sr` (original sampling rate).")
                wav, rate = _inputs.mono(a), int(sr)
            else:
                raise TypeError("Mixed input types are not supported. Use all paths/base64 or all numpy arrays.")
            codes.append(self._codec.encode(wav, rate))
        out = Qwen3TTSTokenizerEncoderOutput(audio_codes=codes)
        return out if return_dict else (codes,)

    def decode(self, encoded: Any) -> Tuple[List[np.ndarray], int]:
        """Codes -> ``(wavs, sample_rate)``: an :meth:`encode` output, a dict with
        ``audio_codes`` or a list of such dicts; codes ``[frames, quantizers]`` per row, or a
        padded ``[rows, frames, quantizers]`` batch (padding -1)."""
        if hasattr(encoded, "audio_codes"):
            codes = encoded.audio_codes
        elif isinstance(encoded, dict):
            codes = encoded["audio_codes"]
        elif isinstance(encoded, list):
            codes = [e["audio_codes"] for e in encoded]
        else:
            raise TypeError("`encoded` must be an encode output, a dict, or a list of dicts.")
        if hasattr(codes, "detach"):  # one torch tensor, as the reference's encode returns
            codes = _inputs.to_numpy(codes, np.int64)
        if isinstance(codes, np.ndarray):
            codes = [codes] if codes.ndim == 2 else list(codes)
        rows = [_inputs.to_numpy(c, np.int64) for c in codes]
        return self._codec.decode(rows), self._codec.output_sample_rate

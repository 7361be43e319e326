"""Qwen3-TTS 12 Hz in Rust: a drop-in for ``qwen_tts`` (no torch), plus true streaming.

Switching is the import::

    from qwen3_tts_rs import Qwen3TTSModel   # was: from qwen_tts import Qwen3TTSModel

    model = Qwen3TTSModel.from_pretrained("Qwen/Qwen3-TTS-12Hz-0.6B-CustomVoice")
    wavs, sr = model.generate_custom_voice("Hello!", speaker="ryan", language="english")
    for chunk in model.stream("Hello!", speaker="ryan"):   # numpy chunks as they are made
        play(chunk)
"""

from ._model import AudioStream, Qwen3TTSModel, Qwen3TTSTokenizer, VoiceClonePromptItem
from ._native import InvalidRequest

__all__ = ["AudioStream", "InvalidRequest", "Qwen3TTSModel", "Qwen3TTSTokenizer", "VoiceClonePromptItem"]

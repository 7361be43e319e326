"""The official `openai` Python SDK against tts-server (run by tests/openai_sdk.rs).

argv: BASE_URL EXPECTED_PCM_FILE. The expected file holds the 16-bit PCM the engine makes
in-process for the same request (greedy, alice, english).
"""

import base64
import json
import sys

import openai
from openai import OpenAI

base_url, expected_path = sys.argv[1], sys.argv[2]
expected = open(expected_path, "rb").read()
client = OpenAI(base_url=base_url + "/v1", api_key="unused")
TEXT = "The quick brown fox jumps over the lazy dog."
extra = {"language": "english", "temperature": 0, "chunk_ms": 20}

# The model list the SDK sees: the checkpoint's name, then OpenAI's names it also answers to.
models = [m.id for m in client.models.list()]
assert models == ["tiny-e2e", "tts-1", "tts-1-hd", "gpt-4o-mini-tts"], models

# A script written for OpenAI, unchanged: OpenAI's model and voice names. "alloy" maps to a
# speaker this fixture lacks, so its default speaker (alice) speaks.
openai_wav = client.audio.speech.create(model="tts-1", voice="alloy", input=TEXT, response_format="wav",
                                        extra_body=extra)
assert openai_wav.content[:4] == b"RIFF" and openai_wav.content[44:] == expected, len(openai_wav.content)

# Whole response, WAV and raw PCM.
wav = client.audio.speech.create(model="tiny-e2e", voice="alice", input=TEXT, response_format="wav", extra_body=extra)
assert wav.content[:4] == b"RIFF" and wav.content[44:] == expected, len(wav.content)
pcm = client.audio.speech.create(model="tiny-e2e", voice="alice", input=TEXT, response_format="pcm", extra_body=extra)
assert pcm.content == expected

# Streaming: chunked raw audio read as it arrives.
with client.audio.speech.with_streaming_response.create(
    model="tiny-e2e", voice="alice", input=TEXT, response_format="pcm", extra_body={**extra, "stream": True}
) as response:
    pieces = list(response.iter_bytes())
assert b"".join(pieces) == expected
assert len(pieces) > 1, len(pieces)

# Streaming as server-sent events (the SDK's stream_format).
with client.audio.speech.with_streaming_response.create(
    model="tiny-e2e", voice="alice", input=TEXT, response_format="pcm", stream_format="sse", extra_body=extra
) as response:
    events = [json.loads(line[6:]) for line in response.iter_lines() if line.startswith("data: ")]
audio = b"".join(base64.b64decode(e["audio"]) for e in events if e["type"] == "speech.audio.delta")
assert audio == expected
assert events[-1]["type"] == "speech.audio.done" and events[-1]["usage"]["output_tokens"] > 0, events[-1]

# Errors arrive as the SDK's typed exceptions with the server's message.
try:
    client.audio.speech.create(model="tiny-e2e", voice="carol", input=TEXT)
    raise SystemExit("an unknown voice was accepted")
except openai.BadRequestError as e:
    assert "alice" in str(e), e
try:
    client.audio.speech.create(model="whisper-1", voice="alice", input=TEXT)
    raise SystemExit("an unknown model was accepted")
except openai.NotFoundError as e:
    assert "tiny-e2e" in str(e), e
print("openai sdk: ok")

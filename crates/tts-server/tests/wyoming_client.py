"""The `wyoming` package's client against tts-server's Wyoming listener (run by
tests/wyoming.rs). argv: HOST PORT WHOLE_PCM STREAMED_PCM: the 16-bit PCM the engine makes
in-process for `synthesize` and for streamed text of the same sentence (voice alice)."""

import asyncio
import sys

from wyoming.audio import AudioChunk, AudioStart, AudioStop
from wyoming.client import AsyncTcpClient
from wyoming.error import Error
from wyoming.info import Describe, Info
from wyoming.tts import (
    Synthesize,
    SynthesizeChunk,
    SynthesizeStart,
    SynthesizeStop,
    SynthesizeStopped,
    SynthesizeVoice,
)

host, port = sys.argv[1], int(sys.argv[2])
whole, streamed = (open(p, "rb").read() for p in sys.argv[3:5])
TEXT = "The quick brown fox jumps over the lazy dog."


async def audio(client):
    """Events up to audio-stop: the format and the audio."""
    start, data = None, b""
    while True:
        event = await client.read_event()
        assert event is not None, "the server closed the connection"
        if AudioStart.is_type(event.type):
            start = AudioStart.from_event(event)
        elif AudioChunk.is_type(event.type):
            assert start is not None, "audio-chunk before audio-start"
            data += AudioChunk.from_event(event).audio
        elif AudioStop.is_type(event.type):
            return start, data
        else:
            raise AssertionError(f"unexpected {event.type}: {event.data}")


async def main():
    async with AsyncTcpClient(host, port) as client:
        await client.write_event(Describe().event())
        info = Info.from_event(await client.read_event())
        program = info.tts[0]
        assert program.supports_synthesize_streaming
        assert [v.name for v in program.voices] == ["alice", "bob"], program.voices
        assert "en" in program.voices[0].languages and "ru" in program.voices[0].languages

        voice = SynthesizeVoice(name="alice", language="en")
        await client.write_event(Synthesize(text=TEXT, voice=voice).event())
        start, data = await audio(client)
        assert (start.rate, start.width, start.channels) == (24000, 2, 1)
        assert data == whole, (len(data), len(whole))

        # Streamed text in pieces that split words; `synthesize` is sent beside it for
        # clients that do not stream, as Home Assistant does.
        await client.write_event(SynthesizeStart(voice=voice).event())
        for i in range(0, len(TEXT), 3):
            await client.write_event(SynthesizeChunk(text=TEXT[i : i + 3]).event())
        await client.write_event(Synthesize(text=TEXT, voice=voice).event())
        await client.write_event(SynthesizeStop().event())
        _, data = await audio(client)
        assert data == streamed, (len(data), len(streamed))
        assert SynthesizeStopped.is_type((await client.read_event()).type)

        await client.write_event(Synthesize(text=TEXT, voice=SynthesizeVoice(name="carol")).event())
        event = await client.read_event()
        assert Error.is_type(event.type), event
        assert "carol" in event.data["text"] and "alice" in event.data["text"], event.data

    # A client that goes away in the middle of streamed text.
    async with AsyncTcpClient(host, port) as client:
        await client.write_event(SynthesizeStart(voice=voice).event())
        await client.write_event(SynthesizeChunk(text="The quick brown ").event())
        event = await client.read_event()
        assert AudioStart.is_type(event.type), event
    print("wyoming: ok")


asyncio.run(main())

"""Decodes the server's streamed formats with libsndfile (the `soundfile` package, pinned in
requirements/soundfile.txt): an independent decoder of G.711 (raw u-law and A-law at 8 kHz) and
of Ogg Opus (libsndfile's own Ogg reader over libopus, honouring the header's pre-skip and the
last page's granule position).

    decode_audio.py FORMAT IN OUT   ->  writes OUT as 16-bit little-endian samples, prints the rate
"""

import sys

import soundfile as sf


def main() -> None:
    fmt, src, dst = sys.argv[1:4]
    if fmt in ("ulaw", "alaw"):
        data, rate = sf.read(src, format="RAW", subtype=fmt.upper(), samplerate=8000, channels=1,
                             dtype="int16")
    elif fmt == "opus":
        info = sf.info(src)
        assert (info.format, info.subtype) == ("OGG", "OPUS"), (info.format, info.subtype)
        data, rate = sf.read(src, dtype="int16")
    else:
        raise SystemExit(f"unknown format {fmt}")
    data.astype("<i2").tofile(dst)
    print(rate)


if __name__ == "__main__":
    main()

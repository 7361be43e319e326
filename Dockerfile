# tts-server in a small image. Build: docker build -t qwen3-tts-rs .
# Run:   docker run -p 8080:8080 -p 50051:50051 -v ~/.cache/huggingface:/root/.cache/huggingface \
#            -e TTS_MODEL=Qwen/Qwen3-TTS-12Hz-0.6B-CustomVoice qwen3-tts-rs
# Every setting is a flag or a TTS_* variable (see `tts-server --help` and the README).
FROM rust:1.95-bookworm AS build
WORKDIR /src
# libsoxr: the reference's resampler (tts-core links it through the `soxr` crate); libopus: the
# Opus responses (tts-server links it through `audiopus`).
RUN apt-get update && apt-get install -y --no-install-recommends libsoxr-dev libopus-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*
COPY . .
# The CPU build; for CUDA build on an nvidia/cuda devel image with `--features cuda`.
RUN cargo build --release -p tts-server --bin tts-server

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl libsoxr0 libopus0 \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/tts-server /usr/local/bin/tts-server
ENV TTS_HTTP_ADDR=0.0.0.0:8080 TTS_GRPC_ADDR=0.0.0.0:50051 TTS_LOG_FORMAT=json
EXPOSE 8080 50051
HEALTHCHECK --interval=10s --timeout=2s CMD curl -sf http://127.0.0.1:8080/health || exit 1
# SIGTERM drains: readiness turns false, running streams get TTS_SHUTDOWN_GRACE_S to finish.
STOPSIGNAL SIGTERM
ENTRYPOINT ["tts-server"]

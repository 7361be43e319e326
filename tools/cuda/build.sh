#!/usr/bin/env bash
# Builds the `cuda` feature on a machine without a GPU or a system CUDA toolkit, and packs what
# tools/gpu-check.sh runs on the GPU machine.
#
# The toolkit comes from PyPI into tools/cuda/.venv (git-ignored), pinned to CUDA 13.0: the GPU
# machines run driver 580 (CUDA 13.0), which refuses PTX from nvcc >= 13.1. The wheels lack
# what nvcc and the linker expect of a toolkit install, so this script adds it: the
# targets/x86_64-linux links (nvcc's profile includes from there), unversioned lib*.so links
# (the linker looks for libcublas.so, the wheels ship libcublas.so.13), and a libcuda stub
# (libcuda belongs to the driver; no wheel has it). The stub only satisfies the link: the
# binary records the soname libcuda.so.1 and the GPU machine's driver provides it.
#
# Output goes to target/cuda (its own target dir, so the CPU build cache stays valid), and the
# stripped, xz'd binaries to .gpu/ (git-ignored; it travels to the GPU machine with the tree).
#
#   tools/cuda/build.sh            # venv (once), tts-cli and the parity test binaries, .gpu/
#   tools/cuda/build.sh --check    # only `cargo check --release --features cuda` (type errors;
#                                  # ~1 min once a build made candle-kernels' nvcc output)
#   tools/cuda/build.sh --env      # print the exports, e.g. `eval "$(tools/cuda/build.sh --env)"`
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VENV=$ROOT/tools/cuda/.venv
TARGET=$ROOT/target/cuda
PACK=$ROOT/.gpu
# The extras pin every component (nvcc alone pulls the newest nvvm/crt, whose PTX driver 580
# rejects).
TOOLKIT='cuda-toolkit[nvcc,cccl,cudart,cublas,curand,nvrtc]==13.0.3'
JOBS=${JOBS:-2}

setup_toolkit() {
    if [[ ! -x $VENV/bin/nvcc-ok ]]; then
        [[ -x $VENV/bin/python ]] || python3 -m venv "$VENV"
        "$VENV/bin/pip" install -q "$TOOLKIT"
    fi
    CU=$("$VENV/bin/python" -c 'import nvidia,os;print(os.path.join(list(nvidia.__path__)[0],"cu13"))')
    [[ -x $CU/bin/nvcc ]] || { echo "no nvcc under $CU" >&2; exit 1; }
    mkdir -p "$CU/targets/x86_64-linux" "$CU/lib/stubs"
    ln -sfn ../../include "$CU/targets/x86_64-linux/include"
    ln -sfn ../../lib "$CU/targets/x86_64-linux/lib"
    (cd "$CU/lib" && for l in cudart.so.13 cublas.so.13 cublasLt.so.13 curand.so.10 nvrtc.so.13; do
        ln -sf "lib$l" "lib${l%%.so.*}.so"
    done)
    if [[ ! -e $CU/lib/stubs/libcuda.so ]]; then
        # Every driver entry point cudarc declares, as an empty function: enough to link.
        (cd "$ROOT" && cargo fetch -q)
        local src
        src=$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/cudarc-0.19.* | sort -V | tail -1)
        grep -ohE 'fn cu[A-Za-z0-9_]+\(' "$src/src/driver/sys/"*.rs | sed 's/^fn //;s/($//' |
            sort -u | sed 's/.*/void &(void){}/' >"$VENV/cuda_stub.c"
        gcc -shared -fPIC -Wl,-soname,libcuda.so.1 -o "$CU/lib/stubs/libcuda.so" "$VENV/cuda_stub.c"
        ln -sf libcuda.so "$CU/lib/stubs/libcuda.so.1"
    fi
    touch "$VENV/bin/nvcc-ok" && chmod +x "$VENV/bin/nvcc-ok"
    if [[ $("$CU/bin/nvcc" --version) != *"release 13.0"* ]]; then
        echo "nvcc is not 13.0; PTX would fail on driver 580" >&2
        exit 1
    fi
}

export_env() {
    export PATH=$CU/bin:$PATH CUDA_HOME=$CU CUDA_PATH=$CU NVCC=$CU/bin/nvcc
    # sm_90a: H100/H200. cudarc takes the CUDA version from here instead of probing a GPU.
    export CUDA_COMPUTE_CAP=${CUDA_COMPUTE_CAP:-90} CUDARC_CUDA_VERSION=13000
    # The stub and the wheel libraries resolve each other's sonames only through -rpath-link;
    # nothing is written into the binary (no RUNPATH): the GPU machine sets LD_LIBRARY_PATH.
    export RUSTFLAGS="${RUSTFLAGS:-} -C link-arg=-Wl,-rpath-link,$CU/lib:$CU/lib/stubs"
    export CARGO_TARGET_DIR=$TARGET CARGO_PROFILE_RELEASE_STRIP=true
    # candle-kernels' nvcc runs (cudaforge) use half the cores unless told; the 15 static
    # GGUF kernel files take ~2 min each, and nothing else builds meanwhile.
    export CUDAFORGE_THREADS=${CUDAFORGE_THREADS:-$JOBS}
}

setup_toolkit
export_env
cd "$ROOT"
case ${1:-} in
--env)
    for v in PATH CUDA_HOME CUDA_PATH NVCC CUDA_COMPUTE_CAP CUDARC_CUDA_VERSION RUSTFLAGS \
        CARGO_TARGET_DIR CARGO_PROFILE_RELEASE_STRIP CUDAFORGE_THREADS; do
        printf 'export %s=%q\n' "$v" "${!v}"
    done
    exit 0
    ;;
--check)
    cargo check -j "$JOBS" --release --features cuda -p acoustic-model -p audio-codec-12hz \
        -p runtime -p tts-cli
    exit 0
    ;;
esac

cargo build -j "$JOBS" --release --features cuda -p tts-cli
# The fixture parity tests (tests/ of the model crates), built here, run there. tts-cli is
# selected too, though none of its targets is built: the build dependencies' features (and so
# candle-kernels' build script, ~20 min of nvcc) then stay those of the build above.
cargo test -j "$JOBS" --release --features cuda --no-run --message-format=json -p tts-cli \
    -p acoustic-model --test reference_talker -p audio-codec-12hz --test decoder_reference |
    "$VENV/bin/python" -c '
import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-message":
        sys.stderr.write(m["message"].get("rendered") or "")
    elif m.get("reason") == "compiler-artifact" and m.get("executable") and m["profile"]["test"]:
        print(m["target"]["name"], m["executable"])
' >"$TARGET/test-binaries.txt"

# What tools/gpu-check.sh needs, in one archive: the repository (42 MB of it fixtures) and the
# carried paths together must stay under the remote tool's 64 MiB. The three binaries hold the
# same ~12 MB of PTX text; one xz stream with a dictionary larger than all of them stores it
# once (11 MB with the configs, instead of 21 MB as separate xz files).
STAGE=$TARGET/gpu-stage
rm -rf "$STAGE" "$PACK" && mkdir -p "$STAGE/tests" "$STAGE/hf" "$PACK"
cp "$TARGET/release/tts-cli" "$STAGE/"
while read -r name exe; do
    cp "$exe" "$STAGE/tests/$name"
done <"$TARGET/test-binaries.txt"
# The real configs and tokenizer files for the random-weight benches (../shared does not
# travel to the GPU machine).
SHARED=${QWEN3_TTS_SHARED_DIR:-$ROOT/../shared}
for size in 0.6B 1.7B; do
    m=Qwen3-TTS-12Hz-$size-CustomVoice
    for f in config.json generation_config.json speech_tokenizer/config.json vocab.json \
        merges.txt tokenizer_config.json; do
        mkdir -p "$(dirname "$STAGE/hf/$m/$f")"
        cp "$SHARED/hf/$m/$f" "$STAGE/hf/$m/$f"
    done
done
tar -C "$STAGE" -cf - tts-cli tests hf | xz -T1 --lzma2=preset=9e,dict=192MiB >"$PACK/bundle.tar.xz"
readelf -d "$TARGET/release/tts-cli" | grep NEEDED
ls -l "$TARGET/release/tts-cli" "$STAGE/tests" "$PACK"

//! The decoder against the reference goldens of `tests/fixtures/codec/` (tiny codec, f32 eager),
//! and streaming / batching against the full pass.

use audio_codec_12hz::{
    Backend, CodecDtype, CodecStream, DecodeMode, Decoder, decode_padded_batch, push_streams,
};
use candle_core::{DType, Device, IndexOp, Tensor};

mod common;

use common::golden;

fn load_decoder() -> Decoder {
    let (cfg, vb) = common::tiny_codec();
    Decoder::new(&cfg.decoder_config, vb.pp("decoder")).unwrap()
}

/// Reference codes `[B, T, Q]` (i64) as the decoder takes them: `[B, Q, T]` u32.
fn codes_bqt(codes: &Tensor) -> Tensor {
    codes.transpose(1, 2).unwrap().to_dtype(DType::U32).unwrap()
}

fn max_abs_diff(a: &Tensor, b: &Tensor) -> f32 {
    let a = a.flatten_all().unwrap().to_dtype(DType::F32).unwrap();
    let b = b.flatten_all().unwrap().to_dtype(DType::F32).unwrap();
    assert_eq!(a.dims(), b.dims(), "shapes differ");
    (a - b).unwrap().abs().unwrap().max(0).unwrap().to_scalar::<f32>().unwrap()
}

#[test]
fn stages_match_the_reference_40_frame_pass() {
    let decoder = load_decoder();
    let codes = codes_bqt(&golden("codes_40"));
    let mut state = decoder.new_state(1);
    let mut seen = Vec::new();
    let pre_clamp = decoder
        .step_unclamped(&codes, &mut state, |name, xs| {
            let golden = golden(&format!("stage_{name}"));
            let diff = max_abs_diff(xs, &golden);
            seen.push(name.to_string());
            // Activations reach ~50 inside the SnakeBeta blocks: f32 agreement there is
            // relative, so allow 1e-5 of the stage's magnitude on top of 1e-4.
            let scale = golden.abs()?.max_all()?.to_scalar::<f32>()?;
            assert!(
                diff < 1e-4 + 1e-5 * scale,
                "stage {name}: max |diff| {diff} (max |x| {scale})"
            );
            Ok(())
        })
        .unwrap();
    assert_eq!(
        seen,
        [
            "quantizer",
            "pre_conv",
            "pre_transformer",
            "upsample_0_0",
            "upsample_0_1",
            "upsample_1_0",
            "upsample_1_1",
            "decoder_0",
            "decoder_1",
            "decoder_2",
            "decoder_3",
            "decoder_4"
        ]
    );
    assert_eq!(pre_clamp.dims(), [1, 960]);
    let wav = decoder.forward(&codes).unwrap();
    assert!(max_abs_diff(&wav, &golden("forward_40")) < 1e-4);
}

/// The tensor-op waveform stack (what non-CPU devices run), checked here on the CPU: the
/// reference's full pass, and streaming equal to its own full pass.
#[test]
fn tensor_op_backend_matches_the_reference() {
    let (cfg, vb) = common::tiny_codec();
    let decoder =
        Decoder::with_backend(&cfg.decoder_config, vb.pp("decoder"), Backend::TensorOps).unwrap();
    let codes = codes_bqt(&golden("codes_650"));
    let full = decoder.forward(&codes).unwrap();
    let diff = max_abs_diff(&full, &golden("forward_650"));
    assert!(diff < 1e-4, "max |diff| {diff}");
    let streamed = stream_in_chunks(&decoder, &codes, &mut std::iter::repeat(7));
    assert!(max_abs_diff(&streamed, &full) < 1e-5);
}

#[test]
fn full_pass_matches_the_reference_forward_650() {
    let decoder = load_decoder();
    let codes = codes_bqt(&golden("codes_650"));
    let wav = decoder.forward(&codes).unwrap();
    assert_eq!(wav.dims(), [1, 650 * 24]);
    let diff = max_abs_diff(&wav, &golden("forward_650"));
    assert!(diff < 1e-4, "max |diff| {diff}");
    // Output is clamped like the reference: some samples sit exactly at +-1.
    let peak = wav.abs().unwrap().max_all().unwrap().to_scalar::<f32>().unwrap();
    assert_eq!(peak, 1.0);
}

/// The bf16 codec dtype on the CPU: its waveform within the 35 dB bar of the reference's f32
/// one over the 650-frame golden, and streaming equal to its own full pass within 1e-5 for
/// every chunking.
#[test]
fn bf16_meets_its_bar_on_the_golden() {
    let (cfg, vb) = common::tiny_codec_on(&Device::Cpu);
    let decoder =
        Decoder::with_dtype(&cfg.decoder_config, vb.pp("decoder"), CodecDtype::Bf16).unwrap();
    assert_eq!(decoder.codec_dtype(), CodecDtype::Bf16);
    let codes = codes_bqt(&golden("codes_650")).to_device(&Device::Cpu).unwrap();
    let full = decoder.forward(&codes).unwrap();
    let samples = |t: &Tensor| t.flatten_all().unwrap().to_vec1::<f32>().unwrap();
    let reference = samples(&golden("forward_650").to_device(&Device::Cpu).unwrap());
    let snr = test_support::snr_db(&reference, &samples(&full));
    // Not the f32 arithmetic (which is within 1e-4 of the reference at every sample).
    assert!((35.0..80.0).contains(&snr), "SNR against the reference {snr:.2} dB");
    for size in [1, 2, 3, 7, 40] {
        let streamed = stream_in_chunks(&decoder, &codes, &mut std::iter::repeat(size));
        let diff = max_abs_diff(&streamed, &full);
        assert!(diff < 1e-5, "chunk size {size}: max |diff| {diff}");
    }
}

fn stream_in_chunks(
    decoder: &Decoder,
    codes: &Tensor,
    sizes: &mut dyn Iterator<Item = usize>,
) -> Tensor {
    let mut state = decoder.new_state(1);
    let total = codes.dim(2).unwrap();
    let mut pieces = Vec::new();
    let mut done = 0;
    while done < total {
        let n = sizes.next().unwrap().min(total - done);
        let wav = decoder.step(&codes.narrow(2, done, n).unwrap(), &mut state).unwrap();
        assert_eq!(wav.dims(), [1, n * decoder.samples_per_frame()], "exactly the new samples");
        pieces.push(wav);
        done += n;
    }
    Tensor::cat(&pieces, 1).unwrap()
}

#[test]
fn streaming_equals_the_full_pass_for_any_chunking() {
    let decoder = load_decoder();
    // 120 frames: several transformer windows (16) and the whole receptive field (~38 frames).
    let codes = codes_bqt(&golden("codes_650")).narrow(2, 0, 120).unwrap();
    let full = decoder.forward(&codes).unwrap();
    let reference = golden("forward_650").narrow(0, 0, 120 * 24).unwrap();
    assert!(max_abs_diff(&full, &reference) < 1e-4);
    for size in [1, 2, 3, 7] {
        let streamed = stream_in_chunks(&decoder, &codes, &mut std::iter::repeat(size));
        let diff = max_abs_diff(&streamed, &full);
        assert!(diff < 1e-5, "chunk size {size}: max |diff| {diff}");
    }
    // A fixed pseudo-random chunking (LCG), sizes 1..=11.
    let mut seed = 12345u64;
    let mut random = std::iter::from_fn(move || {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        Some((seed >> 33) as usize % 11 + 1)
    });
    let streamed = stream_in_chunks(&decoder, &codes, &mut random);
    let diff = max_abs_diff(&streamed, &full);
    assert!(diff < 1e-5, "random chunking: max |diff| {diff}");
}

#[test]
fn reset_then_decode_equals_a_fresh_decoder() {
    let decoder = load_decoder();
    let codes = codes_bqt(&golden("codes_650"));
    let first = codes.narrow(2, 0, 30).unwrap();
    let second = codes.narrow(2, 100, 40).unwrap();
    let fresh = decoder.forward(&second).unwrap();
    let mut state = decoder.new_state(1);
    decoder.step(&first, &mut state).unwrap();
    state.reset_rows(&[true], &decoder).unwrap();
    assert_eq!(state.frames(), [0]);
    let after_reset = decoder.step(&second, &mut state).unwrap();
    let diff = max_abs_diff(&after_reset, &fresh);
    assert!(diff < 1e-5, "max |diff| {diff}");
}

#[test]
fn batched_equals_singles_and_rows_join_and_leave() {
    let decoder = load_decoder();
    let codes = codes_bqt(&golden("codes_650"));
    let a = codes.narrow(2, 0, 60).unwrap();
    let b = codes.narrow(2, 300, 60).unwrap();
    let single_a = decoder.forward(&a).unwrap();
    let single_b = decoder.forward(&b).unwrap();

    // Both rows together, in chunks of 5 frames.
    let mut state = decoder.new_state(2);
    let both = Tensor::cat(&[&a, &b], 0).unwrap();
    let mut pieces = Vec::new();
    for start in (0..60).step_by(5) {
        pieces.push(decoder.step(&both.narrow(2, start, 5).unwrap(), &mut state).unwrap());
    }
    let batched = Tensor::cat(&pieces, 1).unwrap();
    assert!(max_abs_diff(&batched.i(0).unwrap(), &single_a) < 1e-5);
    assert!(max_abs_diff(&batched.i(1).unwrap(), &single_b) < 1e-5);

    // Row 1 leaves after 20 frames and a new stream (b from its start) joins in its slot while
    // row 0 keeps going: row 0 is undisturbed and the newcomer equals a fresh decode.
    let mut state = decoder.new_state(2);
    let mut row0 = Vec::new();
    let mut row1 = Vec::new();
    for start in (0..60).step_by(10) {
        if start == 20 {
            state.reset_rows(&[false, true], &decoder).unwrap();
        }
        let b_start = if start >= 20 { start - 20 } else { start + 10 };
        let chunk =
            Tensor::cat(&[a.narrow(2, start, 10).unwrap(), b.narrow(2, b_start, 10).unwrap()], 0)
                .unwrap();
        let wav = decoder.step(&chunk, &mut state).unwrap();
        row0.push(wav.i(0).unwrap());
        if start >= 20 {
            row1.push(wav.i(1).unwrap());
        }
    }
    let row0 = Tensor::cat(&row0, 0).unwrap();
    let row1 = Tensor::cat(&row1, 0).unwrap();
    assert!(max_abs_diff(&row0, &single_a.i(0).unwrap()) < 1e-5);
    let fresh_b = decoder.forward(&b.narrow(2, 0, 40).unwrap()).unwrap();
    assert!(max_abs_diff(&row1, &fresh_b.i(0).unwrap()) < 1e-5);
    assert_eq!(state.frames(), [60, 40]);
}

#[test]
fn streams_stepped_together_equal_each_stream_alone() {
    let decoder = load_decoder();
    let codes = codes_bqt(&golden("codes_650"));
    // Three streams at different points: fresh, 7 frames in, 40 frames in (a full transformer
    // window and a pre-conv history), one in the reference-chunked mode.
    let starts = [0usize, 7, 40];
    let mut alone: Vec<CodecStream> =
        (0..3).map(|_| CodecStream::new(&decoder, DecodeMode::Continuous)).collect();
    for (s, &n) in alone.iter_mut().zip(&starts) {
        if n > 0 {
            s.push(&decoder, &codes.narrow(2, 100, n).unwrap()).unwrap();
        }
    }
    let mut together = alone.clone();
    for round in 0..4 {
        let len = [3, 1, 4, 2][round];
        let rows: Vec<Tensor> =
            (0..3).map(|i| codes.narrow(2, 200 + 50 * i + 5 * round, len).unwrap()).collect();
        let want: Vec<Tensor> =
            alone.iter_mut().zip(&rows).map(|(s, r)| s.push(&decoder, r).unwrap()).collect();
        let mut streams: Vec<&mut CodecStream> = together.iter_mut().collect();
        let got = push_streams(&decoder, &Tensor::cat(&rows, 0).unwrap(), &mut streams).unwrap();
        for (i, w) in want.iter().enumerate() {
            // Bit for bit: a stream's audio does not depend on its neighbours.
            let got = got.i(i).unwrap().to_vec1::<f32>().unwrap();
            assert_eq!(got, w.i(0).unwrap().to_vec1::<f32>().unwrap(), "round {round}, stream {i}");
        }
    }
    for (a, t) in alone.iter().zip(&together) {
        assert_eq!(a.frames(), t.frames());
    }
    // A reference-chunked stream among them takes its own call and still gets its own audio.
    let mut mixed = [
        CodecStream::new(&decoder, DecodeMode::ReferenceChunks),
        CodecStream::new(&decoder, DecodeMode::Continuous),
    ];
    let rows = codes.narrow(2, 0, 5).unwrap().repeat((2, 1, 1)).unwrap();
    let mut streams: Vec<&mut CodecStream> = mixed.iter_mut().collect();
    let got = push_streams(&decoder, &rows, &mut streams).unwrap();
    let want = decoder.forward(&codes.narrow(2, 0, 5).unwrap()).unwrap();
    for i in 0..2 {
        assert_eq!(
            got.i(i).unwrap().to_vec1::<f32>().unwrap(),
            want.i(0).unwrap().to_vec1::<f32>().unwrap()
        );
    }
    // Rows that do not match the streams are refused.
    let mut streams: Vec<&mut CodecStream> = mixed.iter_mut().collect();
    let err = push_streams(&decoder, &codes.narrow(2, 0, 5).unwrap(), &mut streams).unwrap_err();
    assert!(err.to_string().contains("1 rows for 2 streams"), "{err}");
}

#[test]
fn reference_chunked_mode_matches_decode_650() {
    let decoder = load_decoder();
    let codes_btq = golden("codes_650");
    let reference = golden("decode_650");
    // Non-streaming emulation of `decode()`.
    let wavs = decode_padded_batch(&decoder, &codes_btq).unwrap();
    let ours = Tensor::new(wavs[0].as_slice(), &common::device()).unwrap();
    let diff = max_abs_diff(&ours, &reference);
    assert!(diff < 1e-4, "chunked decode: max |diff| {diff}");
    // Streaming in the reference-compatible mode, with chunks that straddle the seams.
    let codes = codes_bqt(&codes_btq);
    let mut stream = CodecStream::new(&decoder, DecodeMode::ReferenceChunks);
    let mut pieces = Vec::new();
    let mut done = 0;
    for n in [7usize, 13, 260, 1, 24, 30, 100, 200, 15].iter().cycle() {
        if done == 650 {
            break;
        }
        let n = (*n).min(650 - done);
        pieces.push(stream.push(&decoder, &codes.narrow(2, done, n).unwrap()).unwrap());
        done += n;
    }
    let streamed = Tensor::cat(&pieces, 1).unwrap();
    let diff = max_abs_diff(&streamed, &reference);
    assert!(diff < 1e-4, "reference-chunked stream: max |diff| {diff}");
    // The continuous mode is the full pass, which differs from decode() after frame 300.
    let mut continuous = CodecStream::new(&decoder, DecodeMode::Continuous);
    let wav = continuous.push(&decoder, &codes).unwrap();
    assert!(max_abs_diff(&wav, &golden("forward_650")) < 1e-4);
    let after_seam = |t: &Tensor| t.flatten_all().unwrap().narrow(0, 300 * 24, 350 * 24).unwrap();
    assert!(max_abs_diff(&after_seam(&wav), &after_seam(&reference)) > 1e-2);
}

#[test]
fn padded_batch_is_trimmed_per_row() {
    let decoder = load_decoder();
    let wavs = decode_padded_batch(&decoder, &golden("codes_pad")).unwrap();
    assert_eq!(wavs[0].len(), 1200);
    assert_eq!(wavs[1].len(), 888);
    for (row, name) in [(0, "decode_pad_0"), (1, "decode_pad_1")] {
        let ours = Tensor::new(wavs[row].as_slice(), &common::device()).unwrap();
        let diff = max_abs_diff(&ours, &golden(name));
        assert!(diff < 1e-4, "{name}: max |diff| {diff}");
    }
}

#[test]
fn bad_codes_are_rejected_with_the_valid_range() {
    let decoder = load_decoder();
    let codes = Tensor::new(&[[[1u32, 2], [3, 4], [5, 64], [0, 0]]], &common::device()).unwrap();
    let err = decoder.forward(&codes).unwrap_err().to_string();
    assert!(err.contains("64") && err.contains("0..64"), "{err}");
    let three = Tensor::zeros((1, 3, 2), DType::U32, &common::device()).unwrap();
    let err = decoder.forward(&three).unwrap_err().to_string();
    assert!(err.contains("4 codebooks"), "{err}");
}

//! Generates the gRPC code of `proto/tts/v1/tts.proto` (server for the binary, client for the
//! integration tests) and the descriptor set that server reflection serves. protoc is the
//! vendored binary, so a build needs no system protobuf.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR")?);
    let mut config = tonic_prost_build::Config::new();
    config.protoc_executable(protoc_bin_vendored::protoc_bin_path()?);
    tonic_prost_build::configure()
        .file_descriptor_set_path(out.join("tts_descriptor.bin"))
        .compile_with_config(config, &["proto/tts/v1/tts.proto"], &["proto"])?;
    // Without this cargo reruns the script on any change in the package (the builder emits
    // no rerun-if-changed lines of its own).
    println!("cargo:rerun-if-changed=proto");
    Ok(())
}

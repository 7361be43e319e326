//! Prints the server's error table as the README shows it (`tests/errors.rs` checks that the
//! README's copy is this one): `cargo run -p tts-server --example error_table`.

fn main() {
    print!("{}", tts_server::error::error_table());
}

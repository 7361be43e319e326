//! The server's modules as a library: `main.rs` runs them, and the fuzz harness (`tools/fuzz`)
//! feeds the request parsers (speech JSON, WebSocket messages, Wyoming events, gRPC messages)
//! the same way the listeners do, without a socket.

pub mod encode;
pub mod error;
pub mod grpc;
pub mod http;
pub mod metrics;
pub mod middleware;
pub mod server;
pub mod settings;
pub mod speech;
pub mod state;
pub mod stream_encode;
pub mod synthesis;
pub mod voice_store;
pub mod voices;
pub mod ws;
pub mod wyoming;
pub mod zeroconf;

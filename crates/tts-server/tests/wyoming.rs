//! The Wyoming listener driven by the `wyoming` Python package's client (PyPI, pinned, in a venv
//! the test makes): describe, synthesize (the engine's audio for the same voice and seed),
//! streamed text, an unknown voice, and a client that leaves mid-stream (its request is
//! cancelled).

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::{Server, custom_voice, engine, expected_pcm, free_port, python_venv};
use runtime::{SynthesisRequest, TextFeed};

const EN: &str = "The quick brown fox jumps over the lazy dog.";

#[tokio::test(flavor = "multi_thread")]
async fn home_assistants_wyoming_client_speaks_with_the_server() {
    let Some(python) =
        python_venv("wyoming", "home_assistants_wyoming_client_speaks_with_the_server")
    else {
        return;
    };
    let port = free_port();
    let addr = format!("127.0.0.1:{port}");
    let server = Server::start(&custom_voice(), &["--wyoming-addr", &addr]).await;

    let engine = engine(&custom_voice(), "auto");
    let mut req = SynthesisRequest::new(EN);
    req.speaker = Some("alice".into());
    // The client sends only the voice name (Wyoming: a name overrides the language), so the
    // language is detected.
    req.language = "auto".into();
    let whole = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(whole.path(), expected_pcm(&engine, &req)).unwrap();
    req.text_feed = Some(TextFeed::Streaming);
    req.split_sentences = false;
    let streamed = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(streamed.path(), expected_pcm(&engine, &req)).unwrap();

    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/wyoming_client.py");
    let out = Command::new(python)
        .args([script, "127.0.0.1", &port.to_string()])
        .args([whole.path(), streamed.path()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "stdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );

    // The client that left mid-stream: its request was cancelled, its row freed.
    let started = Instant::now();
    loop {
        let metrics = reqwest::get(server.url("/metrics")).await.unwrap().text().await.unwrap();
        if metrics.contains("tts_requests_total{api=\"wyoming\",outcome=\"client_gone\"} 1")
            && metrics.contains("tts_active_streams 0")
        {
            assert!(
                metrics.contains("tts_requests_total{api=\"wyoming\",outcome=\"ok\"} 2"),
                "{metrics}"
            );
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "no cancellation: {metrics}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Home Assistant finds the Wyoming listener by itself: a python-zeroconf browse for
/// `_wyoming._tcp.local.` (as its Wyoming integration's discovery does) finds the service under
/// its name with the listener's port, at an address where it answers; with `--wyoming-zeroconf
/// false` nothing is announced.
#[tokio::test(flavor = "multi_thread")]
async fn the_wyoming_listener_is_found_over_zeroconf() {
    if !test_support::multicast_interface() {
        let why = "no network interface but loopback takes multicast (mDNS needs one)";
        test_support::skipped("the_wyoming_listener_is_found_over_zeroconf", why);
        return;
    }
    let Some(python) = python_venv("zeroconf", "the_wyoming_listener_is_found_over_zeroconf")
    else {
        return;
    };
    let browse = |name: &str, seconds: &str| {
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/zeroconf_browse.py");
        let out = Command::new(&python).args([script, name, seconds]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "zeroconf_browse.py: {stderr}");
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };

    let port = free_port();
    let name = format!("qwen3-tts test {port}");
    let addr = format!("0.0.0.0:{port}");
    let flags = ["--wyoming-addr", &addr, "--wyoming-zeroconf-name", &name];
    let server = Server::start(&custom_voice(), &flags).await;
    let found = browse(&name, "10");
    assert_eq!(found["name"], format!("{name}._wyoming._tcp.local."), "{found}");
    assert_eq!(found["port"], port, "{found}");
    let addresses = found["addresses"].as_array().unwrap();
    assert!(!addresses.is_empty(), "{found}");
    // The first announced address reaches the listener.
    let ip: std::net::IpAddr = addresses[0].as_str().unwrap().parse().unwrap();
    tokio::net::TcpStream::connect((ip, port)).await.unwrap();
    drop(server);

    let port = free_port();
    let name = format!("qwen3-tts test {port}");
    let addr = format!("0.0.0.0:{port}");
    let flags =
        ["--wyoming-addr", &addr, "--wyoming-zeroconf-name", &name, "--wyoming-zeroconf", "false"];
    let _server = Server::start(&custom_voice(), &flags).await;
    assert_eq!(browse(&name, "3"), serde_json::Value::Null);
}

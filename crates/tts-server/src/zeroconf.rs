//! The Wyoming listener's Zeroconf (mDNS/DNS-SD) announcement: a `_wyoming._tcp.local.` service
//! with the listener's port, which Home Assistant's Wyoming integration discovers by itself (its
//! manifest lists that type; it then asks the server's `describe` for the rest). Done by
//! `mdns-sd`, a pure-Rust responder; on by default with the Wyoming listener, off with the
//! setting `wyoming_zeroconf = false`.

use std::net::SocketAddr;

use mdns_sd::{ServiceDaemon, ServiceInfo};

/// The DNS-SD service type Home Assistant's Wyoming integration browses.
pub const SERVICE_TYPE: &str = "_wyoming._tcp.local.";

/// A running announcement; dropping it withdraws the service (a goodbye packet) and stops the
/// responder.
pub struct Announcement {
    daemon: ServiceDaemon,
    fullname: String,
}

impl Announcement {
    /// Announces `name` at the listener's `addr`: its own address when it listens on one, else
    /// every address of the machine's interfaces (kept current as they change).
    pub fn start(name: &str, addr: SocketAddr) -> Result<Self, String> {
        let fail = |what: &str, e: mdns_sd::Error| format!("Zeroconf {what}: {e}");
        let daemon = ServiceDaemon::new().map_err(|e| fail("responder", e))?;
        let host = format!("{}.local.", host_label(name));
        let info = if addr.ip().is_unspecified() {
            ServiceInfo::new(SERVICE_TYPE, name, &host, "", addr.port(), None)
                .map(ServiceInfo::enable_addr_auto)
        } else {
            ServiceInfo::new(SERVICE_TYPE, name, &host, addr.ip(), addr.port(), None)
        }
        .map_err(|e| fail("service", e))?;
        let fullname = info.get_fullname().to_string();
        daemon.register(info).map_err(|e| fail("register", e))?;
        tracing::info!(service = %fullname, port = addr.port(), "Wyoming announced over Zeroconf");
        Ok(Self { daemon, fullname })
    }

    pub fn fullname(&self) -> &str {
        &self.fullname
    }
}

impl Drop for Announcement {
    fn drop(&mut self) {
        // Best effort: the process may be on its way out.
        if let Ok(done) = self.daemon.unregister(&self.fullname) {
            let _ = done.recv_timeout(std::time::Duration::from_secs(1));
        }
        let _ = self.daemon.shutdown();
    }
}

/// A host label for the service's address records: the name's letters and digits, the rest as
/// hyphens (RFC 1123), "qwen3-tts" when nothing is left.
fn host_label(name: &str) -> String {
    let label: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect();
    let label = label.trim_matches('-');
    if label.is_empty() { "qwen3-tts".into() } else { label.chars().take(63).collect() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_labels_are_dns_labels() {
        assert_eq!(host_label("Qwen3 TTS (kitchen)"), "qwen3-tts--kitchen");
        assert_eq!(host_label("Привет"), "qwen3-tts");
        assert_eq!(host_label(&"a".repeat(80)).len(), 63);
    }
}

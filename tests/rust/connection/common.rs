//! Helpers: an emulator, clients with fast timers, waiting for notices.

use std::sync::Arc;
use std::time::Duration;

use wapy::client::{Client, ClientConfig, KeepaliveConfig, ReconnectPolicy};
use wapy::events::Event;
use wapy::server::{Server, ServerConfig};
use wapy::store::Store;

/// Guard against hangs (never a timing assertion).
pub const GUARD: Duration = Duration::from_secs(20);

pub async fn server() -> Server {
    Server::start(ServerConfig::default()).await.unwrap()
}

/// A configuration with fast retries for tests.
pub fn config(server: &Server) -> ClientConfig {
    let mut config = server.client_config();
    config.reconnect = ReconnectPolicy {
        initial_delay: Duration::from_millis(50),
        max_delay: Duration::from_millis(400),
        ..ReconnectPolicy::default()
    };
    config.keepalive = KeepaliveConfig::default();
    config.initial_prekey_count = 30;
    config
}

pub struct Watched {
    pub client: Client,
    pub notices: async_channel::Receiver<Arc<Event>>,
}

impl Watched {
    pub fn new(store: Store, config: ClientConfig) -> Watched {
        let client = Client::new(store, config);
        let notices = client.subscribe();
        Watched { client, notices }
    }

    /// The next notice matching `pick`, skipping others.
    pub async fn wait<T>(&self, mut pick: impl FnMut(&Event) -> Option<T>) -> T {
        let result = tokio::time::timeout(GUARD, async {
            loop {
                let notice = self.notices.recv().await.expect("notice channel closed");
                if let Some(value) = pick(&notice) {
                    return value;
                }
            }
        })
        .await;
        result.expect("timed out waiting for a notice")
    }

    pub async fn connected(&self) {
        self.wait(|n| matches!(n, Event::Connected(_)).then_some(()))
            .await
    }

    pub async fn qr(&self) -> String {
        self.wait(|n| match n {
            Event::QrCode(qr) => Some(qr.code.clone()),
            _ => None,
        })
        .await
    }
}

/// A client already linked to `phone` (provisioned directly), logged in.
pub async fn logged_in(server: &Server, phone: &str, store: Store) -> Watched {
    let phone = server.add_account(phone);
    phone.provision_companion(&store).unwrap();
    let watched = Watched::new(store, config(server));
    tokio::time::timeout(GUARD, watched.client.connect())
        .await
        .unwrap()
        .unwrap();
    watched.connected().await;
    watched
}

pub fn temp_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("client.db");
    (dir, path)
}

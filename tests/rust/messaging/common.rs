//! Helpers: an emulator, logged-in clients (provisioned companions) and
//! waiting for events with a guard against hangs.

#![allow(dead_code)]

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use wapy::binary::Jid;
use wapy::client::{Client, ClientConfig, KeepaliveConfig, ReconnectPolicy};
use wapy::events::{Event, MessageInfo};
use wapy::proto::wa;
use wapy::server::{Phone, Server, ServerConfig};
use wapy::store::Store;

pub const GUARD: Duration = Duration::from_secs(20);

pub async fn server() -> Server {
    Server::start(ServerConfig::default()).await.unwrap()
}

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
    pub events: async_channel::Receiver<Arc<Event>>,
    pub phone: Phone,
    /// Events passed over by earlier waits, in order.
    backlog: Mutex<VecDeque<Arc<Event>>>,
}

impl Watched {
    /// The first event (backlog first) `pick` accepts; the ones it passes
    /// over stay in the backlog for later waits.
    pub async fn wait<T>(&self, mut pick: impl FnMut(&Event) -> Option<T>) -> T {
        {
            let mut backlog = self.backlog.lock().unwrap();
            if let Some(index) = backlog.iter().position(|event| pick(event).is_some()) {
                let event = backlog.remove(index).unwrap();
                return pick(&event).unwrap();
            }
        }
        tokio::time::timeout(GUARD, async {
            loop {
                let event = self.events.recv().await.expect("event channel closed");
                if let Some(value) = pick(&event) {
                    return value;
                }
                self.backlog.lock().unwrap().push_back(event);
            }
        })
        .await
        .expect("timed out waiting for an event")
    }

    pub async fn message(&self) -> (wa::Message, Arc<MessageInfo>) {
        self.wait(|event| match event {
            Event::Message(message, info) => Some(((**message).clone(), info.clone())),
            _ => None,
        })
        .await
    }

    /// The account's phone-number JID (no device).
    pub fn user(&self) -> Jid {
        self.client.jid().unwrap().to_non_ad()
    }

    /// Events already queued, without waiting.
    pub fn drain(&self) -> Vec<Arc<Event>> {
        let mut out: Vec<Arc<Event>> = self.backlog.lock().unwrap().drain(..).collect();
        while let Ok(event) = self.events.try_recv() {
            out.push(event);
        }
        out
    }
}

/// A client of a new account `number` over `store`, logged in.
pub async fn logged_in_with(server: &Server, number: &str, store: Store) -> Watched {
    let phone = server.add_account(number);
    phone.provision_companion(&store).unwrap();
    connect(server, phone, store).await
}

/// A client over an already provisioned `store`, logged in.
pub async fn connect(server: &Server, phone: Phone, store: Store) -> Watched {
    connect_with(server, phone, store, config(server)).await
}

/// [`connect`] with a chosen configuration.
pub async fn connect_with(
    server: &Server,
    phone: Phone,
    store: Store,
    config: ClientConfig,
) -> Watched {
    let client = Client::new(store, config);
    let events = client.subscribe();
    tokio::time::timeout(GUARD, client.connect())
        .await
        .unwrap()
        .unwrap();
    let watched = Watched {
        client,
        events,
        phone,
        backlog: Mutex::default(),
    };
    watched
        .wait(|event| matches!(event, Event::Connected(_)).then_some(()))
        .await;
    // The first login uploads prekeys; wait until the server has them so
    // that sessions built by peers use a one-time prekey.
    let device = watched.client.jid().unwrap();
    tokio::time::timeout(GUARD, async {
        while server.prekey_count(&device).unwrap_or(0) == 0 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await
    .unwrap();
    watched
}

pub async fn logged_in(server: &Server, number: &str) -> Watched {
    logged_in_with(server, number, Store::open_in_memory().unwrap()).await
}

pub fn text(message: &wa::Message) -> Option<&str> {
    wapy::events::message_text(message)
}

pub fn temp_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("client.db");
    (dir, path)
}

//! The local WhatsApp server emulator (`wapy.testing`): a loopback
//! WebSocket server that speaks the server side of the real protocol —
//! connection header (dictionary v3, or v2 for Baileys 6.x, from byte 4),
//! Noise XX responder with its own test certificate authority, ClientPayload
//! validation, registration (`<pair-device>` refs, `<pair-success>` signed
//! by a simulated phone, `<pair-device-sign>` check, 515), login
//! (`<success>` / `<failure>`), keepalive, prekeys, `<active/>`, offline
//! queues with `<ib>` preview and completion, duplicate-login replacement,
//! stream errors on demand and a graceful shutdown with `<xmlstreamend/>`.
//!
//! * [`Server`]: start, stop, the URL and root key clients need, and the
//!   test controls (drop a socket, send a stream error or any node, inject
//!   malformed frames, hold back offline completion, freeze a connection).
//! * [`Phone`] (`phone`): a simulated primary phone per account — it scans
//!   QR codes, enters pairing codes (signing ADV identities for real) and
//!   unlinks companions.
//! * `directory`: accounts, devices, uploaded prekeys, offline queues.
//! * `conn` (one task per connection: handshake and stanza loop), `pairing`
//!   (registration connections), `iq` (the server's answers by namespace).
//! * [`phone_crypto`]: the simulated phone's device-linking cryptography.
//! * [`media`]: the media server (upload, download, `media_conn` over the
//!   `w:m` IQ) and the simulated phone's answer to media retry receipts
//!   (`<receipt type="server-error">` → `<notification type="mediaretry">`).
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use wapy::client::Client;
//! use wapy::events::Event;
//! use wapy::server::{Server, ServerConfig};
//! use wapy::store::Store;
//!
//! let server = Server::start(ServerConfig::default()).await?;
//! let phone = server.add_account("15551234567");
//! let client = Client::new(Store::open_in_memory()?, server.client_config());
//! let events = client.subscribe();
//! client.connect().await?; // registration: the first QR code is out
//! while let Ok(event) = events.recv().await {
//!     match &*event {
//!         Event::QrCode(qr) => { phone.scan_qr(&qr.code).await?; }
//!         Event::Connected(_) => break,
//!         _ => {}
//!     }
//! }
//! # Ok(()) }
//! ```

mod admin;
mod app_state;
mod conn;
pub mod directory;
pub mod groups;
mod history;
mod iq;
pub mod media;
mod messaging;
pub mod newsletters;
mod notify;
mod pairing;
mod phone;
pub mod phone_crypto;
mod phone_messaging;
mod phone_sync;

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

pub use admin::{ConnectionInfo, DeviceIdentityRewrite, Injection};
pub use directory::KeyIndexListMode;
pub use groups::GroupAddressing;
pub use history::{HistoryDelivery, InitialSyncConfig, generated_contact};
pub use messaging::RouteError;
pub use phone::{PairingFault, Phone};
pub use phone_messaging::{PhoneFault, PhoneMessage, PhoneReceipt};
pub use phone_sync::PhoneSyncSettings;

use crate::binary::{Dictionary, Jid, Node};
use crate::client::ClientConfig;
use crate::noise::{ResponderConfig, TestCertificateAuthority};
use crate::signal::{KeyPair, PublicKey};
use conn::ConnCommand;
use directory::Directory;

/// How the emulator runs.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// Where to listen (`127.0.0.1:0`: an ephemeral loopback port).
    pub bind: SocketAddr,
    /// `<ref>`s per `<pair-device>` (6, as WhatsApp).
    pub pair_device_refs: usize,
    /// Stanzas at least this long go out zlib-compressed (flag `0x02`), as
    /// the real server does for big stanzas; `None` never compresses.
    pub compress_min_len: Option<usize>,
    /// Timeout of the handshake of one connection.
    pub handshake_timeout: Duration,
    /// Pause before the first stanza to a dictionary-v2 client (Baileys
    /// 6.x). Such clients send their ClientFinish before their transport
    /// keys are ready (an un-awaited `finishInit`); over a real network the
    /// round trip hides it, over loopback the first stanza can arrive
    /// before the keys and be lost. Real latency, simulated.
    pub legacy_client_grace: Duration,
    /// What the simulated phones do by themselves (initial sync after
    /// linking, answers to key and history requests); each phone can
    /// change it ([`Phone::configure_sync`]).
    pub phone_sync: PhoneSyncSettings,
    /// How groups created from now on are addressed (see
    /// [`GroupAddressing`]; phone numbers by default).
    pub group_addressing: GroupAddressing,
}

impl Default for ServerConfig {
    fn default() -> ServerConfig {
        ServerConfig {
            bind: SocketAddr::from(([127, 0, 0, 1], 0)),
            pair_device_refs: 6,
            compress_min_len: Some(512),
            handshake_timeout: Duration::from_secs(20),
            legacy_client_grace: Duration::from_millis(25),
            phone_sync: PhoneSyncSettings::default(),
            group_addressing: GroupAddressing::default(),
        }
    }
}

/// What went wrong in the emulator or with a simulated phone's request.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ServerError {
    /// Listening or accepting failed.
    #[error("i/o: {0}")]
    Io(String),
    /// No account for that phone number.
    #[error("no account {0}")]
    UnknownAccount(String),
    /// The phone number is not a number, or another account holds it.
    #[error("phone number {0:?} is invalid or already taken")]
    NumberUnavailable(String),
    /// The QR text does not parse.
    #[error("bad QR code: {0}")]
    BadQr(#[from] crate::client::pair::QrError),
    /// No connection showed that QR ref (expired, or never issued).
    #[error("no connection is showing QR ref {0:?}")]
    UnknownRef(String),
    /// The QR names another Noise key than the connection that showed it.
    #[error("the QR code's noise key is not the connection's")]
    NoiseKeyMismatch,
    /// No companion asked for a pairing code for this account.
    #[error("no pairing code was requested for {0}")]
    NoPendingCode(String),
    /// The code typed does not match the companion's (the key bundle does
    /// not open).
    #[error("pairing code rejected: {0}")]
    PairCode(#[from] crate::client::pair::PairCodeError),
    /// The companion answered `<pair-success>` with an error.
    #[error("the companion refused the pairing: {code} {text}")]
    PairingRefused {
        /// The error code.
        code: u16,
        /// The error text.
        text: String,
    },
    /// The companion's `<pair-device-sign>` does not verify.
    #[error("the companion's countersignature is invalid: {0}")]
    BadCountersignature(#[from] phone_crypto::PhoneError),
    /// The companion's connection closed mid-way.
    #[error("the companion disconnected")]
    Disconnected,
    /// No such device.
    #[error("unknown device {0}")]
    UnknownDevice(String),
    /// The companion did not answer in time.
    #[error("the companion did not answer in time")]
    Timeout,
    /// A store failed (provisioning).
    #[error("store: {0}")]
    Store(String),
    /// The server refused a phone's group request.
    #[error("group request refused: {code} {text}")]
    GroupRefused {
        /// The error code (403 not an admin, 404 unknown group...).
        code: u16,
        /// The error text.
        text: String,
    },
}

pub(crate) type DeviceKey = (String, u16);

/// Connections by id, device and QR ref.
#[derive(Default)]
pub(crate) struct Conns {
    pub(crate) by_id: HashMap<u64, conn::ConnHandle>,
    pub(crate) by_device: HashMap<DeviceKey, u64>,
    pub(crate) by_ref: HashMap<String, u64>,
    /// Code-linking requests by phone number: the registration connection.
    pub(crate) code_requests: HashMap<String, pairing::CodeRequest>,
}

/// Test knobs per device.
#[derive(Default)]
pub(crate) struct Knobs {
    pub(crate) hold_offline: HashSet<DeviceKey>,
    pub(crate) login_failure: HashMap<DeviceKey, Node>,
    /// How the `<device-identity>` of a device's messages is rewritten.
    pub(crate) device_identity: HashMap<DeviceKey, admin::DeviceIdentityRewrite>,
}

pub(crate) struct State {
    pub(crate) config: ServerConfig,
    pub(crate) authority: TestCertificateAuthority,
    pub(crate) responder: ResponderConfig,
    pub(crate) directory: Mutex<Directory>,
    pub(crate) conns: Mutex<Conns>,
    pub(crate) knobs: Mutex<Knobs>,
    /// Groups and communities.
    pub(crate) groups: Mutex<groups::Groups>,
    /// Newsletters (channels).
    pub(crate) newsletters: Mutex<newsletters::Newsletters>,
    /// App-state collections per account.
    pub(crate) app_state: Mutex<app_state::AppStates>,
    pub(crate) next_conn: AtomicU64,
    pub(crate) handshakes: AtomicU64,
    pub(crate) shutdown: Mutex<watch::Receiver<bool>>,
    /// Message routing: unacknowledged deliveries, phones, groups.
    pub(crate) hub: messaging::Hub,
    /// The media server (`media_conn` answers list it as the only host).
    pub(crate) media: Arc<media::MediaServer>,
    /// What the phones do by themselves, and their job queue.
    pub(crate) automation: phone_sync::Automation,
}

pub(crate) fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl State {
    /// Queues a command for a connection; false if it is gone.
    pub(crate) fn command(&self, id: u64, command: ConnCommand) -> bool {
        lock(&self.conns)
            .by_id
            .get(&id)
            .is_some_and(|handle| handle.tx.send(command).is_ok())
    }

    /// The connection of a device, if online.
    pub(crate) fn device_conn(&self, key: &DeviceKey) -> Option<u64> {
        lock(&self.conns).by_device.get(key).copied()
    }

    /// The directory key of a device JID (PN or LID).
    pub(crate) fn device_key(&self, jid: &Jid) -> Option<DeviceKey> {
        let phone = lock(&self.directory).phone_of(jid)?;
        Some((phone, jid.device))
    }
}

/// A running emulator. Dropping it does not stop it: call
/// [`shutdown`](Server::shutdown).
pub struct Server {
    pub(crate) state: Arc<State>,
    addr: SocketAddr,
    stop: Mutex<watch::Sender<bool>>,
    task: Mutex<Option<JoinHandle<()>>>,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl Server {
    /// Starts an emulator with a fresh test certificate authority and
    /// server key.
    pub async fn start(config: ServerConfig) -> Result<Server, ServerError> {
        Server::start_with_authority(config, TestCertificateAuthority::generate()).await
    }

    /// Starts an emulator presenting chains of `authority` (e.g. to keep the
    /// same root across restarts).
    pub async fn start_with_authority(
        config: ServerConfig,
        authority: TestCertificateAuthority,
    ) -> Result<Server, ServerError> {
        let listener = TcpListener::bind(config.bind)
            .await
            .map_err(|error| ServerError::Io(error.to_string()))?;
        let addr = listener
            .local_addr()
            .map_err(|error| ServerError::Io(error.to_string()))?;
        let media = media::MediaServer::start(media::MediaServerConfig {
            bind: SocketAddr::new(addr.ip(), 0),
            ..media::MediaServerConfig::default()
        })
        .await
        .map_err(|error| ServerError::Io(error.to_string()))?;
        let static_key = KeyPair::generate();
        let responder =
            ResponderConfig::new(static_key.clone(), authority.issue(&static_key.public));
        let (stop, shutdown) = watch::channel(false);
        let (automation, jobs) = phone_sync::Automation::new();
        let state = Arc::new(State {
            config,
            authority,
            responder,
            directory: Mutex::new(Directory::default()),
            conns: Mutex::new(Conns::default()),
            knobs: Mutex::new(Knobs::default()),
            groups: Mutex::new(groups::Groups::default()),
            newsletters: Mutex::new(newsletters::Newsletters::default()),
            app_state: Mutex::new(app_state::AppStates::default()),
            next_conn: AtomicU64::new(1),
            handshakes: AtomicU64::new(0),
            shutdown: Mutex::new(shutdown),
            hub: messaging::Hub::default(),
            media: Arc::new(media),
            automation,
        });
        tokio::spawn(phone_sync::run(Arc::downgrade(&state), jobs));
        let task = tokio::spawn(accept_loop(state.clone(), listener));
        log::info!("emulator listening on {addr}");
        Ok(Server {
            state,
            addr,
            stop: Mutex::new(stop),
            task: Mutex::new(Some(task)),
        })
    }

    /// The listening address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The WebSocket URL clients connect to.
    pub fn url(&self) -> String {
        format!("ws://{}/ws/chat", self.addr)
    }

    /// The test root key clients must be told to trust.
    pub fn root_public_key(&self) -> PublicKey {
        self.state.authority.root_public_key()
    }

    /// The certificate authority (to restart an emulator with the same root).
    pub fn authority(&self) -> &TestCertificateAuthority {
        &self.state.authority
    }

    /// A client configuration pointing at this emulator and trusting its root.
    pub fn client_config(&self) -> ClientConfig {
        ClientConfig::emulator(self.url(), self.root_public_key())
    }

    /// The media server: uploads, downloads, the hosts of `media_conn`, its
    /// fault injection, and the files the simulated phones keep for media
    /// retry. It keeps running across [`restart`](Server::restart) and
    /// stops when the emulator is dropped.
    pub fn media(&self) -> &Arc<media::MediaServer> {
        &self.state.media
    }

    /// Noise handshakes completed so far.
    pub fn handshakes(&self) -> u64 {
        self.state.handshakes.load(Ordering::Relaxed)
    }

    /// Adds an account with a simulated primary phone (or returns the
    /// existing one). `phone_number` is digits, `+` and separators allowed.
    pub fn add_account(&self, phone_number: &str) -> Phone {
        let digits: String = phone_number.chars().filter(char::is_ascii_digit).collect();
        lock(&self.state.directory).add_account(&digits);
        Phone::new(self.state.clone(), digits)
    }

    /// The phone of an existing account.
    pub fn phone(&self, phone_number: &str) -> Option<Phone> {
        let digits: String = phone_number.chars().filter(char::is_ascii_digit).collect();
        lock(&self.state.directory)
            .account(&digits)
            .is_some()
            .then(|| Phone::new(self.state.clone(), digits))
    }

    /// Stops accepting, sends `<xmlstreamend/>` to every connection and
    /// closes them. Bounded: never hangs.
    pub async fn shutdown(&self) {
        let _ = lock(&self.stop).send(true);
        let task = lock(&self.task).take();
        if let Some(task) = task {
            let _ = tokio::time::timeout(Duration::from_secs(3), task).await;
        }
        let ids: Vec<u64> = lock(&self.state.conns).by_id.keys().copied().collect();
        for id in &ids {
            self.state.command(
                *id,
                ConnCommand::Close {
                    stanza: Some(Node::new("xmlstreamend")),
                },
            );
        }
        let deadline = tokio::time::Instant::now() + Duration::from_secs(3);
        while !lock(&self.state.conns).by_id.is_empty() && tokio::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
}

impl Server {
    /// Simulates a server restart: shuts down (every connection gets
    /// `<xmlstreamend/>`), stays down for `downtime`, then listens again on
    /// the same address with the same directory, key and root.
    pub async fn restart(&self, downtime: Duration) -> Result<(), ServerError> {
        self.shutdown().await;
        tokio::time::sleep(downtime).await;
        let listener = TcpListener::bind(self.addr)
            .await
            .map_err(|error| ServerError::Io(error.to_string()))?;
        let (stop, shutdown) = watch::channel(false);
        *lock(&self.stop) = stop;
        *lock(&self.state.shutdown) = shutdown;
        *lock(&self.task) = Some(tokio::spawn(accept_loop(self.state.clone(), listener)));
        Ok(())
    }
}

async fn accept_loop(state: Arc<State>, listener: TcpListener) {
    let mut shutdown = lock(&state.shutdown).clone();
    loop {
        tokio::select! {
            biased;
            _ = shutdown.changed() => break,
            accepted = listener.accept() => match accepted {
                Ok((tcp, remote)) => {
                    let _ = tcp.set_nodelay(true);
                    let id = state.next_conn.fetch_add(1, Ordering::Relaxed);
                    tokio::spawn(conn::serve(state.clone(), tcp, remote, id));
                }
                Err(error) => {
                    log::warn!("accept failed: {error}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
            },
        }
    }
    log::info!("emulator stopped accepting");
}

/// The dictionary a connection header announces.
pub(crate) fn dictionary_for(version: u8) -> Dictionary {
    if version == 2 {
        Dictionary::V2
    } else {
        Dictionary::V3
    }
}

//! The client: connection state machine and one module per protocol concern
//! (whatsmeow-style).
//!
//! * [`Client`] (`lifecycle`): the handle — `connect`, `disconnect`,
//!   `logout`, `pair_phone`, `send_node`, `send_iq`, its event bus; the supervisor
//!   that reconnects with backoff after transient failures and stops for
//!   good after permanent ones.
//! * [`config`]: [`ClientConfig`] — server URL and trusted root, payload,
//!   keepalive, reconnect policy, offline-sync timeout, raw-node forwarding.
//! * `transport` (WebSocket, `wss://` with rustls or `ws://`), `socket`
//!   (Noise handshake, encrypted frames, stanza codec), `connection` (the
//!   per-connection loop and the router by tag).
//! * [`request`]: IQ ids, waiting requests, [`IqError`].
//! * `login` (`<success>`, `<failure>`, post-login steps), [`stream_error`],
//!   `keepalive`, `offline`, `linking` (QR pairing), `pair_code`
//!   (code pairing), [`prekeys`].
//! * [`notifications`]: `<notification>` stanzas by type, one module per
//!   family; [`groups`]: the `w:g2` requests and the group-info cache.
//! * [`app_state`]: app-state sync keys, collection fetches, mutations.
//! * [`history`]: history sync chunks from our phone, on-demand requests.
//! * `media`: [`Client::media_conn`], [`Client::upload`],
//!   [`Client::download`] / [`Client::download_to`] with media retry.
//! * `media_send`: [`Client::send_image`] and the other media sends,
//!   [`Client::download_message`] for received messages.
//! * `notice`: how connection ends become `Disconnected` events; every
//!   event leaves the client through one function.
//! * [`pair`]: device linking cryptography and stanzas, companion side.
//! * [`payload`]: the `ClientPayload` sent in the Noise handshake (login and
//!   registration), and its validation on the server side.
//! * [`runtime`]: the process-wide tokio runtime for callers without one.
//!
//! ```no_run
//! # async fn demo() -> Result<(), wapy::client::ClientError> {
//! use wapy::client::{Client, ClientConfig};
//! use wapy::events::Event;
//! use wapy::store::Store;
//!
//! let client = Client::new(Store::open("bot.db")?, ClientConfig::default());
//! let events = client.subscribe();
//! client.connect().await?;
//! while let Ok(event) = events.recv().await {
//!     match &*event {
//!         Event::QrCode(qr) => println!("scan: {}", qr.code),
//!         Event::Connected(_) => println!("online as {:?}", client.jid()),
//!         _ => {}
//!     }
//! }
//! # Ok(()) }
//! ```

pub mod app_state;
pub mod config;
mod connection;
mod error;
pub mod groups;
pub mod history;
mod keepalive;
mod lifecycle;
mod linking;
mod login;
mod media;
pub mod media_send;
pub mod message;
pub mod newsletter;
mod notice;
pub mod notifications;
mod offline;
pub mod pair;
mod pair_code;
pub mod payload;
pub mod prekeys;
pub mod request;
pub mod runtime;
mod socket;
pub mod stream_error;
mod transport;

pub use app_state::AppStateSyncError;
pub use config::{ClientConfig, KeepaliveConfig, ReconnectPolicy, WHATSAPP_ORIGIN, WHATSAPP_URL};
pub use error::{ClientError, IqError};
pub use groups::{GroupError, GroupInfo, MembershipRequest, ParticipantChange, ParticipantResult};
pub use history::HistorySyncError;
pub use lifecycle::Client;
pub use media_send::{MediaKind, MediaRef, MediaSendError, MediaSendOptions, MediaSource};
pub use message::{MessageId, NewsletterPost, ReplyTo, SendError, StatusFont, status_text_message};
pub use newsletter::{NewsletterError, NewsletterMessage, NewsletterMetadata};
pub use notifications::NotificationError;
pub use socket::SocketError;

pub(crate) use socket::{NoiseSocket, feed, next_frame, send_bytes};
pub(crate) use transport::websocket_config;

//! One connection, from the WebSocket to its end: handshake, then a single
//! loop that reads frames, routes stanzas by tag, writes what other tasks
//! queue, and runs the timers (keepalive, QR rotation, offline sync).
//!
//! Everything a connection does happens in the client's one task: no
//! writer task, no keepalive task. Stanzas are decoded once into an
//! `Arc<OwnedNodeRef>` that borrows the decrypted frame; handlers look at it
//! in place. Handlers for each concern live in their own module
//! (`login`, `linking`, `pair_code`, `keepalive`, `offline`,
//! `stream_error`) as `impl Conn` blocks.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use futures_util::StreamExt as _;
use prost::Message as _;
use tokio::net::TcpStream;
use tokio::sync::{mpsc, oneshot, watch};
use tokio::time::Instant;
use tokio_tungstenite::MaybeTlsStream;

use super::error::ClientError;
use super::keepalive::KeepaliveState;
use super::lifecycle::{Client, lock};
use super::linking::QrState;
use super::notice::EndReason;
use super::offline::OfflineState;
use super::payload::{RegistrationKeys, login_identity, login_payload, registration_payload};
use super::socket::{NoiseSocket, SocketError, client_handshake, feed};
use super::transport;
use crate::binary::{Jid, Node, OwnedNodeRef};
use crate::events::{Event, EventKind};
use crate::store::Device;

/// What other tasks ask the connection to do.
pub(crate) enum Command {
    /// Send a stanza; report the outcome if asked.
    Send(Node, Option<oneshot::Sender<Result<(), ClientError>>>),
}

/// How a connection ended.
#[derive(Debug)]
pub(crate) enum End {
    /// [`Client::disconnect`].
    Requested,
    /// Stream error 515: reconnect now.
    Restart,
    /// Reconnect after a backoff.
    Transient(ClientError),
    /// Stop for good.
    Permanent(EndReason, ClientError),
}

impl End {
    /// The end an error calls for: transient unless retrying cannot help.
    pub(crate) fn from_error(error: ClientError) -> End {
        if error.is_transient() {
            End::Transient(error)
        } else {
            End::Permanent(EndReason::Failed(error.to_string()), error)
        }
    }
}

/// The established connection and its per-connection state.
pub(crate) struct Conn<'c> {
    pub(crate) client: &'c Client,
    pub(crate) socket: NoiseSocket<MaybeTlsStream<TcpStream>>,
    commands: mpsc::UnboundedReceiver<Command>,
    pub(crate) device: Arc<Device>,
    pub(crate) generation: u64,
    pub(crate) established: bool,
    pub(crate) qr: Option<QrState>,
    pub(crate) keepalive: KeepaliveState,
    pub(crate) offline: OfflineState,
    pub(crate) last_received: Instant,
    pub(crate) end: Option<End>,
}

/// The `ClientPayload` for `device`: login when paired, else registration.
fn payload_for(client: &Client, device: &Device) -> Result<Vec<u8>, ClientError> {
    let config = client.config();
    let payload = match &device.jid {
        Some(jid) => {
            let (user, device_id) = login_identity(jid)?;
            login_payload(&config.payload, user, device_id, &config.login)
        }
        None => registration_payload(
            &config.payload,
            &RegistrationKeys {
                registration_id: device.registration_id,
                identity_key: device.identity_key.public,
                signed_pre_key_id: device.signed_prekey.id,
                signed_pre_key: device.signed_prekey.key_pair.public,
                signed_pre_key_signature: device.signed_prekey.signature,
            },
            &config.companion,
        )?,
    };
    Ok(payload.encode_to_vec())
}

/// Runs one connection to its end. The flag says whether it got established
/// (logged in, or showed a QR code).
pub(crate) async fn run(client: &Client, stop: &mut watch::Receiver<bool>) -> (End, bool) {
    if *stop.borrow() {
        return (End::Requested, false);
    }
    let inner = &client.inner;
    let device = match inner.store.load_or_create_device() {
        Ok(device) => device,
        Err(error) => return (End::Transient(error.into()), false),
    };
    let payload = match payload_for(client, &device) {
        Ok(payload) => payload,
        Err(error) => return (End::from_error(error), false),
    };
    let config = &inner.config;
    let attempt = async {
        let ws = transport::connect(config).await?;
        client_handshake(
            ws,
            &device.noise_key,
            config.trusted_root,
            config.dictionary,
            &payload,
            config.max_frame_len,
        )
        .await
    };
    let socket = tokio::select! {
        biased;
        _ = stop.changed() => return (End::Requested, false),
        result = tokio::time::timeout(config.connect_timeout, attempt) => match result {
            Err(_) => return (End::Transient(ClientError::Timeout("connecting")), false),
            Ok(Err(error)) => {
                log::warn!("connection attempt to {} failed: {error}", config.url);
                return (End::from_error(error), false);
            }
            Ok(Ok(socket)) => socket,
        },
    };
    log::info!(
        "connected to {} ({})",
        config.url,
        if device.jid.is_some() {
            "login"
        } else {
            "registration"
        }
    );

    let (tx, rx) = mpsc::unbounded_channel();
    let generation = inner.generation.fetch_add(1, Ordering::AcqRel) + 1;
    *lock(&inner.commands) = Some(tx);
    inner.offline_gate_reset();
    let now = Instant::now();
    let mut conn = Conn {
        client,
        socket,
        commands: rx,
        device,
        generation,
        established: false,
        qr: None,
        keepalive: KeepaliveState::new(&config.keepalive, now),
        offline: OfflineState::default(),
        last_received: now,
        end: None,
    };
    let end = conn.serve(stop).await;
    if !matches!(end, End::Requested) {
        // Closing politely is best effort: the peer may be gone.
        let _ =
            tokio::time::timeout(std::time::Duration::from_millis(500), conn.socket.close()).await;
    }
    let established = conn.established || inner.logged_in.load(Ordering::Acquire);
    (end, established)
}

enum Wake {
    Stop,
    Message(
        Option<
            Result<tokio_tungstenite::tungstenite::Message, tokio_tungstenite::tungstenite::Error>,
        >,
    ),
    Command(Option<Command>),
    Timer,
}

impl Conn<'_> {
    async fn serve(&mut self, stop: &mut watch::Receiver<bool>) -> End {
        loop {
            loop {
                match self.socket.next_node() {
                    Ok(Some(node)) => {
                        self.handle(Arc::new(node)).await;
                        if let Some(end) = self.end.take() {
                            return end;
                        }
                    }
                    Ok(None) => break,
                    Err(error) => {
                        log::warn!("malformed data from the server: {error}");
                        return End::Transient(error.into());
                    }
                }
            }
            let deadline = self.next_deadline();
            let wake = tokio::select! {
                biased;
                _ = stop.changed() => Wake::Stop,
                message = self.socket.ws.next() => Wake::Message(message),
                command = self.commands.recv() => Wake::Command(command),
                _ = tokio::time::sleep_until(deadline) => Wake::Timer,
            };
            match wake {
                Wake::Stop => {
                    let _ = tokio::time::timeout(
                        std::time::Duration::from_millis(500),
                        self.socket.close(),
                    )
                    .await;
                    return End::Requested;
                }
                Wake::Message(None) => return End::Transient(ClientError::ClosedByServer),
                Wake::Message(Some(message)) => {
                    if let Err(error) = feed(&mut self.socket.decoder, message) {
                        return End::Transient(match error {
                            SocketError::Closed => ClientError::ClosedByServer,
                            other => other.into(),
                        });
                    }
                }
                Wake::Command(None) => return End::Requested,
                Wake::Command(Some(Command::Send(node, done))) => {
                    let result = self
                        .socket
                        .send_node(&node)
                        .await
                        .map_err(ClientError::from);
                    let failure = result.as_ref().err().cloned();
                    if let Some(done) = done {
                        let _ = done.send(result);
                    }
                    if let Some(error) = failure {
                        return End::Transient(error);
                    }
                }
                Wake::Timer => {
                    self.on_timer().await;
                    if let Some(end) = self.end.take() {
                        return end;
                    }
                }
            }
        }
    }

    fn next_deadline(&self) -> Instant {
        let mut deadline = self.keepalive.deadline();
        if let Some(qr) = &self.qr {
            deadline = deadline.min(qr.deadline);
        }
        if let Some(offline) = self.offline.deadline {
            deadline = deadline.min(offline);
        }
        deadline
    }

    async fn on_timer(&mut self) {
        let now = Instant::now();
        self.keepalive_tick(now).await;
        if self.end.is_some() {
            return;
        }
        if self.qr.as_ref().is_some_and(|qr| now >= qr.deadline) {
            self.rotate_qr(now);
        }
        if self
            .offline
            .deadline
            .is_some_and(|deadline| now >= deadline)
        {
            self.offline_timeout();
        }
    }

    /// Sends a stanza from inside the loop; a failure ends the connection.
    pub(crate) async fn send(&mut self, node: &Node) {
        if let Err(error) = self.socket.send_node(node).await {
            log::warn!("send failed: {error}");
            if self.end.is_none() {
                self.end = Some(End::Transient(error.into()));
            }
        }
    }

    /// Routes a received stanza by tag.
    async fn handle(&mut self, node: Arc<OwnedNodeRef>) {
        self.last_received = Instant::now();
        let inner = &self.client.inner;
        if inner.raw_node_forwarding.load(Ordering::Relaxed) {
            inner.emit_with(EventKind::RawNode, || Event::RawNode(node.clone()));
        }
        let stanza = node.get();
        if stanza.attr("offline").is_some() {
            self.offline.seen = self.offline.seen.saturating_add(1);
        }
        if stanza.is("iq") {
            self.on_iq(&node).await;
        } else if stanza.is("success") {
            self.on_success(&node).await;
        } else if stanza.is("failure") {
            self.on_failure(&node);
        } else if stanza.is("stream:error") {
            self.on_stream_error(&node);
        } else if stanza.is("xmlstreamend") {
            self.end = Some(End::Transient(ClientError::ClosedByServer));
        } else if stanza.is("ib") {
            self.on_ib(&node).await;
        } else if stanza.is("message") {
            self.on_message(&node).await;
        } else if stanza.is("receipt") {
            self.on_receipt(&node).await;
        } else if stanza.is("ack") {
            self.on_ack(&node);
        } else if stanza.is("notification") {
            self.on_notification(&node).await;
        } else {
            log::debug!("unhandled <{}> stanza", stanza.tag());
        }
    }

    async fn on_iq(&mut self, node: &Arc<OwnedNodeRef>) {
        let iq = node.get();
        let attrs = iq.attrs();
        let kind = attrs.optional_str("type").unwrap_or_default();
        match kind.as_ref() {
            "result" | "error" => {
                if !self.keepalive_answer(iq) && !self.client.inner.requests.resolve(node) {
                    log::debug!("answer to an unknown request: {iq}");
                }
            }
            "get" if attrs.is("xmlns", "urn:xmpp:ping") || iq.child("ping").is_some() => {
                let id = attrs.optional_str("id").unwrap_or_default().into_owned();
                let to = attrs
                    .optional_jid("from")
                    .ok()
                    .flatten()
                    .unwrap_or_else(Jid::server_jid);
                let pong = Node::new("iq")
                    .attr("to", to)
                    .attr("id", id)
                    .attr("type", "result");
                self.send(&pong).await;
            }
            "set" if iq.child("pair-device").is_some() => self.on_pair_device(iq).await,
            "set" if iq.child("pair-success").is_some() => self.on_pair_success(iq).await,
            _ => log::debug!("unhandled iq: {iq}"),
        }
    }

    async fn on_notification(&mut self, node: &Arc<OwnedNodeRef>) {
        let notification = node.get();
        let kind = notification
            .attrs()
            .optional_str("type")
            .unwrap_or_default()
            .into_owned();
        match kind.as_str() {
            "encrypt" if notification.child("identity").is_some() => {
                if let Err(error) = self
                    .client
                    .on_identity_notification(notification, self.offline.done)
                {
                    // Not acked: the server delivers it again.
                    log::warn!("identity notification not handled: {error}");
                    return;
                }
            }
            "encrypt" => self.on_prekey_notification(notification),
            "link_code_companion_reg" => self.on_primary_hello(notification),
            "mediaretry" => super::media::on_media_retry_notification(self.client, notification),
            _ if super::notifications::handle(self.client, node)
                == super::notifications::Handled::Deferred =>
            {
                return;
            }
            _ => {}
        }
        self.send(&ack(notification, "notification")).await;
    }

    fn on_prekey_notification(&mut self, notification: &crate::binary::NodeRef<'_>) {
        let Some(count) = notification
            .child("count")
            .and_then(|count| count.attrs().optional_u32("value").ok().flatten())
        else {
            return;
        };
        if count >= self.client.config().min_prekey_count {
            return;
        }
        let client = self.client.clone();
        tokio::spawn(async move {
            let wanted = client.config().refill_prekey_count;
            if let Err(error) = super::prekeys::upload_prekeys(&client, wanted).await {
                log::warn!("prekey refill failed: {error}");
            }
        });
    }
}

/// `<ack id class to [type] [participant]/>` for a received stanza.
pub(crate) fn ack(stanza: &crate::binary::NodeRef<'_>, class: &'static str) -> Node {
    let attrs = stanza.attrs();
    let mut node = Node::new("ack")
        .attr(
            "id",
            attrs.optional_str("id").unwrap_or_default().into_owned(),
        )
        .attr("class", class);
    if let Some(from) = stanza.attr("from") {
        node = node.attr("to", from.to_value());
    }
    if let Some(kind) = attrs.optional_str("type") {
        node = node.attr("type", kind.into_owned());
    }
    if let Some(participant) = stanza.attr("participant") {
        node = node.attr("participant", participant.to_value());
    }
    node
}

//! One emulated connection: WebSocket accept, intro (dictionary from byte 4,
//! `ED` pre-intro allowed), Noise responder, `ClientPayload` classification,
//! then a single loop over received stanzas and queued commands (the
//! per-device outbound queue: anything the emulator or a test sends to this
//! device goes through it).

use std::io::Write as _;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use flate2::Compression;
use flate2::write::ZlibEncoder;
use futures_util::StreamExt as _;
use tokio::net::TcpStream;
use tokio::sync::mpsc;

use super::admin::Injection;
use super::directory::unix_now;
use super::pairing::{CodeJob, PairJob, Registration};
use super::{DeviceKey, State, dictionary_for, lock};
use crate::binary::{Dictionary, Jid, Node, OwnedNodeRef, Server as JidServer, encode_into};
use crate::client::payload::{LoginRequest, PayloadKind, classify_client_payload};
use crate::client::{NoiseSocket, SocketError, feed, next_frame, send_bytes, websocket_config};
use crate::noise::{FrameDecoder, encode_frame};
use crate::signal::PublicKey;

/// What the emulator (or a test) asks a connection to do.
pub(crate) enum ConnCommand {
    /// Send a stanza.
    Send(Node),
    /// Send a last stanza (if any), then close the WebSocket.
    Close { stanza: Option<Node> },
    /// Cut the TCP connection without a word.
    Drop,
    /// Send malformed bytes.
    Inject(Injection),
    /// Stop (or resume) answering the client.
    Freeze(bool),
    /// The phone scanned this connection's QR: send `<pair-success>`.
    PairSuccess(Box<PairJob>),
    /// The phone typed the code: send `primary_hello`.
    PrimaryHello(Box<CodeJob>),
}

/// The registry entry of a connection.
pub(crate) struct ConnHandle {
    pub(crate) tx: mpsc::UnboundedSender<ConnCommand>,
    pub(crate) remote: SocketAddr,
    pub(crate) dictionary: Dictionary,
    pub(crate) noise_key: PublicKey,
    pub(crate) device: Option<Jid>,
}

/// What the connection is.
pub(crate) enum Role {
    /// A new companion waiting to be paired.
    Registration(Box<Registration>),
    /// A linked device, logged in.
    Device {
        key: DeviceKey,
        offline_delivered: bool,
    },
}

pub(crate) struct ServerConn {
    pub(crate) state: Arc<State>,
    pub(crate) id: u64,
    pub(crate) socket: NoiseSocket<TcpStream>,
    pub(crate) role: Role,
    pub(crate) noise_key: PublicKey,
    pub(crate) frozen: bool,
    /// Set to close the connection after the current step.
    pub(crate) closing: bool,
}

/// Accepts and serves one connection.
pub(crate) async fn serve(state: Arc<State>, tcp: TcpStream, remote: SocketAddr, id: u64) {
    let timeout = state.config.handshake_timeout;
    let handshake = tokio::time::timeout(timeout, handshake(&state, tcp)).await;
    let (socket, noise_key, payload) = match handshake {
        Ok(Ok(done)) => done,
        Ok(Err(error)) => {
            log::debug!("connection {id} from {remote}: handshake failed: {error}");
            return;
        }
        Err(_) => {
            log::debug!("connection {id} from {remote}: handshake timed out");
            return;
        }
    };
    state.handshakes.fetch_add(1, Ordering::Relaxed);
    let (tx, rx) = mpsc::unbounded_channel();
    lock(&state.conns).by_id.insert(
        id,
        ConnHandle {
            tx,
            remote,
            dictionary: socket.dictionary(),
            noise_key,
            device: None,
        },
    );
    let mut conn = ServerConn {
        state: state.clone(),
        id,
        socket,
        role: Role::Registration(Box::default()),
        noise_key,
        frozen: false,
        closing: false,
    };
    conn.start(payload).await;
    if !conn.closing {
        conn.run(rx).await;
    } else {
        let _ =
            tokio::time::timeout(std::time::Duration::from_millis(500), conn.socket.close()).await;
    }
    conn.cleanup();
}

type Handshake = (
    NoiseSocket<TcpStream>,
    PublicKey,
    crate::proto::wa::ClientPayload,
);

async fn handshake(state: &State, tcp: TcpStream) -> Result<Handshake, SocketError> {
    let mut ws = tokio_tungstenite::accept_async_with_config(tcp, Some(websocket_config()))
        .await
        .map_err(|error| SocketError::WebSocket(error.to_string()))?;
    let mut decoder = FrameDecoder::expecting_intro();
    let hello = next_frame(&mut ws, &mut decoder).await?;
    let header = decoder
        .intro()
        .map(|intro| intro.header)
        .unwrap_or_default();
    let dictionary = dictionary_for(header.dict_version());
    let (server_hello, expect) = state
        .responder
        .accept(&header, &hello)
        .map_err(|error| SocketError::WebSocket(format!("handshake: {error}")))?;
    let mut out = Vec::with_capacity(server_hello.len() + 3);
    encode_frame(&server_hello, &mut out)?;
    send_bytes(&mut ws, out).await?;
    let finish = next_frame(&mut ws, &mut decoder).await?;
    let (finished, transport) = expect
        .read_client_finish(&finish)
        .map_err(|error| SocketError::WebSocket(format!("handshake: {error}")))?;
    Ok((
        NoiseSocket::new(ws, decoder, transport, dictionary),
        finished.static_key,
        finished.payload,
    ))
}

enum Wake {
    Message(
        Option<
            Result<tokio_tungstenite::tungstenite::Message, tokio_tungstenite::tungstenite::Error>,
        >,
    ),
    Command(Option<ConnCommand>),
}

impl ServerConn {
    /// Encodes and sends a stanza, compressing big ones.
    pub(crate) async fn send(&mut self, node: &Node) {
        if self.closing {
            return;
        }
        let mut body = Vec::with_capacity(128);
        if let Err(error) = encode_into(node, self.socket.dictionary(), &mut body) {
            log::warn!("emulator cannot encode a stanza: {error}");
            return;
        }
        let plain = match self.state.config.compress_min_len {
            Some(min) if body.len() >= min => {
                let mut encoder = ZlibEncoder::new(vec![2u8], Compression::fast());
                match encoder.write_all(&body).and_then(|()| encoder.finish()) {
                    Ok(compressed) => compressed,
                    Err(_) => prefixed(body),
                }
            }
            _ => prefixed(body),
        };
        if let Err(error) = self.socket.send_plaintext(plain).await {
            log::debug!("connection {}: send failed: {error}", self.id);
            self.closing = true;
        }
    }

    /// Sends a last stanza and marks the connection for closing.
    pub(crate) async fn close_with(&mut self, stanza: Node) {
        self.send(&stanza).await;
        self.closing = true;
    }

    async fn start(&mut self, payload: crate::proto::wa::ClientPayload) {
        if self.socket.dictionary() == Dictionary::V2 {
            tokio::time::sleep(self.state.config.legacy_client_grace).await;
        }
        let classified = match classify_client_payload(&payload) {
            Ok(classified) => classified,
            Err(error) => {
                log::info!("connection {}: payload refused: {error}", self.id);
                self.close_with(Node::new("failure").attr("reason", "400"))
                    .await;
                return;
            }
        };
        match classified.kind {
            PayloadKind::Login(login) => self.login(login).await,
            PayloadKind::Registration(request) => self.register(*request).await,
        }
    }

    async fn login(&mut self, login: LoginRequest) {
        let phone = login.user.to_string();
        let key: DeviceKey = (phone.clone(), login.device);
        let found = {
            let directory = lock(&self.state.directory);
            directory.account(&phone).and_then(|account| {
                account
                    .devices
                    .get(&login.device)
                    .map(|device| (device.noise_key, account.lid.clone(), account.created))
            })
        };
        let failure = lock(&self.state.knobs).login_failure.remove(&key);
        if let Some(failure) = failure {
            self.close_with(failure).await;
            return;
        }
        let Some((noise_key, lid, created)) = found.filter(|(noise, ..)| *noise == self.noise_key)
        else {
            log::info!(
                "connection {}: login of unknown device {phone}:{}",
                self.id,
                login.device
            );
            self.close_with(
                Node::new("failure")
                    .attr("reason", "401")
                    .attr("location", "emu"),
            )
            .await;
            return;
        };
        let _ = noise_key;
        let jid = Jid::with_device(phone.clone(), JidServer::User, login.device);
        let previous = {
            let mut conns = lock(&self.state.conns);
            if let Some(handle) = conns.by_id.get_mut(&self.id) {
                handle.device = Some(jid);
            }
            conns.by_device.insert(key.clone(), self.id)
        };
        if let Some(previous) = previous.filter(|previous| *previous != self.id) {
            self.state.command(
                previous,
                ConnCommand::Close {
                    stanza: Some(
                        Node::new("stream:error")
                            .children([Node::new("conflict").attr("type", "replaced")]),
                    ),
                },
            );
        }
        let success = Node::new("success")
            .attr("t", unix_now())
            .attr("props", "1")
            .attr("abprops", "1")
            .attr("location", "emu")
            .attr("creation", created)
            .attr("lid", Jid::with_device(lid, JidServer::Lid, login.device));
        self.role = Role::Device {
            key,
            offline_delivered: false,
        };
        self.send(&success).await;
        if !login.passive {
            self.deliver_offline().await;
        }
    }

    /// Replays the offline queue between `offline_preview` and `offline`.
    pub(crate) async fn deliver_offline(&mut self) {
        let Role::Device {
            key,
            offline_delivered,
            ..
        } = &mut self.role
        else {
            return;
        };
        if *offline_delivered {
            return;
        }
        *offline_delivered = true;
        let key = key.clone();
        let queued: Vec<Node> = lock(&self.state.directory)
            .device_mut(&key.0, key.1)
            .map(|device| device.offline_queue.drain(..).collect())
            .unwrap_or_default();
        let count_of = |tag: &str| queued.iter().filter(|node| node.is(tag)).count();
        let preview = Node::new("offline_preview")
            .attr("count", queued.len())
            .attr("appdata", 0u32)
            .attr("message", count_of("message"))
            .attr("notification", count_of("notification"))
            .attr("receipt", count_of("receipt"));
        self.send(&Node::new("ib").children([preview])).await;
        let total = queued.len();
        super::messaging::track_replayed(&self.state, &key, &queued);
        for mut node in queued {
            node.attrs.push(("offline".into(), "1".into()));
            self.send(&node).await;
        }
        let hold = lock(&self.state.knobs).hold_offline.contains(&key);
        if !hold {
            self.send(&Node::new("ib").children([Node::new("offline").attr("count", total)]))
                .await;
        }
    }

    async fn run(&mut self, mut rx: mpsc::UnboundedReceiver<ConnCommand>) {
        let mut shutdown = lock(&self.state.shutdown).clone();
        while !self.closing {
            loop {
                match self.socket.next_node() {
                    Ok(Some(node)) => {
                        if !self.frozen {
                            self.handle(Arc::new(node)).await;
                        }
                        if self.closing {
                            break;
                        }
                    }
                    Ok(None) => break,
                    Err(SocketError::Decode(error)) => {
                        log::info!("connection {}: undecodable stanza: {error}", self.id);
                        self.close_with(
                            Node::new("stream:error").children([Node::new("xml-not-well-formed")]),
                        )
                        .await;
                        break;
                    }
                    Err(error) => {
                        log::info!("connection {}: {error}", self.id);
                        self.closing = true;
                        break;
                    }
                }
            }
            if self.closing {
                break;
            }
            let wake = tokio::select! {
                message = self.socket.ws.next() => Wake::Message(message),
                command = rx.recv() => Wake::Command(command),
                _ = shutdown.changed() => Wake::Command(Some(ConnCommand::Close {
                    stanza: Some(Node::new("xmlstreamend")),
                })),
            };
            match wake {
                Wake::Message(None) => return,
                Wake::Message(Some(message)) => {
                    if feed(&mut self.socket.decoder, message).is_err() {
                        return;
                    }
                }
                Wake::Command(None) => return,
                Wake::Command(Some(command)) => {
                    if self.command(command).await {
                        return;
                    }
                }
            }
        }
        let _ =
            tokio::time::timeout(std::time::Duration::from_millis(500), self.socket.close()).await;
    }

    /// Runs a command; true to drop the connection at once.
    async fn command(&mut self, command: ConnCommand) -> bool {
        match command {
            ConnCommand::Send(node) => self.send(&node).await,
            ConnCommand::Close { stanza } => {
                if let Some(stanza) = stanza {
                    self.send(&stanza).await;
                }
                self.closing = true;
            }
            ConnCommand::Drop => return true,
            ConnCommand::Inject(injection) => {
                let bytes = self.injection_bytes(injection);
                let _ = self.socket.send_raw(bytes).await;
                if matches!(injection, Injection::TruncatedFrame) {
                    return true;
                }
            }
            ConnCommand::Freeze(frozen) => self.frozen = frozen,
            ConnCommand::PairSuccess(job) => self.send_pair_success(*job).await,
            ConnCommand::PrimaryHello(job) => self.send_primary_hello(*job).await,
        }
        false
    }

    fn injection_bytes(&mut self, injection: Injection) -> Vec<u8> {
        let mut out = Vec::new();
        match injection {
            Injection::GarbageFrame => {
                let _ = encode_frame(&[0x5a; 48], &mut out);
            }
            Injection::TruncatedFrame => out.extend_from_slice(&[0x00, 0x01, 0x00, 0xde, 0xad]),
            Injection::OversizedFrame => out.extend_from_slice(&[0xff, 0xff, 0xff, 0x00]),
            Injection::UndecodableStanza => {
                // A valid frame whose stanza is a list header with nothing after it.
                let _ = self.encrypt_plain(&[0x00, 0xf8, 0x05, 0x03], &mut out);
            }
            Injection::BadCompression => {
                let _ = self.encrypt_plain(&[0x02, 0x78, 0x9c, 0xde, 0xad, 0xbe, 0xef], &mut out);
            }
        }
        out
    }

    fn encrypt_plain(&mut self, plain: &[u8], out: &mut Vec<u8>) -> Result<(), SocketError> {
        self.socket.encrypt_frame(plain, out)
    }

    fn cleanup(&mut self) {
        if let Role::Device { key, .. } = &self.role {
            super::messaging::requeue_unacked(&self.state, key);
        }
        let mut conns = lock(&self.state.conns);
        conns.by_id.remove(&self.id);
        let id = self.id;
        conns.by_device.retain(|_, conn| *conn != id);
        conns.by_ref.retain(|_, conn| *conn != id);
        conns.code_requests.retain(|_, request| request.conn != id);
        drop(conns);
        if let Role::Registration(registration) = &mut self.role {
            registration.fail_pending();
        }
    }

    async fn handle(&mut self, node: Arc<OwnedNodeRef>) {
        let stanza = node.get();
        if stanza.is("iq") {
            self.on_iq(&node).await;
        } else if stanza.is("receipt") && stanza.attrs().is("type", "server-error") {
            self.on_media_retry_receipt(stanza).await;
        } else if stanza.is("message") || stanza.is("receipt") || stanza.is("ack") {
            self.on_routed(&node).await;
        } else if stanza.is("presence") || stanza.is("ib") {
            // Routing arrives with the messaging layer.
            log::debug!("connection {}: <{}> not routed yet", self.id, stanza.tag());
        } else {
            log::debug!("connection {}: unhandled <{}>", self.id, stanza.tag());
        }
    }
}

fn prefixed(body: Vec<u8>) -> Vec<u8> {
    let mut plain = Vec::with_capacity(body.len() + 1);
    plain.push(0);
    plain.extend_from_slice(&body);
    plain
}

/// `<iq from="s.whatsapp.net" type="result" id/>` answering `iq`.
pub(crate) fn result_for(iq: &crate::binary::NodeRef<'_>) -> Node {
    let id = iq
        .attrs()
        .optional_str("id")
        .unwrap_or_default()
        .into_owned();
    Node::new("iq")
        .attr("from", Jid::server_jid())
        .attr("type", "result")
        .attr("id", id)
}

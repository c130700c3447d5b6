//! Test controls of the emulator: look at connections, and make the server
//! misbehave on purpose (drop a socket, send stream errors or any stanza,
//! inject malformed frames, hold back offline completion, stop answering).

use std::net::SocketAddr;
use std::time::Duration;

use bytes::Bytes;
use prost::Message as _;

use super::conn::ConnCommand;
use super::directory::KeyIndexListMode;
use super::{DeviceKey, Server, lock};
use crate::binary::{Dictionary, Jid, Node};
use crate::proto::wa;

/// A connection as the emulator sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectionInfo {
    /// The emulator's id for it.
    pub id: u64,
    /// The client's address.
    pub remote: SocketAddr,
    /// The dictionary it announced.
    pub dictionary: Dictionary,
    /// The device, once logged in.
    pub device: Option<Jid>,
}

/// Malformed bytes the emulator can send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Injection {
    /// A frame of random bytes (fails to decrypt).
    GarbageFrame,
    /// The start of a frame, then the socket closes.
    TruncatedFrame,
    /// A frame header announcing 16 MiB - 1 bytes.
    OversizedFrame,
    /// A well-encrypted frame whose stanza does not decode.
    UndecodableStanza,
    /// A well-encrypted frame flagged compressed that is not zlib.
    BadCompression,
}

/// How the emulator rewrites the `<device-identity>` a device attaches to
/// its `pkmsg`s on their way to recipients (see
/// [`Server::rewrite_device_identity`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DeviceIdentityRewrite {
    /// Flip a bit of the account signature: a well-formed identity whose
    /// account signature does not verify.
    ForgeAccountSignature,
    /// Flip a bit of the device signature: the identity was not signed by
    /// the device's key.
    ForgeDeviceSignature,
    /// Replace the content with these bytes (for instance not a protobuf).
    Replace(Bytes),
}

impl DeviceIdentityRewrite {
    /// The rewritten `<device-identity>` node. An identity that does not
    /// decode is left as it is by the forging rewrites.
    pub(crate) fn apply(&self, node: &Node) -> Node {
        let content = node.content_bytes().cloned().unwrap_or_default();
        let bytes = match self {
            DeviceIdentityRewrite::Replace(bytes) => bytes.clone(),
            DeviceIdentityRewrite::ForgeAccountSignature
            | DeviceIdentityRewrite::ForgeDeviceSignature => {
                let Ok(mut signed) = wa::AdvSignedDeviceIdentity::decode(content.clone()) else {
                    return node.clone();
                };
                let signature = if *self == DeviceIdentityRewrite::ForgeAccountSignature {
                    &mut signed.account_signature
                } else {
                    &mut signed.device_signature
                };
                let Some(mut flipped) = signature.as_ref().map(|signature| signature.to_vec())
                else {
                    return node.clone();
                };
                match flipped.first_mut() {
                    Some(first) => *first ^= 0x01,
                    None => return node.clone(),
                }
                *signature = Some(flipped.into());
                Bytes::from(signed.encode_to_vec())
            }
        };
        Node::new("device-identity").bytes(bytes)
    }
}

impl Server {
    fn key(&self, device: &Jid) -> Option<DeviceKey> {
        self.state.device_key(device)
    }

    fn device_command(&self, device: &Jid, command: ConnCommand) -> bool {
        let Some(key) = self.key(device) else {
            return false;
        };
        match self.state.device_conn(&key) {
            Some(conn) => self.state.command(conn, command),
            None => false,
        }
    }

    /// Chooses what usync device answers carry as the key-index list of the
    /// account of `phone` (the phone-signed list by default); false when no
    /// such account exists. Device lists clients already cached stay as
    /// they are.
    pub fn set_key_index_list(&self, phone: &str, mode: KeyIndexListMode) -> bool {
        match lock(&self.state.directory).account_mut(phone) {
            Some(account) => {
                account.key_index_list_mode = mode;
                true
            }
            None => false,
        }
    }

    /// Rewrites the `<device-identity>` of every message `device` sends from
    /// now on (`None` stops); false when no such device exists. The
    /// ciphertexts are left alone, so only the identity check can refuse
    /// the messages.
    pub fn rewrite_device_identity(
        &self,
        device: &Jid,
        rewrite: Option<DeviceIdentityRewrite>,
    ) -> bool {
        let Some(key) = self.key(device) else {
            return false;
        };
        let mut knobs = lock(&self.state.knobs);
        match rewrite {
            Some(rewrite) => knobs.device_identity.insert(key, rewrite),
            None => knobs.device_identity.remove(&key),
        };
        true
    }

    /// Every open connection (after its handshake).
    pub fn connections(&self) -> Vec<ConnectionInfo> {
        let mut list: Vec<ConnectionInfo> = lock(&self.state.conns)
            .by_id
            .iter()
            .map(|(id, handle)| ConnectionInfo {
                id: *id,
                remote: handle.remote,
                dictionary: handle.dictionary,
                device: handle.device.clone(),
            })
            .collect();
        list.sort_by_key(|info| info.id);
        list
    }

    /// Whether `device` is logged in on some connection.
    pub fn is_online(&self, device: &Jid) -> bool {
        self.key(device)
            .is_some_and(|key| self.state.device_conn(&key).is_some())
    }

    /// Waits until `device` is online (true) or `timeout` passes (false).
    pub async fn wait_online(&self, device: &Jid, timeout: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + timeout;
        while tokio::time::Instant::now() < deadline {
            if self.is_online(device) {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        self.is_online(device)
    }

    /// Whether the directory knows `device`.
    pub fn device_exists(&self, device: &Jid) -> bool {
        let Some((phone, id)) = self.key(device) else {
            return false;
        };
        lock(&self.state.directory).device(&phone, id).is_some()
    }

    /// Cuts `device`'s TCP connection without a word.
    pub fn drop_connection(&self, device: &Jid) -> bool {
        self.device_command(device, ConnCommand::Drop)
    }

    /// Sends `stanza` (if any), then closes `device`'s connection.
    pub fn close_connection(&self, device: &Jid, stanza: Option<Node>) -> bool {
        self.device_command(device, ConnCommand::Close { stanza })
    }

    /// Sends `<stream:error code/>` (or with a child) and closes.
    pub fn send_stream_error(&self, device: &Jid, code: Option<&str>, child: Option<Node>) -> bool {
        let mut node = Node::new("stream:error");
        if let Some(code) = code {
            node = node.attr("code", code.to_owned());
        }
        if let Some(child) = child {
            node = node.children([child]);
        }
        self.close_connection(device, Some(node))
    }

    /// Sends any stanza to `device`.
    pub fn send_node(&self, device: &Jid, node: Node) -> bool {
        self.device_command(device, ConnCommand::Send(node))
    }

    /// Sends malformed bytes to `device`.
    pub fn inject(&self, device: &Jid, injection: Injection) -> bool {
        self.device_command(device, ConnCommand::Inject(injection))
    }

    /// Stops (or resumes) answering `device` (to test dead-connection
    /// detection).
    pub fn freeze(&self, device: &Jid, frozen: bool) -> bool {
        self.device_command(device, ConnCommand::Freeze(frozen))
    }

    /// Whether to withhold `<ib><offline/></ib>` from `device`'s next
    /// logins.
    pub fn hold_offline_completion(&self, device: &Jid, hold: bool) {
        if let Some(key) = self.key(device) {
            let mut knobs = lock(&self.state.knobs);
            if hold {
                knobs.hold_offline.insert(key);
            } else {
                knobs.hold_offline.remove(&key);
            }
        }
    }

    /// Answers `device`'s next login with `failure` (e.g. `<failure
    /// reason="402" code="101" expire="3600"/>`).
    pub fn fail_next_login(&self, device: &Jid, failure: Node) {
        if let Some(key) = self.key(device) {
            lock(&self.state.knobs).login_failure.insert(key, failure);
        }
    }

    /// Queues a stanza for `device`'s next login (replayed with an
    /// `offline` attribute between the preview and the completion).
    pub fn enqueue_offline(&self, device: &Jid, node: Node) -> bool {
        let mut directory = lock(&self.state.directory);
        match directory.device_by_jid_mut(device) {
            Some(companion) => {
                companion.offline_queue.push_back(node);
                true
            }
            None => false,
        }
    }

    /// One-time prekeys `device` has on the server.
    pub fn prekey_count(&self, device: &Jid) -> Option<usize> {
        lock(&self.state.directory)
            .device_by_jid_mut(device)
            .map(|companion| companion.prekeys.len())
    }

    /// Hands out `count` of `device`'s prekeys (as fetches by other
    /// clients would); when fewer than 5 remain and the device is online,
    /// it gets `<notification type="encrypt"><count value/></notification>`.
    /// Returns how many remain.
    pub fn consume_prekeys(&self, device: &Jid, count: usize) -> Option<usize> {
        let remaining = {
            let mut directory = lock(&self.state.directory);
            let companion = directory.device_by_jid_mut(device)?;
            for _ in 0..count {
                companion.prekeys.pop_front();
            }
            companion.prekeys.len()
        };
        if remaining < 5 {
            let notification = Node::new("notification")
                .attr("from", Jid::server_jid())
                .attr("type", "encrypt")
                .attr("id", format!("pk{remaining}"))
                .attr("t", super::directory::unix_now())
                .children([Node::new("count").attr("value", remaining)]);
            self.send_node(device, notification);
        }
        Some(remaining)
    }
}

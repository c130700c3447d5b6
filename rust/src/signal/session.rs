//! Session state and records, and their storage format.
//!
//! A [`SessionRecord`] holds the current [`SessionState`] with one peer device
//! and up to [`MAX_ARCHIVED_STATES`] earlier ones (kept because messages sent
//! under an older session can still arrive). A state holds the root key, our
//! current ratchet key pair, the sending chain, up to
//! [`MAX_RECEIVER_CHAINS`] receiving chains, each with at most
//! [`MAX_MESSAGE_KEYS`] skipped message keys, and, until the peer answers, the
//! prekey ids to repeat in every `pkmsg`.
//!
//! The storage format is ours (not libsignal's): a format byte followed by
//! protobuf-encoded fields. Reading it is total and enforces every bound.

use std::collections::VecDeque;
use std::fmt;

use zeroize::{Zeroize, ZeroizeOnDrop};

use super::codec::{self, Reader};
use super::error::{Malformed, MessageKind, SignalError};
use super::keys::{KeyPair, PrivateKey, PublicKey};
use super::ratchet::{ChainKey, RootKey};
use super::wire::CIPHERTEXT_VERSION;

/// Skipped message keys kept per receiving chain (oldest dropped first).
pub const MAX_MESSAGE_KEYS: usize = 2000;
/// Receiving chains kept per session state (oldest dropped first).
pub const MAX_RECEIVER_CHAINS: usize = 5;
/// Earlier session states kept per record (oldest dropped first).
pub const MAX_ARCHIVED_STATES: usize = 40;
/// How far ahead of its chain a message counter may be (libsignal's Java and
/// JavaScript bound; WhatsApp Web's).
pub const MAX_FORWARD_JUMPS: u32 = 2000;

/// Format byte of a serialized [`SessionRecord`].
const RECORD_FORMAT: u8 = 1;

/// A message key kept for a message that has not arrived yet.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub(crate) struct SkippedKey {
    #[zeroize(skip)]
    pub(crate) counter: u32,
    pub(crate) seed: [u8; 32],
}

/// A receiving chain: the peer's ratchet key and where we are in its chain.
#[derive(Clone)]
pub(crate) struct ReceiverChain {
    pub(crate) ratchet_key: PublicKey,
    pub(crate) chain: ChainKey,
    pub(crate) skipped: Vec<SkippedKey>,
}

impl ReceiverChain {
    /// Adds skipped keys, dropping the oldest beyond [`MAX_MESSAGE_KEYS`].
    pub(crate) fn add_skipped(&mut self, keys: Vec<SkippedKey>) {
        if keys.is_empty() {
            return;
        }
        self.skipped.extend(keys);
        if self.skipped.len() > MAX_MESSAGE_KEYS {
            let excess = self.skipped.len() - MAX_MESSAGE_KEYS;
            self.skipped.drain(..excess);
        }
    }
}

/// The prekeys an unanswered session was built from; every message repeats
/// them in a `pkmsg` until the peer replies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PendingPreKey {
    pub(crate) prekey_id: Option<u32>,
    pub(crate) signed_prekey_id: u32,
    pub(crate) base_key: PublicKey,
}

/// One session with one peer device.
#[derive(Clone)]
pub struct SessionState {
    pub(crate) version: u8,
    pub(crate) local_identity: PublicKey,
    pub(crate) remote_identity: PublicKey,
    pub(crate) local_registration_id: u32,
    pub(crate) remote_registration_id: u32,
    /// The initiator's X3DH base key: names the session in `pkmsg`s.
    pub(crate) base_key: PublicKey,
    pub(crate) root: RootKey,
    /// Our current ratchet key pair.
    pub(crate) our_ratchet: KeyPair,
    /// The sending chain; `None` after a receiving ratchet step until we next
    /// send (the sending half of the step is done lazily, with identical
    /// results), and in a responder's state before its first decrypt.
    pub(crate) sender_chain: Option<ChainKey>,
    /// Last counter of our previous sending chain (libsignal's meaning).
    pub(crate) previous_counter: u32,
    /// Receiving chains, oldest first.
    pub(crate) receivers: Vec<ReceiverChain>,
    pub(crate) pending_prekey: Option<PendingPreKey>,
}

impl SessionState {
    /// The peer's identity key.
    pub fn remote_identity(&self) -> &PublicKey {
        &self.remote_identity
    }

    /// Our identity key as the session knows it.
    pub fn local_identity(&self) -> &PublicKey {
        &self.local_identity
    }

    /// The peer's registration id.
    pub fn remote_registration_id(&self) -> u32 {
        self.remote_registration_id
    }

    /// Our registration id as sent in `pkmsg`s.
    pub fn local_registration_id(&self) -> u32 {
        self.local_registration_id
    }

    /// The X3DH base key that names this session.
    pub fn base_key(&self) -> &PublicKey {
        &self.base_key
    }

    /// Whether our messages are still `pkmsg`s (the peer has not answered).
    pub fn has_unacknowledged_prekey(&self) -> bool {
        self.pending_prekey.is_some()
    }

    pub(crate) fn receiver_index(&self, ratchet_key: &PublicKey) -> Option<usize> {
        self.receivers
            .iter()
            .position(|chain| chain.ratchet_key == *ratchet_key)
    }
}

impl fmt::Debug for SessionState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SessionState")
            .field("version", &self.version)
            .field("remote_identity", &self.remote_identity)
            .field("remote_registration_id", &self.remote_registration_id)
            .field("base_key", &self.base_key)
            .field(
                "sending_index",
                &self.sender_chain.as_ref().map(|c| c.index),
            )
            .field("receiver_chains", &self.receivers.len())
            .field(
                "skipped_keys",
                &self
                    .receivers
                    .iter()
                    .map(|c| c.skipped.len())
                    .sum::<usize>(),
            )
            .field("pending_prekey", &self.pending_prekey)
            .finish_non_exhaustive()
    }
}

/// All sessions with one peer device: the current one and archived ones.
#[derive(Clone, Default)]
pub struct SessionRecord {
    pub(crate) current: Option<SessionState>,
    /// Archived states, most recent first.
    pub(crate) previous: VecDeque<SessionState>,
}

impl fmt::Debug for SessionRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SessionRecord")
            .field("current", &self.current)
            .field("archived", &self.previous.len())
            .finish()
    }
}

impl SessionRecord {
    /// An empty record.
    pub fn new() -> SessionRecord {
        SessionRecord::default()
    }

    /// The current session state, if any.
    pub fn current(&self) -> Option<&SessionState> {
        self.current.as_ref()
    }

    /// Number of archived states.
    pub fn archived_len(&self) -> usize {
        self.previous.len()
    }

    /// Whether there is a current session.
    pub fn has_current_state(&self) -> bool {
        self.current.is_some()
    }

    /// Whether the record holds no state at all.
    pub fn is_empty(&self) -> bool {
        self.current.is_none() && self.previous.is_empty()
    }

    /// Makes `state` current, archiving the current one.
    pub(crate) fn promote_state(&mut self, state: SessionState) {
        self.archive_current_state();
        self.current = Some(state);
    }

    /// Archives the current state (the next message needs a new session).
    pub fn archive_current_state(&mut self) {
        if let Some(state) = self.current.take() {
            self.previous.push_front(state);
            self.previous.truncate(MAX_ARCHIVED_STATES);
        }
    }

    /// Makes the state named by `base_key` current (if it is archived) and
    /// says whether one exists.
    pub(crate) fn promote_matching_state(&mut self, base_key: &PublicKey) -> bool {
        if self
            .current
            .as_ref()
            .is_some_and(|state| state.base_key == *base_key)
        {
            return true;
        }
        match self
            .previous
            .iter()
            .position(|state| state.base_key == *base_key)
        {
            Some(index) => {
                if let Some(state) = self.previous.remove(index) {
                    self.promote_state(state);
                }
                true
            }
            None => false,
        }
    }

    /// The record in our storage format.
    pub fn serialize(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(256);
        out.push(RECORD_FORMAT);
        let mut scratch = Vec::with_capacity(256);
        if let Some(state) = &self.current {
            scratch.clear();
            encode_state(state, &mut scratch);
            codec::put_bytes_field(&mut out, 1, &scratch);
        }
        for state in &self.previous {
            scratch.clear();
            encode_state(state, &mut scratch);
            codec::put_bytes_field(&mut out, 2, &scratch);
        }
        scratch.zeroize();
        out
    }

    /// Reads a record written by [`SessionRecord::serialize`].
    pub fn deserialize(bytes: &[u8]) -> Result<SessionRecord, SignalError> {
        let bad = |reason| SignalError::invalid(MessageKind::SessionRecord, reason);
        let (&format, body) = bytes
            .split_first()
            .ok_or_else(|| bad(Malformed::Truncated))?;
        if format != RECORD_FORMAT {
            return Err(bad(Malformed::RecordFormat(format)));
        }
        let mut record = SessionRecord::new();
        let mut reader = Reader::new(body);
        while let Some((field, value)) = reader.next_field().map_err(bad)? {
            match field {
                1 => {
                    record.current =
                        Some(decode_state(value.bytes(field).map_err(bad)?).map_err(bad)?)
                }
                2 => {
                    if record.previous.len() >= MAX_ARCHIVED_STATES {
                        return Err(bad(Malformed::TooMany("archived states")));
                    }
                    record
                        .previous
                        .push_back(decode_state(value.bytes(field).map_err(bad)?).map_err(bad)?);
                }
                _ => {}
            }
        }
        Ok(record)
    }
}

// Field numbers of a serialized state.
const S_VERSION: u32 = 1;
const S_LOCAL_IDENTITY: u32 = 2;
const S_REMOTE_IDENTITY: u32 = 3;
const S_LOCAL_REGISTRATION: u32 = 4;
const S_REMOTE_REGISTRATION: u32 = 5;
const S_BASE_KEY: u32 = 6;
const S_ROOT: u32 = 7;
const S_RATCHET_PUBLIC: u32 = 8;
const S_RATCHET_PRIVATE: u32 = 9;
const S_SENDER_KEY: u32 = 10;
const S_SENDER_INDEX: u32 = 11;
const S_PREVIOUS_COUNTER: u32 = 12;
const S_RECEIVER: u32 = 13;
const S_PENDING: u32 = 14;

fn encode_state(state: &SessionState, out: &mut Vec<u8>) {
    codec::put_u32_field(out, S_VERSION, u32::from(state.version));
    codec::put_bytes_field(out, S_LOCAL_IDENTITY, state.local_identity.as_bytes());
    codec::put_bytes_field(out, S_REMOTE_IDENTITY, state.remote_identity.as_bytes());
    codec::put_u32_field(out, S_LOCAL_REGISTRATION, state.local_registration_id);
    codec::put_u32_field(out, S_REMOTE_REGISTRATION, state.remote_registration_id);
    codec::put_bytes_field(out, S_BASE_KEY, state.base_key.as_bytes());
    codec::put_bytes_field(out, S_ROOT, &state.root.0);
    codec::put_bytes_field(out, S_RATCHET_PUBLIC, state.our_ratchet.public.as_bytes());
    let mut private = state.our_ratchet.private.to_bytes();
    codec::put_bytes_field(out, S_RATCHET_PRIVATE, &private);
    private.zeroize();
    if let Some(chain) = &state.sender_chain {
        codec::put_bytes_field(out, S_SENDER_KEY, &chain.key);
        codec::put_u32_field(out, S_SENDER_INDEX, chain.index);
    }
    codec::put_u32_field(out, S_PREVIOUS_COUNTER, state.previous_counter);
    for receiver in &state.receivers {
        let skipped_len = receiver.skipped.len() * 36;
        let inner_len = 2 * codec::bytes_field_len(32)
            + codec::varint_field_len(u64::from(receiver.chain.index))
            + {
                if skipped_len > 0 {
                    codec::bytes_field_len(skipped_len)
                } else {
                    0
                }
            };
        codec::put_len_prefix(out, S_RECEIVER, inner_len);
        codec::put_bytes_field(out, 1, receiver.ratchet_key.as_bytes());
        codec::put_bytes_field(out, 2, &receiver.chain.key);
        codec::put_u32_field(out, 3, receiver.chain.index);
        if skipped_len > 0 {
            codec::put_len_prefix(out, 4, skipped_len);
            for key in &receiver.skipped {
                out.extend_from_slice(&key.counter.to_le_bytes());
                out.extend_from_slice(&key.seed);
            }
        }
    }
    if let Some(pending) = &state.pending_prekey {
        let mut inner = Vec::with_capacity(48);
        if let Some(id) = pending.prekey_id {
            codec::put_u32_field(&mut inner, 1, id);
        }
        codec::put_u32_field(&mut inner, 2, pending.signed_prekey_id);
        codec::put_bytes_field(&mut inner, 3, pending.base_key.as_bytes());
        codec::put_bytes_field(out, S_PENDING, &inner);
    }
}

fn key32(value: codec::Value<'_>, field: u32, name: &'static str) -> Result<[u8; 32], Malformed> {
    value.array::<32>(field, name)
}

fn public(value: codec::Value<'_>, field: u32, name: &'static str) -> Result<PublicKey, Malformed> {
    Ok(PublicKey::from_raw(key32(value, field, name)?))
}

fn decode_state(bytes: &[u8]) -> Result<SessionState, Malformed> {
    let mut version = None;
    let (mut local_identity, mut remote_identity, mut base_key, mut root) =
        (None, None, None, None);
    let (mut local_registration, mut remote_registration) = (0, 0);
    let (mut ratchet_public, mut ratchet_private) = (None, None);
    let (mut sender_key, mut sender_index) = (None, 0);
    let mut previous_counter = 0;
    let mut receivers = Vec::new();
    let mut pending_prekey = None;
    let mut reader = Reader::new(bytes);
    while let Some((field, value)) = reader.next_field()? {
        match field {
            S_VERSION => version = Some(value.u32(field)?),
            S_LOCAL_IDENTITY => local_identity = Some(public(value, field, "local identity")?),
            S_REMOTE_IDENTITY => remote_identity = Some(public(value, field, "remote identity")?),
            S_LOCAL_REGISTRATION => local_registration = value.u32(field)?,
            S_REMOTE_REGISTRATION => remote_registration = value.u32(field)?,
            S_BASE_KEY => base_key = Some(public(value, field, "base key")?),
            S_ROOT => root = Some(RootKey(key32(value, field, "root key")?)),
            S_RATCHET_PUBLIC => ratchet_public = Some(public(value, field, "ratchet key")?),
            S_RATCHET_PRIVATE => {
                ratchet_private = Some(PrivateKey::from_bytes(key32(value, field, "ratchet key")?))
            }
            S_SENDER_KEY => sender_key = Some(key32(value, field, "sender chain key")?),
            S_SENDER_INDEX => sender_index = value.u32(field)?,
            S_PREVIOUS_COUNTER => previous_counter = value.u32(field)?,
            S_RECEIVER => {
                if receivers.len() >= MAX_RECEIVER_CHAINS {
                    return Err(Malformed::TooMany("receiver chains"));
                }
                receivers.push(decode_receiver(value.bytes(field)?)?);
            }
            S_PENDING => pending_prekey = Some(decode_pending(value.bytes(field)?)?),
            _ => {}
        }
    }
    let version = version.ok_or(Malformed::MissingField("version"))?;
    if version != u32::from(CIPHERTEXT_VERSION) {
        return Err(Malformed::Version(version.min(255) as u8));
    }
    let private = ratchet_private.ok_or(Malformed::MissingField("ratchet private key"))?;
    let public = ratchet_public.ok_or(Malformed::MissingField("ratchet public key"))?;
    Ok(SessionState {
        version: CIPHERTEXT_VERSION,
        local_identity: local_identity.ok_or(Malformed::MissingField("local identity"))?,
        remote_identity: remote_identity.ok_or(Malformed::MissingField("remote identity"))?,
        local_registration_id: local_registration,
        remote_registration_id: remote_registration,
        base_key: base_key.ok_or(Malformed::MissingField("base key"))?,
        root: root.ok_or(Malformed::MissingField("root key"))?,
        our_ratchet: KeyPair { public, private },
        sender_chain: sender_key.map(|key| ChainKey::new(key, sender_index)),
        previous_counter,
        receivers,
        pending_prekey,
    })
}

fn decode_receiver(bytes: &[u8]) -> Result<ReceiverChain, Malformed> {
    let (mut ratchet_key, mut chain_key, mut index) = (None, None, 0);
    let mut skipped = Vec::new();
    let mut reader = Reader::new(bytes);
    while let Some((field, value)) = reader.next_field()? {
        match field {
            1 => ratchet_key = Some(public(value, field, "receiver ratchet key")?),
            2 => chain_key = Some(key32(value, field, "receiver chain key")?),
            3 => index = value.u32(field)?,
            4 => {
                let packed = value.bytes(field)?;
                if packed.len() % 36 != 0 {
                    return Err(Malformed::Length {
                        field: "skipped keys",
                        len: packed.len(),
                    });
                }
                if packed.len() / 36 + skipped.len() > MAX_MESSAGE_KEYS {
                    return Err(Malformed::TooMany("skipped message keys"));
                }
                skipped.reserve(packed.len() / 36);
                for entry in packed.chunks_exact(36) {
                    let (counter, seed) = entry.split_at(4);
                    let mut key = SkippedKey {
                        counter: 0,
                        seed: [0; 32],
                    };
                    key.counter =
                        u32::from_le_bytes([counter[0], counter[1], counter[2], counter[3]]);
                    key.seed.copy_from_slice(seed);
                    skipped.push(key);
                }
            }
            _ => {}
        }
    }
    Ok(ReceiverChain {
        ratchet_key: ratchet_key.ok_or(Malformed::MissingField("receiver ratchet key"))?,
        chain: ChainKey::new(
            chain_key.ok_or(Malformed::MissingField("receiver chain key"))?,
            index,
        ),
        skipped,
    })
}

fn decode_pending(bytes: &[u8]) -> Result<PendingPreKey, Malformed> {
    let (mut prekey_id, mut signed_prekey_id, mut base_key) = (None, None, None);
    let mut reader = Reader::new(bytes);
    while let Some((field, value)) = reader.next_field()? {
        match field {
            1 => prekey_id = Some(value.u32(field)?),
            2 => signed_prekey_id = Some(value.u32(field)?),
            3 => base_key = Some(public(value, field, "pending base key")?),
            _ => {}
        }
    }
    Ok(PendingPreKey {
        prekey_id,
        signed_prekey_id: signed_prekey_id
            .ok_or(Malformed::MissingField("pending signed prekey id"))?,
        base_key: base_key.ok_or(Malformed::MissingField("pending base key"))?,
    })
}

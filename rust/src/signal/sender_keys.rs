//! Sender keys: group messages encrypted once for every member.
//!
//! Each (group, sender device) has a [`SenderKeyRecord`] of up to
//! [`MAX_SENDER_KEY_STATES`] states. A state is a key id, a chain key at some
//! iteration and the sender's signing key (with its private half when the
//! state is ours). Message seed `HMAC(chain, 01)`, next chain `HMAC(chain,
//! 02)`; `HKDF(seed, zero salt, "WhisperGroup", 48)` → IV `[0:16]`, AES-256
//! key `[16:48]`. A SenderKeyMessage is signed (XEdDSA) over everything before the
//! signature, and the signature is checked before any state changes.
//!
//! Our sender uses iterations 0, 1, 2, …; receivers tolerate gaps (Baileys 6
//! senders use 0, 2, 4, …) by keeping up to [`MAX_SENDER_MESSAGE_KEYS`]
//! skipped message keys per state.

use std::collections::VecDeque;
use std::fmt;
use std::sync::OnceLock;

use zeroize::{Zeroize, ZeroizeOnDrop};

use super::codec::{self, Reader};
use super::crypto::{self, CbcError};
use super::error::{Malformed, MessageKind, SignalError};
use super::key_source::KeySource;
use super::keys::{KeyPair, PrivateKey, PublicKey, SigningKey, VerifyingKey};
use super::wire::{self, SenderKeyDistributionMessage, SenderKeyMessage};

/// Sender-key states kept per (group, sender) (oldest dropped first).
pub const MAX_SENDER_KEY_STATES: usize = 5;
/// Skipped message keys kept per sender-key state (oldest dropped first).
pub const MAX_SENDER_MESSAGE_KEYS: usize = 2000;
/// How far ahead of its chain a sender-key message may be. The signature is
/// checked before the chain is stepped, so only the real sender can make us
/// step this far (whatsapp-rust's bound).
pub const MAX_SENDER_FORWARD_JUMPS: u32 = 25_000;

const RECORD_FORMAT: u8 = 1;

/// A sender chain key at an iteration.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
struct SenderChainKey {
    #[zeroize(skip)]
    iteration: u32,
    seed: [u8; 32],
}

impl SenderChainKey {
    /// The message seed at this iteration and the chain key after it.
    fn step(&self) -> ([u8; 32], SenderChainKey) {
        let mac = crypto::keyed(&self.seed);
        let message = crypto::finish(mac.clone(), &[&[1]]);
        let next = crypto::finish(mac, &[&[2]]);
        (
            message,
            SenderChainKey {
                iteration: self.iteration.wrapping_add(1),
                seed: next,
            },
        )
    }
}

/// IV and AES key of one sender-key message.
#[derive(Zeroize, ZeroizeOnDrop)]
struct SenderMessageKey {
    iv: [u8; 16],
    cipher_key: [u8; 32],
}

impl SenderMessageKey {
    fn derive(seed: &[u8; 32]) -> SenderMessageKey {
        let mut okm: [u8; 48] = crypto::hkdf_zero_salt(seed, b"WhisperGroup");
        let mut key = SenderMessageKey {
            iv: [0; 16],
            cipher_key: [0; 32],
        };
        key.iv.copy_from_slice(&okm[..16]);
        key.cipher_key.copy_from_slice(&okm[16..]);
        okm.zeroize();
        key
    }
}

#[derive(Clone, Zeroize, ZeroizeOnDrop)]
struct SkippedSenderKey {
    #[zeroize(skip)]
    iteration: u32,
    seed: [u8; 32],
}

/// One sender key: id, chain position, signing key and skipped message keys.
#[derive(Clone)]
pub struct SenderKeyState {
    key_id: u32,
    chain: SenderChainKey,
    signing_public: PublicKey,
    signing_private: Option<PrivateKey>,
    skipped: Vec<SkippedSenderKey>,
    /// The signing key's compressed Edwards form, when a stored record had
    /// it: preparing the signer or verifier from it is cheaper.
    edwards: Option<[u8; 32]>,
    signer: OnceLock<SigningKey>,
    verifier: OnceLock<Option<VerifyingKey>>,
}

impl SenderKeyState {
    fn new(
        key_id: u32,
        iteration: u32,
        chain_key: [u8; 32],
        signing_public: PublicKey,
        signing_private: Option<PrivateKey>,
    ) -> Self {
        SenderKeyState {
            key_id,
            chain: SenderChainKey {
                iteration,
                seed: chain_key,
            },
            signing_public,
            signing_private,
            skipped: Vec::new(),
            edwards: None,
            signer: OnceLock::new(),
            verifier: OnceLock::new(),
        }
    }

    /// The key id (chain id).
    pub fn key_id(&self) -> u32 {
        self.key_id
    }

    /// The next iteration of the chain.
    pub fn iteration(&self) -> u32 {
        self.chain.iteration
    }

    /// The sender's signing public key.
    pub fn signing_key(&self) -> &PublicKey {
        &self.signing_public
    }

    /// Whether this state is ours (can encrypt).
    pub fn is_own(&self) -> bool {
        self.signing_private.is_some()
    }

    /// Number of skipped message keys kept.
    pub fn skipped_len(&self) -> usize {
        self.skipped.len()
    }

    fn distribution(&self) -> SenderKeyDistributionMessage {
        SenderKeyDistributionMessage {
            key_id: self.key_id,
            iteration: self.chain.iteration,
            chain_key: self.chain.seed,
            signing_key: self.signing_public,
        }
    }

    fn verify(&self, message: &SenderKeyMessage<'_>) -> bool {
        let signature = message.signature();
        let Some(&last) = signature.last() else {
            return false;
        };
        let verifier = self.verifier.get_or_init(|| {
            self.edwards
                .and_then(|edwards| VerifyingKey::from_edwards_form(&self.signing_public, edwards))
                .or_else(|| VerifyingKey::new(&self.signing_public, last >> 7))
        });
        match verifier {
            Some(verifier) => verifier.verify(message.signed_part(), signature),
            None => false,
        }
    }

    /// The Edwards form of the signing key, if known (prepared signer or
    /// verifier, or read from storage); own states compute it.
    fn edwards_form(&self) -> Option<[u8; 32]> {
        if let Some(signer) = self.signer.get() {
            return Some(signer.edwards_public());
        }
        if let Some(Some(verifier)) = self.verifier.get() {
            return Some(verifier.edwards_form());
        }
        if self.edwards.is_some() {
            return self.edwards;
        }
        let private = self.signing_private.as_ref()?;
        Some(
            self.signer
                .get_or_init(|| SigningKey::new(private))
                .edwards_public(),
        )
    }

    fn add_skipped(&mut self, keys: Vec<SkippedSenderKey>) {
        if keys.is_empty() {
            return;
        }
        self.skipped.extend(keys);
        if self.skipped.len() > MAX_SENDER_MESSAGE_KEYS {
            let excess = self.skipped.len() - MAX_SENDER_MESSAGE_KEYS;
            self.skipped.drain(..excess);
        }
    }
}

impl fmt::Debug for SenderKeyState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SenderKeyState")
            .field("key_id", &self.key_id)
            .field("iteration", &self.chain.iteration)
            .field("signing_key", &self.signing_public)
            .field("own", &self.signing_private.is_some())
            .field("skipped", &self.skipped.len())
            .finish()
    }
}

/// The sender-key states of one (group, sender device).
#[derive(Clone, Debug, Default)]
pub struct SenderKeyRecord {
    /// Most recent first.
    states: VecDeque<SenderKeyState>,
}

impl SenderKeyRecord {
    /// An empty record.
    pub fn new() -> SenderKeyRecord {
        SenderKeyRecord::default()
    }

    /// Whether the record has no state.
    pub fn is_empty(&self) -> bool {
        self.states.is_empty()
    }

    /// The states, most recent first.
    pub fn states(&self) -> impl Iterator<Item = &SenderKeyState> {
        self.states.iter()
    }

    /// The distribution message for our newest own state, creating a state
    /// (random 31-bit key id, random chain key, fresh signing key) if there is
    /// none. Members who receive it can decrypt our messages from its
    /// iteration on.
    pub fn create_distribution(
        &mut self,
        keys: &mut impl KeySource,
    ) -> SenderKeyDistributionMessage {
        if let Some(state) = self.states.front().filter(|state| state.is_own()) {
            return state.distribution();
        }
        let key_id = keys.next_u32() >> 1;
        let mut chain_key = [0u8; 32];
        keys.fill_bytes(&mut chain_key);
        let KeyPair { public, private } = keys.key_pair();
        let state = SenderKeyState::new(key_id, 0, chain_key, public, Some(private));
        chain_key.zeroize();
        let distribution = state.distribution();
        self.push_front(state);
        distribution
    }

    /// Adds an own sender state from existing key material (a key restored
    /// from elsewhere, or generated outside this record) and makes it current.
    pub fn add_own_state(
        &mut self,
        key_id: u32,
        iteration: u32,
        chain_key: [u8; 32],
        signing_key: KeyPair,
    ) {
        let KeyPair { public, private } = signing_key;
        self.states.retain(|state| state.key_id != key_id);
        self.push_front(SenderKeyState::new(
            key_id,
            iteration,
            chain_key,
            public,
            Some(private),
        ));
    }

    /// Adds the sender state a distribution message describes. Processing the
    /// same message again keeps the existing state (and so its duplicate
    /// detection); a new signing key for a known key id replaces that state.
    pub fn process_distribution(&mut self, message: &SenderKeyDistributionMessage) {
        let existing = self
            .states
            .iter()
            .position(|state| {
                state.key_id == message.key_id && state.signing_public == message.signing_key
            })
            .and_then(|index| self.states.remove(index));
        self.states.retain(|state| state.key_id != message.key_id);
        let state = existing.unwrap_or_else(|| {
            SenderKeyState::new(
                message.key_id,
                message.iteration,
                message.chain_key,
                message.signing_key,
                None,
            )
        });
        self.push_front(state);
    }

    fn push_front(&mut self, state: SenderKeyState) {
        self.states.push_front(state);
        self.states.truncate(MAX_SENDER_KEY_STATES);
    }

    /// Encrypts `plaintext` (padded by the caller) with our newest own state.
    pub fn encrypt(
        &mut self,
        plaintext: &[u8],
        keys: &mut impl KeySource,
    ) -> Result<Vec<u8>, SignalError> {
        let state = match self.states.front_mut() {
            Some(state) if state.is_own() => state,
            _ => return Err(SignalError::NoSenderKeyState { key_id: None }),
        };
        let iteration = state.chain.iteration;
        let (seed, next) = state.chain.step();
        let message_key = SenderMessageKey::derive(&seed);
        let ciphertext_len = crypto::cbc_len(plaintext.len());
        let mut out = Vec::with_capacity(wire::sender_key_message_len(
            state.key_id,
            iteration,
            ciphertext_len,
        ));
        wire::put_sender_key_message_head(&mut out, state.key_id, iteration, ciphertext_len);
        crypto::aes_cbc_encrypt_into(
            &message_key.cipher_key,
            &message_key.iv,
            plaintext,
            &mut out,
        );
        let Some(private) = state.signing_private.as_ref() else {
            return Err(SignalError::NoSenderKeyState { key_id: None });
        };
        let edwards = state.edwards;
        let signer = state.signer.get_or_init(|| match edwards {
            Some(edwards) => SigningKey::from_parts(private, edwards),
            None => SigningKey::new(private),
        });
        let mut z = [0u8; 64];
        keys.fill_bytes(&mut z);
        let signature = signer.sign_with_nonce_material(&out, &z);
        out.extend_from_slice(&signature);
        state.chain = next;
        Ok(out)
    }

    /// Verifies and decrypts a SenderKeyMessage. On failure the record is
    /// unchanged.
    pub fn decrypt(&mut self, ciphertext: &[u8]) -> Result<Vec<u8>, SignalError> {
        let message = SenderKeyMessage::parse(ciphertext)?;
        let key_id = message.key_id;
        let index = self
            .states
            .iter()
            .position(|state| state.key_id == key_id)
            .ok_or(SignalError::NoSenderKeyState {
                key_id: Some(key_id),
            })?;
        let Some(state) = self.states.get_mut(index) else {
            return Err(SignalError::NoSenderKeyState {
                key_id: Some(key_id),
            });
        };
        if !state.verify(&message) {
            return Err(SignalError::InvalidSignature);
        }
        let iteration = message.iteration;
        if iteration < state.chain.iteration {
            let position = state
                .skipped
                .iter()
                .position(|key| key.iteration == iteration)
                .ok_or(SignalError::DuplicateMessage { counter: iteration })?;
            let plaintext = open(&state.skipped[position].seed, message.ciphertext)?;
            state.skipped.remove(position);
            return Ok(plaintext);
        }
        let jump = iteration - state.chain.iteration;
        // The chain after `u32::MAX` could not be numbered.
        if jump > MAX_SENDER_FORWARD_JUMPS || iteration == u32::MAX {
            return Err(SignalError::invalid(
                MessageKind::SenderKey,
                Malformed::TooFarAhead {
                    counter: iteration,
                    current: state.chain.iteration,
                },
            ));
        }
        let mut skipped = Vec::with_capacity((jump as usize).min(MAX_SENDER_MESSAGE_KEYS));
        let (mut seed, mut next) = state.chain.step();
        for _ in 0..jump {
            // Only the newest skipped keys would be kept anyway.
            if iteration - next.iteration < MAX_SENDER_MESSAGE_KEYS as u32 {
                skipped.push(SkippedSenderKey {
                    iteration: next.iteration - 1,
                    seed,
                });
            }
            (seed, next) = next.step();
        }
        let plaintext = open(&seed, message.ciphertext)?;
        state.chain = next;
        state.add_skipped(skipped);
        Ok(plaintext)
    }

    /// The record in our storage format.
    pub fn serialize(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(128);
        out.push(RECORD_FORMAT);
        let mut inner = Vec::with_capacity(128);
        for state in &self.states {
            inner.clear();
            codec::put_u32_field(&mut inner, 1, state.key_id);
            codec::put_u32_field(&mut inner, 2, state.chain.iteration);
            codec::put_bytes_field(&mut inner, 3, &state.chain.seed);
            codec::put_bytes_field(&mut inner, 4, state.signing_public.as_bytes());
            if let Some(private) = &state.signing_private {
                let mut bytes = private.to_bytes();
                codec::put_bytes_field(&mut inner, 5, &bytes);
                bytes.zeroize();
            }
            if let Some(edwards) = state.edwards_form() {
                codec::put_bytes_field(&mut inner, 7, &edwards);
            }
            if !state.skipped.is_empty() {
                codec::put_len_prefix(&mut inner, 6, state.skipped.len() * 36);
                for key in &state.skipped {
                    inner.extend_from_slice(&key.iteration.to_le_bytes());
                    inner.extend_from_slice(&key.seed);
                }
            }
            codec::put_bytes_field(&mut out, 1, &inner);
        }
        inner.zeroize();
        out
    }

    /// Reads a record written by [`SenderKeyRecord::serialize`].
    pub fn deserialize(bytes: &[u8]) -> Result<SenderKeyRecord, SignalError> {
        let bad = |reason| SignalError::invalid(MessageKind::SenderKeyRecord, reason);
        let (&format, body) = bytes
            .split_first()
            .ok_or_else(|| bad(Malformed::Truncated))?;
        if format != RECORD_FORMAT {
            return Err(bad(Malformed::RecordFormat(format)));
        }
        let mut record = SenderKeyRecord::new();
        let mut reader = Reader::new(body);
        while let Some((field, value)) = reader.next_field().map_err(bad)? {
            if field == 1 {
                if record.states.len() >= MAX_SENDER_KEY_STATES {
                    return Err(bad(Malformed::TooMany("sender key states")));
                }
                record
                    .states
                    .push_back(decode_state(value.bytes(field).map_err(bad)?).map_err(bad)?);
            }
        }
        Ok(record)
    }
}

fn open(seed: &[u8; 32], ciphertext: &[u8]) -> Result<Vec<u8>, SignalError> {
    let key = SenderMessageKey::derive(seed);
    crypto::aes_cbc_decrypt(&key.cipher_key, &key.iv, ciphertext).map_err(|error| {
        let reason = match error {
            CbcError::Length(len) => Malformed::CiphertextLength(len),
            CbcError::Padding => Malformed::CipherPadding,
        };
        SignalError::invalid(MessageKind::SenderKey, reason)
    })
}

fn decode_state(bytes: &[u8]) -> Result<SenderKeyState, Malformed> {
    let (mut key_id, mut iteration, mut chain_key, mut public, mut private) =
        (None, 0, None, None, None);
    let mut skipped = Vec::new();
    let mut edwards = None;
    let mut reader = Reader::new(bytes);
    while let Some((field, value)) = reader.next_field()? {
        match field {
            1 => key_id = Some(value.u32(field)?),
            2 => iteration = value.u32(field)?,
            3 => chain_key = Some(value.array::<32>(field, "sender chain key")?),
            4 => {
                public = Some(PublicKey::from_raw(
                    value.array::<32>(field, "signing key")?,
                ))
            }
            5 => {
                private = Some(PrivateKey::from_bytes(
                    value.array::<32>(field, "signing private key")?,
                ))
            }
            7 => edwards = Some(value.array::<32>(field, "signing key edwards form")?),
            6 => {
                let packed = value.bytes(field)?;
                if packed.len() % 36 != 0 {
                    return Err(Malformed::Length {
                        field: "skipped sender keys",
                        len: packed.len(),
                    });
                }
                if packed.len() / 36 + skipped.len() > MAX_SENDER_MESSAGE_KEYS {
                    return Err(Malformed::TooMany("skipped sender keys"));
                }
                for entry in packed.chunks_exact(36) {
                    let (number, seed) = entry.split_at(4);
                    let mut key = SkippedSenderKey {
                        iteration: 0,
                        seed: [0; 32],
                    };
                    key.iteration =
                        u32::from_le_bytes([number[0], number[1], number[2], number[3]]);
                    key.seed.copy_from_slice(seed);
                    skipped.push(key);
                }
            }
            _ => {}
        }
    }
    let mut state = SenderKeyState::new(
        key_id.ok_or(Malformed::MissingField("sender key id"))?,
        iteration,
        chain_key.ok_or(Malformed::MissingField("sender chain key"))?,
        public.ok_or(Malformed::MissingField("signing key"))?,
        private,
    );
    state.skipped = skipped;
    state.edwards = edwards;
    Ok(state)
}

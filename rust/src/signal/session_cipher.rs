//! The double ratchet: encrypting and decrypting 1:1 messages on a
//! [`SessionRecord`].
//!
//! Decryption computes first and changes state only after the MAC verified and
//! the ciphertext decrypted, so a forged, corrupt or misdirected message never
//! alters a session. Messages that arrive late are decrypted with skipped keys
//! or, on an older receiving chain, by deriving their key from that chain;
//! messages for an archived session are tried against every archived state and
//! the state that decrypts one becomes current again.

use subtle::ConstantTimeEq;

use super::address::ProtocolAddress;
use super::crypto::{self, CbcError};
use super::error::{Malformed, MessageKind, SignalError};
use super::key_source::KeySource;
use super::keys::{KeyPair, PublicKey};
use super::ratchet::{ChainKey, MessageKeys, RootKey};
use super::session::{
    MAX_FORWARD_JUMPS, MAX_RECEIVER_CHAINS, ReceiverChain, SessionRecord, SessionState, SkippedKey,
};
use super::wire::{self, CiphertextMessage, MAC_LEN, MessageType, PreKeyHeader, SignalMessage};

/// The message key for `counter` from a chain at `chain`: the seed, the chain
/// after it and the keys skipped on the way. Nothing is changed.
fn advance(
    chain: &ChainKey,
    counter: u32,
) -> Result<([u8; 32], ChainKey, Vec<SkippedKey>), SignalError> {
    let jump = counter.saturating_sub(chain.index);
    // The chain after `u32::MAX` could not be numbered.
    if jump > MAX_FORWARD_JUMPS || counter == u32::MAX {
        return Err(SignalError::invalid(
            MessageKind::Signal,
            Malformed::TooFarAhead {
                counter,
                current: chain.index,
            },
        ));
    }
    let mut skipped = Vec::with_capacity(jump as usize);
    let (mut seed, mut next) = chain.step();
    for _ in 0..jump {
        skipped.push(SkippedKey {
            counter: next.index - 1,
            seed,
        });
        (seed, next) = next.step();
    }
    Ok((seed, next, skipped))
}

/// Checks the MAC and decrypts.
fn open(
    seed: &[u8; 32],
    state: &SessionState,
    message: &SignalMessage<'_>,
) -> Result<Vec<u8>, SignalError> {
    let keys = MessageKeys::derive(seed);
    let mac = crypto::finish(
        crypto::keyed(&keys.mac_key),
        &[
            &state.remote_identity.serialize(),
            &state.local_identity.serialize(),
            message.mac_input(),
        ],
    );
    if !bool::from(mac[..MAC_LEN].ct_eq(message.mac())) {
        return Err(SignalError::InvalidMac);
    }
    crypto::aes_cbc_decrypt(&keys.cipher_key, &keys.iv, message.ciphertext).map_err(|error| {
        let reason = match error {
            CbcError::Length(len) => Malformed::CiphertextLength(len),
            CbcError::Padding => Malformed::CipherPadding,
        };
        SignalError::invalid(MessageKind::Signal, reason)
    })
}

/// A receiving ratchet step worked out but not yet applied.
struct RatchetStep {
    /// The new ratchet key pair, when a lazily deferred sending step had to be
    /// completed first.
    completed: Option<KeyPair>,
    root: RootKey,
    chain: ChainKey,
}

impl SessionState {
    /// Completes a deferred sending step: a fresh ratchet key pair against the
    /// peer's newest ratchet key.
    fn sending_step(&self, keys: &mut impl KeySource) -> Option<(KeyPair, RootKey, ChainKey)> {
        let theirs = self.receivers.last()?.ratchet_key;
        let ours = keys.key_pair();
        let (root, chain) = self.root.create_chain(&theirs, &ours.private);
        Some((ours, root, chain))
    }

    /// Encrypts `plaintext` (already padded by the caller).
    pub(crate) fn encrypt(
        &mut self,
        address: &ProtocolAddress,
        plaintext: &[u8],
        keys: &mut impl KeySource,
    ) -> Result<CiphertextMessage, SignalError> {
        if self.sender_chain.is_none() {
            let (ours, root, chain) = self
                .sending_step(keys)
                .ok_or_else(|| SignalError::NoSession(address.clone()))?;
            self.our_ratchet = ours;
            self.root = root;
            self.sender_chain = Some(chain);
        }
        let Some(chain) = self.sender_chain.as_ref() else {
            return Err(SignalError::NoSession(address.clone()));
        };
        let counter = chain.index;
        let (seed, next) = chain.step();
        let message_keys = MessageKeys::derive(&seed);

        let ciphertext_len = crypto::cbc_len(plaintext.len());
        let inner_len = wire::signal_message_len(counter, self.previous_counter, ciphertext_len);
        let header = self.pending_prekey.as_ref().map(|pending| PreKeyHeader {
            prekey_id: pending.prekey_id,
            base_key: &pending.base_key,
            identity_key: &self.local_identity,
            registration_id: self.local_registration_id,
            signed_prekey_id: pending.signed_prekey_id,
        });
        let mut out = Vec::with_capacity(header.as_ref().map_or(inner_len, |h| h.len(inner_len)));
        if let Some(header) = &header {
            header.put_head(&mut out, inner_len);
        }
        let start = out.len();
        wire::put_signal_message_head(
            &mut out,
            &self.our_ratchet.public,
            counter,
            self.previous_counter,
            ciphertext_len,
        );
        crypto::aes_cbc_encrypt_into(
            &message_keys.cipher_key,
            &message_keys.iv,
            plaintext,
            &mut out,
        );
        let mac = crypto::finish(
            crypto::keyed(&message_keys.mac_key),
            &[
                &self.local_identity.serialize(),
                &self.remote_identity.serialize(),
                &out[start..],
            ],
        );
        out.extend_from_slice(&mac[..MAC_LEN]);
        let message_type = match &header {
            Some(header) => {
                header.put_tail(&mut out);
                MessageType::PreKey
            }
            None => MessageType::Whisper,
        };
        self.sender_chain = Some(next);
        Ok(CiphertextMessage {
            message_type,
            bytes: out,
        })
    }

    /// Decrypts `message`; the state changes only on success.
    pub(crate) fn decrypt(
        &mut self,
        message: &SignalMessage<'_>,
        keys: &mut impl KeySource,
    ) -> Result<Vec<u8>, SignalError> {
        let plaintext = match self.receiver_index(&message.ratchet_key) {
            Some(index) => self.decrypt_on_chain(index, message)?,
            None => self.decrypt_with_new_chain(message, keys)?,
        };
        // The peer answered: stop sending pkmsgs.
        self.pending_prekey = None;
        Ok(plaintext)
    }

    fn decrypt_on_chain(
        &mut self,
        index: usize,
        message: &SignalMessage<'_>,
    ) -> Result<Vec<u8>, SignalError> {
        let counter = message.counter;
        let Some(receiver) = self.receivers.get(index) else {
            return Err(SignalError::InvalidMac);
        };
        if counter < receiver.chain.index {
            let position = receiver
                .skipped
                .iter()
                .position(|key| key.counter == counter)
                .ok_or(SignalError::DuplicateMessage { counter })?;
            let plaintext = open(&receiver.skipped[position].seed, self, message)?;
            if let Some(receiver) = self.receivers.get_mut(index) {
                receiver.skipped.remove(position);
            }
            return Ok(plaintext);
        }
        let (seed, next, skipped) = advance(&receiver.chain, counter)?;
        let plaintext = open(&seed, self, message)?;
        if let Some(receiver) = self.receivers.get_mut(index) {
            receiver.chain = next;
            receiver.add_skipped(skipped);
        }
        Ok(plaintext)
    }

    fn decrypt_with_new_chain(
        &mut self,
        message: &SignalMessage<'_>,
        keys: &mut impl KeySource,
    ) -> Result<Vec<u8>, SignalError> {
        let theirs = message.ratchet_key;
        let step = if self.sender_chain.is_none() && !self.receivers.is_empty() {
            let (ours, root, _) = self.sending_step(keys).ok_or(SignalError::InvalidMac)?;
            let (root, chain) = root.create_chain(&theirs, &ours.private);
            RatchetStep {
                completed: Some(ours),
                root,
                chain,
            }
        } else {
            let (root, chain) = self.root.create_chain(&theirs, &self.our_ratchet.private);
            RatchetStep {
                completed: None,
                root,
                chain,
            }
        };
        let (seed, next, skipped) = advance(&step.chain, message.counter)?;
        let plaintext = open(&seed, self, message)?;

        // Apply the step.
        match step.completed {
            Some(ours) => {
                self.our_ratchet = ours;
                self.previous_counter = 0;
            }
            None => {
                if let Some(chain) = self.sender_chain.take() {
                    self.previous_counter = chain.index.saturating_sub(1);
                }
            }
        }
        self.root = step.root;
        self.sender_chain = None;
        let mut receiver = ReceiverChain {
            ratchet_key: theirs,
            chain: next,
            skipped: Vec::new(),
        };
        receiver.add_skipped(skipped);
        self.receivers.push(receiver);
        if self.receivers.len() > MAX_RECEIVER_CHAINS {
            self.receivers.remove(0);
        }
        Ok(plaintext)
    }
}

/// Whether trying the next session state may still succeed after `error`.
fn try_next_state(error: &SignalError) -> bool {
    matches!(
        error,
        SignalError::InvalidMac
            | SignalError::DuplicateMessage { .. }
            | SignalError::NoSession(_)
            | SignalError::InvalidMessage {
                reason: Malformed::TooFarAhead { .. },
                ..
            }
    )
}

impl SessionRecord {
    /// Encrypts `plaintext` (padded by the caller) with the current session:
    /// a `pkmsg` until the peer has answered, then `msg`s.
    pub fn encrypt(
        &mut self,
        address: &ProtocolAddress,
        plaintext: &[u8],
        keys: &mut impl KeySource,
    ) -> Result<CiphertextMessage, SignalError> {
        match self.current.as_mut() {
            Some(state) => state.encrypt(address, plaintext, keys),
            None => Err(SignalError::NoSession(address.clone())),
        }
    }

    /// Decrypts a `msg`, trying the current state, then the archived ones
    /// (most recent first); a state that decrypts it becomes current. On
    /// failure the record is unchanged.
    pub fn decrypt(
        &mut self,
        address: &ProtocolAddress,
        message: &SignalMessage<'_>,
        keys: &mut impl KeySource,
    ) -> Result<Vec<u8>, SignalError> {
        if self.is_empty() {
            return Err(SignalError::NoSession(address.clone()));
        }
        let mut first_error = None;
        let mut duplicate = None;
        if let Some(state) = self.current.as_mut() {
            match state.decrypt(message, keys) {
                Ok(plaintext) => return Ok(plaintext),
                Err(error) if try_next_state(&error) => {
                    note(error, &mut first_error, &mut duplicate)
                }
                Err(error) => return Err(error),
            }
        }
        for index in 0..self.previous.len() {
            let Some(state) = self.previous.get_mut(index) else {
                break;
            };
            match state.decrypt(message, keys) {
                Ok(plaintext) => {
                    if let Some(state) = self.previous.remove(index) {
                        self.promote_state(state);
                    }
                    return Ok(plaintext);
                }
                Err(error) if try_next_state(&error) => {
                    note(error, &mut first_error, &mut duplicate)
                }
                Err(error) => return Err(error),
            }
        }
        Err(duplicate
            .or(first_error)
            .unwrap_or_else(|| SignalError::NoSession(address.clone())))
    }

    /// Decrypts the inner `msg` of a `pkmsg` with the current state only.
    pub(crate) fn decrypt_current(
        &mut self,
        address: &ProtocolAddress,
        message: &SignalMessage<'_>,
        keys: &mut impl KeySource,
    ) -> Result<Vec<u8>, SignalError> {
        match self.current.as_mut() {
            Some(state) => state.decrypt(message, keys),
            None => Err(SignalError::NoSession(address.clone())),
        }
    }

    /// The peer identity of the current session.
    pub fn remote_identity(&self) -> Option<&PublicKey> {
        self.current.as_ref().map(SessionState::remote_identity)
    }
}

fn note(error: SignalError, first: &mut Option<SignalError>, duplicate: &mut Option<SignalError>) {
    if matches!(error, SignalError::DuplicateMessage { .. }) {
        if duplicate.is_none() {
            *duplicate = Some(error);
        }
    } else if first.is_none() {
        *first = Some(error);
    }
}

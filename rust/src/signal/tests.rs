//! Protocol tests through the store interface: sessions, error paths, bounds,
//! archived states and sender keys.

use super::address::{ProtocolAddress, SenderKeyName};
use super::error::{Malformed, MessageKind, SignalError};
use super::key_source::OsKeys;
use super::memory::MemorySignalStore;
use super::session::{
    MAX_ARCHIVED_STATES, MAX_FORWARD_JUMPS, MAX_MESSAGE_KEYS, MAX_RECEIVER_CHAINS, SessionRecord,
};
use super::store::{self as protocol, SignalStore};
use super::wire::{CiphertextMessage, MessageType, PreKeySignalMessage, SignalMessage};
use super::{SenderKeyRecord, padding};

struct Party {
    store: MemorySignalStore,
    address: ProtocolAddress,
}

fn party(name: &str, device: u32) -> Party {
    Party {
        store: MemorySignalStore::generate(&mut OsKeys),
        address: ProtocolAddress::new(name, device),
    }
}

fn connect(alice: &mut Party, bob: &mut Party, prekey_id: Option<u32>) {
    let bundle = bob
        .store
        .bundle(bob.address.device_id(), prekey_id, &mut OsKeys)
        .unwrap();
    protocol::process_bundle(&mut alice.store, &bob.address, &bundle, &mut OsKeys).unwrap();
}

fn send(from: &mut Party, to: &Party, text: &[u8]) -> CiphertextMessage {
    protocol::encrypt(&mut from.store, &to.address, text, &mut OsKeys).unwrap()
}

fn receive(
    to: &mut Party,
    from: &Party,
    message: &CiphertextMessage,
) -> Result<Vec<u8>, SignalError> {
    protocol::decrypt(
        &mut to.store,
        &from.address,
        message.message_type,
        &message.bytes,
        &mut OsKeys,
    )
}

fn session_bytes(store: &mut MemorySignalStore, address: &ProtocolAddress) -> Option<Vec<u8>> {
    store
        .load_session(address)
        .unwrap()
        .map(|record| record.serialize())
}

/// Alice and Bob with an answered session (both send `msg`s).
fn established() -> (Party, Party) {
    let mut alice = party("alice", 1);
    let mut bob = party("bob", 2);
    connect(&mut alice, &mut bob, Some(1));
    let first = send(&mut alice, &bob, b"hello");
    assert_eq!(first.message_type, MessageType::PreKey);
    assert_eq!(receive(&mut bob, &alice, &first).unwrap(), b"hello");
    let reply = send(&mut bob, &alice, b"hi");
    assert_eq!(reply.message_type, MessageType::Whisper);
    assert_eq!(receive(&mut alice, &bob, &reply).unwrap(), b"hi");
    (alice, bob)
}

#[test]
fn session_round_trip_switches_from_pkmsg_to_msg() {
    let (mut alice, mut bob) = established();
    assert_eq!(
        bob.store.prekey_count(),
        0,
        "the one-time prekey is deleted after use"
    );
    for round in 0..5u8 {
        let message = send(&mut alice, &bob, &[round; 33]);
        assert_eq!(message.message_type, MessageType::Whisper);
        assert_eq!(receive(&mut bob, &alice, &message).unwrap(), [round; 33]);
        let answer = send(&mut bob, &alice, &[round; 7]);
        assert_eq!(receive(&mut alice, &bob, &answer).unwrap(), [round; 7]);
    }
}

#[test]
fn padded_plaintexts_survive_the_round_trip() {
    let (mut alice, mut bob) = established();
    let padded = padding::pad(b"\x0a\x05hello", &mut OsKeys);
    let message = send(&mut alice, &bob, &padded);
    let plaintext = receive(&mut bob, &alice, &message).unwrap();
    assert_eq!(padding::unpad(&plaintext).unwrap(), b"\x0a\x05hello");
}

#[test]
fn session_without_one_time_prekey() {
    let mut alice = party("alice", 1);
    let mut bob = party("bob", 2);
    connect(&mut alice, &mut bob, None);
    let message = send(&mut alice, &bob, b"no opk");
    let parsed = PreKeySignalMessage::parse(&message.bytes).unwrap();
    assert_eq!(parsed.prekey_id, None);
    assert_eq!(receive(&mut bob, &alice, &message).unwrap(), b"no opk");
}

#[test]
fn wrong_mac_and_altered_ciphertext_are_rejected_without_changing_state() {
    let (mut alice, mut bob) = established();
    let message = send(&mut alice, &bob, b"authentic");
    let before = session_bytes(&mut bob.store, &alice.address);
    for index in [message.bytes.len() - 1, message.bytes.len() - 12, 40] {
        let mut forged = message.clone();
        forged.bytes[index] ^= 0x01;
        let error = receive(&mut bob, &alice, &forged).unwrap_err();
        assert!(
            matches!(
                error,
                SignalError::InvalidMac | SignalError::InvalidMessage { .. }
            ),
            "byte {index}: {error:?}"
        );
        assert_eq!(
            session_bytes(&mut bob.store, &alice.address),
            before,
            "byte {index} changed the session"
        );
    }
    let mut bad_mac = message.clone();
    let last = bad_mac.bytes.len() - 1;
    bad_mac.bytes[last] ^= 0x80;
    assert!(matches!(
        receive(&mut bob, &alice, &bad_mac),
        Err(SignalError::InvalidMac)
    ));
    assert_eq!(receive(&mut bob, &alice, &message).unwrap(), b"authentic");
}

#[test]
fn truncated_messages_are_errors() {
    let (mut alice, mut bob) = established();
    let message = send(&mut alice, &bob, b"truncate me");
    for len in 0..message.bytes.len() {
        let cut = CiphertextMessage {
            message_type: MessageType::Whisper,
            bytes: message.bytes[..len].to_vec(),
        };
        assert!(
            receive(&mut bob, &alice, &cut).is_err(),
            "prefix of {len} bytes accepted"
        );
    }
    let mut fresh_alice = party("alice", 1);
    let mut fresh_bob = party("bob", 2);
    connect(&mut fresh_alice, &mut fresh_bob, Some(9));
    let pkmsg = send(&mut fresh_alice, &fresh_bob, b"first");
    for len in 0..pkmsg.bytes.len() {
        let cut = CiphertextMessage {
            message_type: MessageType::PreKey,
            bytes: pkmsg.bytes[..len].to_vec(),
        };
        assert!(
            receive(&mut fresh_bob, &fresh_alice, &cut).is_err(),
            "pkmsg prefix of {len} bytes accepted"
        );
    }
    assert_eq!(
        receive(&mut fresh_bob, &fresh_alice, &pkmsg).unwrap(),
        b"first"
    );
}

#[test]
fn bad_version_bytes_are_rejected() {
    let (mut alice, mut bob) = established();
    let mut message = send(&mut alice, &bob, b"v");
    message.bytes[0] = 0x23;
    assert!(matches!(
        receive(&mut bob, &alice, &message),
        Err(SignalError::InvalidMessage {
            kind: MessageKind::Signal,
            reason: Malformed::Version(0x23)
        })
    ));
    message.bytes[0] = 0x43;
    assert!(matches!(
        receive(&mut bob, &alice, &message),
        Err(SignalError::InvalidMessage {
            reason: Malformed::Version(0x43),
            ..
        })
    ));
}

#[test]
fn duplicates_are_detected() {
    let (mut alice, mut bob) = established();
    let message = send(&mut alice, &bob, b"once");
    assert_eq!(receive(&mut bob, &alice, &message).unwrap(), b"once");
    assert!(matches!(
        receive(&mut bob, &alice, &message),
        Err(SignalError::DuplicateMessage { counter: 0 })
    ));

    // A duplicated pkmsg too.
    let mut carol = party("carol", 3);
    let mut dave = party("dave", 4);
    connect(&mut carol, &mut dave, Some(5));
    let pkmsg = send(&mut carol, &dave, b"first");
    assert_eq!(receive(&mut dave, &carol, &pkmsg).unwrap(), b"first");
    assert!(matches!(
        receive(&mut dave, &carol, &pkmsg),
        Err(SignalError::DuplicateMessage { .. })
    ));
}

#[test]
fn unknown_prekey_ids_are_reported() {
    let mut alice = party("alice", 1);
    let mut bob = party("bob", 2);
    connect(&mut alice, &mut bob, Some(77));
    let message = send(&mut alice, &bob, b"x");
    bob.store.remove_prekey(77).unwrap();
    assert!(matches!(
        receive(&mut bob, &alice, &message),
        Err(SignalError::InvalidPreKeyId(77))
    ));

    // A signed prekey id that does not exist.
    let mut other = party("alice", 1);
    let mut bundle = bob.store.bundle(2, None, &mut OsKeys).unwrap();
    bundle.signed_prekey_id = 4242;
    protocol::process_bundle(&mut other.store, &bob.address, &bundle, &mut OsKeys).unwrap();
    let message = send(&mut other, &bob, b"y");
    assert!(matches!(
        receive(&mut bob, &other, &message),
        Err(SignalError::InvalidSignedPreKeyId(4242))
    ));
}

#[test]
fn untrusted_identities_are_refused_until_forgotten() {
    let (mut alice, mut bob) = established();
    // Alice reinstalls: same address, new identity.
    let mut new_alice = party("alice", 1);
    connect(&mut new_alice, &mut bob, Some(2));
    let message = send(&mut new_alice, &bob, b"it's me");
    assert!(matches!(
        receive(&mut bob, &new_alice, &message),
        Err(SignalError::UntrustedIdentity(_))
    ));
    // The old session still works and was not touched.
    let old = send(&mut alice, &bob, b"old");
    assert_eq!(receive(&mut bob, &alice, &old).unwrap(), b"old");

    // Bob's bundle changing identity is refused as well.
    let mut new_bob = party("bob", 2);
    let bundle = new_bob.store.bundle(2, Some(1), &mut OsKeys).unwrap();
    assert!(matches!(
        protocol::process_bundle(&mut alice.store, &bob.address, &bundle, &mut OsKeys),
        Err(SignalError::UntrustedIdentity(_))
    ));

    // Accepting the change: save the new key, then the pkmsg goes through.
    bob.store
        .save_remote_identity(&alice.address, &new_alice.store.local().identity.public)
        .unwrap();
    assert_eq!(receive(&mut bob, &new_alice, &message).unwrap(), b"it's me");
}

#[test]
fn missing_sessions_are_reported() {
    let mut alice = party("alice", 1);
    let mut bob = party("bob", 2);
    assert!(matches!(
        protocol::encrypt(&mut alice.store, &bob.address, b"x", &mut OsKeys),
        Err(SignalError::NoSession(address)) if address == bob.address
    ));
    let (mut a2, b2) = established();
    let message = send(&mut a2, &b2, b"for b2");
    assert!(matches!(
        receive(&mut bob, &alice, &message),
        Err(SignalError::NoSession(_))
    ));
    assert!(!protocol::has_session(&mut bob.store, &alice.address).unwrap());
}

#[test]
fn out_of_order_and_skipped_keys() {
    let (mut alice, mut bob) = established();
    let messages: Vec<_> = (0..20u8).map(|i| send(&mut alice, &bob, &[i])).collect();
    for index in [
        5usize, 0, 19, 3, 18, 1, 2, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
    ] {
        assert_eq!(
            receive(&mut bob, &alice, &messages[index]).unwrap(),
            [index as u8]
        );
    }
    let record = bob.store.session(&alice.address).unwrap();
    assert_eq!(
        record
            .current()
            .unwrap()
            .receivers
            .iter()
            .map(|c| c.skipped.len())
            .sum::<usize>(),
        0
    );
}

#[test]
fn forward_jumps_are_bounded() {
    let (mut alice, mut bob) = established();
    let mut last = None;
    for _ in 0..=MAX_FORWARD_JUMPS + 1 {
        last = Some(send(&mut alice, &bob, b"j"));
    }
    let last = last.unwrap();
    assert!(matches!(
        receive(&mut bob, &alice, &last),
        Err(SignalError::InvalidMessage {
            reason: Malformed::TooFarAhead { .. },
            ..
        })
    ));

    // Exactly at the bound is fine.
    let (mut alice, mut bob) = established();
    let mut last = None;
    for _ in 0..=MAX_FORWARD_JUMPS {
        last = Some(send(&mut alice, &bob, b"j"));
    }
    assert_eq!(receive(&mut bob, &alice, &last.unwrap()).unwrap(), b"j");
}

#[test]
fn skipped_keys_are_bounded_oldest_first() {
    let (mut alice, mut bob) = established();
    let messages: Vec<_> = (0..3002u32)
        .map(|i| send(&mut alice, &bob, &i.to_le_bytes()))
        .collect();
    // Two jumps of 1500: 3000 keys skipped, only the newest 2000 are kept.
    assert!(receive(&mut bob, &alice, &messages[1500]).is_ok());
    assert!(receive(&mut bob, &alice, &messages[3001]).is_ok());
    let record = bob.store.session(&alice.address).unwrap();
    let skipped: usize = record
        .current()
        .unwrap()
        .receivers
        .iter()
        .map(|c| c.skipped.len())
        .sum();
    assert_eq!(skipped, MAX_MESSAGE_KEYS);
    assert!(matches!(
        receive(&mut bob, &alice, &messages[0]),
        Err(SignalError::DuplicateMessage { counter: 0 })
    ));
    assert!(matches!(
        receive(&mut bob, &alice, &messages[999]),
        Err(SignalError::DuplicateMessage { .. })
    ));
    assert_eq!(
        receive(&mut bob, &alice, &messages[1001]).unwrap(),
        1001u32.to_le_bytes()
    );
    assert_eq!(
        receive(&mut bob, &alice, &messages[3000]).unwrap(),
        3000u32.to_le_bytes()
    );
    // The bound survives serialization.
    let bytes = bob.store.session(&alice.address).unwrap().serialize();
    assert!(SessionRecord::deserialize(&bytes).is_ok());
}

#[test]
fn receiver_chains_are_bounded_and_late_messages_use_old_chains() {
    let (mut alice, mut bob) = established();
    let mut late = Vec::new();
    for turn in 0..(MAX_RECEIVER_CHAINS + 2) {
        // Alice sends two on her current chain; one is delayed.
        let on_time = send(&mut alice, &bob, b"now");
        late.push(send(&mut alice, &bob, &[turn as u8]));
        assert_eq!(receive(&mut bob, &alice, &on_time).unwrap(), b"now");
        let reply = send(&mut bob, &alice, b"turn");
        assert_eq!(receive(&mut alice, &bob, &reply).unwrap(), b"turn");
    }
    let record = bob.store.session(&alice.address).unwrap();
    assert_eq!(
        record.current().unwrap().receivers.len(),
        MAX_RECEIVER_CHAINS
    );
    // The newest MAX_RECEIVER_CHAINS chains still decrypt their late message.
    let keep_from = late.len() - MAX_RECEIVER_CHAINS;
    for (turn, message) in late.iter().enumerate().rev() {
        let result = receive(&mut bob, &alice, message);
        if turn >= keep_from {
            assert_eq!(result.unwrap(), [turn as u8]);
        } else {
            assert!(result.is_err(), "turn {turn} decrypted on a dropped chain");
        }
    }
}

#[test]
fn archived_sessions_still_decrypt_and_become_current() {
    let (mut alice, mut bob) = established();
    let delayed = send(&mut alice, &bob, b"sent on the old session");
    // Alice starts over (new session from a fresh bundle).
    connect(&mut alice, &mut bob, Some(3));
    let restart = send(&mut alice, &bob, b"new session");
    assert_eq!(restart.message_type, MessageType::PreKey);
    assert_eq!(receive(&mut bob, &alice, &restart).unwrap(), b"new session");
    let new_base = *bob
        .store
        .session(&alice.address)
        .unwrap()
        .current()
        .unwrap()
        .base_key();
    assert_eq!(bob.store.session(&alice.address).unwrap().archived_len(), 1);

    assert_eq!(
        receive(&mut bob, &alice, &delayed).unwrap(),
        b"sent on the old session"
    );
    let record = bob.store.session(&alice.address).unwrap();
    assert_ne!(
        *record.current().unwrap().base_key(),
        new_base,
        "the old session was promoted"
    );
    assert_eq!(record.archived_len(), 1);
    // A pkmsg naming the archived session brings it back too.
    let again = send(&mut alice, &bob, b"more");
    assert_eq!(receive(&mut bob, &alice, &again).unwrap(), b"more");
    assert_eq!(
        *bob.store
            .session(&alice.address)
            .unwrap()
            .current()
            .unwrap()
            .base_key(),
        new_base
    );
}

#[test]
fn archived_states_are_bounded() {
    let mut alice = party("alice", 1);
    let mut bob = party("bob", 2);
    for round in 0..(MAX_ARCHIVED_STATES + 5) as u32 {
        connect(&mut alice, &mut bob, Some(round + 1));
        let message = send(&mut alice, &bob, b"r");
        receive(&mut bob, &alice, &message).unwrap();
    }
    assert_eq!(
        alice.store.session(&bob.address).unwrap().archived_len(),
        MAX_ARCHIVED_STATES
    );
    assert_eq!(
        bob.store.session(&alice.address).unwrap().archived_len(),
        MAX_ARCHIVED_STATES
    );
    let bytes = bob.store.session(&alice.address).unwrap().serialize();
    assert_eq!(
        SessionRecord::deserialize(&bytes).unwrap().archived_len(),
        MAX_ARCHIVED_STATES
    );
}

#[test]
fn pkmsgs_before_a_reply_and_out_of_order() {
    let mut alice = party("alice", 1);
    let mut bob = party("bob", 2);
    connect(&mut alice, &mut bob, Some(1));
    let messages: Vec<_> = (0..4u8).map(|i| send(&mut alice, &bob, &[i])).collect();
    assert!(
        messages
            .iter()
            .all(|m| m.message_type == MessageType::PreKey)
    );
    for index in [2usize, 0, 3, 1] {
        assert_eq!(
            receive(&mut bob, &alice, &messages[index]).unwrap(),
            [index as u8]
        );
    }
    let reply = send(&mut bob, &alice, b"ok");
    assert_eq!(receive(&mut alice, &bob, &reply).unwrap(), b"ok");
    assert_eq!(
        send(&mut alice, &bob, b"now msg").message_type,
        MessageType::Whisper
    );
}

#[test]
fn records_round_trip_and_garbage_is_rejected() {
    let (alice, bob) = established();
    let record = bob.store.session(&alice.address).unwrap();
    let bytes = record.serialize();
    let back = SessionRecord::deserialize(&bytes).unwrap();
    assert_eq!(back.serialize(), bytes);
    for len in 0..bytes.len() {
        let _ = SessionRecord::deserialize(&bytes[..len]);
    }
    assert!(matches!(
        SessionRecord::deserialize(&[9, 1, 2]),
        Err(SignalError::InvalidMessage {
            kind: MessageKind::SessionRecord,
            reason: Malformed::RecordFormat(9)
        })
    ));
    assert!(SessionRecord::deserialize(&[]).is_err());
    let shown = format!("{record:?}");
    assert!(!shown.contains(&hex::encode(record.current().unwrap().root.0)));
}

fn group() -> (SenderKeyName, MemorySignalStore, MemorySignalStore) {
    let name = SenderKeyName::new("120363000000000001@g.us", ProtocolAddress::new("alice", 1));
    (
        name,
        MemorySignalStore::generate(&mut OsKeys),
        MemorySignalStore::generate(&mut OsKeys),
    )
}

#[test]
fn sender_keys_round_trip_out_of_order_and_duplicates() {
    let (name, mut sender, mut receiver) = group();
    let skdm = protocol::create_distribution(&mut sender, &name, &mut OsKeys).unwrap();
    assert_eq!(
        protocol::create_distribution(&mut sender, &name, &mut OsKeys).unwrap(),
        skdm,
        "stable until rotated"
    );
    protocol::process_distribution(&mut receiver, &name, &skdm.serialize()).unwrap();
    let messages: Vec<_> = (0..10u8)
        .map(|i| protocol::group_encrypt(&mut sender, &name, &[i; 20], &mut OsKeys).unwrap())
        .collect();
    for index in [9usize, 0, 5, 1, 2, 3, 4, 6, 8, 7] {
        assert_eq!(
            protocol::group_decrypt(&mut receiver, &name, &messages[index]).unwrap(),
            [index as u8; 20]
        );
    }
    assert!(matches!(
        protocol::group_decrypt(&mut receiver, &name, &messages[3]),
        Err(SignalError::DuplicateMessage { counter: 3 })
    ));
    // Re-processing the same SKDM does not rewind the chain.
    protocol::process_distribution(&mut receiver, &name, &skdm.serialize()).unwrap();
    assert!(matches!(
        protocol::group_decrypt(&mut receiver, &name, &messages[0]),
        Err(SignalError::DuplicateMessage { .. })
    ));
}

#[test]
fn sender_key_errors() {
    let (name, mut sender, mut receiver) = group();
    let skdm = protocol::create_distribution(&mut sender, &name, &mut OsKeys).unwrap();
    let message = protocol::group_encrypt(&mut sender, &name, b"secret", &mut OsKeys).unwrap();
    // No state at all.
    assert!(matches!(
        protocol::group_decrypt(&mut receiver, &name, &message),
        Err(SignalError::NoSenderKeyState { key_id: Some(id) }) if id == skdm.key_id
    ));
    // A state for another key id.
    let mut other = skdm.clone();
    other.key_id ^= 1;
    protocol::process_distribution(&mut receiver, &name, &other.serialize()).unwrap();
    assert!(matches!(
        protocol::group_decrypt(&mut receiver, &name, &message),
        Err(SignalError::NoSenderKeyState { key_id: Some(_) })
    ));
    protocol::process_distribution(&mut receiver, &name, &skdm.serialize()).unwrap();
    // Bad signature, then altered body: both invalid signatures, state unchanged.
    let before = receiver
        .load_sender_key(&name)
        .unwrap()
        .unwrap()
        .serialize();
    let mut forged = message.clone();
    let last = forged.len() - 1;
    forged[last] ^= 0x01;
    assert!(matches!(
        protocol::group_decrypt(&mut receiver, &name, &forged),
        Err(SignalError::InvalidSignature)
    ));
    let mut altered = message.clone();
    let inside_ciphertext = altered.len() - 64 - 3;
    altered[inside_ciphertext] ^= 0x01;
    assert!(matches!(
        protocol::group_decrypt(&mut receiver, &name, &altered),
        Err(SignalError::InvalidSignature)
    ));
    assert_eq!(
        receiver
            .load_sender_key(&name)
            .unwrap()
            .unwrap()
            .serialize(),
        before
    );
    for len in 0..message.len() {
        assert!(protocol::group_decrypt(&mut receiver, &name, &message[..len]).is_err());
    }
    assert_eq!(
        protocol::group_decrypt(&mut receiver, &name, &message).unwrap(),
        b"secret"
    );
    // Encrypting without an own state.
    let mut empty = MemorySignalStore::generate(&mut OsKeys);
    assert!(matches!(
        protocol::group_encrypt(&mut empty, &name, b"x", &mut OsKeys),
        Err(SignalError::NoSenderKeyState { key_id: None })
    ));
    // Receiving-only states cannot encrypt.
    assert!(matches!(
        protocol::group_encrypt(&mut receiver, &name, b"x", &mut OsKeys),
        Err(SignalError::NoSenderKeyState { key_id: None })
    ));
    // Malformed SKDMs.
    assert!(protocol::process_distribution(&mut receiver, &name, &[0x33, 0x08]).is_err());
}

#[test]
fn sender_key_gaps_states_and_bounds() {
    let mut sender = SenderKeyRecord::new();
    let skdm = sender.create_distribution(&mut OsKeys);
    let mut receiver = SenderKeyRecord::new();
    receiver.process_distribution(&skdm);
    let messages: Vec<_> = (0..2500u32)
        .map(|i| sender.encrypt(&i.to_le_bytes(), &mut OsKeys).unwrap())
        .collect();
    // Every other iteration, like a Baileys 6 sender.
    for index in (0..20).step_by(2) {
        assert_eq!(
            receiver.decrypt(&messages[index]).unwrap(),
            (index as u32).to_le_bytes()
        );
    }
    assert_eq!(receiver.states().next().unwrap().skipped_len(), 9);
    // A jump of 2480 keeps only the newest skipped keys.
    assert!(receiver.decrypt(&messages[2499]).is_ok());
    assert_eq!(
        receiver.states().next().unwrap().skipped_len(),
        super::sender_keys::MAX_SENDER_MESSAGE_KEYS
    );
    assert!(matches!(
        receiver.decrypt(&messages[1]),
        Err(SignalError::DuplicateMessage { .. })
    ));
    assert_eq!(
        receiver.decrypt(&messages[2498]).unwrap(),
        2498u32.to_le_bytes()
    );
    // At most five states: the oldest key id goes.
    let mut record = SenderKeyRecord::new();
    let mut first = None;
    for _ in 0..super::sender_keys::MAX_SENDER_KEY_STATES + 1 {
        let mut other = SenderKeyRecord::new();
        let skdm = other.create_distribution(&mut OsKeys);
        first.get_or_insert(skdm.key_id);
        record.process_distribution(&skdm);
    }
    assert_eq!(
        record.states().count(),
        super::sender_keys::MAX_SENDER_KEY_STATES
    );
    assert!(record.states().all(|state| Some(state.key_id()) != first));
    let bytes = record.serialize();
    assert_eq!(
        SenderKeyRecord::deserialize(&bytes).unwrap().serialize(),
        bytes
    );
    for len in 0..bytes.len() {
        let _ = SenderKeyRecord::deserialize(&bytes[..len]);
    }
}

#[test]
fn sender_key_records_survive_serialization_mid_chain() {
    let (name, mut sender, mut receiver) = group();
    let skdm = protocol::create_distribution(&mut sender, &name, &mut OsKeys).unwrap();
    protocol::process_distribution(&mut receiver, &name, &skdm.serialize()).unwrap();
    let messages: Vec<_> = (0..5u8)
        .map(|i| protocol::group_encrypt(&mut sender, &name, &[i], &mut OsKeys).unwrap())
        .collect();
    protocol::group_decrypt(&mut receiver, &name, &messages[4]).unwrap();
    let bytes = receiver
        .load_sender_key(&name)
        .unwrap()
        .unwrap()
        .serialize();
    let mut restored = SenderKeyRecord::deserialize(&bytes).unwrap();
    assert_eq!(restored.decrypt(&messages[1]).unwrap(), [1]);
    let own = sender.load_sender_key(&name).unwrap().unwrap().serialize();
    let mut own = SenderKeyRecord::deserialize(&own).unwrap();
    let next = own.encrypt(b"after restore", &mut OsKeys).unwrap();
    assert_eq!(restored.decrypt(&next).unwrap(), b"after restore");
}

#[test]
fn garbage_never_panics_the_session_cipher() {
    let (mut alice, mut bob) = established();
    let message = send(&mut alice, &bob, b"seed");
    let mut state = 0x1234_5678u32;
    for round in 0..2000 {
        let mut bytes = message.bytes.clone();
        for _ in 0..(round % 7 + 1) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let index = state as usize % bytes.len();
            bytes[index] = (state >> 8) as u8;
        }
        let cut = (state as usize) % (bytes.len() + 1);
        let kind = if round % 2 == 0 {
            MessageType::Whisper
        } else {
            MessageType::PreKey
        };
        let _ = protocol::decrypt(
            &mut bob.store,
            &alice.address,
            kind,
            &bytes[..cut],
            &mut OsKeys,
        );
        let _ = SignalMessage::parse(&bytes[..cut]);
    }
    assert_eq!(receive(&mut bob, &alice, &message).unwrap(), b"seed");
}

#[test]
fn chains_near_the_end_of_the_counter_space_are_refused_not_looped() {
    let signing = super::KeyPair::generate();
    let start = u32::MAX - 3;
    let mut sender = SenderKeyRecord::new();
    sender.add_own_state(5, start, [1; 32], signing);
    let skdm = sender.create_distribution(&mut OsKeys);
    assert_eq!(skdm.iteration, start);
    let mut receiver = SenderKeyRecord::new();
    receiver.process_distribution(&skdm);
    let messages: Vec<_> = (0..4)
        .map(|_| sender.encrypt(b"edge", &mut OsKeys).unwrap())
        .collect();
    assert_eq!(receiver.decrypt(&messages[2]).unwrap(), b"edge");
    assert_eq!(receiver.decrypt(&messages[0]).unwrap(), b"edge");
    // Iteration u32::MAX cannot be followed by another: refused.
    assert!(matches!(
        receiver.decrypt(&messages[3]),
        Err(SignalError::InvalidMessage {
            reason: Malformed::TooFarAhead { .. },
            ..
        })
    ));
}

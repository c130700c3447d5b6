//! Store tests on real SQLite files in temporary directories.

use std::sync::Arc;

use super::*;
use crate::signal::error::SignalError;
use crate::signal::key_source::OsKeys;
use crate::signal::memory::MemorySignalStore;
use crate::signal::store::{self as protocol, SignalStore};
use crate::signal::wire::CiphertextMessage;

/// A peer device simulated in memory.
struct Peer {
    store: MemorySignalStore,
    address: ProtocolAddress,
}

impl Peer {
    fn new(name: &str) -> Peer {
        Peer {
            store: MemorySignalStore::generate(&mut OsKeys),
            address: ProtocolAddress::new(name, 1),
        }
    }

    fn bundle(&mut self, prekey_id: u32) -> PreKeyBundle {
        self.store.bundle(1, Some(prekey_id), &mut OsKeys).unwrap()
    }

    fn receive(&mut self, from: &ProtocolAddress, message: &CiphertextMessage) -> Vec<u8> {
        protocol::decrypt(
            &mut self.store,
            from,
            message.message_type,
            &message.bytes,
            &mut OsKeys,
        )
        .unwrap()
    }

    fn send(&mut self, to: &ProtocolAddress, text: &[u8]) -> CiphertextMessage {
        protocol::encrypt(&mut self.store, to, text, &mut OsKeys).unwrap()
    }
}

fn our_address() -> ProtocolAddress {
    ProtocolAddress::new("me", 7)
}

fn temp_store() -> (tempfile::TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("client.db");
    let store = Store::open(&path).unwrap();
    store.load_or_create_device().unwrap();
    (dir, path, store)
}

/// A session where the peer started (so our side holds a responder state).
fn session_from_peer(store: &Store, peer: &mut Peer) -> CiphertextMessage {
    let device = store.device().unwrap().unwrap();
    let prekey = store
        .with_transaction(|tx| tx.prekeys_for_upload(1, &mut OsKeys))
        .unwrap()
        .remove(0);
    let bundle = PreKeyBundle {
        registration_id: device.registration_id,
        device_id: 7,
        identity_key: device.identity_key.public,
        signed_prekey_id: device.signed_prekey.id,
        signed_prekey: device.signed_prekey.key_pair.public,
        signed_prekey_signature: device.signed_prekey.signature,
        prekey: Some((prekey.id, prekey.key_pair.public)),
    };
    protocol::process_bundle(&mut peer.store, &our_address(), &bundle, &mut OsKeys).unwrap();
    peer.send(&our_address(), b"first from peer")
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn files_are_private_and_state_survives_reopening() {
    let (_dir, path, store) = temp_store();
    #[cfg(unix)]
    assert_eq!(mode(&path), 0o600);
    let device = store.device().unwrap().unwrap();
    assert!(!device.is_paired());
    assert!((1..=0x7FFF_FFFF).contains(&device.registration_id));

    let mut peer = Peer::new("peer");
    store
        .process_bundle(&peer.address.clone(), &peer.bundle(1))
        .unwrap();
    let first = store.encrypt(&peer.address, b"hello").unwrap();
    assert_eq!(peer.receive(&our_address(), &first), b"hello");
    drop(store);
    #[cfg(unix)]
    for suffix in ["-wal", "-shm"] {
        let side = path.with_file_name(format!("client.db{suffix}"));
        if side.exists() {
            assert_eq!(mode(&side), 0o600, "{suffix} file");
        }
    }

    let store = Store::open(&path).unwrap();
    let reopened = store.device().unwrap().unwrap();
    assert_eq!(*reopened, *device);
    assert!(store.has_session(&peer.address).unwrap());
    // The session continues where it was.
    let second = store.encrypt(&peer.address, b"again").unwrap();
    assert_eq!(peer.receive(&our_address(), &second), b"again");
    let reply = peer.send(&our_address(), b"reply");
    assert_eq!(
        store
            .decrypt(&peer.address, reply.message_type, &reply.bytes)
            .unwrap(),
        b"reply"
    );
    let mode: String = store
        .with_transaction(|tx| {
            Ok::<_, StoreError>(
                tx.connection()
                    .query_row("PRAGMA journal_mode", [], |row| row.get(0))?,
            )
        })
        .unwrap();
    assert_eq!(mode, "wal");
}

#[cfg(unix)]
#[test]
fn an_existing_file_is_made_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("loose.db");
    std::fs::write(&path, b"").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let _store = Store::open(&path).unwrap();
    assert_eq!(mode(&path), 0o600);
}

#[test]
fn a_failed_transaction_leaves_nothing_behind() {
    let (_dir, path, store) = temp_store();
    let mut peer = Peer::new("peer");
    let result: Result<(), SignalError> = store.with_transaction(|tx| {
        protocol::process_bundle(tx, &peer.address.clone(), &peer.bundle(1), &mut OsKeys)?;
        tx.put_buffered_event(b"key", b"plaintext", 1)?;
        tx.prekeys_for_upload(10, &mut OsKeys)?;
        // Something later in the step fails.
        Err(SignalError::InvalidMac)
    });
    assert!(matches!(result, Err(SignalError::InvalidMac)));
    // A transaction dropped without commit rolls back too.
    {
        let mut tx = store.transaction().unwrap();
        tx.put_buffered_event(b"other", b"x", 1).unwrap();
    }
    drop(store);
    let store = Store::open(&path).unwrap();
    assert!(!store.has_session(&peer.address).unwrap());
    let mut tx = store.transaction().unwrap();
    assert!(tx.buffered_event(b"key").unwrap().is_none());
    assert!(tx.buffered_event(b"other").unwrap().is_none());
    assert_eq!(tx.next_prekey_id().unwrap(), 1);
    assert!(tx.remote_identity(&peer.address).unwrap().is_none());
}

#[test]
fn failed_decrypts_do_not_touch_the_database() {
    let (_dir, _path, store) = temp_store();
    let mut peer = Peer::new("peer");
    let first = session_from_peer(&store, &mut peer);
    assert_eq!(
        store
            .decrypt(&peer.address, first.message_type, &first.bytes)
            .unwrap(),
        b"first from peer"
    );
    let reply = store.encrypt(&peer.address, b"reply").unwrap();
    assert_eq!(peer.receive(&our_address(), &reply), b"reply");
    let message = peer.send(&our_address(), b"second");
    assert_eq!(
        message.message_type,
        crate::signal::wire::MessageType::Whisper
    );
    let before = store
        .with_transaction(|tx| tx.load_session(&peer.address))
        .unwrap()
        .unwrap()
        .serialize();
    let mut forged = message.bytes.clone();
    let last = forged.len() - 1;
    forged[last] ^= 1;
    assert!(matches!(
        store.decrypt(&peer.address, message.message_type, &forged),
        Err(SignalError::InvalidMac)
    ));
    let after = store
        .with_transaction(|tx| tx.load_session(&peer.address))
        .unwrap()
        .unwrap()
        .serialize();
    assert_eq!(before, after);
    assert_eq!(
        store
            .decrypt(&peer.address, message.message_type, &message.bytes)
            .unwrap(),
        b"second"
    );
}

#[test]
fn prekeys_are_generated_uploaded_used_and_deleted() {
    let (_dir, _path, store) = temp_store();
    let batch = store
        .with_transaction(|tx| tx.prekeys_for_upload(50, &mut OsKeys))
        .unwrap();
    assert_eq!(
        batch.iter().map(|k| k.id).collect::<Vec<_>>(),
        (1..=50).collect::<Vec<_>>()
    );
    // Not marked uploaded: the same keys come back.
    let again = store
        .with_transaction(|tx| tx.prekeys_for_upload(60, &mut OsKeys))
        .unwrap();
    assert_eq!(again[..50], batch[..]);
    assert_eq!(again.last().unwrap().id, 60);
    store
        .with_transaction(|tx| tx.mark_prekeys_uploaded(again.iter().map(|k| k.id)))
        .unwrap();
    assert_eq!(
        store
            .with_transaction(|tx| tx.uploaded_prekey_count())
            .unwrap(),
        60
    );
    let next = store
        .with_transaction(|tx| tx.prekeys_for_upload(5, &mut OsKeys))
        .unwrap();
    assert_eq!(next.first().unwrap().id, 61);

    // A peer uses prekey 61 (via its bundle); it is deleted after the pkmsg.
    let mut peer = Peer::new("peer");
    let first = session_from_peer(&store, &mut peer);
    let used = PreKeySignalMessageIds::of(&first);
    store
        .decrypt(&peer.address, first.message_type, &first.bytes)
        .unwrap();
    let mut tx = store.transaction().unwrap();
    assert!(tx.load_prekey(used).unwrap().is_none());
    assert!(tx.load_prekey(used + 1).unwrap().is_some());
    // Retry receipts carry a fresh prekey, stored as uploaded.
    let retry = tx.retry_keys(&mut OsKeys).unwrap();
    assert_eq!(
        retry.registration_bytes(),
        retry.registration_id.to_be_bytes()
    );
    assert!(tx.load_prekey(retry.prekey.id).unwrap().is_some());
    assert!(retry.signed_prekey.verify(&retry.identity));
    assert_eq!(tx.uploaded_prekey_count().unwrap(), 61);
}

/// The one-time prekey id a `pkmsg` names.
struct PreKeySignalMessageIds;

impl PreKeySignalMessageIds {
    fn of(message: &CiphertextMessage) -> u32 {
        crate::signal::wire::PreKeySignalMessage::parse(&message.bytes)
            .unwrap()
            .prekey_id
            .unwrap()
    }
}

#[test]
fn buffered_decrypts_survive_a_crash_and_answer_redeliveries() {
    let (_dir, path, store) = temp_store();
    let mut peer = Peer::new("peer");
    let first = session_from_peer(&store, &mut peer);
    let decrypted = store
        .decrypt_buffered(
            &peer.address,
            first.message_type,
            &first.bytes,
            1_700_000_000,
        )
        .unwrap();
    assert!(!decrypted.from_buffer);
    assert_eq!(decrypted.plaintext, b"first from peer");
    // Crash before the message was handled: nothing deletes the buffered copy.
    drop(store);
    let store = Store::open(&path).unwrap();
    // The server redelivers the same ciphertext: answered from the buffer.
    let again = store
        .decrypt_buffered(
            &peer.address,
            first.message_type,
            &first.bytes,
            1_700_000_000,
        )
        .unwrap();
    assert!(again.from_buffer);
    assert_eq!(again.plaintext, b"first from peer");
    assert!(store.delete_buffered_event(&again.buffer_key).unwrap());
    // Once handled and deleted, a further redelivery is a duplicate.
    assert!(matches!(
        store.decrypt_buffered(&peer.address, first.message_type, &first.bytes, 0),
        Err(SignalError::DuplicateMessage { .. })
    ));
    // Group messages buffer the same way.
    let name = SenderKeyName::new("1203@g.us", peer.address.clone());
    let skdm = protocol::create_distribution(&mut peer.store, &name, &mut OsKeys).unwrap();
    store
        .process_distribution(&name, &skdm.serialize())
        .unwrap();
    let group_message =
        protocol::group_encrypt(&mut peer.store, &name, b"to the group", &mut OsKeys).unwrap();
    let decrypted = store
        .group_decrypt_buffered(&name, &group_message, 5)
        .unwrap();
    assert_eq!(decrypted.plaintext, b"to the group");
    assert!(
        store
            .group_decrypt_buffered(&name, &group_message, 5)
            .unwrap()
            .from_buffer
    );
    let mut tx = store.transaction().unwrap();
    let event = tx.buffered_event(&decrypted.buffer_key).unwrap().unwrap();
    assert_eq!(event.server_timestamp, 5);
    assert_eq!(
        tx.delete_buffered_events_before(event.insert_timestamp + 1)
            .unwrap(),
        1
    );
}

#[test]
fn the_store_is_shared_across_threads() {
    let (_dir, _path, store) = temp_store();
    let store = Arc::new(store);
    let mut peers: Vec<Peer> = (0..4).map(|i| Peer::new(&format!("peer{i}"))).collect();
    for peer in &mut peers {
        store
            .process_bundle(&peer.address.clone(), &peer.bundle(1))
            .unwrap();
    }
    let handles: Vec<_> = peers
        .iter()
        .map(|peer| {
            let store = Arc::clone(&store);
            let address = peer.address.clone();
            std::thread::spawn(move || {
                (0..50u8)
                    .map(|i| store.encrypt(&address, &[i]).unwrap())
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    for (peer, handle) in peers.iter_mut().zip(handles) {
        let messages = handle.join().unwrap();
        for (i, message) in messages.iter().enumerate() {
            assert_eq!(peer.receive(&our_address(), message), [i as u8]);
        }
    }
    // Group sender keys from several threads on one group.
    let name = SenderKeyName::new("1203@g.us", our_address());
    store.create_distribution(&name).unwrap();
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let store = Arc::clone(&store);
            let name = name.clone();
            std::thread::spawn(move || {
                (0..25)
                    .filter(|_| store.group_encrypt(&name, b"x").is_ok())
                    .count()
            })
        })
        .collect();
    let total: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
    assert_eq!(total, 100);
    let record = store
        .with_transaction(|tx| tx.load_sender_key(&name))
        .unwrap()
        .unwrap();
    assert_eq!(
        record.states().next().unwrap().iteration(),
        100,
        "no iteration was used twice"
    );
}

#[test]
fn newer_schemas_are_refused() {
    let (_dir, path, store) = temp_store();
    store
        .with_transaction(|tx| {
            Ok::<_, StoreError>(tx.connection().execute_batch("PRAGMA user_version = 999")?)
        })
        .unwrap();
    drop(store);
    assert!(matches!(
        Store::open(&path),
        Err(StoreError::SchemaTooNew { found: 999, .. })
    ));
}

#[test]
fn corrupt_records_are_typed_errors() {
    let (_dir, _path, store) = temp_store();
    let peer = Peer::new("peer");
    store
        .with_transaction(|tx| {
            tx.connection().execute(
                "INSERT INTO sessions (name, device, record) VALUES (?1, ?2, x'01FF')",
                rusqlite::params![peer.address.name(), 1],
            )?;
            Ok::<_, StoreError>(())
        })
        .unwrap();
    assert!(matches!(
        store.encrypt(&peer.address, b"x"),
        Err(SignalError::Store(StoreError::Corrupt {
            table: "sessions",
            ..
        }))
    ));
}

#[test]
fn in_memory_stores_and_missing_devices() {
    let store = Store::open(":memory:").unwrap();
    assert!(store.path().is_none());
    assert!(store.device().unwrap().is_none());
    let mut peer = Peer::new("peer");
    assert!(matches!(
        store.process_bundle(&peer.address.clone(), &peer.bundle(1)),
        Err(SignalError::Store(StoreError::NoDevice))
    ));
    let device = store.load_or_create_device().unwrap();
    assert_eq!(
        store.load_or_create_device().unwrap(),
        device,
        "created once"
    );
    store
        .process_bundle(&peer.address.clone(), &peer.bundle(2))
        .unwrap();
    let message = store.encrypt(&peer.address, b"memory").unwrap();
    assert_eq!(peer.receive(&our_address(), &message), b"memory");
}

#[test]
fn device_fields_round_trip() {
    let (_dir, path, store) = temp_store();
    let mut device = (*store.device().unwrap().unwrap()).clone();
    device.jid = Some(crate::binary::jid::Jid::parse("5511999999999:12@s.whatsapp.net").unwrap());
    device.lid = Some(crate::binary::jid::Jid::parse("123456789:12@lid").unwrap());
    device.push_name = "bot".into();
    device.platform = "android".into();
    device.account = Some(vec![1, 2, 3]);
    device.account_signature_key = Some([9; 32]);
    store.save_device(&device).unwrap();
    assert_eq!(*store.device().unwrap().unwrap(), device);
    drop(store);
    let store = Store::open(&path).unwrap();
    let loaded = store.device().unwrap().unwrap();
    assert_eq!(*loaded, device);
    assert!(loaded.is_paired());
    let shown = format!("{loaded:?}");
    assert!(!shown.contains(&hex::encode(device.identity_key.private.to_bytes())));
    assert!(!shown.contains(&hex::encode(device.adv_secret_key)));
}

#[test]
fn fan_out_encrypts_each_device_in_one_transaction() {
    let (_dir, _path, store) = temp_store();
    let mut peers: Vec<Peer> = (0..5).map(|i| Peer::new(&format!("dev{i}"))).collect();
    for peer in peers.iter_mut().take(4) {
        store
            .process_bundle(&peer.address.clone(), &peer.bundle(1))
            .unwrap();
    }
    let addresses: Vec<_> = peers.iter().map(|p| p.address.clone()).collect();
    let results = store.encrypt_for_devices(&addresses, b"fan-out").unwrap();
    for (peer, result) in peers.iter_mut().zip(&results).take(4) {
        assert_eq!(
            peer.receive(&our_address(), result.as_ref().unwrap()),
            b"fan-out"
        );
    }
    assert!(matches!(results[4], Err(SignalError::NoSession(_))));
}

#[test]
fn stores_are_shareable_and_bad_paths_are_io_errors() {
    fn shareable<T: Send + Sync + Clone + 'static>() {}
    shareable::<Store>();
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no/such/dir/client.db");
    assert!(matches!(Store::open(&missing), Err(StoreError::Io(_))));
}

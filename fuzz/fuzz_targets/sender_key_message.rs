//! Arbitrary bytes into the `skmsg` parser and into a sender-key record's
//! decrypt (signature check first, state unchanged on failure).
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use wapy::signal::SenderKeyRecord;
use wapy::signal::keys::{KeyPair, PrivateKey};
use wapy::signal::wire::{SenderKeyDistributionMessage, SenderKeyMessage};

fn receiver() -> &'static SenderKeyRecord {
    static RECORD: OnceLock<SenderKeyRecord> = OnceLock::new();
    RECORD.get_or_init(|| {
        let signing = KeyPair::from_private(PrivateKey::from_bytes([7; 32]));
        let mut record = SenderKeyRecord::new();
        record.process_distribution(&SenderKeyDistributionMessage {
            key_id: 1,
            iteration: 0,
            chain_key: [9; 32],
            signing_key: signing.public,
        });
        record
    })
}

fuzz_target!(|data: &[u8]| {
    let parsed = SenderKeyMessage::parse(data);
    let mut record = receiver().clone();
    let before = record.serialize();
    match record.decrypt(data) {
        Ok(_) => assert!(parsed.is_ok()),
        Err(_) => assert_eq!(record.serialize(), before, "a failed decrypt changed the record"),
    }
});

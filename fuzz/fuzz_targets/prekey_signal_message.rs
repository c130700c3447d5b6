//! Arbitrary bytes into the `pkmsg` parser (and the `msg` inside it).
#![no_main]

use libfuzzer_sys::fuzz_target;
use wapy::signal::wire::PreKeySignalMessage;

fuzz_target!(|data: &[u8]| {
    if let Ok(message) = PreKeySignalMessage::parse(data) {
        assert_ne!(message.prekey_id, Some(0));
        assert!(message.message.serialized().len() < data.len());
    }
});

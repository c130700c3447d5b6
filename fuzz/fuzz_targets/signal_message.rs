//! Arbitrary bytes into the `msg` parser: never a panic; whatever parses has
//! a ratchet key, a counter and a ciphertext inside the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wapy::signal::wire::SignalMessage;

fuzz_target!(|data: &[u8]| {
    if let Ok(message) = SignalMessage::parse(data) {
        assert_eq!(message.serialized(), data);
        assert!(message.ciphertext.len() < data.len());
    }
});

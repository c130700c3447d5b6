//! Patch and snapshot decoding of arbitrary bytes with a known key: typed
//! errors only, and a failed patch leaves the state untouched.

#![no_main]

use libfuzzer_sys::fuzz_target;
use wapy::sync::app_state::{
    Collection, CollectionState, KeyRing, LtHash, SyncdDecoder, parse_patch, parse_snapshot,
};

const KEY_ID: &[u8] = &[0, 0, 0, 0, 0x93, 0x5c];

fuzz_target!(|data: &[u8]| {
    let mut ring = KeyRing::new();
    ring.insert(KEY_ID, &[0x11; 32]);
    let decoder = SyncdDecoder::new(Collection::RegularHigh, &ring);
    let lenient = decoder.allow_unknown_remove(true);
    let mut state =
        CollectionState::from_parts(1, LtHash::from_bytes([7; 128]), [([1; 32], [2; 32])]);
    let before = state.clone();

    if let Ok(patch) = parse_patch(data) {
        let _ = lenient.decode_patch(&state, &patch, None);
        if decoder.apply_patch(&mut state, &patch, None).is_err() {
            assert_eq!(state, before);
        }
    }
    if let Ok(snapshot) = parse_snapshot(data) {
        let _ = decoder.decode_snapshot(&snapshot);
    }
});

//! Stored records from arbitrary bytes: never a panic, bounds enforced, and
//! what decodes re-encodes to bytes that decode to the same record.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wapy::signal::{SenderKeyRecord, SessionRecord};

fuzz_target!(|data: &[u8]| {
    let Some((&kind, rest)) = data.split_first() else { return };
    if kind & 1 == 0 {
        if let Ok(record) = SessionRecord::deserialize(rest) {
            let bytes = record.serialize();
            let again = SessionRecord::deserialize(&bytes).expect("our encoding decodes");
            assert_eq!(again.serialize(), bytes);
        }
    } else if let Ok(record) = SenderKeyRecord::deserialize(rest) {
        let bytes = record.serialize();
        let again = SenderKeyRecord::deserialize(&bytes).expect("our encoding decodes");
        assert_eq!(again.serialize(), bytes);
    }
});

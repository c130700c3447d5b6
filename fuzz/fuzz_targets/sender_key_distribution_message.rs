//! Arbitrary bytes into the SKDM parser; what parses re-serializes to a
//! message that parses to the same fields, and can be processed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wapy::signal::SenderKeyRecord;
use wapy::signal::wire::SenderKeyDistributionMessage;

fuzz_target!(|data: &[u8]| {
    if let Ok(message) = SenderKeyDistributionMessage::parse(data) {
        let again = SenderKeyDistributionMessage::parse(&message.serialize()).expect("our serialization parses");
        assert_eq!(again, message);
        let mut record = SenderKeyRecord::new();
        record.process_distribution(&message);
        assert_eq!(record.states().count(), 1);
    }
});

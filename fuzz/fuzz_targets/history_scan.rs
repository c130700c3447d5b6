//! The HistorySync header scan and bounded inflation on arbitrary bytes.

#![no_main]

use libfuzzer_sys::fuzz_target;
use wapy::sync::history::{inflate, scan_header};

fuzz_target!(|data: &[u8]| {
    let _ = scan_header(data);
    if let Ok(inflated) = inflate(data, 1 << 20) {
        assert!(inflated.len() <= 1 << 20);
        let _ = scan_header(&inflated);
    }
});

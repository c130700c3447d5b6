//! Arbitrary bytes into the stanza decoder (both dictionaries) and the frame
//! unpacker (flags byte, zlib with a small inflate bound). Whatever decodes
//! must re-encode, and re-encoding reaches a fixed point within two rounds.
#![no_main]

use bytes::Bytes;
use libfuzzer_sys::fuzz_target;
use wapy::binary::{Dictionary, NodeRef, decode, encode_ref, frame};

fn canonical_rounds(node: &NodeRef<'_>, dict: Dictionary) {
    let first = encode_ref(node, dict).expect("a decoded node re-encodes");
    let again = decode(&first, dict).expect("re-encoded bytes decode");
    let second = encode_ref(&again, dict).expect("re-encodes twice");
    let third = encode_ref(&decode(&second, dict).expect("decodes twice"), dict).expect("re-encodes thrice");
    assert_eq!(second, third, "re-encoding does not settle");
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let dict = if mode & 1 == 0 { Dictionary::V3 } else { Dictionary::V2 };
    if mode & 2 == 0 {
        if let Ok(node) = decode(rest, dict) {
            canonical_rounds(&node, dict);
            let _ = node.to_string();
        }
    } else if let Ok(owned) = frame::unpack_with_limit(Bytes::copy_from_slice(rest), dict, 1 << 20) {
        canonical_rounds(owned.get(), dict);
        let _ = owned.to_node();
    }
});

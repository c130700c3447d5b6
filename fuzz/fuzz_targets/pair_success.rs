//! Device linking on hostile input. The first byte picks the target:
//! 0: arbitrary `<device-identity>` bytes into the pair-success processor
//! (an HMAC cannot be forged: always refused); 1: arbitrary signed-identity
//! bytes in a correctly MACed container (the inner decoders and the
//! signature check); 2: the QR parser (what parses must print back as read);
//! 3: signed key-index lists and pair-code key bundles; 4: arbitrary stanzas
//! read as linking stanzas (what parses must build back to the same stanza).
#![no_main]

use bytes::Bytes;
use libfuzzer_sys::fuzz_target;
use prost::Message as _;
use wapy::client::pair::adv::{EncryptionType, device_identity_hmac};
use wapy::client::pair::code::open_key_bundle;
use wapy::binary::{Dictionary, decode, encode};
use wapy::client::pair::{
    AdvSecret, PairDevice, PairDeviceSign, PairSuccessStanza, QrData, process_pair_success, verify_key_index_list,
};
use wapy::proto::wa;
use wapy::signal::{KeyPair, PrivateKey};

fn key(byte: u8) -> KeyPair {
    KeyPair::from_private(PrivateKey::from_bytes([byte; 32]))
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, input)) = data.split_first() else { return };
    let identity = key(1);
    let secret = AdvSecret::from_bytes([2; 32]);
    match mode % 5 {
        0 => {
            let error = process_pair_success(input, &secret, &identity).expect_err("an HMAC cannot be forged");
            let _ = error.reply();
        }
        1 => {
            let container_type = if mode & 0x80 == 0 { EncryptionType::E2ee } else { EncryptionType::Hosted };
            let container = wa::AdvSignedDeviceIdentityHmac {
                details: Some(Bytes::copy_from_slice(input)),
                hmac: Some(Bytes::copy_from_slice(&device_identity_hmac(&secret, container_type, input))),
                account_type: Some(container_type.to_wire()),
            };
            match process_pair_success(&container.encode_to_vec(), &secret, &identity) {
                Ok(success) => {
                    let reply = wa::AdvSignedDeviceIdentity::decode(success.reply_device_identity).expect("our own reply decodes");
                    assert!(reply.account_signature_key.is_none());
                }
                Err(error) => {
                    let _ = error.reply();
                }
            }
        }
        2 => {
            let Ok(text) = std::str::from_utf8(input) else { return };
            if let Ok(qr) = QrData::parse(text) {
                assert_eq!(qr.text(), text, "a parsed QR prints back as read");
                assert_eq!(QrData::parse(&qr.text()).as_ref(), Ok(&qr));
            }
        }
        4 => {
            let Ok(node) = decode(input, Dictionary::V3) else { return };
            if let Ok(stanza) = PairSuccessStanza::parse(&node) {
                let wire = encode(&stanza.to_node(), Dictionary::V3).expect("a parsed stanza encodes");
                let again = decode(&wire, Dictionary::V3).expect("our stanza decodes");
                assert_eq!(PairSuccessStanza::parse(&again).as_ref(), Ok(&stanza));
                let _ = stanza.client_pairing_props();
            }
            if let Ok(reply) = PairDeviceSign::parse(&node) {
                let wire = encode(&reply.to_node(), Dictionary::V3).expect("a parsed reply encodes");
                let again = decode(&wire, Dictionary::V3).expect("our reply decodes");
                assert_eq!(PairDeviceSign::parse(&again).as_ref(), Ok(&reply));
            }
            let _ = PairDevice::parse(&node);
        }
        _ => {
            let _ = verify_key_index_list(input, None);
            let _ = verify_key_index_list(input, Some(&identity.public));
            let _ = open_key_bundle(&[3; 32], input);
        }
    }
});

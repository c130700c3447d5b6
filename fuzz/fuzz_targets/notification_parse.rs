//! Every notification family's parser, and the reader of newsletter posts,
//! on arbitrary decoded stanzas: typed errors only, never a panic.

#![no_main]

use libfuzzer_sys::fuzz_target;
use wapy::binary::{Dictionary, decode};
use wapy::client::groups::parse_group_node;
use wapy::client::message::parse_plaintext;
use wapy::client::newsletter::parse_messages;
use wapy::client::notifications::{
    account_sync, contacts, devices, disappearing, group, newsletter, picture, privacy_token,
    status,
};

fuzz_target!(|data: &[u8]| {
    let Ok(node) = decode(data, Dictionary::V3) else {
        return;
    };
    let _ = group::parse(&node);
    let _ = contacts::parse(&node);
    let _ = devices::parse(&node);
    let _ = picture::parse(&node);
    let _ = status::parse(&node);
    let _ = disappearing::parse(&node);
    let _ = account_sync::parse(&node, None);
    let _ = privacy_token::parse(&node);
    let _ = newsletter::parse(&node);
    let _ = parse_group_node(&node);
    let _ = parse_messages(&node);
    let _ = parse_plaintext(&node);
});

//! A realistic history-sync chunk for the history benchmarks: one-to-one
//! and group chats of text messages whose lengths vary like real chats,
//! with push names and PN↔LID mappings of the contacts, as the emulator's
//! phone generates them at linking.

use prost::Message as _;
use wapy::proto::wa;

/// Words the message texts are drawn from.
const WORDS: [&str; 16] = [
    "ok", "see", "you", "tomorrow", "at", "the", "station", "thanks", "photo", "meeting", "dinner",
    "sounds", "good", "running", "late", "again",
];

/// The `n`th contact: phone-number JID and LID.
fn contact(n: usize) -> (String, String) {
    (
        format!("1999{n:07}@s.whatsapp.net"),
        format!("8999{n:07}@lid"),
    )
}

/// A text of 2 to 40 words chosen by a cheap deterministic generator.
fn text(seed: usize) -> String {
    let mut state = (seed as u64).wrapping_mul(6_364_136_223_846_793_005) | 1;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let words = 2 + (next() % 39) as usize;
    let mut out = String::with_capacity(words * 7);
    for i in 0..words {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(WORDS[(next() % WORDS.len() as u64) as usize]);
    }
    out
}

fn conversation(n: usize, messages: usize) -> wa::Conversation {
    let group = n % 10 == 9;
    let (chat, _) = contact(n);
    let chat = if group {
        format!("1203630{n:011}@g.us")
    } else {
        chat
    };
    let base = 1_600_000_000 + (n * messages) as u64;
    wa::Conversation {
        id: Some(chat.clone()),
        unread_count: Some((n % 4) as u32),
        conversation_timestamp: Some(base + messages as u64),
        name: group.then(|| format!("Group {n}")),
        messages: (0..messages)
            .map(|m| {
                let from_me = m % 3 == 0;
                let participant = (group && !from_me).then(|| contact(n + m % 7).0);
                wa::HistorySyncMsg {
                    message: Some(Box::new(wa::WebMessageInfo {
                        key: Some(Box::new(wa::MessageKey {
                            remote_jid: Some(chat.clone()),
                            from_me: Some(from_me),
                            id: Some(format!("3EB0{n:06X}{m:010X}")),
                            participant: participant.clone(),
                        })),
                        message: Some(Box::new(wa::Message {
                            conversation: Some(text(n * 100_003 + m)),
                            ..Default::default()
                        })),
                        message_timestamp: Some(base + m as u64),
                        status: Some(if from_me { 4 } else { 3 }),
                        participant,
                        ..Default::default()
                    })),
                    msg_order_id: Some(m as u64),
                }
            })
            .collect(),
        ..Default::default()
    }
}

/// An `INITIAL_BOOTSTRAP` chunk of `chats` conversations of
/// `messages_per_chat` messages each, with push names and mappings.
pub fn history(chats: usize, messages_per_chat: usize) -> wa::HistorySync {
    wa::HistorySync {
        sync_type: Some(wa::history_sync::HistorySyncType::InitialBootstrap as i32),
        conversations: (0..chats)
            .map(|n| conversation(n, messages_per_chat))
            .collect(),
        chunk_order: Some(1),
        progress: Some(100),
        pushnames: (0..chats)
            .map(|n| wa::Pushname {
                id: Some(contact(n).0),
                pushname: Some(format!("Contact {n}")),
            })
            .collect(),
        phone_number_to_lid_mappings: (0..chats)
            .map(|n| {
                let (pn, lid) = contact(n);
                wa::PhoneNumberToLidMapping {
                    pn_jid: Some(pn),
                    lid_jid: Some(lid),
                }
            })
            .collect(),
        ..Default::default()
    }
}

/// The serialized chunk and its zlib stream (compressed as the phone does).
pub fn encoded(chats: usize, messages_per_chat: usize) -> (Vec<u8>, Vec<u8>) {
    use std::io::Write as _;
    let raw = history(chats, messages_per_chat).encode_to_vec();
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(&raw).expect("in-memory write");
    let packed = encoder.finish().expect("in-memory write");
    (raw, packed)
}

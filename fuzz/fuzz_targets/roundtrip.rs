//! Arbitrary nodes through encode then decode: the decoded tree must be the
//! node as the wire carries it (empty attribute values dropped, text content
//! that is not a token or packable comes back as bytes, JIDs as JIDs).
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use wapy::binary::{Content, Dictionary, Jid, Node, Server, Value, decode, encode};

const SERVERS: [Server; 12] = [
    Server::User,
    Server::Lid,
    Server::Group,
    Server::Broadcast,
    Server::Newsletter,
    Server::Hosted,
    Server::HostedLid,
    Server::Messenger,
    Server::Interop,
    Server::Bot,
    Server::Call,
    Server::LegacyUser,
];

const WORDS: [&str; 12] =
    ["message", "iq", "type", "id", "to", "from", "participant", "jid", "0", "2", "t", "s.whatsapp.net"];

fn name(u: &mut Unstructured<'_>) -> arbitrary::Result<String> {
    if u.ratio(1, 2)? {
        return Ok((*u.choose(&WORDS)?).to_owned());
    }
    let text: String = u.arbitrary()?;
    Ok(if text.is_empty() { "x".to_owned() } else { text })
}

fn text(u: &mut Unstructured<'_>) -> arbitrary::Result<String> {
    Ok(match u.int_in_range(0..=4)? {
        0 => (*u.choose(&WORDS)?).to_owned(),
        1 => u.arbitrary::<u64>()?.to_string(),
        2 => format!("{:X}", u.arbitrary::<u128>()?),
        3 => String::new(),
        // No '@': a string with one may be written as a JID.
        _ => u.arbitrary::<String>()?.replace('@', "_"),
    })
}

fn jid(u: &mut Unstructured<'_>) -> arbitrary::Result<Jid> {
    let server = u.choose(&SERVERS)?.clone();
    let user = u.int_in_range(1u64..=999_999_999_999_999)?.to_string();
    let mut jid = Jid::new(user, server.clone());
    match server {
        Server::User | Server::Lid | Server::Hosted | Server::HostedLid => {
            jid.device = u16::from(u.arbitrary::<u8>()?);
        }
        Server::Messenger => jid.device = u.arbitrary()?,
        Server::Interop => {
            jid.device = u.arbitrary()?;
            jid.integrator = u.arbitrary()?;
        }
        _ => {}
    }
    Ok(jid)
}

fn value(u: &mut Unstructured<'_>) -> arbitrary::Result<Value> {
    Ok(if u.ratio(1, 4)? { Value::Jid(jid(u)?) } else { Value::Str(text(u)?.into()) })
}

fn arbitrary_node(u: &mut Unstructured<'_>, depth: usize) -> arbitrary::Result<Node> {
    let mut node = Node::new(name(u)?);
    for _ in 0..u.int_in_range(0..=4)? {
        node.attrs.push((name(u)?.into(), value(u)?));
    }
    node.content = match u.int_in_range(0..=5)? {
        0 => None,
        1 => Some(Content::Bytes(u.arbitrary::<Vec<u8>>()?.into())),
        2 => Some(Content::Str(text(u)?.into())),
        3 => Some(Content::Jid(jid(u)?)),
        _ if depth < 6 => {
            let count = u.int_in_range(0..=4)?;
            Some(Content::Nodes((0..count).map(|_| arbitrary_node(u, depth + 1)).collect::<Result<_, _>>()?))
        }
        _ => None,
    };
    Ok(node)
}

fn packable(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 127
        && (text.bytes().all(|b| b.is_ascii_digit() || b == b'-' || b == b'.')
            || text.bytes().all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b)))
}

/// The node as the wire carries it.
fn expected(node: &Node, dict: Dictionary) -> Node {
    let attrs = node
        .attrs
        .iter()
        .filter(|(_, v)| !matches!(v, Value::Str(s) if s.is_empty()))
        .cloned()
        .collect();
    let content = node.content.as_ref().map(|content| match content {
        Content::Str(s) if dict.lookup(s).is_some() || packable(s) => Content::Str(s.clone()),
        Content::Str(s) => Content::Bytes(s.as_bytes().to_vec().into()),
        Content::Nodes(children) => Content::Nodes(children.iter().map(|c| expected(c, dict)).collect()),
        other => other.clone(),
    });
    Node { tag: node.tag.clone(), attrs, content }
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(dict_v2) = bool::arbitrary(&mut u) else {
        return;
    };
    let dict = if dict_v2 { Dictionary::V2 } else { Dictionary::V3 };
    let Ok(input) = arbitrary_node(&mut u, 0) else {
        return;
    };
    let wire = encode(&input, dict).expect("a well-formed node encodes");
    let decoded = decode(&wire, dict).expect("our own encoding decodes").to_node();
    assert_eq!(decoded, expected(&input, dict), "wire {}", wire.len());
});

//! The binary stanza codec families:
//!
//! * `binary_nodes_v3` / `binary_nodes_v2_baileys6`: `both` cases encode
//!   `node` to exactly the wire bytes (or their digest for large cases) and
//!   every case decodes to `decoded` (strings vs bytes and attribute order
//!   included; `[]` and no content are equal where `empty_list_content` says
//!   so); re-encoding the decoded node directly gives the wire again (for
//!   `roundtrip_identity` cases; otherwise bytes that decode the same).
//! * `binary_nodes_v3_invalid`: every input is rejected with an error.
//! * `binary_nodes_v3_divergent`: our behaviour is the case's recommendation
//!   (cases this runner has no check for are skipped).
//! * `token_dictionaries`: our tables equal the file's, one case per table,
//!   plus one for the tag bytes.

use bytes::Bytes;
use serde_json::Value;
use sha2::{Digest, Sha256};
use wapy::binary::{
    self, ContentRef, DecodeError, Dictionary, Node, NodeRef, ValueRef, decode, encode, encode_ref,
    unpack, wire,
};

use crate::common::{Report, case_id, cases, expect_bytes, hex_field, str_field};

/// `binary_nodes_v3.json`.
pub fn run_v3(doc: &Value) -> Report {
    run_nodes(doc, Dictionary::V3)
}

/// `binary_nodes_v2_baileys6.json`.
pub fn run_v2(doc: &Value) -> Report {
    run_nodes(doc, Dictionary::V2)
}

fn run_nodes(doc: &Value, dict: Dictionary) -> Report {
    let mut report = Report::default();
    for case in cases(doc) {
        report.check(case_id(case), || check_node_case(case, dict));
    }
    report
}

/// Builds a [`Node`] from the vectors' JSON node form.
pub fn node_from_json(json: &Value) -> Result<Node, String> {
    let tag = json["tag"].as_str().ok_or("node without tag")?;
    let mut node = Node::new(tag.to_owned());
    for pair in json["attrs"].as_array().ok_or("node without attrs")? {
        let key = pair[0].as_str().ok_or("attribute key is not a string")?;
        let value = pair[1].as_str().ok_or("attribute value is not a string")?;
        node = node.attr(key.to_owned(), value.to_owned());
    }
    let content = &json["content"];
    if content.is_null() {
        return Ok(node);
    }
    if let Some(children) = content.as_array() {
        let children = children
            .iter()
            .map(node_from_json)
            .collect::<Result<Vec<_>, _>>()?;
        return Ok(node.children(children));
    }
    if let Some(text) = content["string"].as_str() {
        return Ok(node.text(text.to_owned()));
    }
    Ok(node.bytes(content_bytes(content)?))
}

fn content_bytes(content: &Value) -> Result<Vec<u8>, String> {
    if let Some(text) = content["bytes"].as_str() {
        return hex::decode(text).map_err(|e| format!("bytes are not hex: {e}"));
    }
    let pattern = &content["bytes_pattern"];
    let field = |name: &str| {
        pattern[name]
            .as_u64()
            .ok_or_else(|| format!("bytes_pattern.{name} missing"))
    };
    let (len, mul, add) = (field("len")?, field("mul")?, field("add")?);
    Ok((0..len).map(|i| ((i * mul + add) % 256) as u8).collect())
}

/// Compares a decoded node with the JSON form; describes the first difference.
pub fn expect_node(
    got: &NodeRef<'_>,
    want: &Value,
    empty_list_is_none: bool,
    path: &str,
) -> Result<(), String> {
    let here = format!("{path}/{}", got.tag());
    let want_tag = want["tag"].as_str().ok_or("expected node without tag")?;
    if !got.tag().eq_str(want_tag) {
        return Err(format!(
            "{path}: tag {:?}, want {want_tag:?}",
            got.tag().to_string()
        ));
    }
    let want_attrs = want["attrs"]
        .as_array()
        .ok_or("expected node without attrs")?;
    let got_attrs = got.attr_pairs();
    if got_attrs.len() != want_attrs.len() {
        return Err(format!(
            "{here}: {} attributes, want {}",
            got_attrs.len(),
            want_attrs.len()
        ));
    }
    for ((key, value), pair) in got_attrs.iter().zip(want_attrs) {
        let (want_key, want_value) = (
            pair[0].as_str().unwrap_or_default(),
            pair[1].as_str().unwrap_or_default(),
        );
        if !key.eq_str(want_key) || value.as_str() != want_value {
            return Err(format!(
                "{here}: attribute {key}={:?}, want {want_key}={want_value:?}",
                value.as_str()
            ));
        }
    }
    let want_content = &want["content"];
    match got.content() {
        None if want_content.is_null() => Ok(()),
        None if empty_list_is_none && want_content.as_array().is_some_and(Vec::is_empty) => Ok(()),
        Some(ContentRef::Nodes(children))
            if children.is_empty() && empty_list_is_none && want_content.is_null() =>
        {
            Ok(())
        }
        Some(ContentRef::Nodes(children)) => {
            let want_children = want_content
                .as_array()
                .ok_or_else(|| format!("{here}: children, want {want_content}"))?;
            if children.len() != want_children.len() {
                return Err(format!(
                    "{here}: {} children, want {}",
                    children.len(),
                    want_children.len()
                ));
            }
            for (child, want_child) in children.iter().zip(want_children) {
                expect_node(child, want_child, empty_list_is_none, &here)?;
            }
            Ok(())
        }
        Some(ContentRef::Bytes(bytes)) => {
            if want_content["string"].is_string()
                || want_content.is_null()
                || want_content.is_array()
            {
                return Err(format!("{here}: bytes content, want {want_content}"));
            }
            expect_bytes(
                &format!("{here} content"),
                bytes,
                &content_bytes(want_content)?,
            )
        }
        Some(ContentRef::Str(_) | ContentRef::Jid(_)) => {
            let text = got.text().unwrap_or_default();
            match want_content["string"].as_str() {
                Some(want_text) if want_text == text => Ok(()),
                _ => Err(format!(
                    "{here}: string content {text:?}, want {want_content}"
                )),
            }
        }
        None => Err(format!("{here}: no content, want {want_content}")),
    }
}

fn check_node_case(case: &Value, dict: Dictionary) -> Result<(), String> {
    let empty_list_is_none = case["empty_list_content"].as_bool().unwrap_or(false);
    let wire = match str_field(case, "direction")? {
        "both" => {
            let node = node_from_json(&case["node"])?;
            let ours = encode(&node, dict).map_err(|e| format!("encode failed: {e}"))?;
            if case["wire_hex"].is_string() {
                expect_bytes("encoding of node", &ours, &hex_field(case, "wire_hex")?)?;
            } else {
                check_digest(case, &ours)?;
            }
            ours
        }
        "decode_only" => {
            let frame = hex_field(case, "frame_hex")?;
            let unpacked = unpack(Bytes::from(frame), dict)
                .map_err(|e| format!("frame does not unpack: {e}"))?;
            expect_node(unpacked.get(), &case["decoded"], empty_list_is_none, "")?;
            let wire =
                encode_ref(unpacked.get(), dict).map_err(|e| format!("re-encoding failed: {e}"))?;
            // The inflated bytes are the wire; re-encoding must reproduce them.
            return expect_bytes("re-encoding of the decoded frame", &wire, unpacked.buffer());
        }
        other => return Err(format!("unknown direction {other}")),
    };
    let decoded = decode(&wire, dict).map_err(|e| format!("wire does not decode: {e}"))?;
    expect_node(&decoded, &case["decoded"], empty_list_is_none, "")?;
    let again = encode_ref(&decoded, dict).map_err(|e| format!("re-encoding failed: {e}"))?;
    if case["roundtrip_identity"].as_bool() == Some(true) {
        return expect_bytes("re-encoding of the decoded node", &again, &wire);
    }
    // Not an identity (e.g. an explicit `:0` device): re-encoding may pick
    // another form, which must decode to the same tree.
    let redecoded =
        decode(&again, dict).map_err(|e| format!("re-encoding does not decode: {e}"))?;
    expect_node(
        &redecoded,
        &case["decoded"],
        empty_list_is_none,
        "(re-encoded)",
    )
}

fn check_digest(case: &Value, ours: &[u8]) -> Result<(), String> {
    let want_len = case["wire_len"].as_u64().ok_or("wire_len missing")? as usize;
    if ours.len() != want_len {
        return Err(format!("encoding is {} bytes, want {want_len}", ours.len()));
    }
    expect_bytes(
        "head of the encoding",
        &ours[..64.min(ours.len())],
        &hex_field(case, "wire_head_hex")?,
    )?;
    expect_bytes(
        "tail of the encoding",
        &ours[ours.len().saturating_sub(32)..],
        &hex_field(case, "wire_tail_hex")?,
    )?;
    let digest = hex::encode(Sha256::digest(ours));
    if digest != str_field(case, "wire_sha256")? {
        return Err(format!("sha256 of the encoding is {digest}"));
    }
    Ok(())
}

/// `binary_nodes_v3_invalid.json`: every input must be rejected.
pub fn run_invalid(doc: &Value) -> Report {
    let mut report = Report::default();
    for case in cases(doc) {
        report.check(case_id(case), || {
            let wire = hex_field(case, "wire_hex")?;
            match decode(&wire, Dictionary::V3) {
                Ok(node) => Err(format!("accepted: {node}")),
                Err(_) => Ok(()),
            }
        });
    }
    report
}

/// `binary_nodes_v3_divergent.json`: one check per known case.
pub fn run_divergent(doc: &Value) -> Report {
    let mut report = Report::default();
    for case in cases(doc) {
        let id = case_id(case);
        let check: fn(&Value) -> Result<(), String> = match id {
            "div-empty-attr-value" => div_empty_attr_value,
            "div-agent-in-jid" => div_agent_in_jid,
            "div-hosted-jid" => div_hosted_jid,
            "div-empty-string-content" => div_empty_string_content,
            "div-unknown-server" => div_unknown_server,
            "div-call-server" => div_call_server,
            "div-empty-user-jid" => div_empty_user_jid,
            "div-two-colons" => div_two_colons,
            "div-trailing-bytes" => div_trailing_bytes,
            "div-empty-attr-key" => div_empty_attr_key,
            "div-empty-list-content" => div_empty_list_content,
            _ => {
                report.skipped += 1;
                continue;
            }
        };
        report.check(id, || check(case));
    }
    report
}

fn our_wire(case: &Value) -> Result<Vec<u8>, String> {
    encode(&node_from_json(&case["node"])?, Dictionary::V3)
        .map_err(|e| format!("encode failed: {e}"))
}

fn encoder_wire(case: &Value, encoder: &str) -> Result<Vec<u8>, String> {
    hex_field(&case["encode"][encoder], "wire_hex")
}

fn decoder_expectation<'a>(case: &'a Value, bytes_from: &str, decoder: &str) -> &'a Value {
    &case["decode"][format!("bytes_from_{bytes_from}")][decoder]["decoded"]
}

fn decode_hex(hex_text: &[u8]) -> Result<NodeRef<'_>, String> {
    decode(hex_text, Dictionary::V3).map_err(|e| format!("does not decode: {e}"))
}

fn attr_of<'a>(node: &NodeRef<'a>, key: &str) -> Result<ValueRef<'a>, String> {
    node.attr(key)
        .ok_or_else(|| format!("attribute {key} missing"))
}

/// Encoder drops the empty attribute (bridge bytes); decoder reads `00` as "".
fn div_empty_attr_value(case: &Value) -> Result<(), String> {
    expect_bytes(
        "our encoding",
        &our_wire(case)?,
        &encoder_wire(case, "whatsapp-rust-bridge")?,
    )?;
    for source in ["baileys_v3_tables", "whatsapp-rust-bridge"] {
        let wire = encoder_wire(case, source)?;
        expect_node(
            &decode_hex(&wire)?,
            decoder_expectation(case, source, "baileys"),
            false,
            "",
        )?;
    }
    Ok(())
}

/// Domain byte from the server (0), no agent suffix.
fn div_agent_in_jid(case: &Value) -> Result<(), String> {
    let ours = our_wire(case)?;
    expect_bytes(
        "our encoding",
        &ours,
        &encoder_wire(case, "baileys_v3_tables")?,
    )?;
    let jid = attr_of(&decode_hex(&ours)?, "jid")?;
    match jid {
        ValueRef::Jid(jid)
            if jid.server.eq_str("s.whatsapp.net") && jid.device == 5 && jid.agent == 0 =>
        {
            Ok(())
        }
        other => Err(format!("decodes as {}", other.as_str())),
    }
}

/// Domain 128 <-> hosted.
fn div_hosted_jid(case: &Value) -> Result<(), String> {
    let ours = our_wire(case)?;
    expect_bytes(
        "our encoding",
        &ours,
        &encoder_wire(case, "whatsapp-rust-bridge")?,
    )?;
    let value = attr_of(&decode_hex(&ours)?, "jid")?.as_str().into_owned();
    if value != "62736511039:99@hosted" {
        return Err(format!("decodes as {value}"));
    }
    Ok(())
}

/// Empty string content is `fc 00`; `00` content decodes as empty.
fn div_empty_string_content(case: &Value) -> Result<(), String> {
    expect_bytes(
        "our encoding",
        &our_wire(case)?,
        &encoder_wire(case, "whatsapp-rust-bridge")?,
    )?;
    let baileys = encoder_wire(case, "baileys_v3_tables")?;
    let node = decode_hex(&baileys)?;
    match node.content() {
        None => Ok(()),
        Some(ContentRef::Nodes(children)) if children.is_empty() => Ok(()),
        Some(other) => Err(format!("00 content decodes as {other:?}")),
    }
}

/// Decoder accepts an unknown JID_PAIR server; encoder writes it raw.
fn div_unknown_server(case: &Value) -> Result<(), String> {
    let wire = encoder_wire(case, "baileys_v3_tables")?;
    let node = decode_hex(&wire)?;
    let value = attr_of(&node, "email")?;
    if !matches!(value, ValueRef::Jid(_)) || value.as_str() != "foo@bar.com" {
        return Err(format!("JID_PAIR decodes as {value:?}"));
    }
    let ours = our_wire(case)?;
    let value = attr_of(&decode_hex(&ours)?, "email")?;
    match value {
        ValueRef::Str(text) if text.eq_str("foo@bar.com") && !ours.contains(&wire::JID_PAIR) => {
            Ok(())
        }
        other => Err(format!(
            "our encoding {} decodes as {other:?}",
            hex::encode(&ours)
        )),
    }
}

/// Decoder accepts the call server; both encoders' bytes are ours too.
fn div_call_server(case: &Value) -> Result<(), String> {
    let wire = encoder_wire(case, "baileys_v3_tables")?;
    expect_bytes("our encoding", &our_wire(case)?, &wire)?;
    let node = decode_hex(&wire)?;
    let jid = attr_of(&node, "call-creator")?
        .to_jid_ref()
        .ok_or("not a JID")?;
    if jid.server_kind() != binary::Server::Call || !jid.user.eq_str("62736511039") {
        return Err(format!("decodes as {jid}"));
    }
    Ok(())
}

/// `fa 00 03` is the server JID.
fn div_empty_user_jid(case: &Value) -> Result<(), String> {
    let wire = encoder_wire(case, "baileys_v3_tables")?;
    expect_bytes("our encoding", &our_wire(case)?, &wire)?;
    let jid = attr_of(&decode_hex(&wire)?, "jid")?
        .to_jid_ref()
        .ok_or("not a JID")?
        .to_jid();
    if jid != binary::Jid::server_jid() {
        return Err(format!("decodes as {jid:?}"));
    }
    Ok(())
}

/// Not a JID: written raw, so it comes back unchanged (neither encoder's guess).
fn div_two_colons(case: &Value) -> Result<(), String> {
    let ours = our_wire(case)?;
    let value = attr_of(&decode_hex(&ours)?, "jid")?;
    match value {
        ValueRef::Str(text) if text.eq_str("113127169256958:2:3@lid") => Ok(()),
        other => Err(format!("decodes as {other:?}")),
    }
}

fn expect_error(case: &Value, want: fn(&DecodeError) -> bool) -> Result<(), String> {
    let wire = hex_field(case, "wire_hex")?;
    match decode(&wire, Dictionary::V3) {
        Err(error) if want(&error) => Ok(()),
        Err(error) => Err(format!("rejected for another reason: {error}")),
        Ok(node) => Err(format!("accepted: {node}")),
    }
}

fn div_trailing_bytes(case: &Value) -> Result<(), String> {
    expect_error(case, |e| {
        matches!(e, DecodeError::TrailingBytes { count: 1, .. })
    })
}

fn div_empty_attr_key(case: &Value) -> Result<(), String> {
    expect_error(case, |e| matches!(e, DecodeError::EmptyAttributeKey { .. }))
}

fn div_empty_list_content(case: &Value) -> Result<(), String> {
    let wire = hex_field(case, "wire_hex")?;
    let node = decode_hex(&wire)?;
    expect_node(&node, &case["decode"]["baileys"]["decoded"], true, "")?;
    expect_node(
        &node,
        &case["decode"]["whatsapp-rust-bridge"]["decoded"],
        true,
        "",
    )?;
    expect_bytes(
        "re-encoding",
        &encode_ref(&node, Dictionary::V3).map_err(|e| e.to_string())?,
        &wire,
    )
}

/// `token_dictionaries.json`.
pub fn run_tokens(doc: &Value) -> Report {
    let mut report = Report::default();
    for (name, dict) in [("v3", Dictionary::V3), ("v2", Dictionary::V2)] {
        let table = &doc[name];
        report.check(&format!("{name}.single_byte"), || {
            expect_table(&table["single_byte"], dict.single_byte_table())
        });
        let doubles = dict.double_byte_tables();
        let count = table["double_byte"].as_array().map_or(0, Vec::len);
        if count != doubles.len() {
            report.record(
                &format!("{name}.double_byte"),
                Err(format!("{count} tables, ours {}", doubles.len())),
            );
            continue;
        }
        for (d, ours) in doubles.iter().enumerate() {
            report.check(&format!("{name}.double_byte[{d}]"), || {
                expect_table(&table["double_byte"][d], ours)
            });
        }
    }
    report.check("tags", || {
        let tags = &doc["tags"];
        for (name, ours) in [
            ("LIST_EMPTY", wire::LIST_EMPTY),
            ("DICTIONARY_0", wire::DICTIONARY_0),
            ("DICTIONARY_3", wire::DICTIONARY_3),
            ("AD_JID", wire::AD_JID),
            ("LIST_8", wire::LIST_8),
            ("LIST_16", wire::LIST_16),
            ("JID_PAIR", wire::JID_PAIR),
            ("HEX_8", wire::HEX_8),
            ("BINARY_8", wire::BINARY_8),
            ("BINARY_20", wire::BINARY_20),
            ("BINARY_32", wire::BINARY_32),
            ("NIBBLE_8", wire::NIBBLE_8),
        ] {
            if tags[name].as_u64() != Some(u64::from(ours)) {
                return Err(format!("tag {name}: file {}, ours {ours}", tags[name]));
            }
        }
        if tags["PACKED_MAX"].as_u64() != Some(wire::PACKED_MAX as u64) {
            return Err("PACKED_MAX differs".to_owned());
        }
        Ok(())
    });
    report
}

fn expect_table(want: &Value, ours: &[&str]) -> Result<(), String> {
    let want = want.as_array().ok_or("table missing")?;
    if want.len() != ours.len() {
        return Err(format!("{} entries, ours {}", want.len(), ours.len()));
    }
    for (i, (want, ours)) in want.iter().zip(ours).enumerate() {
        if want.as_str() != Some(ours) {
            return Err(format!("entry {i}: file {want}, ours {ours:?}"));
        }
    }
    Ok(())
}

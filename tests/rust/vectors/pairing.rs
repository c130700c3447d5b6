//! `pairing.json`: QR pairing completion, from Baileys 6.17.16's
//! `configureSuccessfulPairing`.
//!
//! `pair-success`: the `<device-identity>` of the stanza goes through
//! [`process_pair_success`] with the case's companion identity and ADV
//! secret; the decoded details must be `inputs.adv_device_identity`, the
//! account key `inputs.account_signature_key`; our reply identity must equal
//! `reply_device_identity.bytes` except `deviceSignature` (XEdDSA is
//! randomised), which must verify over `device_signature_message` (which we
//! rebuild too); the reply's `key-index`, `resulting_me`,
//! `resulting_platform` and the primary's Signal identity (`05 ‖ account key`
//! for device 0 of the account) are checked against what we derive.
//! `pair-success-bad-hmac` must be refused as `401 hmac-mismatch` (Baileys
//! words every failure "Invalid account signature").
//!
//! Stanzas: `pair_success_wire_v3` decodes to `pair_success_stanza`, parses
//! as a [`PairSuccessStanza`] (whose device identity is what we process) and
//! that stanza, built back, encodes to the same bytes (the emulator's side);
//! our `<pair-device-sign>` encodes to `reply_wire_v3` but for the 64 bytes
//! of the device signature. The refusal encodes as `<iq type="error"><error
//! code="401" text="hmac-mismatch"/></iq>`.

use prost::Message as _;
use serde_json::Value;
use wapy::binary::{Dictionary, Jid, decode, encode};
use wapy::client::pair::adv::{DEVICE_SIGNATURE_PREFIX, device_signature_message};
use wapy::client::pair::{
    AdvSecret, PairDeviceSign, PairErrorReply, PairSuccess, PairSuccessError, PairSuccessStanza,
    pair_error, process_pair_success,
};
use wapy::proto::wa;
use wapy::signal::{KeyPair, PrivateKey, PublicKey};

use crate::common::{Report, case_id, cases, expect_bytes, hex_field, str_field};

pub fn run(doc: &Value) -> Report {
    let mut report = Report::default();
    for case in cases(doc) {
        let id = case_id(case);
        report.check(id, || match id {
            "pair-success" => check_success(case),
            "pair-success-bad-hmac" => check_bad_hmac(case),
            other => Err(format!("unknown case {other}")),
        });
    }
    report
}

fn array<const N: usize>(value: &Value, name: &str) -> Result<[u8; N], String> {
    let bytes = hex_field(value, name)?;
    <[u8; N]>::try_from(bytes.as_slice())
        .map_err(|_| format!("field {name} has {} bytes, expected {N}", bytes.len()))
}

/// A `{private, public}` key pair, checking that the halves match.
fn key_pair(value: &Value, what: &str) -> Result<KeyPair, String> {
    let pair = KeyPair::from_private(PrivateKey::from_bytes(array::<32>(value, "private")?));
    if pair.public.as_bytes() != &array::<32>(value, "public")? {
        return Err(format!("{what}: public key does not match the private key"));
    }
    Ok(pair)
}

/// The child of a JSON stanza (`{tag, attrs, content}`) with `tag`.
fn child<'a>(node: &'a Value, tag: &str) -> Result<&'a Value, String> {
    node["content"]
        .as_array()
        .and_then(|children| children.iter().find(|c| c["tag"] == tag))
        .ok_or_else(|| format!("<{}> has no <{tag}>", node["tag"]))
}

/// An attribute of a JSON stanza (`attrs` is a list of pairs).
fn attr<'a>(node: &'a Value, name: &str) -> Result<&'a str, String> {
    node["attrs"]
        .as_array()
        .and_then(|attrs| {
            attrs
                .iter()
                .find(|pair| pair[0] == name)
                .and_then(|pair| pair[1].as_str())
        })
        .ok_or_else(|| format!("<{}> has no {name} attribute", node["tag"]))
}

/// Byte content of a JSON stanza.
fn content_bytes(node: &Value) -> Result<Vec<u8>, String> {
    hex_field(&node["content"], "bytes")
}

struct Inputs {
    identity: KeyPair,
    adv_secret: AdvSecret,
    stanza: PairSuccessStanza,
}

/// The case's keys, and its `<pair-success>` read from the wire.
fn inputs(case: &Value) -> Result<Inputs, String> {
    let inputs = &case["inputs"];
    let json = &case["pair_success_stanza"];
    let wire = hex_field(case, "pair_success_wire_v3")?;
    let node = decode(&wire, Dictionary::V3).map_err(|e| format!("pair_success_wire_v3: {e}"))?;
    crate::binary::expect_node(&node, json, false, "")?;
    let stanza =
        PairSuccessStanza::parse(&node).map_err(|e| format!("pair-success stanza: {e}"))?;
    expect_bytes(
        "<device-identity> of the stanza",
        &stanza.device_identity,
        &content_bytes(child(child(json, "pair-success")?, "device-identity")?)?,
    )?;
    // The emulator builds the same stanza byte for byte.
    let rebuilt = encode(&stanza.to_node(), Dictionary::V3)
        .map_err(|e| format!("pair-success does not encode: {e}"))?;
    expect_bytes("rebuilt pair-success", &rebuilt, &wire)?;
    Ok(Inputs {
        identity: key_pair(&inputs["companion_identity_key"], "companion identity")?,
        adv_secret: AdvSecret::from_bytes(array::<32>(inputs, "adv_secret_key")?),
        stanza,
    })
}

fn check_success(case: &Value) -> Result<(), String> {
    let Inputs {
        identity,
        adv_secret,
        stanza,
    } = inputs(case)?;
    let inputs = &case["inputs"];
    let account = key_pair(&inputs["account_signature_key"], "account signature key")?;
    let success = process_pair_success(&stanza.device_identity, &adv_secret, &identity)
        .map_err(|e| format!("pair-success refused: {e}"))?;

    // The phone's statements.
    let expected = &inputs["adv_device_identity"];
    let timestamp: u64 = str_field(expected, "timestamp")?
        .parse()
        .map_err(|e| format!("timestamp: {e}"))?;
    let got = (
        u64::from(success.identity.raw_id),
        success.identity.timestamp,
        u64::from(success.identity.key_index),
    );
    let want = (
        expected["rawId"].as_u64().ok_or("rawId missing")?,
        timestamp,
        expected["keyIndex"].as_u64().ok_or("keyIndex missing")?,
    );
    if got != want {
        return Err(format!(
            "ADVDeviceIdentity (rawId, timestamp, keyIndex) {got:?}, expected {want:?}"
        ));
    }
    if success.account_key != account.public {
        return Err("accountSignatureKey is not the case's account key".into());
    }

    check_reply(case, &success, &identity, &account.public)?;
    check_reply_wire(case, &stanza, &success)?;
    check_stored_identity(&success, &identity)?;
    check_results(case, &stanza, &success)
}

/// Our `<pair-device-sign>` on the wire is Baileys' but for the device
/// signature.
fn check_reply_wire(
    case: &Value,
    stanza: &PairSuccessStanza,
    success: &PairSuccess,
) -> Result<(), String> {
    let ours = encode(
        &PairDeviceSign::new(&stanza.id, success).to_node(),
        Dictionary::V3,
    )
    .map_err(|e| format!("reply does not encode: {e}"))?;
    let mut want = hex_field(case, "reply_wire_v3")?;
    let expected = wa::AdvSignedDeviceIdentity::decode(
        hex_field(&case["reply_device_identity"], "bytes")?.as_slice(),
    )
    .map_err(|e| format!("reply_device_identity.bytes: {e}"))?;
    let theirs = expected.device_signature.ok_or("no deviceSignature")?;
    let mine = success
        .signed_identity
        .device_signature
        .clone()
        .ok_or("our identity has no deviceSignature")?;
    let at = want
        .windows(theirs.len())
        .position(|window| window == theirs)
        .ok_or("reply_wire_v3 does not hold Baileys' deviceSignature")?;
    want.splice(at..at + theirs.len(), mine.iter().copied());
    expect_bytes("reply wire (with our deviceSignature)", &ours, &want)
}

/// Our reply identity is the expected one but for the device signature,
/// which verifies over `device_signature_message`.
fn check_reply(
    case: &Value,
    success: &PairSuccess,
    identity: &KeyPair,
    account: &PublicKey,
) -> Result<(), String> {
    let reply = &case["reply_device_identity"];
    let expected_bytes = hex_field(reply, "bytes")?;
    let mut expected = wa::AdvSignedDeviceIdentity::decode(expected_bytes.as_slice())
        .map_err(|e| format!("reply_device_identity.bytes: {e}"))?;
    let ours = wa::AdvSignedDeviceIdentity::decode(success.reply_device_identity.clone())
        .map_err(|e| format!("our reply identity does not decode: {e}"))?;
    if ours.account_signature_key.is_some() {
        return Err("our reply identity carries accountSignatureKey".into());
    }
    let our_signature = ours
        .device_signature
        .clone()
        .ok_or("our reply identity has no deviceSignature")?;
    let their_signature = expected
        .device_signature
        .replace(our_signature.clone())
        .ok_or("reply_device_identity has no deviceSignature")?;
    expect_bytes(
        "reply identity (with our deviceSignature)",
        &success.reply_device_identity,
        &expected.encode_to_vec(),
    )?;

    let message = hex_field(reply, "device_signature_message")?;
    let details = ours.details.clone().ok_or("our reply has no details")?;
    expect_bytes(
        "device signature message",
        &device_signature_message(DEVICE_SIGNATURE_PREFIX, &details, &identity.public, account),
        &message,
    )?;
    if !identity.public.verify(&message, &our_signature) {
        return Err("our deviceSignature does not verify over device_signature_message".into());
    }
    if !identity.public.verify(&message, &their_signature) {
        return Err("Baileys' deviceSignature does not verify with our verifier".into());
    }

    // The `object` form names the same details and account signature.
    use base64::Engine as _;
    let object = &reply["object"];
    for (field, value) in [
        ("details", ours.details.as_deref()),
        ("accountSignature", ours.account_signature.as_deref()),
    ] {
        let want = base64::engine::general_purpose::STANDARD
            .decode(str_field(object, field)?)
            .map_err(|e| format!("object.{field}: {e}"))?;
        expect_bytes(&format!("reply {field}"), value.unwrap_or_default(), &want)?;
    }

    let reply_identity = child(
        child(&case["reply_stanza"], "pair-device-sign")?,
        "device-identity",
    )?;
    let key_index = attr(reply_identity, "key-index")?;
    if key_index != success.key_index().to_string() {
        return Err(format!(
            "key-index {} vs the reply stanza's {key_index}",
            success.key_index()
        ));
    }
    expect_bytes(
        "reply stanza <device-identity> (without deviceSignature)",
        &strip_device_signature(&content_bytes(reply_identity)?)?,
        &strip_device_signature(&success.reply_device_identity)?,
    )
}

fn strip_device_signature(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut message =
        wa::AdvSignedDeviceIdentity::decode(bytes).map_err(|e| format!("reply identity: {e}"))?;
    message.device_signature = None;
    Ok(message.encode_to_vec())
}

/// The stored identity keeps the account key and verifies as a peer checks
/// it.
fn check_stored_identity(success: &PairSuccess, identity: &KeyPair) -> Result<(), String> {
    wapy::client::pair::adv::verify_signed_device_identity(
        &success.signed_identity_bytes(),
        &identity.public,
        None,
    )
    .map(|_| ())
    .map_err(|e| format!("stored identity does not verify: {e}"))
}

/// `resulting_me`, `resulting_platform`, and the primary's Signal identity.
fn check_results(
    case: &Value,
    stanza: &PairSuccessStanza,
    success: &PairSuccess,
) -> Result<(), String> {
    let me = Jid::parse(str_field(&case["resulting_me"], "id")?)
        .map_err(|e| format!("resulting_me: {e}"))?;
    if stanza.jid != me {
        return Err(format!(
            "resulting_me {me} vs the stanza's device {}",
            stanza.jid
        ));
    }
    let platform = stanza.platform.as_deref().unwrap_or_default();
    if platform != str_field(case, "resulting_platform")? {
        return Err(format!("platform {platform} vs resulting_platform"));
    }

    // The primary's identity: `05 ‖ accountSignatureKey`, for device 0 of
    // the account (Baileys names the address with our own JID, device 0).
    let signal = &case["signal_identity"];
    expect_bytes(
        "primary identity key",
        &success.account_key.serialize(),
        &hex_field(signal, "identifierKey")?,
    )?;
    let identifier = &signal["identifier"];
    let name = Jid::parse(str_field(identifier, "name")?)
        .map_err(|e| format!("signal identifier: {e}"))?;
    if name.user != me.user || identifier["deviceId"].as_u64() != Some(0) {
        return Err(format!(
            "primary identity address {name} device {} is not device 0 of {}",
            identifier["deviceId"], me.user
        ));
    }
    Ok(())
}

fn check_bad_hmac(case: &Value) -> Result<(), String> {
    let Inputs {
        identity,
        adv_secret,
        stanza,
    } = inputs(case)?;
    str_field(case, "expected_error")?;
    let reply = match process_pair_success(&stanza.device_identity, &adv_secret, &identity) {
        Err(error @ PairSuccessError::HmacMismatch) => error.reply(),
        Err(other) => return Err(format!("refused, but as {other:?} ({:?})", other.reply())),
        Ok(_) => return Err("a flipped HMAC was accepted".into()),
    };
    if reply != PairErrorReply::HMAC_MISMATCH {
        return Err(format!("refusal answered with {reply:?}"));
    }
    let wire = encode(&pair_error(&stanza.id, reply), Dictionary::V3)
        .map_err(|e| format!("error reply does not encode: {e}"))?;
    let node = decode(&wire, Dictionary::V3).map_err(|e| format!("error reply: {e}"))?;
    let error = node.child("error").ok_or("error reply without <error>")?;
    let got = (
        node.attrs().str("type").map_err(|e| e.to_string())?,
        node.attrs().str("id").map_err(|e| e.to_string())?,
        error.attrs().str("code").map_err(|e| e.to_string())?,
        error.attrs().str("text").map_err(|e| e.to_string())?,
    );
    let want = ("error", stanza.id.as_str(), "401", "hmac-mismatch");
    if (&*got.0, &*got.1, &*got.2, &*got.3) != want {
        return Err(format!("error reply {got:?}, want {want:?}"));
    }
    Ok(())
}

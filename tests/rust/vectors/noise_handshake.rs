//! `noise_handshake.json`: Noise XX transcripts between Baileys 6.17.16 (the
//! client) and a reference responder.
//!
//! Per case, with the case's keys:
//! * as the client: produce `frames[0]` (intro + ClientHello) exactly, read
//!   `frames[1]` (verifying the chain against `test_root_key`), produce
//!   `frames[2]` (ClientFinish) exactly; `client_rejects` and
//!   `verifying_client_rejects` cases must be refused at `frames[1]`
//!   (an authentication failure, resp. a certificate error);
//! * as the server: parse the intro, produce `frames[1]` exactly from the
//!   given chain bytes, read `frames[2]` and return the client's static key
//!   and `ClientPayload` (classified as login or registration);
//! * replay `responder_trace` on [`SymmetricState`];
//! * transport: produce every frame of our direction byte for byte and
//!   decrypt every frame of the other.
//!
//! The certificates' validity is checked at the latest `notBefore` of the
//! chain (a moment inside both windows of a well-formed test chain), unless
//! the case names a `verification_time`.

use bytes::Bytes;
use serde_json::Value;
use wapy::client::payload::{PayloadKind, classify_client_payload};
use wapy::noise::{
    ChainVerifier, CipherState, ClientIntro, Clock, ConnectionHeader, FrameDecoder, HandshakeError,
    InitiatorConfig, NoiseTransport, ResponderConfig, SymmetricState, encode_frame,
};
use wapy::signal::{KeyPair, PrivateKey, PublicKey};

use crate::common::{Report, case_id, cases, expect_bytes, hex_field, str_field};

pub fn run(doc: &Value) -> Report {
    let mut report = Report::default();
    for case in cases(doc) {
        report.check(case_id(case), || check_case(case));
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

fn frame_bytes(case: &Value, index: usize) -> Result<Vec<u8>, String> {
    let frame = case["frames"]
        .get(index)
        .ok_or_else(|| format!("frames[{index}] missing"))?;
    hex_field(frame, "bytes")
}

fn unix_seconds(value: &Value) -> Option<u64> {
    value
        .as_u64()
        .or_else(|| value.as_str().and_then(|s| s.parse().ok()))
}

fn verification_time(case: &Value) -> Result<u64, String> {
    if let Some(time) = unix_seconds(&case["verification_time"]) {
        return Ok(time);
    }
    let cert = &case["certificate"];
    let intermediate = unix_seconds(&cert["intermediate_details"]["notBefore"]);
    let leaf = unix_seconds(&cert["leaf_details"]["notBefore"]);
    intermediate
        .into_iter()
        .chain(leaf)
        .max()
        .ok_or_else(|| "no certificate dates to verify at".to_owned())
}

/// Splits `bytes` into uneven chunks and returns every complete frame.
fn frames_of(decoder: &mut FrameDecoder, bytes: &[u8]) -> Result<Vec<Vec<u8>>, String> {
    let mut frames = Vec::new();
    let mut rest = bytes;
    let mut size = 1;
    while !rest.is_empty() {
        let (chunk, tail) = rest.split_at(size.min(rest.len()));
        decoder.push(chunk);
        while let Some(frame) = decoder
            .next_frame()
            .map_err(|e| format!("frame decoder: {e}"))?
        {
            frames.push(frame.to_vec());
        }
        rest = tail;
        size = size * 3 + 1;
    }
    if decoder.buffered_len() != 0 {
        return Err(format!(
            "{} bytes left after the last complete frame",
            decoder.buffered_len()
        ));
    }
    Ok(frames)
}

fn single_frame(decoder: &mut FrameDecoder, bytes: &[u8], what: &str) -> Result<Vec<u8>, String> {
    let mut frames = frames_of(decoder, bytes)?;
    match (frames.pop(), frames.is_empty()) {
        (Some(frame), true) => Ok(frame),
        _ => Err(format!("{what}: expected exactly one frame")),
    }
}

struct Case {
    intro: ClientIntro,
    client_ephemeral: KeyPair,
    client_static: KeyPair,
    server_ephemeral: KeyPair,
    server_static: KeyPair,
    root: PublicKey,
    chain: Bytes,
    now: u64,
    expect: String,
}

impl Case {
    fn parse(case: &Value) -> Result<Case, String> {
        let header = ConnectionHeader::parse(array::<4>(case, "noise_header")?)
            .map_err(|e| e.to_string())?;
        if let Some(dict) = case["dict_version"].as_u64()
            && dict != u64::from(header.dict_version())
        {
            return Err(format!("dict_version {dict} disagrees with the header"));
        }
        let mut intro = ClientIntro::new(header);
        if !case["routing_info"].is_null() {
            intro = intro.with_routing_info(hex_field(case, "routing_info")?);
        }
        let keys = &case["keys"];
        let cert = &case["certificate"];
        Ok(Case {
            intro,
            client_ephemeral: key_pair(&keys["client_ephemeral"], "client_ephemeral")?,
            client_static: key_pair(&keys["client_static_noise_key"], "client_static_noise_key")?,
            server_ephemeral: key_pair(&keys["server_ephemeral"], "server_ephemeral")?,
            server_static: key_pair(&keys["server_static"], "server_static")?,
            root: PublicKey::from_raw(array::<32>(&cert["test_root_key"], "public")?),
            chain: hex_field(cert, "chain_bytes")?.into(),
            now: verification_time(case)?,
            expect: str_field(case, "expect")?.to_owned(),
        })
    }
}

fn check_case(value: &Value) -> Result<(), String> {
    let case = Case::parse(value)?;
    let client = client_side(value, &case)?;
    match case.expect.as_str() {
        "success" => {
            let (client_transport, payload) =
                client.ok_or("the client refused a successful handshake")?;
            let server_transport =
                server_side(value, &case, true)?.ok_or("the server did not finish")?;
            check_payload_kind(value, &payload)?;
            replay_trace(value)?;
            transport(value, client_transport, server_transport)
        }
        "client_rejects" | "verifying_client_rejects" => {
            // The responder still reproduces a genuine ServerHello for a
            // certificate case; a `client_rejects` frame is corrupted on purpose.
            if case.expect == "verifying_client_rejects" {
                server_side(value, &case, false)?;
            }
            Ok(())
        }
        other => Err(format!("unknown expect {other:?}")),
    }
}

/// Runs the client; returns its transport and the decoded payload when the
/// handshake completes, `None` when it was (rightly) refused.
fn client_side(value: &Value, case: &Case) -> Result<Option<(NoiseTransport, Vec<u8>)>, String> {
    let config = InitiatorConfig {
        header: case.intro.header,
        static_key: case.client_static.clone(),
        verifier: ChainVerifier::with_root(case.root).with_clock(Clock::Fixed(case.now)),
    };
    let (hello, state) = config.start_with_ephemeral(case.client_ephemeral.clone());
    let mut first = Vec::new();
    case.intro
        .encode_into(&mut first)
        .map_err(|e| e.to_string())?;
    encode_frame(&hello, &mut first).map_err(|e| e.to_string())?;
    expect_bytes("client frames[0]", &first, &frame_bytes(value, 0)?)?;

    let server_hello = single_frame(
        &mut FrameDecoder::new(),
        &frame_bytes(value, 1)?,
        "frames[1]",
    )?;
    let result = state.read_server_hello(&server_hello);
    match (case.expect.as_str(), result) {
        ("success", Ok(state)) => {
            if state.server_static() != &case.server_static.public {
                return Err(
                    "client: decrypted server static differs from keys.server_static".into(),
                );
            }
            let payload = hex_field(&value["frames"][2]["client_payload"], "bytes")?;
            let (finish, transport) = state
                .write_client_finish(&payload)
                .map_err(|e| format!("client finish: {e}"))?;
            let mut third = Vec::new();
            encode_frame(&finish, &mut third).map_err(|e| e.to_string())?;
            expect_bytes("client frames[2]", &third, &frame_bytes(value, 2)?)?;
            Ok(Some((transport, payload)))
        }
        ("success", Err(error)) => Err(format!("client refused the server hello: {error}")),
        ("client_rejects", Err(error)) => {
            let baileys = value["client_error_baileys"].as_str().unwrap_or_default();
            let authentication = baileys.contains("authenticate");
            if authentication && !matches!(error, HandshakeError::Decrypt(_)) {
                return Err(format!(
                    "expected an authentication failure ({baileys}), got: {error}"
                ));
            }
            Ok(None)
        }
        ("verifying_client_rejects", Err(HandshakeError::Certificate(_))) => Ok(None),
        ("verifying_client_rejects", Err(error)) => {
            Err(format!("expected a certificate error, got: {error}"))
        }
        (_, Ok(_)) => Err(format!(
            "the client accepted a server hello it must refuse ({})",
            case.expect
        )),
        (other, Err(_)) => Err(format!("unknown expect {other:?}")),
    }
}

/// Runs the responder; with `finish`, reads the ClientFinish too and returns
/// the transport.
fn server_side(value: &Value, case: &Case, finish: bool) -> Result<Option<NoiseTransport>, String> {
    let mut decoder = FrameDecoder::expecting_intro();
    let hello = single_frame(&mut decoder, &frame_bytes(value, 0)?, "frames[0]")?;
    let intro = decoder.intro().ok_or("server: no intro parsed")?;
    if intro != &case.intro {
        return Err(format!(
            "server: parsed intro {intro:?}, expected {:?}",
            case.intro
        ));
    }
    let config = ResponderConfig::new(case.server_static.clone(), case.chain.clone());
    let (server_hello, state) = config
        .accept_with_ephemeral(&intro.header, &hello, case.server_ephemeral.clone())
        .map_err(|e| format!("server refused the client hello: {e}"))?;
    let mut second = Vec::new();
    encode_frame(&server_hello, &mut second).map_err(|e| e.to_string())?;
    expect_bytes("server frames[1]", &second, &frame_bytes(value, 1)?)?;
    if !finish {
        return Ok(None);
    }

    let finish = single_frame(&mut decoder, &frame_bytes(value, 2)?, "frames[2]")?;
    let (finished, transport) = state
        .read_client_finish(&finish)
        .map_err(|e| format!("server finish: {e}"))?;
    if finished.static_key != case.client_static.public {
        return Err("server: client static differs from keys.client_static_noise_key".into());
    }
    let payload = hex_field(&value["frames"][2]["client_payload"], "bytes")?;
    expect_bytes(
        "server: decrypted ClientPayload",
        &finished.payload_bytes,
        &payload,
    )?;
    Ok(Some(transport))
}

fn check_payload_kind(value: &Value, payload: &[u8]) -> Result<(), String> {
    use prost::Message as _;
    let decoded = wapy::proto::wa::ClientPayload::decode(payload)
        .map_err(|e| format!("ClientPayload: {e}"))?;
    let classified =
        classify_client_payload(&decoded).map_err(|e| format!("ClientPayload refused: {e}"))?;
    let kind = match classified.kind {
        PayloadKind::Login(_) => "login",
        PayloadKind::Registration(_) => "registration",
    };
    match value["frames"][2]["client_payload"]["kind"].as_str() {
        Some(expected) if expected != kind => Err(format!(
            "ClientPayload classified as {kind}, expected {expected}"
        )),
        _ => Ok(()),
    }
}

fn replay_trace(value: &Value) -> Result<(), String> {
    let Some(trace) = value["responder_trace"].as_array() else {
        return Ok(());
    };
    let name = hex_field(value, "protocol_name")?;
    let mut state = Some(SymmetricState::new(&name));
    // The trace records EncryptAndHash's final MixHash as a step of its own;
    // ours is part of `encrypt_and_hash`, so that step is only compared.
    let mut hashed: Option<Vec<u8>> = None;
    for (i, step) in trace.iter().enumerate() {
        let s = state
            .as_mut()
            .ok_or_else(|| format!("trace[{i}]: step after split"))?;
        let at = |what: &str| format!("trace[{i}] {}: {what}", step["what"].as_str().unwrap_or(""));
        match str_field(step, "op")? {
            "mix_hash" => {
                let data = hex_field(step, "data")?;
                if hashed.take().as_ref() != Some(&data) {
                    s.mix_hash(&data);
                }
                expect_bytes(&at("h"), s.handshake_hash(), &hex_field(step, "h")?)?;
            }
            "mix_key" => s.mix_key(&hex_field(step, "ikm")?),
            "encrypt_and_hash" => {
                expect_bytes(&at("aad"), s.handshake_hash(), &hex_field(step, "aad_h")?)?;
                let ciphertext = s
                    .encrypt_and_hash(&hex_field(step, "plaintext")?)
                    .map_err(|e| at(&e.to_string()))?;
                expect_bytes(
                    &at("ciphertext"),
                    &ciphertext,
                    &hex_field(step, "ciphertext")?,
                )?;
                hashed = Some(ciphertext);
            }
            "decrypt_and_hash" => {
                expect_bytes(&at("aad"), s.handshake_hash(), &hex_field(step, "aad_h")?)?;
                let ciphertext = hex_field(step, "ciphertext")?;
                let plaintext = s
                    .decrypt_and_hash(&ciphertext)
                    .map_err(|e| at(&e.to_string()))?;
                expect_bytes(&at("plaintext"), &plaintext, &hex_field(step, "plaintext")?)?;
                hashed = Some(ciphertext);
            }
            "split" => {
                let (c2s, s2c) = state.take().ok_or("split twice")?.split();
                let c2s_key = array::<32>(step, "client_to_server_key")?;
                let s2c_key = array::<32>(step, "server_to_client_key")?;
                let keys = &value["transport_keys"];
                if c2s_key != array::<32>(keys, "client_to_server")?
                    || s2c_key != array::<32>(keys, "server_to_client")?
                {
                    return Err(at("split keys differ from transport_keys"));
                }
                same_key(c2s, &c2s_key, &at("client_to_server_key"))?;
                same_key(s2c, &s2c_key, &at("server_to_client_key"))?;
            }
            other => return Err(at(&format!("unknown op {other:?}"))),
        }
    }
    Ok(())
}

/// Checks that `cipher` holds `key` by comparing one encryption (the keys are
/// not readable, by design).
fn same_key(mut cipher: CipherState, key: &[u8; 32], what: &str) -> Result<(), String> {
    let mut reference = CipherState::new(key);
    let probe = b"key probe";
    let ours = cipher
        .encrypt_with_ad(&[], probe)
        .map_err(|e| e.to_string())?;
    let theirs = reference
        .encrypt_with_ad(&[], probe)
        .map_err(|e| e.to_string())?;
    if ours == theirs {
        Ok(())
    } else {
        Err(format!("{what}: split key differs"))
    }
}

fn transport(
    value: &Value,
    mut client: NoiseTransport,
    mut server: NoiseTransport,
) -> Result<(), String> {
    let frames = value["transport"].as_array().ok_or("transport missing")?;
    for (i, frame) in frames.iter().enumerate() {
        let dir = str_field(frame, "dir")?;
        let (sender, receiver) = match dir {
            "c2s" => (&mut client, &mut server),
            "s2c" => (&mut server, &mut client),
            other => return Err(format!("transport[{i}]: unknown dir {other:?}")),
        };
        let plaintext = hex_field(frame, "plaintext")?;
        let wire = hex_field(frame, "bytes")?;
        let flag = plaintext
            .first()
            .copied()
            .ok_or_else(|| format!("transport[{i}]: empty plaintext"))?;
        if frame["compressed"].as_bool() != Some(flag & 2 != 0) {
            return Err(format!(
                "transport[{i}]: flag byte {flag:#04x} disagrees with `compressed`"
            ));
        }
        if frame["counter"].as_u64() != Some(sender.encryptor.counter()) {
            return Err(format!(
                "transport[{i}]: counter {} but ours is {}",
                frame["counter"],
                sender.encryptor.counter()
            ));
        }
        let mut ours = Vec::new();
        sender
            .encryptor
            .encrypt_frame(&plaintext, &mut ours)
            .map_err(|e| e.to_string())?;
        expect_bytes(&format!("transport[{i}] {dir} frame"), &ours, &wire)?;
        expect_bytes(
            &format!("transport[{i}] ciphertext"),
            &ours[3..],
            &hex_field(frame, "ciphertext")?,
        )?;
        let received = single_frame(&mut FrameDecoder::new(), &wire, "transport frame")?;
        let decrypted = receiver
            .decryptor
            .decrypt_frame(received.as_slice().into())
            .map_err(|e| format!("transport[{i}]: {e}"))?;
        expect_bytes(&format!("transport[{i}] plaintext"), &decrypted, &plaintext)?;
    }
    Ok(())
}

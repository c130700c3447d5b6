//! `signal_1to1.json`: libsignal transcripts replayed in each role.
//!
//! For every case and every role the file allows (Alice and Bob, or only
//! Alice in `interop-*`), a fresh party is built from the JSON key material
//! with a key source that replays exactly the key pairs that party's libsignal
//! generated. Each of its `encrypt` steps must produce the listed ciphertext
//! byte for byte (and our parser must read back the listed `parsed` fields),
//! each `decrypt` step must return the listed plaintext, and every replayed
//! key pair must have been consumed, in order (see the note on deferred
//! ratchet keys at the end of `play`). A case passes only if every
//! role passes.

use std::collections::VecDeque;

use serde_json::Value;
use wapy::signal::keys::{KeyPair, PrivateKey, PublicKey};
use wapy::signal::prekeys::{PreKeyBundle, PreKeyRecord, SignedPreKeyRecord};
use wapy::signal::store as protocol;
use wapy::signal::wire::{MessageType, PreKeySignalMessage, SignalMessage};
use wapy::signal::{KeySource, MemorySignalStore, ProtocolAddress};

use crate::common::{Report, case_id, cases, expect_bytes, hex_field, str_field};

pub fn run(doc: &Value) -> Report {
    let mut report = Report::default();
    for case in cases(doc) {
        report.check(case_id(case), || check_case(case));
    }
    report
}

/// Replays the key pairs one party's libsignal generated.
pub struct ScriptedKeys {
    pairs: VecDeque<KeyPair>,
    pub exhausted: bool,
}

impl ScriptedKeys {
    pub fn new(pairs: Vec<KeyPair>) -> ScriptedKeys {
        ScriptedKeys {
            pairs: pairs.into(),
            exhausted: false,
        }
    }

    pub fn remaining(&self) -> usize {
        self.pairs.len()
    }
}

impl KeySource for ScriptedKeys {
    fn key_pair(&mut self) -> KeyPair {
        match self.pairs.pop_front() {
            Some(pair) => pair,
            None => {
                self.exhausted = true;
                KeyPair::generate()
            }
        }
    }

    fn fill_bytes(&mut self, out: &mut [u8]) {
        out.fill(0x5A);
    }
}

pub fn key_pair(value: &Value) -> Result<KeyPair, String> {
    let private = PrivateKey::from_slice(&hex_field(value, "private")?)
        .map_err(|e| format!("private key: {e}"))?;
    let public = public_key(&hex_field(value, "public")?)?;
    let pair = KeyPair::from_private(private);
    if pair.public != public {
        return Err("listed public key does not match its private key".into());
    }
    Ok(pair)
}

pub fn public_key(bytes: &[u8]) -> Result<PublicKey, String> {
    PublicKey::from_serialized(bytes).map_err(|e| format!("public key: {e}"))
}

fn u32_field(value: &Value, name: &str) -> Result<u32, String> {
    value[name]
        .as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| format!("field {name} missing"))
}

fn signature(value: &Value) -> Result<[u8; 64], String> {
    hex_field(value, "signature")?
        .try_into()
        .map_err(|_| "signature is not 64 bytes".to_string())
}

fn address(party: &Value) -> Result<ProtocolAddress, String> {
    let address = &party["address"];
    Ok(ProtocolAddress::new(
        str_field(address, "name")?,
        u32_field(address, "device_id")?,
    ))
}

fn generated(party: &Value) -> Result<Vec<KeyPair>, String> {
    match party["generated_keypairs"].as_array() {
        Some(pairs) => pairs.iter().map(key_pair).collect(),
        None => Err("no generated_keypairs for this party".into()),
    }
}

fn bundle(value: &Value) -> Result<PreKeyBundle, String> {
    let signed = &value["signed_prekey"];
    let prekey = match value["prekey"].as_object() {
        Some(_) => Some((
            u32_field(&value["prekey"], "id")?,
            public_key(&hex_field(&value["prekey"], "public")?)?,
        )),
        None => None,
    };
    Ok(PreKeyBundle {
        registration_id: u32_field(value, "registration_id")?,
        device_id: u32_field(value, "device_id")?,
        identity_key: public_key(&hex_field(value, "identity_key")?)?,
        signed_prekey_id: u32_field(signed, "id")?,
        signed_prekey: public_key(&hex_field(signed, "public")?)?,
        signed_prekey_signature: signature(signed)?,
        prekey,
    })
}

fn message_type(step: &Value) -> Result<MessageType, String> {
    MessageType::from_enc_type(str_field(step, "message_type")?)
        .ok_or_else(|| "unknown message_type".to_string())
}

fn check_case(case: &Value) -> Result<(), String> {
    let roles: Vec<String> = match case["replayable_roles"].as_array() {
        Some(roles) => roles
            .iter()
            .filter_map(|r| r.as_str().map(str::to_owned))
            .collect(),
        None => vec!["alice".into(), "bob".into()],
    };
    if roles.is_empty() {
        return Err("no replayable role".into());
    }
    for role in &roles {
        play(case, role).map_err(|e| format!("as {role}: {e}"))?;
    }
    Ok(())
}

fn play(case: &Value, role: &str) -> Result<(), String> {
    let (me, peer) = match role {
        "alice" => (&case["alice"], &case["bob"]),
        "bob" => (&case["bob"], &case["alice"]),
        other => return Err(format!("unknown role {other}")),
    };
    let mut keys = ScriptedKeys::new(generated(me)?);
    let mut store = MemorySignalStore::new(
        key_pair(&me["identity_key"])?,
        u32_field(me, "registration_id")?,
    );
    let peer_address = address(peer)?;
    if role == "alice" {
        protocol::process_bundle(
            &mut store,
            &peer_address,
            &bundle(&case["bundle_for_alice"])?,
            &mut keys,
        )
        .map_err(|e| format!("processing the bundle: {e}"))?;
    } else {
        let signed = &me["signed_prekey"];
        store.add_signed_prekey(SignedPreKeyRecord {
            id: u32_field(signed, "id")?,
            key_pair: key_pair(signed)?,
            signature: signature(signed)?,
            timestamp: 0,
        });
        if me["one_time_prekey"].is_object() {
            let prekey = &me["one_time_prekey"];
            store.add_prekey(PreKeyRecord {
                id: u32_field(prekey, "id")?,
                key_pair: key_pair(prekey)?,
            });
        }
    }
    let steps = case["steps"].as_array().ok_or("no steps")?;
    let mut played = 0;
    for step in steps
        .iter()
        .filter(|step| step["by"].as_str() == Some(role))
    {
        let n = step["n"].as_u64().unwrap_or(0);
        match str_field(step, "op")? {
            "encrypt" => {
                let plaintext = hex_field(step, "plaintext")?;
                let message = protocol::encrypt(&mut store, &peer_address, &plaintext, &mut keys)
                    .map_err(|e| format!("step {n}: encrypt failed: {e}"))?;
                let want_type = message_type(step)?;
                if message.message_type != want_type {
                    return Err(format!(
                        "step {n}: message type {:?}, want {want_type:?}",
                        message.message_type
                    ));
                }
                let want = hex_field(step, "ciphertext")?;
                expect_bytes(&format!("step {n} ciphertext"), &message.bytes, &want)?;
                check_parsed(&message.bytes, want_type, &step["parsed"])
                    .map_err(|e| format!("step {n}: {e}"))?;
            }
            "decrypt" => {
                let ciphertext = hex_field(step, "ciphertext")?;
                let plaintext = protocol::decrypt(
                    &mut store,
                    &peer_address,
                    message_type(step)?,
                    &ciphertext,
                    &mut keys,
                )
                .map_err(|e| format!("step {n}: decrypt failed: {e}"))?;
                expect_bytes(
                    &format!("step {n} plaintext"),
                    &plaintext,
                    &hex_field(step, "plaintext")?,
                )?;
            }
            other => return Err(format!("step {n}: unknown op {other}")),
        }
        if keys.exhausted {
            return Err(format!(
                "step {n}: asked for more key pairs than the transcript lists"
            ));
        }
        played += 1;
    }
    if played == 0 {
        return Err("no steps for this role".into());
    }
    // We derive the sending half of a ratchet step when we next send, not when
    // the step is received (same keys, same bytes; saves a key pair and an
    // agreement when no reply follows). So a transcript that ends with a
    // received ratchet step leaves exactly that one `ratchet` key unused.
    let last_is_decrypt = steps
        .iter()
        .rev()
        .find(|step| step["by"].as_str() == Some(role))
        .map(|step| step["op"] == "decrypt");
    let unused = keys.remaining();
    let listed = me["generated_keypairs"].as_array().map_or(0, Vec::len);
    let last_purpose = me["generated_keypairs"][listed.saturating_sub(1)]["purpose"].as_str();
    if unused > 1
        || (unused == 1 && (last_is_decrypt != Some(true) || last_purpose != Some("ratchet")))
    {
        return Err(format!("{unused} listed key pairs were never asked for"));
    }
    Ok(())
}

/// Our parser must read the fields the file lists.
fn check_parsed(bytes: &[u8], message_type: MessageType, parsed: &Value) -> Result<(), String> {
    let (inner, inner_parsed) = match message_type {
        MessageType::PreKey => {
            let message = PreKeySignalMessage::parse(bytes)
                .map_err(|e| format!("our parser rejects it: {e}"))?;
            let want_prekey = parsed["prekey_id"]
                .as_u64()
                .filter(|&id| id != 0)
                .map(|id| id as u32);
            if message.registration_id != u32_field(parsed, "registration_id")?
                || message.prekey_id != want_prekey
                || message.signed_prekey_id != u32_field(parsed, "signed_prekey_id")?
                || message.base_key.serialize()[..] != hex_field(parsed, "base_key")?[..]
                || message.identity_key.serialize()[..] != hex_field(parsed, "identity_key")?[..]
            {
                return Err("pkmsg fields differ from `parsed`".into());
            }
            (message.message, &parsed["message"])
        }
        MessageType::Whisper => (
            SignalMessage::parse(bytes).map_err(|e| format!("our parser rejects it: {e}"))?,
            parsed,
        ),
    };
    if inner.counter != u32_field(inner_parsed, "counter")?
        || inner.previous_counter != u32_field(inner_parsed, "previous_counter")?
        || inner.ratchet_key.serialize()[..] != hex_field(inner_parsed, "ratchet_key")?[..]
        || inner.ciphertext != hex_field(inner_parsed, "ciphertext")?
    {
        return Err("msg fields differ from `parsed`".into());
    }
    Ok(())
}

//! `signal_sender_keys.json`: group sender keys.
//!
//! Receiver role: a fresh store processes each sender's SKDM (which must parse
//! to `skdm_parsed` and re-serialize to the same bytes), then decrypts the
//! deliveries in the listed order; every plaintext must match, and every
//! listed signature must verify under the sender's signing key.
//!
//! Sender role (when the file lists the key material): with the listed key id,
//! chain key and signing key our own state must produce the listed SKDM byte
//! for byte; for each listed message, a state at that message's iteration must
//! produce the same SenderKeyMessage body (version, protobuf, ciphertext) with
//! a signature that verifies (XEdDSA is randomized, so signatures differ);
//! and our sender, from iteration 0 with consecutive iterations, must produce
//! messages a fresh receiver decrypts in the listed delivery order.

use hmac::{Hmac, KeyInit, Mac};
use serde_json::Value;
use sha2::Sha256;
use wapy::signal::keys::{SIGNATURE_LEN, verify_signature};
use wapy::signal::store as protocol;
use wapy::signal::wire::SenderKeyDistributionMessage;
use wapy::signal::{
    KeyPair, MemorySignalStore, OsKeys, ProtocolAddress, SenderKeyName, SenderKeyRecord,
};

use crate::common::{Report, case_id, cases, expect_bytes, hex_field, str_field};
use crate::signal_1to1::{ScriptedKeys, key_pair, public_key};

pub fn run(doc: &Value) -> Report {
    let mut report = Report::default();
    for case in cases(doc) {
        report.check(case_id(case), || check_case(case));
    }
    report
}

fn u32_of(value: &Value, name: &str) -> Result<u32, String> {
    value[name]
        .as_u64()
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| format!("field {name} missing"))
}

fn sender_name(group: &str, sender: &Value) -> Result<SenderKeyName, String> {
    let address = &sender["address"];
    let name = SenderKeyName::new(
        group,
        ProtocolAddress::new(str_field(address, "name")?, u32_of(address, "device_id")?),
    );
    if name.to_string() != str_field(sender, "sender_key_name")? {
        return Err(format!(
            "sender key name {name} differs from {}",
            str_field(sender, "sender_key_name")?
        ));
    }
    Ok(name)
}

fn check_case(case: &Value) -> Result<(), String> {
    let group = str_field(case, "group_id")?;
    let senders = case["senders"].as_array().ok_or("no senders")?;
    let deliveries = case["deliveries"].as_array().ok_or("no deliveries")?;
    let order: Vec<(usize, usize)> = deliveries
        .iter()
        .map(|d| {
            Ok((
                d["sender"].as_u64().ok_or("bad delivery")? as usize,
                d["message"].as_u64().ok_or("bad delivery")? as usize,
            ))
        })
        .collect::<Result<_, &str>>()?;

    // Receiver role.
    let mut receiver = MemorySignalStore::generate(&mut OsKeys);
    for (index, sender) in senders.iter().enumerate() {
        let name = sender_name(group, sender)?;
        let skdm_bytes = hex_field(sender, "skdm")?;
        let skdm = SenderKeyDistributionMessage::parse(&skdm_bytes)
            .map_err(|e| format!("sender {index}: SKDM: {e}"))?;
        let parsed = &sender["skdm_parsed"];
        if skdm.key_id != u32_of(parsed, "id")?
            || skdm.iteration != u32_of(parsed, "iteration")?
            || skdm.chain_key[..] != hex_field(parsed, "chain_key")?[..]
            || skdm.signing_key != public_key(&hex_field(parsed, "signing_key")?)?
        {
            return Err(format!(
                "sender {index}: SKDM fields differ from skdm_parsed"
            ));
        }
        expect_bytes("re-serialized SKDM", &skdm.serialize(), &skdm_bytes)?;
        protocol::process_distribution(&mut receiver, &name, &skdm_bytes)
            .map_err(|e| format!("sender {index}: {e}"))?;
        for message in sender["messages"].as_array().ok_or("no messages")? {
            let ciphertext = hex_field(message, "ciphertext")?;
            let (signed, signature) =
                ciphertext.split_at(ciphertext.len().saturating_sub(SIGNATURE_LEN));
            if !verify_signature(skdm.signing_key.as_bytes(), signed, signature) {
                return Err(format!(
                    "sender {index}: a listed signature does not verify"
                ));
            }
        }
    }
    for &(sender, message) in &order {
        let entry = &senders[sender];
        let name = sender_name(group, entry)?;
        let message = &entry["messages"][message];
        let plaintext =
            protocol::group_decrypt(&mut receiver, &name, &hex_field(message, "ciphertext")?)
                .map_err(|e| {
                    format!(
                        "decrypting sender {sender} message {}: {e}",
                        message["index"]
                    )
                })?;
        expect_bytes("plaintext", &plaintext, &hex_field(message, "plaintext")?)?;
    }

    // Sender role, where the key material is listed.
    for (index, sender) in senders.iter().enumerate() {
        if sender["sender_key"].is_object() {
            play_sender(group, sender, &order, index)
                .map_err(|e| format!("as sender {index}: {e}"))?;
        }
    }
    Ok(())
}

fn chain_key_at(chain_key: &[u8; 32], iteration: u32) -> [u8; 32] {
    let mut key = *chain_key;
    for _ in 0..iteration {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&key).expect("any key length");
        mac.update(&[2]);
        key = mac.finalize().into_bytes().into();
    }
    key
}

fn play_sender(
    group: &str,
    sender: &Value,
    order: &[(usize, usize)],
    index: usize,
) -> Result<(), String> {
    let material = &sender["sender_key"];
    let key_id = u32_of(material, "key_id")?;
    let chain_key: [u8; 32] = hex_field(material, "chain_key_iteration0")?
        .try_into()
        .map_err(|_| "chain key is not 32 bytes")?;
    let signing: KeyPair = key_pair(&material["signing_key"])?;
    // The random calls the sender made are the key material.
    let calls = sender["random_calls"].as_array().ok_or("no random_calls")?;
    if calls.first().and_then(|c| c["value"].as_u64()) != Some(u64::from(key_id))
        || calls.get(1).and_then(|c| c["hex"].as_str()) != Some(&hex::encode(chain_key))
    {
        return Err("random_calls do not match sender_key".into());
    }

    let mut own = SenderKeyRecord::new();
    own.add_own_state(key_id, 0, chain_key, signing.clone());
    let mut keys = ScriptedKeys::new(Vec::new());
    expect_bytes(
        "our SKDM",
        &own.create_distribution(&mut keys).serialize(),
        &hex_field(sender, "skdm")?,
    )?;

    let messages = sender["messages"].as_array().ok_or("no messages")?;
    for message in messages {
        let parsed = &message["parsed"];
        let iteration = u32_of(parsed, "iteration")?;
        let mut at = SenderKeyRecord::new();
        at.add_own_state(
            key_id,
            iteration,
            chain_key_at(&chain_key, iteration),
            signing.clone(),
        );
        let ours = at
            .encrypt(&hex_field(message, "plaintext")?, &mut OsKeys)
            .map_err(|e| e.to_string())?;
        let want = hex_field(message, "ciphertext")?;
        let split = ours.len().saturating_sub(SIGNATURE_LEN);
        expect_bytes(
            &format!("message {} body", message["index"]),
            &ours[..split],
            &want[..want.len() - SIGNATURE_LEN],
        )?;
        if !verify_signature(signing.public.as_bytes(), &ours[..split], &ours[split..]) {
            return Err("our signature does not verify".into());
        }
    }

    // Our own consecutive sender, decrypted by a fresh receiver in delivery order.
    let name = sender_name(group, sender)?;
    let mut ours = Vec::new();
    for message in messages {
        ours.push(
            own.encrypt(&hex_field(message, "plaintext")?, &mut OsKeys)
                .map_err(|e| e.to_string())?,
        );
    }
    let mut receiver = MemorySignalStore::generate(&mut OsKeys);
    protocol::process_distribution(&mut receiver, &name, &hex_field(sender, "skdm")?)
        .map_err(|e| e.to_string())?;
    for &(who, message) in order.iter().filter(|(who, _)| *who == index) {
        let plaintext = protocol::group_decrypt(&mut receiver, &name, &ours[message])
            .map_err(|e| format!("our message {message} (of sender {who}): {e}"))?;
        expect_bytes(
            "plaintext of our message",
            &plaintext,
            &hex_field(&messages[message], "plaintext")?,
        )?;
    }
    Ok(())
}

//! `app_state.json`: syncd keys, patches and snapshots, both directions.
//!
//! Per case, every step must pass:
//! * keys: the five expanded mutation keys of each key;
//! * decoder: from `initial_state` (or by decoding `snapshot_bytes`, whose
//!   MAC must verify), each `patch_bytes` verifies and applies, reaching
//!   `state_after` (version, 128-byte hash, index → value MAC map); the
//!   snapshot and patch MACs recomputed from the state equal the vector's;
//!   the mutations decode to `decoded_mutations` (index array, and the
//!   `SyncActionValue` compared in protobuf-JSON form);
//! * encoder: each mutation's inputs (operation, index, value, version, key,
//!   IV) give `index_json`, `sync_action_data_plaintext`, `index_mac`,
//!   `encrypted_value`, `value_mac` and `value_blob`; the patch encoder gives
//!   `patch_bytes`, both MACs and the same state update; the snapshot encoder
//!   gives `snapshot_bytes`; where `upload_stanza` exists, the bytes of its
//!   `<patch>` (the patch without `version`) and the collection's `version`
//!   attribute. The stanza's wire encoding (`wire_v3`) needs the binary codec
//!   and is not compared here.
//!
//! Baileys' `encodeSyncdPatch` keeps a REMOVEd index in its returned map
//! (with the REMOVE's value MAC) although its LT-hash subtracted it; its
//! decoder, whatsmeow and whatsapp-rust drop the entry. Vectors made by that
//! encoder carry the stale entry in `state_after`. Such an entry, and only
//! such an entry (same index and value MAC as a REMOVE of that step, absent
//! from our state), is tolerated: the hash, compared exactly, shows the value
//! was removed.

use std::collections::{BTreeMap, BTreeSet};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use prost::Message as _;
use prost_reflect::{DescriptorPool, DynamicMessage, SerializeOptions};
use serde_json::Value;
use wapy::proto::{FILE_DESCRIPTOR_SET, wa};
use wapy::sync::app_state::{
    Collection, CollectionState, DecodedMutation, KeyRing, LtHash, MutationKeys, NewMutation,
    Operation, SyncdDecoder, crypto, encode_mutation, encode_patch, encode_snapshot, index,
    parse_patch, parse_snapshot,
};

use crate::common::{Report, case_id, cases, expect_bytes, hex_field, str_field};

pub fn run(doc: &Value) -> Report {
    let mut report = Report::default();
    for case in cases(doc) {
        report.check(case_id(case), || check_case(case));
    }
    report
}

/// The protobuf-JSON form (protobufjs `toObject` conventions) of `bytes` of
/// message type `type_name`.
pub fn proto_json(type_name: &str, bytes: &[u8]) -> Result<Value, String> {
    let pool = DescriptorPool::decode(FILE_DESCRIPTOR_SET).map_err(|e| e.to_string())?;
    let desc = pool
        .get_message_by_name(type_name)
        .ok_or_else(|| format!("{type_name} is not in the schema"))?;
    let message = DynamicMessage::decode(desc, bytes)
        .map_err(|e| format!("{type_name} does not decode: {e}"))?;
    let options = SerializeOptions::new().skip_default_fields(true);
    message
        .serialize_with_options(serde_json::value::Serializer, &options)
        .map_err(|e| e.to_string())
}

/// Encodes a protobuf-JSON object of type `type_name`.
fn proto_from_json(type_name: &str, object: &Value) -> Result<Vec<u8>, String> {
    let pool = DescriptorPool::decode(FILE_DESCRIPTOR_SET).map_err(|e| e.to_string())?;
    let desc = pool
        .get_message_by_name(type_name)
        .ok_or_else(|| format!("{type_name} is not in the schema"))?;
    let message = DynamicMessage::deserialize(desc, object)
        .map_err(|e| format!("{type_name} object does not fit: {e}"))?;
    Ok(message.encode_to_vec())
}

struct Key {
    id: Vec<u8>,
    keys: MutationKeys,
}

fn check_case(case: &Value) -> Result<(), String> {
    let collection: Collection = str_field(case, "collection")?
        .parse()
        .map_err(|e: wapy::sync::app_state::AppStateError| e.to_string())?;
    let mut ring = KeyRing::new();
    let mut keys = Vec::new();
    for key in case["keys"].as_array().ok_or("keys missing")? {
        let id = hex_field(key, "key_id")?;
        let data = hex_field(key, "key_data")?;
        let expanded = MutationKeys::derive(&data);
        let want = &key["expanded"];
        expect_bytes(
            "index_key",
            expanded.index_key(),
            &hex_field(want, "index_key")?,
        )?;
        expect_bytes(
            "value_encryption_key",
            expanded.value_encryption_key(),
            &hex_field(want, "value_encryption_key")?,
        )?;
        expect_bytes(
            "value_mac_key",
            expanded.value_mac_key(),
            &hex_field(want, "value_mac_key")?,
        )?;
        expect_bytes(
            "snapshot_mac_key",
            expanded.snapshot_mac_key(),
            &hex_field(want, "snapshot_mac_key")?,
        )?;
        expect_bytes(
            "patch_mac_key",
            expanded.patch_mac_key(),
            &hex_field(want, "patch_mac_key")?,
        )?;
        let id_b64 = STANDARD
            .decode(str_field(key, "key_id_base64")?)
            .map_err(|e| e.to_string())?;
        expect_bytes("key_id_base64", &id_b64, &id)?;
        ring.insert(&id, &data);
        keys.push(Key { id, keys: expanded });
    }
    let find_key = |id: &[u8]| {
        keys.iter()
            .find(|k| k.id == id)
            .map(|k| &k.keys)
            .ok_or("step names an unknown key")
    };
    let decoder = SyncdDecoder::new(collection, &ring);

    let mut state = if let Some(initial) = case.get("initial_state") {
        read_state(initial)?
    } else {
        let snapshot = &case["snapshot"];
        check_snapshot(collection, &decoder, snapshot, &find_key)
            .map_err(|e| format!("snapshot: {e}"))?
    };
    let mut ghosts = BTreeSet::new();
    for (n, step) in case["steps"]
        .as_array()
        .ok_or("steps missing")?
        .iter()
        .enumerate()
    {
        state = check_step(collection, &decoder, &state, step, &find_key, &mut ghosts)
            .map_err(|e| format!("step {n}: {e}"))?;
    }
    Ok(())
}

fn read_state(value: &Value) -> Result<CollectionState, String> {
    let version = value["version"].as_u64().ok_or("state version missing")?;
    let hash = LtHash::from_slice(&hex_field(value, "hash")?).map_err(|e| e.to_string())?;
    let mut entries = Vec::new();
    for entry in value["index_value_map"]
        .as_array()
        .ok_or("index_value_map missing")?
    {
        entries.push((
            array32(&hex_field(entry, "index_mac")?)?,
            array32(&hex_field(entry, "value_mac")?)?,
        ));
    }
    Ok(CollectionState::from_parts(version, hash, entries))
}

fn array32(bytes: &[u8]) -> Result<[u8; 32], String> {
    bytes
        .try_into()
        .map_err(|_| format!("expected 32 bytes, got {}", bytes.len()))
}

/// Compares our state with a vector state; see the module note for `ghosts`.
fn expect_state(
    got: &CollectionState,
    want: &Value,
    ghosts: &BTreeSet<([u8; 32], [u8; 32])>,
) -> Result<(), String> {
    let want_state = read_state(want)?;
    if got.version() != want_state.version() {
        return Err(format!(
            "version {} vs expected {}",
            got.version(),
            want_state.version()
        ));
    }
    expect_bytes(
        "LT-hash",
        got.hash().as_bytes(),
        want_state.hash().as_bytes(),
    )?;
    let ours: BTreeMap<_, _> = got.sorted_entries().into_iter().collect();
    let mut theirs: BTreeMap<_, _> = want_state.sorted_entries().into_iter().collect();
    theirs.retain(|index_mac, value_mac| {
        ours.contains_key(index_mac) || !ghosts.contains(&(*index_mac, *value_mac))
    });
    if ours != theirs {
        return Err(format!(
            "index/value map differs: {} entries vs expected {}",
            ours.len(),
            theirs.len()
        ));
    }
    Ok(())
}

fn check_snapshot<'k>(
    collection: Collection,
    decoder: &SyncdDecoder<'_>,
    snapshot: &Value,
    find_key: &impl Fn(&[u8]) -> Result<&'k MutationKeys, &'static str>,
) -> Result<CollectionState, String> {
    let bytes = hex_field(snapshot, "snapshot_bytes")?;
    let version = snapshot["version"]
        .as_u64()
        .ok_or("snapshot version missing")?;
    let key_id = hex_field(snapshot, "key_id")?;
    let keys = find_key(&key_id)?;
    let parsed = parse_snapshot(&bytes).map_err(|e| e.to_string())?;
    let decoded = decoder
        .decode_snapshot(&parsed)
        .map_err(|e| format!("decode: {e}"))?;
    if decoded.version != version {
        return Err(format!("snapshot version {} vs {version}", decoded.version));
    }
    expect_state(&decoded.state, &snapshot["state_after"], &BTreeSet::new())?;
    let mac = crypto::snapshot_mac(keys, decoded.state.hash(), version, collection);
    expect_bytes("snapshot mac", &mac, &hex_field(snapshot, "mac")?)?;
    expect_decoded(&decoded.mutations, &snapshot["decoded_mutations"])?;

    let records = snapshot["records"].as_array().ok_or("records missing")?;
    let news = records
        .iter()
        .map(|r| check_mutation(r, &key_id, keys))
        .collect::<Result<Vec<_>, _>>()?;
    let (encoded, state) = encode_snapshot(collection, version, &news, &key_id, keys);
    expect_bytes("encoded snapshot", &encoded.encode_to_vec(), &bytes)?;
    if state != decoded.state {
        return Err("encoded snapshot state differs from the decoded one".into());
    }
    Ok(decoded.state)
}

fn check_step<'k>(
    collection: Collection,
    decoder: &SyncdDecoder<'_>,
    before: &CollectionState,
    step: &Value,
    find_key: &impl Fn(&[u8]) -> Result<&'k MutationKeys, &'static str>,
    ghosts: &mut BTreeSet<([u8; 32], [u8; 32])>,
) -> Result<CollectionState, String> {
    if str_field(step, "kind")? != "patch" {
        return Err(format!("unknown step kind {}", step["kind"]));
    }
    let version = step["version"].as_u64().ok_or("version missing")?;
    let key_id = hex_field(step, "key_id")?;
    let keys = find_key(&key_id)?;
    let patch_bytes = hex_field(step, "patch_bytes")?;
    let mutations = step["mutations"].as_array().ok_or("mutations missing")?;

    // Decoder.
    let patch = parse_patch(&patch_bytes).map_err(|e| e.to_string())?;
    let decoded = decoder
        .decode_patch(before, &patch, None)
        .map_err(|e| format!("decode: {e}"))?;
    if decoded.version != version {
        return Err(format!("patch version {} vs {version}", decoded.version));
    }
    let mut after = before.clone();
    after.apply(&decoded.update);
    for mutation in mutations {
        if str_field(mutation, "operation")? == "REMOVE" {
            ghosts.insert((
                array32(&hex_field(mutation, "index_mac")?)?,
                array32(&hex_field(mutation, "value_mac")?)?,
            ));
        }
    }
    expect_state(&after, &step["state_after"], ghosts)?;
    let snapshot_mac = crypto::snapshot_mac(keys, after.hash(), version, collection);
    expect_bytes(
        "snapshot_mac",
        &snapshot_mac,
        &hex_field(step, "snapshot_mac")?,
    )?;
    let value_macs = mutations
        .iter()
        .map(|m| hex_field(m, "value_mac"))
        .collect::<Result<Vec<_>, _>>()?;
    let patch_mac = crypto::patch_mac(keys, &snapshot_mac, &value_macs, version, collection);
    expect_bytes("patch_mac", &patch_mac, &hex_field(step, "patch_mac")?)?;
    expect_decoded(&decoded.mutations, &step["decoded_mutations"])?;
    for (got, want) in decoded.mutations.iter().zip(mutations) {
        if operation_name(got.operation) != str_field(want, "operation")? {
            return Err(format!(
                "decoded operation {:?} vs {}",
                got.operation, want["operation"]
            ));
        }
    }

    // Encoder.
    let news = mutations
        .iter()
        .map(|m| check_mutation(m, &key_id, keys))
        .collect::<Result<Vec<_>, _>>()?;
    let encoded = encode_patch(collection, before, &news, &key_id, keys)
        .map_err(|e| format!("encode: {e}"))?;
    expect_bytes("encoded patch_bytes", &encoded.to_bytes(), &patch_bytes)?;
    expect_bytes("encoded snapshot_mac", &encoded.snapshot_mac, &snapshot_mac)?;
    expect_bytes("encoded patch_mac", &encoded.patch_mac, &patch_mac)?;
    if encoded.update != decoded.update {
        return Err("encoder and decoder disagree on the state update".into());
    }
    if let Some(upload) = step.get("upload_stanza") {
        check_upload(
            upload,
            &encoded.upload_bytes(),
            collection,
            before.version(),
        )?;
    }
    Ok(after)
}

fn operation_name(operation: Operation) -> &'static str {
    match operation {
        Operation::Set => "SET",
        Operation::Remove => "REMOVE",
    }
}

/// Encodes one vector mutation from its inputs and compares every part;
/// returns the inputs for the patch encoder.
fn check_mutation(
    mutation: &Value,
    key_id: &[u8],
    keys: &MutationKeys,
) -> Result<NewMutation, String> {
    let operation = match str_field(mutation, "operation")? {
        "SET" => Operation::Set,
        "REMOVE" => Operation::Remove,
        other => return Err(format!("unknown operation {other}")),
    };
    let parts: Vec<String> =
        serde_json::from_value(mutation["index"].clone()).map_err(|e| e.to_string())?;
    let json = index::encode(&parts);
    if json != str_field(mutation, "index_json")? {
        return Err(format!("index JSON {json} vs {}", mutation["index_json"]));
    }
    let value_bytes = proto_from_json("proto.SyncActionValue", &mutation["sync_action_value"])?;
    let value = wa::SyncActionValue::decode(value_bytes.as_slice()).map_err(|e| e.to_string())?;
    let version = mutation["api_version"]
        .as_i64()
        .and_then(|v| i32::try_from(v).ok())
        .ok_or("api_version missing")?;
    let iv: [u8; 16] = hex_field(mutation, "iv")?
        .try_into()
        .map_err(|_| "iv is not 16 bytes")?;
    let new = NewMutation::new(operation, parts, value, version).with_iv(iv);
    let encoded = encode_mutation(&new, key_id, keys);
    expect_bytes(
        "sync_action_data_plaintext",
        &encoded.sync_action_data,
        &hex_field(mutation, "sync_action_data_plaintext")?,
    )?;
    expect_bytes(
        "index_mac",
        &encoded.index_mac,
        &hex_field(mutation, "index_mac")?,
    )?;
    expect_bytes(
        "value_mac",
        &encoded.value_mac,
        &hex_field(mutation, "value_mac")?,
    )?;
    let record = encoded.mutation.record.as_ref().ok_or("no record")?;
    let blob = record
        .value
        .as_ref()
        .and_then(|v| v.blob.as_deref())
        .ok_or("no value blob")?;
    expect_bytes("value_blob", blob, &hex_field(mutation, "value_blob")?)?;
    expect_bytes(
        "encrypted_value",
        &blob[..blob.len() - 32],
        &hex_field(mutation, "encrypted_value")?,
    )?;
    let data_json = proto_json("proto.SyncActionData", &encoded.sync_action_data)?;
    if data_json != mutation["sync_action_data"] {
        return Err(format!(
            "SyncActionData object differs: got {data_json}, want {}",
            mutation["sync_action_data"]
        ));
    }
    Ok(new)
}

/// Compares decoded mutations with `decoded_mutations` (index, and the value
/// in protobuf-JSON form).
fn expect_decoded(got: &[DecodedMutation], want: &Value) -> Result<(), String> {
    let want = want.as_array().ok_or("decoded_mutations missing")?;
    if got.len() != want.len() {
        return Err(format!("{} decoded mutations vs {}", got.len(), want.len()));
    }
    for (n, (mutation, expected)) in got.iter().zip(want).enumerate() {
        let index = serde_json::to_value(&mutation.index).map_err(|e| e.to_string())?;
        if index != expected["index"] {
            return Err(format!(
                "mutation {n}: index {index} vs {}",
                expected["index"]
            ));
        }
        let bytes = mutation
            .value
            .as_ref()
            .map(|v| v.encode_to_vec())
            .unwrap_or_default();
        let value = proto_json("proto.SyncActionValue", &bytes)?;
        if value != expected["sync_action_value"] {
            return Err(format!(
                "mutation {n}: value {value} vs {}",
                expected["sync_action_value"]
            ));
        }
    }
    Ok(())
}

/// The upload stanza's `<collection>` attributes and `<patch>` bytes
/// (the binary encoding of the stanza is left to the codec's runner).
fn check_upload(
    upload: &Value,
    upload_bytes: &[u8],
    collection: Collection,
    previous: u64,
) -> Result<(), String> {
    let node = &upload["node"];
    let sync = child(node, "sync")?;
    let collection_node = child(sync, "collection")?;
    let attrs: BTreeMap<&str, &str> = collection_node["attrs"]
        .as_array()
        .ok_or("collection attrs missing")?
        .iter()
        .filter_map(|pair| Some((pair.get(0)?.as_str()?, pair.get(1)?.as_str()?)))
        .collect();
    if attrs.get("name") != Some(&collection.as_str())
        || attrs.get("version") != Some(&previous.to_string().as_str())
    {
        return Err(format!("upload collection attributes {attrs:?}"));
    }
    let patch = child(collection_node, "patch")?;
    let want = patch["content"]["bytes"]
        .as_str()
        .ok_or("upload patch has no bytes")?;
    expect_bytes(
        "upload <patch> bytes",
        upload_bytes,
        &hex::decode(want).map_err(|e| e.to_string())?,
    )
}

fn child<'a>(node: &'a Value, tag: &str) -> Result<&'a Value, String> {
    node["content"]
        .as_array()
        .and_then(|children| children.iter().find(|c| c["tag"] == tag))
        .ok_or_else(|| format!("no <{tag}> child"))
}

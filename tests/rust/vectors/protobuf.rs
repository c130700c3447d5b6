//! `protobuf.json`: WAProto samples. Each case's `object` (protobufjs `toObject`
//! form) must encode to `bytes` exactly, and `bytes` must decode to `object`.
//!
//! Three checks per case: the schema (`proto/wa.proto`, through reflection)
//! turns `object` into `bytes` and `bytes` into `object`; and the prost types
//! generated from it decode `bytes` and re-encode them unchanged (so no field of
//! the sample is unknown to the generated code).

use prost::Message as _;
use prost_reflect::{DescriptorPool, DynamicMessage, MessageDescriptor, SerializeOptions};
use serde_json::Value;
use wapy::proto::{FILE_DESCRIPTOR_SET, wa};

use crate::common::{Report, case_id, cases, expect_bytes, hex_field, str_field};

pub fn run(doc: &Value) -> Report {
    let mut report = Report::default();
    let pool = match DescriptorPool::decode(FILE_DESCRIPTOR_SET) {
        Ok(pool) => pool,
        Err(error) => {
            report.record("descriptor-pool", Err(format!("embedded descriptors do not load: {error}")));
            return report;
        }
    };
    for case in cases(doc) {
        report.check(case_id(case), || check_case(&pool, case));
    }
    report
}

/// Finds the descriptor for a vector type name such as `proto.Message` or the
/// older nested spelling `proto.Message.HistorySyncNotification`.
fn descriptor(pool: &DescriptorPool, name: &str) -> Result<MessageDescriptor, String> {
    if let Some(found) = pool.get_message_by_name(name) {
        return Ok(found);
    }
    let short = name.rsplit('.').next().unwrap_or(name);
    pool.get_message_by_name(&format!("proto.{short}")).ok_or_else(|| format!("type {name} is not in the schema"))
}

fn check_case(pool: &DescriptorPool, case: &Value) -> Result<(), String> {
    let type_name = str_field(case, "type")?;
    let want_bytes = hex_field(case, "bytes")?;
    let object = &case["object"];
    let desc = descriptor(pool, type_name)?;

    let from_object = DynamicMessage::deserialize(desc.clone(), object)
        .map_err(|e| format!("object does not fit the schema: {e}"))?;
    expect_bytes("encoding of object", &from_object.encode_to_vec(), &want_bytes)?;

    let decoded =
        DynamicMessage::decode(desc, want_bytes.as_slice()).map_err(|e| format!("bytes do not decode: {e}"))?;
    let options = SerializeOptions::new().skip_default_fields(true);
    let json = decoded
        .serialize_with_options(serde_json::value::Serializer, &options)
        .map_err(|e| format!("decoded message does not serialize: {e}"))?;
    if &json != object {
        return Err(format!("decoded object differs:\n  got  {json}\n  want {object}"));
    }

    let reencoded = reencode_generated(desc_short_name(type_name), &want_bytes)?;
    if let Some(bytes) = reencoded {
        expect_bytes("prost decode + encode", &bytes, &want_bytes)?;
    }
    Ok(())
}

fn desc_short_name(name: &str) -> &str {
    name.rsplit('.').next().unwrap_or(name)
}

/// Decodes with the generated prost type and encodes again.
fn reencode_generated(short_name: &str, bytes: &[u8]) -> Result<Option<Vec<u8>>, String> {
    fn round<M: prost::Message + Default>(bytes: &[u8]) -> Result<Option<Vec<u8>>, String> {
        let message = M::decode(bytes).map_err(|e| format!("prost decode failed: {e}"))?;
        Ok(Some(message.encode_to_vec()))
    }
    match short_name {
        "Message" => round::<wa::Message>(bytes),
        "HistorySync" => round::<wa::HistorySync>(bytes),
        "HistorySyncNotification" => round::<wa::HistorySyncNotification>(bytes),
        "ADVDeviceIdentity" => round::<wa::AdvDeviceIdentity>(bytes),
        "ADVSignedDeviceIdentity" => round::<wa::AdvSignedDeviceIdentity>(bytes),
        "ADVSignedDeviceIdentityHMAC" => round::<wa::AdvSignedDeviceIdentityHmac>(bytes),
        "ClientPayload" => round::<wa::ClientPayload>(bytes),
        "HandshakeMessage" => round::<wa::HandshakeMessage>(bytes),
        other => Err(format!("no generated type mapped for {other}")),
    }
}

//! History sync helpers: bounded zlib inflation of the downloaded blob, and a
//! cheap scan of a `HistorySync`'s header fields.
//!
//! A history blob (after media decryption, type `md-msg-hist`) is a zlib
//! stream around a `HistorySync` protobuf that can hold thousands of
//! conversations. [`inflate`] refuses to grow past a caller-chosen limit, so a
//! zlib bomb is an error and not an out-of-memory abort. [`scan_header`] reads
//! `syncType` (1), `chunkOrder` (5) and `progress` (6) by walking the
//! top-level fields and skipping every length-delimited one, so events can
//! say what a chunk is without decoding its conversations; [`conversations`]
//! decodes them one at a time.

use bytes::Bytes;
use flate2::{Decompress, FlushDecompress, Status};
use prost::Message as _;

use crate::proto::wa;

/// Default ceiling of [`inflate`]'s output: 256 MiB.
pub const DEFAULT_MAX_INFLATED: usize = 256 * 1024 * 1024;

/// Why a history blob could not be inflated or scanned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HistoryError {
    /// The zlib stream is malformed (bad header, bad block, bad checksum).
    #[error("corrupt zlib stream: {0}")]
    Corrupt(String),
    /// The zlib stream stops before its end marker.
    #[error("zlib stream is truncated")]
    TruncatedStream,
    /// Bytes follow the end of the zlib stream.
    #[error("{0} bytes follow the end of the zlib stream")]
    TrailingData(usize),
    /// The inflated data would exceed the limit.
    #[error("inflated history exceeds the limit of {limit} bytes")]
    TooLarge {
        /// The limit in force.
        limit: usize,
    },
    /// The allocator refused to grow the output buffer.
    #[error("no memory for {bytes} bytes of inflated history")]
    NoMemory {
        /// The size asked for.
        bytes: usize,
    },
    /// A conversation of the chunk does not decode.
    #[error("conversation at byte {at} does not decode: {error}")]
    Conversation {
        /// Offset of the conversation's field.
        at: usize,
        /// What prost reported.
        error: prost::DecodeError,
    },
    /// A protobuf field runs past the end of the buffer.
    #[error("HistorySync truncated at byte {at}")]
    Truncated {
        /// Offset of the field that does not fit.
        at: usize,
    },
    /// A varint longer than 10 bytes or overflowing 64 bits.
    #[error("malformed varint at byte {at}")]
    BadVarint {
        /// Offset of the varint.
        at: usize,
    },
    /// Field number 0, a group, or wire type 6/7.
    #[error("unsupported protobuf tag {tag:#x} at byte {at}")]
    BadTag {
        /// The tag value.
        tag: u64,
        /// Offset of the tag.
        at: usize,
    },
    /// A header field with the wrong wire type (these three are varints).
    #[error("HistorySync field {field} has wire type {wire_type}, expected a varint")]
    WrongWireType {
        /// Field number.
        field: u32,
        /// Wire type found.
        wire_type: u8,
    },
}

/// Inflates a zlib (RFC 1950) stream, refusing to produce more than `limit`
/// bytes. The whole input must be one stream: trailing bytes are an error.
///
/// The output is one buffer that grows geometrically in place; inflation
/// writes straight into its spare capacity (never zero-filled first, so
/// pages not yet written are not resident), and the buffer is trimmed to
/// its length at the end. Peak memory is the output plus the input.
pub fn inflate(data: &[u8], limit: usize) -> Result<Bytes, HistoryError> {
    let mut stream = Decompress::new(true);
    let first = data.len().saturating_mul(4).max(4096);
    let mut out: Vec<u8> = Vec::new();
    loop {
        if out.len() == out.capacity() {
            if out.len() >= limit {
                return finish_at_limit(&mut stream, data, out, limit);
            }
            let grow = out.capacity().max(first).min(limit - out.len());
            if out.try_reserve_exact(grow).is_err() {
                let bytes = out.len().saturating_add(grow);
                log::warn!("no memory to inflate history to {bytes} bytes");
                return Err(HistoryError::NoMemory { bytes });
            }
        }
        let before = (stream.total_in(), stream.total_out());
        let status = stream
            .decompress_vec(
                &data[consumed(&stream, data.len())..],
                &mut out,
                FlushDecompress::None,
            )
            .map_err(|error| corrupt(&error))?;
        if out.len() > limit {
            log::debug!("inflated history passes the {limit}-byte limit");
            return Err(HistoryError::TooLarge { limit });
        }
        if status == Status::StreamEnd {
            break;
        }
        if (stream.total_in(), stream.total_out()) == before && out.len() < out.capacity() {
            log::debug!("zlib stream ends early after {} input bytes", before.0);
            return Err(HistoryError::TruncatedStream);
        }
    }
    let used = consumed(&stream, data.len());
    if used < data.len() {
        log::debug!("{} bytes after the zlib stream", data.len() - used);
        return Err(HistoryError::TrailingData(data.len() - used));
    }
    out.shrink_to_fit();
    Ok(Bytes::from(out))
}

/// [`inflate`] with [`DEFAULT_MAX_INFLATED`].
pub fn inflate_default(data: &[u8]) -> Result<Bytes, HistoryError> {
    inflate(data, DEFAULT_MAX_INFLATED)
}

/// The output reached `limit`: the stream must end without producing more.
fn finish_at_limit(
    stream: &mut Decompress,
    data: &[u8],
    out: Vec<u8>,
    limit: usize,
) -> Result<Bytes, HistoryError> {
    let mut probe = [0u8; 1];
    loop {
        let offset = consumed(stream, data.len());
        let before = (stream.total_in(), stream.total_out());
        let status = stream
            .decompress(&data[offset..], &mut probe, FlushDecompress::None)
            .map_err(|error| corrupt(&error))?;
        if stream.total_out() > before.1 {
            log::debug!("inflated history passes the {limit}-byte limit");
            return Err(HistoryError::TooLarge { limit });
        }
        if status == Status::StreamEnd {
            let used = consumed(stream, data.len());
            if used < data.len() {
                return Err(HistoryError::TrailingData(data.len() - used));
            }
            return Ok(Bytes::from(out));
        }
        if stream.total_in() == before.0 {
            return Err(HistoryError::TruncatedStream);
        }
    }
}

fn consumed(stream: &Decompress, len: usize) -> usize {
    usize::try_from(stream.total_in()).map_or(len, |n| n.min(len))
}

fn corrupt(error: &flate2::DecompressError) -> HistoryError {
    log::debug!("corrupt zlib stream: {error}");
    HistoryError::Corrupt(error.to_string())
}

/// The header fields of a `HistorySync`, read without decoding the rest.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HistorySyncHeader {
    /// `syncType` (field 1) as its raw enum number.
    pub sync_type: Option<i32>,
    /// `chunkOrder` (field 5).
    pub chunk_order: Option<u32>,
    /// `progress` (field 6), a percentage.
    pub progress: Option<u32>,
}

impl HistorySyncHeader {
    /// `syncType` as the schema's enum, when present and known.
    pub fn sync_type(&self) -> Option<wa::history_sync::HistorySyncType> {
        self.sync_type
            .and_then(|n| wa::history_sync::HistorySyncType::try_from(n).ok())
    }
}

/// Reads `syncType`, `chunkOrder` and `progress` from `HistorySync` bytes,
/// skipping every other top-level field without looking inside it. As in
/// protobuf, the last occurrence of a field wins; the whole buffer must be
/// well-formed fields (a truncated one is an error).
pub fn scan_header(bytes: &[u8]) -> Result<HistorySyncHeader, HistoryError> {
    let mut header = HistorySyncHeader::default();
    let mut pos = 0usize;
    while pos < bytes.len() {
        let tag_at = pos;
        let tag = read_varint(bytes, &mut pos)?;
        let wire_type = (tag & 7) as u8;
        let field =
            u32::try_from(tag >> 3).map_err(|_| HistoryError::BadTag { tag, at: tag_at })?;
        if field == 0 || !matches!(wire_type, 0 | 1 | 2 | 5) {
            return Err(HistoryError::BadTag { tag, at: tag_at });
        }
        match (field, wire_type) {
            (1 | 5 | 6, 0) => {
                let value = read_varint(bytes, &mut pos)?;
                // Protobuf narrows 32-bit fields by truncation.
                match field {
                    1 => header.sync_type = Some(value as i32),
                    5 => header.chunk_order = Some(value as u32),
                    _ => header.progress = Some(value as u32),
                }
            }
            (1 | 5 | 6, other) => {
                return Err(HistoryError::WrongWireType {
                    field,
                    wire_type: other,
                });
            }
            (_, 0) => {
                read_varint(bytes, &mut pos)?;
            }
            (_, 1) => skip(bytes, &mut pos, 8, tag_at)?,
            (_, 2) => {
                let len_at = pos;
                let len = read_varint(bytes, &mut pos)?;
                let len =
                    usize::try_from(len).map_err(|_| HistoryError::Truncated { at: len_at })?;
                skip(bytes, &mut pos, len, tag_at)?;
            }
            _ => skip(bytes, &mut pos, 4, tag_at)?,
        }
    }
    Ok(header)
}

/// The conversations of `HistorySync` bytes (field 2), decoded one at a
/// time as the iterator advances (see [`conversations`]).
#[derive(Debug, Clone)]
pub struct Conversations {
    bytes: Bytes,
    pos: usize,
    failed: bool,
}

/// Iterates over the conversations of `HistorySync` bytes, decoding each
/// only when reached: memory holds one decoded conversation at a time
/// (plus whatever the caller keeps), where a full decode holds them all.
/// Other top-level fields are skipped. A malformed field ends the
/// iteration with one error. `bytes` fields of the conversations share
/// the buffer instead of copying it.
pub fn conversations(bytes: Bytes) -> Conversations {
    Conversations {
        bytes,
        pos: 0,
        failed: false,
    }
}

impl Conversations {
    fn step(&mut self) -> Result<Option<wa::Conversation>, HistoryError> {
        let bytes = &self.bytes[..];
        while self.pos < bytes.len() {
            let tag_at = self.pos;
            let tag = read_varint(bytes, &mut self.pos)?;
            let wire_type = (tag & 7) as u8;
            if tag >> 3 == 0 || !matches!(wire_type, 0 | 1 | 2 | 5) {
                return Err(HistoryError::BadTag { tag, at: tag_at });
            }
            match wire_type {
                0 => {
                    read_varint(bytes, &mut self.pos)?;
                }
                1 => skip(bytes, &mut self.pos, 8, tag_at)?,
                5 => skip(bytes, &mut self.pos, 4, tag_at)?,
                _ => {
                    let len_at = self.pos;
                    let len = read_varint(bytes, &mut self.pos)?;
                    let len =
                        usize::try_from(len).map_err(|_| HistoryError::Truncated { at: len_at })?;
                    let start = self.pos;
                    skip(bytes, &mut self.pos, len, tag_at)?;
                    if tag >> 3 == 2 {
                        let body = self.bytes.slice(start..self.pos);
                        return wa::Conversation::decode(body).map(Some).map_err(|error| {
                            log::debug!("history conversation at byte {tag_at}: {error}");
                            HistoryError::Conversation { at: tag_at, error }
                        });
                    }
                }
            }
        }
        Ok(None)
    }
}

impl Iterator for Conversations {
    type Item = Result<wa::Conversation, HistoryError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        match self.step() {
            Ok(found) => found.map(Ok),
            Err(error) => {
                self.failed = true;
                Some(Err(error))
            }
        }
    }
}

fn skip(bytes: &[u8], pos: &mut usize, len: usize, at: usize) -> Result<(), HistoryError> {
    match pos.checked_add(len) {
        Some(end) if end <= bytes.len() => {
            *pos = end;
            Ok(())
        }
        _ => Err(HistoryError::Truncated { at }),
    }
}

fn read_varint(bytes: &[u8], pos: &mut usize) -> Result<u64, HistoryError> {
    let start = *pos;
    let mut value = 0u64;
    for i in 0..10 {
        let Some(&byte) = bytes.get(start + i) else {
            return Err(HistoryError::Truncated { at: start });
        };
        if i == 9 && byte > 1 {
            return Err(HistoryError::BadVarint { at: start });
        }
        value |= u64::from(byte & 0x7f) << (7 * i);
        if byte & 0x80 == 0 {
            *pos = start + i + 1;
            return Ok(value);
        }
    }
    Err(HistoryError::BadVarint { at: start })
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use flate2::Compression;
    use flate2::write::ZlibEncoder;
    use prost::Message as _;

    use super::*;

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut encoder = ZlibEncoder::new(Vec::new(), Compression::default());
        encoder.write_all(data).unwrap();
        encoder.finish().unwrap()
    }

    fn protobuf_vectors() -> serde_json::Value {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors/protobuf.json");
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    #[test]
    fn inflate_round_trip_and_limits() {
        let data: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
        let packed = zlib(&data);
        assert_eq!(inflate(&packed, DEFAULT_MAX_INFLATED).unwrap(), data);
        // Exactly at the limit is fine, one byte less is not.
        assert_eq!(inflate(&packed, data.len()).unwrap(), data);
        assert_eq!(
            inflate(&packed, data.len() - 1),
            Err(HistoryError::TooLarge {
                limit: data.len() - 1
            })
        );
        assert_eq!(inflate(&zlib(b""), 0).unwrap(), Bytes::new());
        assert_eq!(
            inflate(&zlib(b"x"), 0),
            Err(HistoryError::TooLarge { limit: 0 })
        );
    }

    #[test]
    fn zlib_bomb_is_refused_without_allocating_it() {
        let bomb = zlib(&vec![0u8; 64 * 1024 * 1024]);
        assert!(bomb.len() < 100_000);
        assert_eq!(
            inflate(&bomb, 1 << 20),
            Err(HistoryError::TooLarge { limit: 1 << 20 })
        );
    }

    #[test]
    fn bad_streams() {
        let packed = zlib(b"hello history hello history hello history");
        for cut in [0, 1, 2, 5, packed.len() - 1] {
            assert_eq!(
                inflate(&packed[..cut], 1 << 20),
                Err(HistoryError::TruncatedStream),
                "cut {cut}"
            );
        }
        let mut trailing = packed.clone();
        trailing.extend_from_slice(b"xy");
        assert_eq!(
            inflate(&trailing, 1 << 20),
            Err(HistoryError::TrailingData(2))
        );
        let mut bad_sum = packed.clone();
        let last = bad_sum.len() - 1;
        bad_sum[last] ^= 1;
        assert!(matches!(
            inflate(&bad_sum, 1 << 20),
            Err(HistoryError::Corrupt(_))
        ));
        assert!(matches!(
            inflate(b"\x00\x01garbage", 1 << 20),
            Err(HistoryError::Corrupt(_))
        ));
    }

    #[test]
    fn scan_matches_full_decode_on_vectors() {
        let doc = protobuf_vectors();
        let mut seen = 0;
        for case in doc["cases"].as_array().unwrap() {
            if case["type"] != "proto.HistorySync" {
                continue;
            }
            seen += 1;
            let bytes = hex::decode(case["bytes"].as_str().unwrap()).unwrap();
            let full = wa::HistorySync::decode(bytes.as_slice()).unwrap();
            let header = scan_header(&bytes).unwrap();
            assert_eq!(header.sync_type, full.sync_type, "{}", case["id"]);
            assert_eq!(header.chunk_order, full.chunk_order);
            assert_eq!(header.progress, full.progress);
            let name = case["object"]["syncType"].as_str().unwrap();
            assert_eq!(header.sync_type().unwrap().as_str_name(), name);
            if let Some(packed) = case["zlib_compressed"].as_str() {
                let inflated = inflate_default(&hex::decode(packed).unwrap()).unwrap();
                assert_eq!(inflated, bytes);
            }
            // Every strict prefix that cuts a field is an error, never a panic.
            let boundaries = field_boundaries(&bytes);
            for cut in 0..bytes.len() {
                let result = scan_header(&bytes[..cut]);
                if boundaries.contains(&cut) {
                    assert!(result.is_ok(), "cut {cut}");
                } else {
                    assert!(
                        matches!(result, Err(HistoryError::Truncated { .. })),
                        "cut {cut}: {result:?}"
                    );
                }
            }
        }
        assert!(seen >= 2);
    }

    /// Offsets where a top-level field starts (prefixes ending there are whole).
    fn field_boundaries(bytes: &[u8]) -> Vec<usize> {
        let mut at = vec![0];
        let mut pos = 0;
        while pos < bytes.len() {
            let tag = read_varint(bytes, &mut pos).unwrap();
            match tag & 7 {
                0 => {
                    read_varint(bytes, &mut pos).unwrap();
                }
                2 => {
                    let len = read_varint(bytes, &mut pos).unwrap() as usize;
                    pos += len;
                }
                other => panic!("unexpected wire type {other}"),
            }
            at.push(pos);
        }
        at
    }

    #[test]
    fn conversations_decode_one_by_one_and_stop_at_a_bad_field() {
        let history = wa::HistorySync {
            sync_type: Some(wa::history_sync::HistorySyncType::Recent as i32),
            conversations: (0..5)
                .map(|n| wa::Conversation {
                    id: Some(format!("{n}@s.whatsapp.net")),
                    unread_count: Some(n),
                    ..Default::default()
                })
                .collect(),
            pushnames: vec![wa::Pushname {
                id: Some("1@s.whatsapp.net".into()),
                pushname: Some("One".into()),
            }],
            progress: Some(10),
            ..Default::default()
        };
        let bytes = Bytes::from(history.encode_to_vec());
        let found: Vec<wa::Conversation> = conversations(bytes.clone())
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(found, history.conversations);
        assert_eq!(conversations(Bytes::new()).count(), 0);

        // A conversation whose body is not a Conversation: an error, then the end.
        let mut bad = bytes.to_vec();
        bad.extend([0x12, 0x02, 0x0a, 0x05]);
        let results: Vec<_> = conversations(Bytes::from(bad.clone())).collect();
        assert_eq!(results.len(), 6);
        assert!(matches!(
            results[5],
            Err(HistoryError::Conversation { at, .. }) if at == bytes.len()
        ));
        // A truncated field: the conversations before it, then one error.
        let cut = Bytes::from(bad[..bad.len() - 1].to_vec());
        let results: Vec<_> = conversations(cut).collect();
        assert_eq!(results.len(), 6);
        assert_eq!(results[5], Err(HistoryError::Truncated { at: bytes.len() }));
        let results: Vec<_> = conversations(Bytes::from_static(&[0x0b])).collect();
        assert_eq!(
            results,
            vec![Err(HistoryError::BadTag { tag: 0x0b, at: 0 })]
        );
    }

    #[test]
    fn scan_picks_fields_and_rejects_malformed_tags() {
        let message = wa::HistorySync {
            sync_type: Some(wa::history_sync::HistorySyncType::Recent as i32),
            chunk_order: Some(7),
            progress: Some(42),
            ..Default::default()
        };
        let mut bytes = vec![0x12, 0x03, 1, 2, 3]; // a conversation blob to skip
        bytes.extend(message.encode_to_vec());
        bytes.extend([0x3d, 0, 0, 0, 0]); // field 7, fixed32
        bytes.extend([0x41, 0, 0, 0, 0, 0, 0, 0, 0]); // field 8, fixed64
        let header = scan_header(&bytes).unwrap();
        assert_eq!(
            header.sync_type(),
            Some(wa::history_sync::HistorySyncType::Recent)
        );
        assert_eq!((header.chunk_order, header.progress), (Some(7), Some(42)));
        // Last occurrence wins.
        bytes.extend([0x28, 9]);
        assert_eq!(scan_header(&bytes).unwrap().chunk_order, Some(9));

        assert_eq!(
            scan_header(&[0x00]),
            Err(HistoryError::BadTag { tag: 0, at: 0 })
        );
        assert_eq!(
            scan_header(&[0x0b]),
            Err(HistoryError::BadTag { tag: 0x0b, at: 0 })
        ); // group
        assert_eq!(
            scan_header(&[0x0e]),
            Err(HistoryError::BadTag { tag: 0x0e, at: 0 })
        );
        assert_eq!(
            scan_header(&[0x0a, 0]),
            Err(HistoryError::WrongWireType {
                field: 1,
                wire_type: 2
            })
        );
        assert_eq!(
            scan_header(&[0x12, 0x05, 1]),
            Err(HistoryError::Truncated { at: 0 })
        );
        assert_eq!(
            scan_header(&[
                0x12, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01
            ]),
            Err(HistoryError::Truncated { at: 0 })
        );
        assert_eq!(
            scan_header(&[
                0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02
            ]),
            Err(HistoryError::BadVarint { at: 1 })
        );
        assert_eq!(
            scan_header(&[0x08, 0x80]),
            Err(HistoryError::Truncated { at: 1 })
        );
        assert_eq!(scan_header(&[]), Ok(HistorySyncHeader::default()));
    }
}

//! Frame payloads: the flags byte, then the node bytes, zlib-compressed when
//! flag bit `0x02` is set. Inflation is bounded (16 MiB by default), so a
//! zlib bomb costs at most that much memory before it is refused.

use std::borrow::Cow;

use bytes::Bytes;
use flate2::{Decompress, FlushDecompress, Status};

use super::error::DecodeError;
use super::node_ref::OwnedNodeRef;
use super::tokens::Dictionary;

/// Flag bit: the node bytes are a zlib (RFC 1950) stream.
pub const FLAG_COMPRESSED: u8 = 0x02;

/// The default bound on an inflated payload (16 MiB, as whatsapp-rust).
pub const DEFAULT_MAX_INFLATED: usize = 16 << 20;

/// Decodes a frame payload (flags byte + node bytes) with the default
/// inflate bound. Uncompressed payloads are decoded in place: the result
/// borrows `payload` without copying.
pub fn unpack(payload: Bytes, dict: Dictionary) -> Result<OwnedNodeRef, DecodeError> {
    unpack_with_limit(payload, dict, DEFAULT_MAX_INFLATED)
}

/// [`unpack`] with an explicit bound (bytes) on the inflated size.
pub fn unpack_with_limit(
    payload: Bytes,
    dict: Dictionary,
    max_inflated: usize,
) -> Result<OwnedNodeRef, DecodeError> {
    let Some(&flags) = payload.first() else {
        return Err(DecodeError::EmptyFrame);
    };
    if flags & FLAG_COMPRESSED != 0 {
        let inflated = inflate(payload.get(1..).unwrap_or_default(), max_inflated)?;
        OwnedNodeRef::decode(Bytes::from(inflated), dict)
    } else {
        OwnedNodeRef::decode(payload.slice(1..), dict)
    }
}

/// The node bytes of a frame payload: borrowed when uncompressed, inflated
/// (at most `max_inflated` bytes) when flag `0x02` is set. Other flag bits are
/// ignored, as in the reference clients.
pub fn payload_body(payload: &[u8], max_inflated: usize) -> Result<Cow<'_, [u8]>, DecodeError> {
    let Some((&flags, body)) = payload.split_first() else {
        return Err(DecodeError::EmptyFrame);
    };
    if flags & FLAG_COMPRESSED != 0 {
        inflate(body, max_inflated).map(Cow::Owned)
    } else {
        Ok(Cow::Borrowed(body))
    }
}

/// Inflates a whole zlib stream of at most `limit` bytes. Trailing bytes after
/// the stream and a stream cut short are errors.
pub fn inflate(data: &[u8], limit: usize) -> Result<Vec<u8>, DecodeError> {
    let mut inflater = Decompress::new(true);
    // Grow as output appears: never reserve from a claimed size.
    let mut out: Vec<u8> =
        Vec::with_capacity(data.len().saturating_mul(4).clamp(64, limit.max(64)));
    loop {
        if out.len() == out.capacity() {
            if out.len() > limit {
                return Err(DecodeError::InflatedTooLarge { limit });
            }
            let grow = out
                .capacity()
                .max(64)
                .min(limit.saturating_add(1).saturating_sub(out.len()))
                .max(1);
            out.reserve(grow);
        }
        let consumed = usize::try_from(inflater.total_in()).unwrap_or(usize::MAX);
        let produced_before = inflater.total_out();
        let input = data.get(consumed..).unwrap_or_default();
        let status = inflater
            .decompress_vec(input, &mut out, FlushDecompress::None)
            .map_err(|error| DecodeError::Inflate {
                reason: error.to_string().into(),
            })?;
        if out.len() > limit {
            return Err(DecodeError::InflatedTooLarge { limit });
        }
        let consumed_now = usize::try_from(inflater.total_in()).unwrap_or(usize::MAX);
        match status {
            Status::StreamEnd => {
                if consumed_now != data.len() {
                    let count = data.len().saturating_sub(consumed_now);
                    return Err(DecodeError::Inflate {
                        reason: format!("{count} trailing byte(s) after the stream").into(),
                    });
                }
                return Ok(out);
            }
            Status::Ok | Status::BufError => {
                let stalled = consumed_now == consumed && inflater.total_out() == produced_before;
                if stalled && out.len() < out.capacity() {
                    return Err(DecodeError::Inflate {
                        reason: "the stream is truncated".into(),
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use flate2::Compression;
    use flate2::write::ZlibEncoder;

    use super::*;

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut encoder = ZlibEncoder::new(Vec::new(), Compression::default());
        encoder.write_all(data).unwrap();
        encoder.finish().unwrap()
    }

    #[test]
    fn uncompressed_payloads_borrow_the_frame() {
        let payload = Bytes::from_static(&[0x00, 0xf8, 0x01, 0x19]);
        let node = unpack(payload.clone(), Dictionary::V3).unwrap();
        assert_eq!(node.get().tag(), "iq");
        assert_eq!(node.buffer().as_ptr(), payload[1..].as_ptr());
        assert!(matches!(
            payload_body(&payload, 10).unwrap(),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn compressed_payloads_inflate() {
        let mut payload = vec![FLAG_COMPRESSED];
        payload.extend(zlib(&[0xf8, 0x01, 0x19]));
        assert_eq!(
            unpack(Bytes::from(payload), Dictionary::V3)
                .unwrap()
                .get()
                .tag(),
            "iq"
        );
    }

    #[test]
    fn bad_payloads_are_refused() {
        assert_eq!(
            unpack(Bytes::new(), Dictionary::V3).unwrap_err(),
            DecodeError::EmptyFrame
        );
        let bomb = zlib(&vec![0u8; 1 << 20]);
        assert_eq!(
            inflate(&bomb, 1000).unwrap_err(),
            DecodeError::InflatedTooLarge { limit: 1000 }
        );
        assert_eq!(inflate(&bomb, 1 << 20).unwrap().len(), 1 << 20);
        let truncated = &bomb[..bomb.len() / 2];
        assert!(matches!(
            inflate(truncated, 1 << 21),
            Err(DecodeError::Inflate { .. })
        ));
        let mut trailing = zlib(b"abc");
        trailing.push(0);
        assert!(matches!(
            inflate(&trailing, 100),
            Err(DecodeError::Inflate { .. })
        ));
        assert!(matches!(
            inflate(b"not zlib", 100),
            Err(DecodeError::Inflate { .. })
        ));
        assert!(matches!(
            inflate(b"", 100),
            Err(DecodeError::Inflate { .. })
        ));
    }
}

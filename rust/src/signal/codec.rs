//! A small, total protobuf reader and writer for the handful of Signal
//! messages and our own records.
//!
//! Every read is bounds checked; length prefixes are checked against the
//! remaining input before anything is sliced, so no allocation is ever sized
//! by a peer. Unknown fields are skipped (protobuf's rule); groups, unknown
//! wire types and field number 0 are errors.

use super::error::Malformed;

/// Protobuf wire types.
pub(crate) const VARINT: u8 = 0;
pub(crate) const FIXED64: u8 = 1;
pub(crate) const LEN: u8 = 2;
pub(crate) const FIXED32: u8 = 5;

/// A field read by [`Reader::next_field`].
#[derive(Debug, Clone, Copy)]
pub(crate) enum Value<'a> {
    /// A varint.
    Varint(u64),
    /// A length-delimited field.
    Bytes(&'a [u8]),
    /// A fixed 32- or 64-bit field (unused by our messages: skipped).
    Fixed,
}

/// A cursor over protobuf bytes.
pub(crate) struct Reader<'a> {
    buf: &'a [u8],
}

impl<'a> Reader<'a> {
    /// Reads `buf` from its start.
    pub(crate) fn new(buf: &'a [u8]) -> Reader<'a> {
        Reader { buf }
    }

    /// The next field, or `None` at the end of the input.
    pub(crate) fn next_field(&mut self) -> Result<Option<(u32, Value<'a>)>, Malformed> {
        if self.buf.is_empty() {
            return Ok(None);
        }
        let key = self.varint()?;
        let wire_type = (key & 7) as u8;
        let field = u32::try_from(key >> 3).map_err(|_| Malformed::FieldZero)?;
        if field == 0 {
            return Err(Malformed::FieldZero);
        }
        let value = match wire_type {
            VARINT => Value::Varint(self.varint()?),
            LEN => {
                let len = self.varint()?;
                let len = usize::try_from(len).map_err(|_| Malformed::Truncated)?;
                if len > self.buf.len() {
                    return Err(Malformed::Truncated);
                }
                let (bytes, rest) = self.buf.split_at(len);
                self.buf = rest;
                Value::Bytes(bytes)
            }
            FIXED64 => {
                self.skip(8)?;
                Value::Fixed
            }
            FIXED32 => {
                self.skip(4)?;
                Value::Fixed
            }
            other => return Err(Malformed::UnknownWireType(other)),
        };
        Ok(Some((field, value)))
    }

    fn skip(&mut self, len: usize) -> Result<(), Malformed> {
        if len > self.buf.len() {
            return Err(Malformed::Truncated);
        }
        self.buf = &self.buf[len..];
        Ok(())
    }

    fn varint(&mut self) -> Result<u64, Malformed> {
        let mut value = 0u64;
        for (index, &byte) in self.buf.iter().enumerate().take(10) {
            value |= u64::from(byte & 0x7F) << (7 * index);
            if byte & 0x80 == 0 {
                if index == 9 && byte > 1 {
                    return Err(Malformed::Varint);
                }
                self.buf = &self.buf[index + 1..];
                return Ok(value);
            }
        }
        Err(Malformed::Varint)
    }
}

impl<'a> Value<'a> {
    /// The value of a `uint32` field.
    pub(crate) fn u32(self, field: u32) -> Result<u32, Malformed> {
        match self {
            Value::Varint(value) => {
                u32::try_from(value).map_err(|_| Malformed::NumberTooLarge { field })
            }
            other => Err(Malformed::WireType {
                field,
                wire_type: other.wire_type(),
            }),
        }
    }

    /// The value of a `uint64` field.
    #[cfg(test)]
    pub(crate) fn u64(self, field: u32) -> Result<u64, Malformed> {
        match self {
            Value::Varint(value) => Ok(value),
            other => Err(Malformed::WireType {
                field,
                wire_type: other.wire_type(),
            }),
        }
    }

    /// The value of a `bytes` (or embedded message) field.
    pub(crate) fn bytes(self, field: u32) -> Result<&'a [u8], Malformed> {
        match self {
            Value::Bytes(bytes) => Ok(bytes),
            other => Err(Malformed::WireType {
                field,
                wire_type: other.wire_type(),
            }),
        }
    }

    /// The value of a fixed-size `bytes` field.
    pub(crate) fn array<const N: usize>(
        self,
        field: u32,
        name: &'static str,
    ) -> Result<[u8; N], Malformed> {
        let bytes = self.bytes(field)?;
        bytes.try_into().map_err(|_| Malformed::Length {
            field: name,
            len: bytes.len(),
        })
    }

    fn wire_type(self) -> u8 {
        match self {
            Value::Varint(_) => VARINT,
            Value::Bytes(_) => LEN,
            Value::Fixed => FIXED64,
        }
    }
}

/// Number of bytes of `value` as a varint.
pub(crate) const fn varint_len(value: u64) -> usize {
    let bits = 64 - (value | 1).leading_zeros() as usize;
    bits.div_ceil(7)
}

/// Appends `value` as a varint.
pub(crate) fn put_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// Appends a field key.
fn put_key(out: &mut Vec<u8>, field: u32, wire_type: u8) {
    put_varint(out, (u64::from(field) << 3) | u64::from(wire_type));
}

/// Appends a varint field (written even when zero, as proto2 does for set
/// optional fields).
pub(crate) fn put_u64_field(out: &mut Vec<u8>, field: u32, value: u64) {
    put_key(out, field, VARINT);
    put_varint(out, value);
}

/// Appends a `uint32` field (written even when zero).
pub(crate) fn put_u32_field(out: &mut Vec<u8>, field: u32, value: u32) {
    put_u64_field(out, field, u64::from(value));
}

/// Appends a length-delimited field.
pub(crate) fn put_bytes_field(out: &mut Vec<u8>, field: u32, bytes: &[u8]) {
    put_len_prefix(out, field, bytes.len());
    out.extend_from_slice(bytes);
}

/// Appends the key and length of a length-delimited field whose `len` bytes
/// the caller writes next.
pub(crate) fn put_len_prefix(out: &mut Vec<u8>, field: u32, len: usize) {
    put_key(out, field, LEN);
    put_varint(out, len as u64);
}

/// Encoded size of a length-delimited field with a one-byte key.
pub(crate) const fn bytes_field_len(len: usize) -> usize {
    1 + varint_len(len as u64) + len
}

/// Encoded size of a varint field with a one-byte key.
pub(crate) const fn varint_field_len(value: u64) -> usize {
    1 + varint_len(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip_and_sizes_agree() {
        for value in [
            0u64,
            1,
            127,
            128,
            300,
            16_383,
            16_384,
            u32::MAX as u64,
            u64::MAX,
        ] {
            let mut out = Vec::new();
            put_varint(&mut out, value);
            assert_eq!(out.len(), varint_len(value), "{value}");
            let mut framed = Vec::new();
            put_u64_field(&mut framed, 1, value);
            let mut reader = Reader::new(&framed);
            let (field, read) = reader.next_field().unwrap().unwrap();
            assert_eq!(field, 1);
            assert_eq!(read.u64(1).unwrap(), value);
            assert!(reader.next_field().unwrap().is_none());
        }
    }

    #[test]
    fn malformed_inputs_are_errors() {
        // Varint running past the end.
        assert_eq!(
            Reader::new(&[0x08, 0x80]).next_field().unwrap_err(),
            Malformed::Varint
        );
        // Eleven-byte varint.
        let long = [
            0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01,
        ];
        assert_eq!(
            Reader::new(&long).next_field().unwrap_err(),
            Malformed::Varint
        );
        // Tenth byte overflowing 64 bits.
        let overflow = [
            0x08, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02,
        ];
        assert_eq!(
            Reader::new(&overflow).next_field().unwrap_err(),
            Malformed::Varint
        );
        // Length prefix beyond the input.
        assert_eq!(
            Reader::new(&[0x0A, 0x05, 1, 2]).next_field().unwrap_err(),
            Malformed::Truncated
        );
        // Huge length prefix.
        let huge = [0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F];
        assert_eq!(
            Reader::new(&huge).next_field().unwrap_err(),
            Malformed::Truncated
        );
        // Groups and field zero.
        assert_eq!(
            Reader::new(&[0x0B]).next_field().unwrap_err(),
            Malformed::UnknownWireType(3)
        );
        assert_eq!(
            Reader::new(&[0x00, 0x00]).next_field().unwrap_err(),
            Malformed::FieldZero
        );
        // Wrong wire type for the field's use.
        let mut reader = Reader::new(&[0x08, 0x01]);
        let (_, value) = reader.next_field().unwrap().unwrap();
        assert_eq!(
            value.bytes(1).unwrap_err(),
            Malformed::WireType {
                field: 1,
                wire_type: VARINT
            }
        );
        // uint32 overflow.
        let mut big = Vec::new();
        put_u64_field(&mut big, 2, 1 << 40);
        let (_, value) = Reader::new(&big).next_field().unwrap().unwrap();
        assert_eq!(
            value.u32(2).unwrap_err(),
            Malformed::NumberTooLarge { field: 2 }
        );
    }

    #[test]
    fn fixed_fields_are_skipped() {
        let input = [0x09, 1, 2, 3, 4, 5, 6, 7, 8, 0x15, 1, 2, 3, 4, 0x18, 0x07];
        let mut reader = Reader::new(&input);
        assert!(matches!(
            reader.next_field().unwrap(),
            Some((1, Value::Fixed))
        ));
        assert!(matches!(
            reader.next_field().unwrap(),
            Some((2, Value::Fixed))
        ));
        assert!(matches!(
            reader.next_field().unwrap(),
            Some((3, Value::Varint(7)))
        ));
        assert!(reader.next_field().unwrap().is_none());
        assert_eq!(
            Reader::new(&[0x09, 1, 2]).next_field().unwrap_err(),
            Malformed::Truncated
        );
    }
}

//! Tag bytes of the binary stanza format and the bounds-checked reader under
//! the decoder.

use super::error::DecodeError;

/// Empty list / empty string / no value.
pub const LIST_EMPTY: u8 = 0;
/// First of the four double-byte token tables (`DICTIONARY_0 + d`, index).
pub const DICTIONARY_0: u8 = 236;
/// Last double-byte token table.
pub const DICTIONARY_3: u8 = 239;
/// First reserved tag byte (240..=244 stand for nothing).
pub const RESERVED_FIRST: u8 = 240;
/// Last reserved tag byte.
pub const RESERVED_LAST: u8 = 244;
/// `user u16be(device) u16be(integrator) server`: interop JID.
pub const INTEROP_JID: u8 = 245;
/// `user u16be(device) server`: Messenger JID.
pub const FB_JID: u8 = 246;
/// `domain device user`: device JID.
pub const AD_JID: u8 = 247;
/// List with a 1-byte size.
pub const LIST_8: u8 = 248;
/// List with a 2-byte big-endian size.
pub const LIST_16: u8 = 249;
/// `user server`: plain JID.
pub const JID_PAIR: u8 = 250;
/// Packed uppercase hex string.
pub const HEX_8: u8 = 251;
/// Raw bytes with a 1-byte length.
pub const BINARY_8: u8 = 252;
/// Raw bytes with a 20-bit length (3 bytes, top nibble ignored).
pub const BINARY_20: u8 = 253;
/// Raw bytes with a 4-byte big-endian length.
pub const BINARY_32: u8 = 254;
/// Packed numeric string (`0-9 - .`).
pub const NIBBLE_8: u8 = 255;
/// Longest string that is packed (characters).
pub const PACKED_MAX: usize = 127;

/// A cursor over the input: every read is bounds-checked and reports where
/// it failed.
pub(crate) struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(data: &'a [u8]) -> Reader<'a> {
        Reader { data, pos: 0 }
    }

    #[inline]
    pub(crate) fn offset(&self) -> usize {
        self.pos
    }

    #[inline]
    pub(crate) fn remaining(&self) -> usize {
        self.data.len().saturating_sub(self.pos)
    }

    #[inline]
    pub(crate) fn u8(&mut self) -> Result<u8, DecodeError> {
        match self.data.get(self.pos) {
            Some(byte) => {
                self.pos += 1;
                Ok(*byte)
            }
            None => Err(DecodeError::UnexpectedEnd {
                offset: self.pos,
                needed: 1,
            }),
        }
    }

    #[inline]
    pub(crate) fn peek(&self) -> Option<u8> {
        self.data.get(self.pos).copied()
    }

    #[inline]
    pub(crate) fn skip_byte(&mut self) {
        self.pos = (self.pos + 1).min(self.data.len());
    }

    #[inline]
    pub(crate) fn take(&mut self, len: usize) -> Result<&'a [u8], DecodeError> {
        let remaining = self.remaining();
        if len > remaining {
            return Err(DecodeError::UnexpectedEnd {
                offset: self.pos,
                needed: len - remaining,
            });
        }
        let start = self.pos;
        self.pos += len;
        self.data
            .get(start..self.pos)
            .ok_or(DecodeError::UnexpectedEnd {
                offset: start,
                needed: len,
            })
    }

    #[inline]
    fn array<const N: usize>(&mut self) -> Result<[u8; N], DecodeError> {
        let bytes = self.take(N)?;
        let mut out = [0u8; N];
        out.copy_from_slice(bytes);
        Ok(out)
    }

    #[inline]
    pub(crate) fn u16_be(&mut self) -> Result<u16, DecodeError> {
        self.array::<2>().map(u16::from_be_bytes)
    }

    #[inline]
    pub(crate) fn u20_be(&mut self) -> Result<u32, DecodeError> {
        let [a, b, c] = self.array::<3>()?;
        Ok((u32::from(a & 0x0F) << 16) | (u32::from(b) << 8) | u32::from(c))
    }

    #[inline]
    pub(crate) fn u32_be(&mut self) -> Result<u32, DecodeError> {
        self.array::<4>().map(u32::from_be_bytes)
    }
}

//! Strings as they sit on the wire, borrowed from the decoded buffer.
//!
//! A [`StrRef`] is a token (a `&'static str` from the dictionary), raw UTF-8
//! borrowed from the input, or a packed NIBBLE_8/HEX_8 view that renders its
//! characters on demand. Decoding never allocates for a string.

use std::borrow::Cow;
use std::fmt;

/// Which alphabet a packed string uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PackedKind {
    /// NIBBLE_8: `0-9`, `-` (10), `.` (11).
    Nibble,
    /// HEX_8: `0-9`, `A-F`.
    Hex,
}

impl PackedKind {
    /// The character of one nibble (`None` for values that stand for nothing).
    #[inline]
    pub fn char_of(self, nibble: u8) -> Option<u8> {
        match (self, nibble) {
            (_, 0..=9) => Some(b'0' + nibble),
            (PackedKind::Nibble, 10) => Some(b'-'),
            (PackedKind::Nibble, 11) => Some(b'.'),
            (PackedKind::Hex, 10..=15) => Some(b'A' + nibble - 10),
            _ => None,
        }
    }

    /// The nibble of one character (`None` if the alphabet lacks it).
    #[inline]
    pub fn nibble_of(self, ch: u8) -> Option<u8> {
        match (self, ch) {
            (_, b'0'..=b'9') => Some(ch - b'0'),
            (PackedKind::Nibble, b'-') => Some(10),
            (PackedKind::Nibble, b'.') => Some(11),
            (PackedKind::Hex, b'A'..=b'F') => Some(ch - b'A' + 10),
            _ => None,
        }
    }
}

/// A validated packed string: two characters per byte, high nibble first;
/// an odd length drops the last (padding) nibble.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Packed<'a> {
    kind: PackedKind,
    bytes: &'a [u8],
    len: u8,
}

impl<'a> Packed<'a> {
    /// Wraps packed bytes already checked by the decoder.
    pub(crate) fn new(kind: PackedKind, bytes: &'a [u8], len: u8) -> Packed<'a> {
        Packed { kind, bytes, len }
    }

    /// The alphabet.
    pub fn kind(&self) -> PackedKind {
        self.kind
    }

    /// The packed bytes as on the wire (without the length byte).
    pub fn packed_bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// Number of characters.
    pub fn len(&self) -> usize {
        usize::from(self.len)
    }

    /// True for the empty string.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The characters (ASCII bytes).
    pub fn chars(&self) -> impl Iterator<Item = u8> + 'a {
        let kind = self.kind;
        self.bytes
            .iter()
            .flat_map(|byte| [byte >> 4, byte & 0x0F])
            .take(usize::from(self.len))
            .map(move |nibble| kind.char_of(nibble).unwrap_or(b'?'))
    }

    /// Renders the characters into `buffer` (at least 254 bytes) and
    /// returns them: two characters per byte from a table.
    fn render<'b>(&self, buffer: &'b mut [u8; 2 * 127]) -> &'b str {
        let table = match self.kind {
            PackedKind::Nibble => &NIBBLE_PAIRS,
            PackedKind::Hex => &HEX_PAIRS,
        };
        for (pair, byte) in buffer.chunks_exact_mut(2).zip(self.bytes) {
            pair.copy_from_slice(&table[usize::from(*byte)]);
        }
        let len = self.len().min(buffer.len());
        // Every table entry is ASCII.
        std::str::from_utf8(&buffer[..len]).unwrap_or_default()
    }

    /// Appends the characters to `out`.
    pub fn write_to(&self, out: &mut String) {
        let mut buffer = [0u8; 2 * 127];
        out.push_str(self.render(&mut buffer));
    }

    /// Writes the characters to any `fmt::Write` sink.
    pub fn write_into<W: fmt::Write>(&self, out: &mut W) -> fmt::Result {
        let mut buffer = [0u8; 2 * 127];
        out.write_str(self.render(&mut buffer))
    }
}

const fn pair_table(kind: PackedKind) -> [[u8; 2]; 256] {
    let mut table = [[b'?'; 2]; 256];
    let mut i = 0;
    while i < 256 {
        let (high, low) = ((i >> 4) as u8, (i & 0x0F) as u8);
        table[i] = [packed_char(kind, high), packed_char(kind, low)];
        i += 1;
    }
    table
}

const fn packed_char(kind: PackedKind, nibble: u8) -> u8 {
    match (kind, nibble) {
        (_, 0..=9) => b'0' + nibble,
        (PackedKind::Nibble, 10) => b'-',
        (PackedKind::Nibble, 11) => b'.',
        (PackedKind::Hex, 10..=15) => b'A' + nibble - 10,
        _ => b'?',
    }
}

static NIBBLE_PAIRS: [[u8; 2]; 256] = pair_table(PackedKind::Nibble);
static HEX_PAIRS: [[u8; 2]; 256] = pair_table(PackedKind::Hex);

/// A string decoded from the wire without copying.
#[derive(Debug, Clone, Copy)]
pub enum StrRef<'a> {
    /// A dictionary token.
    Token {
        /// The token's string.
        text: &'static str,
        /// Its dense code: single byte `i` is `i`, double byte `(d, j)` is `256 + 256 d + j`.
        code: u16,
    },
    /// Raw UTF-8 (BINARY_8/20/32 on the wire), or a string borrowed from an owned node.
    Raw(&'a str),
    /// A packed NIBBLE_8 or HEX_8 string (see [`StrRef::packed`] for a view).
    Packed {
        /// The alphabet.
        kind: PackedKind,
        /// Number of characters.
        len: u8,
        /// The packed bytes (two characters per byte).
        bytes: &'a [u8],
    },
}

impl<'a> StrRef<'a> {
    /// The empty string.
    pub const EMPTY: StrRef<'static> = StrRef::Raw("");

    /// The packed view of a packed string.
    pub fn packed(&self) -> Option<Packed<'a>> {
        match *self {
            StrRef::Packed { kind, len, bytes } => Some(Packed::new(kind, bytes, len)),
            _ => None,
        }
    }

    /// The string, borrowed when it is a token or raw, rendered when packed.
    pub fn as_str(&self) -> Cow<'a, str> {
        match *self {
            StrRef::Token { text, .. } => Cow::Borrowed(text),
            StrRef::Raw(text) => Cow::Borrowed(text),
            StrRef::Packed { kind, len, bytes } => {
                let packed = Packed::new(kind, bytes, len);
                let mut out = String::with_capacity(packed.len());
                packed.write_to(&mut out);
                Cow::Owned(out)
            }
        }
    }

    /// The string if it can be borrowed (tokens and raw strings).
    pub fn borrowed(&self) -> Option<&'a str> {
        match *self {
            StrRef::Token { text, .. } => Some(text),
            StrRef::Raw(text) => Some(text),
            StrRef::Packed { .. } => None,
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        match self {
            StrRef::Token { text, .. } => text.len(),
            StrRef::Raw(text) => text.len(),
            StrRef::Packed { len, .. } => usize::from(*len),
        }
    }

    /// True for the empty string.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Appends the string to `out`.
    pub fn write_to(&self, out: &mut String) {
        match self {
            StrRef::Token { text, .. } => out.push_str(text),
            StrRef::Raw(text) => out.push_str(text),
            StrRef::Packed { kind, len, bytes } => Packed::new(*kind, bytes, *len).write_to(out),
        }
    }

    /// Writes the string to any `fmt::Write` sink.
    pub fn write_into<W: fmt::Write>(&self, out: &mut W) -> fmt::Result {
        match self {
            StrRef::Token { text, .. } => out.write_str(text),
            StrRef::Raw(text) => out.write_str(text),
            StrRef::Packed { kind, len, bytes } => Packed::new(*kind, bytes, *len).write_into(out),
        }
    }

    /// Compares with `other` without allocating.
    #[inline]
    pub fn eq_str(&self, other: &str) -> bool {
        match self {
            StrRef::Token { text, .. } => *text == other,
            StrRef::Raw(text) => *text == other,
            StrRef::Packed { kind, len, bytes } => {
                usize::from(*len) == other.len()
                    && Packed::new(*kind, bytes, *len)
                        .chars()
                        .zip(other.bytes())
                        .all(|(a, b)| a == b)
            }
        }
    }

    /// Parses a decimal integer without allocating.
    pub fn parse_u64(&self) -> Option<u64> {
        match self {
            StrRef::Token { text, .. } => parse_digits(text.bytes()),
            StrRef::Raw(text) => parse_digits(text.bytes()),
            StrRef::Packed { kind, len, bytes } => {
                parse_digits(Packed::new(*kind, bytes, *len).chars())
            }
        }
    }

    /// Parses a decimal integer with an optional leading `-` without allocating.
    pub fn parse_i64(&self) -> Option<i64> {
        let text = self.as_str();
        text.parse::<i64>().ok().filter(|_| !text.starts_with('+'))
    }
}

fn parse_digits(bytes: impl Iterator<Item = u8>) -> Option<u64> {
    let mut value: u64 = 0;
    let mut any = false;
    for byte in bytes {
        let digit = byte.checked_sub(b'0').filter(|d| *d < 10)?;
        value = value.checked_mul(10)?.checked_add(u64::from(digit))?;
        any = true;
    }
    any.then_some(value)
}

impl fmt::Display for StrRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_into(f)
    }
}

impl PartialEq for StrRef<'_> {
    fn eq(&self, other: &StrRef<'_>) -> bool {
        match other.borrowed() {
            Some(text) => self.eq_str(text),
            None => match self.borrowed() {
                Some(text) => other.eq_str(text),
                None => self.len() == other.len() && self.as_str() == other.as_str(),
            },
        }
    }
}

impl Eq for StrRef<'_> {}

impl PartialEq<str> for StrRef<'_> {
    fn eq(&self, other: &str) -> bool {
        self.eq_str(other)
    }
}

impl PartialEq<&str> for StrRef<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.eq_str(other)
    }
}

impl<'a> From<&'a str> for StrRef<'a> {
    fn from(text: &'a str) -> StrRef<'a> {
        StrRef::Raw(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_strings_render_and_compare() {
        let nibble = StrRef::Packed {
            kind: PackedKind::Nibble,
            bytes: &[0x12, 0x3a, 0xbf],
            len: 5,
        };
        assert_eq!(nibble.as_str(), "123-.");
        assert!(nibble.eq_str("123-."));
        assert!(!nibble.eq_str("123-"));
        assert_eq!(nibble.to_string(), "123-.");
        assert_eq!(nibble, StrRef::Raw("123-."));
        let hex = StrRef::Packed {
            kind: PackedKind::Hex,
            bytes: &[0xab, 0xcd, 0xef],
            len: 6,
        };
        assert_eq!(hex.as_str(), "ABCDEF");
        assert_eq!(hex.parse_u64(), None);
        let number = StrRef::Packed {
            kind: PackedKind::Nibble,
            bytes: &[0x17, 0x12, 0x0f],
            len: 5,
        };
        assert_eq!(number.parse_u64(), Some(17120));
    }

    #[test]
    fn integers_parse_strictly() {
        assert_eq!(StrRef::Raw("1712947765").parse_u64(), Some(1_712_947_765));
        assert_eq!(StrRef::Raw("").parse_u64(), None);
        assert_eq!(StrRef::Raw("+1").parse_u64(), None);
        assert_eq!(StrRef::Raw("18446744073709551616").parse_u64(), None);
        assert_eq!(StrRef::Raw("-5").parse_i64(), Some(-5));
        assert_eq!(StrRef::Raw("+5").parse_i64(), None);
    }
}

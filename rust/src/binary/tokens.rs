//! Token dictionaries: the strings that travel as one or two bytes.
//!
//! WhatsApp Web speaks dictionary v3 (connection header `57 41 06 03`); the
//! pinned Baileys 6.17.16 still speaks v2 (`57 41 06 02`), so a server must
//! pick the dictionary from byte 4 of a client's header. Decoding indexes the
//! tables directly; encoding looks strings up in an open-addressing hash index
//! built once per dictionary (every outgoing string goes through it).

use std::sync::LazyLock;

#[path = "tokens_v2.rs"]
mod v2;
#[path = "tokens_v3.rs"]
mod v3;

/// A token dictionary version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Dictionary {
    /// Dictionary v2: the legacy tables of Baileys 6.x.
    V2,
    /// Dictionary v3: what current WhatsApp Web speaks.
    #[default]
    V3,
}

/// How a string is written as a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Token {
    /// One byte, `1..=235`.
    Single(u8),
    /// Two bytes: `DICTIONARY_0 + dict`, `index`.
    Double {
        /// Which of the four double-byte tables (0..=3).
        dict: u8,
        /// Index inside that table.
        index: u8,
    },
}

impl Dictionary {
    /// The dictionary of a connection header's version byte (byte 4).
    pub fn from_version(version: u8) -> Option<Dictionary> {
        match version {
            2 => Some(Dictionary::V2),
            3 => Some(Dictionary::V3),
            _ => None,
        }
    }

    /// The version byte (2 or 3).
    pub fn version(self) -> u8 {
        match self {
            Dictionary::V2 => 2,
            Dictionary::V3 => 3,
        }
    }

    /// The 4-byte connection header that announces this dictionary (`WA`, 6, version).
    pub fn header(self) -> [u8; 4] {
        [b'W', b'A', 6, self.version()]
    }

    /// The single-byte tokens (entry 0 is the empty string, never a token).
    pub fn single_byte_table(self) -> &'static [&'static str] {
        match self {
            Dictionary::V2 => &v2::SINGLE_BYTE,
            Dictionary::V3 => &v3::SINGLE_BYTE,
        }
    }

    /// The four double-byte token tables.
    pub fn double_byte_tables(self) -> &'static [[&'static str; 256]] {
        match self {
            Dictionary::V2 => &v2::DOUBLE_BYTE,
            Dictionary::V3 => &v3::DOUBLE_BYTE,
        }
    }

    /// The string of single-byte token `index` (`None` for 0 and past the table).
    pub fn single_byte(self, index: u8) -> Option<&'static str> {
        if index == 0 {
            return None;
        }
        self.single_byte_table().get(usize::from(index)).copied()
    }

    /// The string of double-byte token `index` in table `dict`.
    pub fn double_byte(self, dict: u8, index: u8) -> Option<&'static str> {
        self.double_byte_tables()
            .get(usize::from(dict))?
            .get(usize::from(index))
            .copied()
    }

    /// The token that stands for `text`, if any (never for the empty string).
    #[inline]
    pub fn lookup(self, text: &str) -> Option<Token> {
        let index = match self {
            Dictionary::V2 => &*V2_INDEX,
            Dictionary::V3 => &*V3_INDEX,
        };
        index.lookup(self, text.as_bytes())
    }

    /// The string a token code stands for (see [`TokenIndex`]).
    fn code_text(self, code: u16) -> Option<&'static str> {
        decode_code(code).and_then(|token| self.token_text(token))
    }

    /// The string of a token.
    pub fn token_text(self, token: Token) -> Option<&'static str> {
        match token {
            Token::Single(index) => self.single_byte(index),
            Token::Double { dict, index } => self.double_byte(dict, index),
        }
    }
}

/// A token as a dense code: single byte `i` is `i`, double byte `(d, j)` is
/// `256 + 256 d + j`. Codes are below [`TOKEN_CODE_COUNT`].
pub fn token_code(token: Token) -> u16 {
    match token {
        Token::Single(index) => u16::from(index),
        Token::Double { dict, index } => 256 + 256 * u16::from(dict) + u16::from(index),
    }
}

/// The number of token codes (some unused): codes are below this.
pub const TOKEN_CODE_COUNT: usize = 256 * 5;

fn decode_code(code: u16) -> Option<Token> {
    match code {
        0..=255 => u8::try_from(code).ok().map(Token::Single),
        _ => {
            let rest = code - 256;
            Some(Token::Double {
                dict: u8::try_from(rest / 256).ok()?,
                index: u8::try_from(rest % 256).ok()?,
            })
        }
    }
}

const SLOT_BITS: u32 = 12;
const SLOTS: usize = 1 << SLOT_BITS;
const MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;

/// Open-addressing string -> token index: 4096 slots for ~1,260 tokens, each
/// slot `fingerprint << 16 | (code + 1)` (0 = empty), linear probing. The
/// fingerprint rejects most mismatches before any string comparison.
struct TokenIndex {
    slots: Box<[u32]>,
    /// Longest token starting with each byte (0: none): most strings that
    /// are not tokens (numbers, ids, JIDs) are rejected before hashing.
    max_len_by_first: [u8; 256],
}

static V2_INDEX: LazyLock<TokenIndex> = LazyLock::new(|| TokenIndex::build(Dictionary::V2));
static V3_INDEX: LazyLock<TokenIndex> = LazyLock::new(|| TokenIndex::build(Dictionary::V3));

#[inline]
fn hash(bytes: &[u8]) -> u64 {
    let mut h = (bytes.len() as u64).wrapping_mul(MULTIPLIER);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = (h ^ u64::from_le_bytes(word))
            .wrapping_mul(MULTIPLIER)
            .rotate_left(23);
    }
    let mut word = 0u64;
    for (i, byte) in chunks.remainder().iter().enumerate() {
        word |= u64::from(*byte) << (8 * i);
    }
    h = (h ^ word).wrapping_mul(MULTIPLIER);
    h ^ (h >> 29)
}

impl TokenIndex {
    fn build(dict: Dictionary) -> TokenIndex {
        let mut slots = vec![0u32; SLOTS].into_boxed_slice();
        let mut max_len_by_first = [0u8; 256];
        let singles = dict
            .single_byte_table()
            .iter()
            .enumerate()
            .skip(1)
            .filter_map(|(i, text)| Some((Token::Single(u8::try_from(i).ok()?), *text)));
        let doubles = dict
            .double_byte_tables()
            .iter()
            .enumerate()
            .flat_map(|(d, table)| {
                table.iter().enumerate().filter_map(move |(j, text)| {
                    Some((
                        Token::Double {
                            dict: u8::try_from(d).ok()?,
                            index: u8::try_from(j).ok()?,
                        },
                        *text,
                    ))
                })
            });
        for (token, text) in singles.chain(doubles) {
            if text.is_empty() {
                continue;
            }
            if let Some(&first) = text.as_bytes().first() {
                let longest = &mut max_len_by_first[usize::from(first)];
                *longest = (*longest).max(u8::try_from(text.len()).unwrap_or(u8::MAX));
            }
            let h = hash(text.as_bytes());
            let mut slot = Self::slot_of(h);
            // The first occurrence wins (single-byte before double-byte), as
            // in the reference encoders; the tables hold no duplicates anyway.
            loop {
                let entry = slots[slot];
                if entry == 0 {
                    slots[slot] = (u32::from(Self::fingerprint(h)) << 16)
                        | (u32::from(token_code(token)) + 1);
                    break;
                }
                if dict.code_text(Self::entry_code(entry)) == Some(text) {
                    break;
                }
                slot = (slot + 1) & (SLOTS - 1);
            }
        }
        TokenIndex {
            slots,
            max_len_by_first,
        }
    }

    #[inline]
    fn slot_of(h: u64) -> usize {
        (h.wrapping_mul(MULTIPLIER) >> (64 - SLOT_BITS)) as usize
    }

    #[inline]
    fn fingerprint(h: u64) -> u16 {
        (h >> 8) as u16
    }

    #[inline]
    fn entry_code(entry: u32) -> u16 {
        ((entry & 0xFFFF) as u16).wrapping_sub(1)
    }

    #[inline]
    fn lookup(&self, dict: Dictionary, text: &[u8]) -> Option<Token> {
        let &first = text.first()?;
        if text.len() > usize::from(self.max_len_by_first[usize::from(first)]) {
            return None;
        }
        let h = hash(text);
        let fingerprint = Self::fingerprint(h);
        let mut slot = Self::slot_of(h);
        loop {
            let entry = *self.slots.get(slot)?;
            if entry == 0 {
                return None;
            }
            if (entry >> 16) as u16 == fingerprint {
                let code = Self::entry_code(entry);
                if dict
                    .code_text(code)
                    .is_some_and(|candidate| candidate.as_bytes() == text)
                {
                    return decode_code(code);
                }
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_token_is_found_at_its_own_index() {
        for dict in [Dictionary::V2, Dictionary::V3] {
            for (i, text) in dict.single_byte_table().iter().enumerate().skip(1) {
                assert_eq!(
                    dict.lookup(text),
                    Some(Token::Single(i as u8)),
                    "{dict:?} {text}"
                );
            }
            for (d, table) in dict.double_byte_tables().iter().enumerate() {
                for (j, text) in table.iter().enumerate() {
                    let want = Token::Double {
                        dict: d as u8,
                        index: j as u8,
                    };
                    assert_eq!(dict.lookup(text), Some(want), "{dict:?} {text}");
                    assert_eq!(dict.token_text(want), Some(*text));
                }
            }
        }
    }

    #[test]
    fn non_tokens_are_not_found() {
        for text in [
            "",
            "62736511039",
            "3EB0D7F6123A967F18BDDF9592BD4A937A66B1EE",
            "messagex",
            "Message",
        ] {
            assert_eq!(Dictionary::V3.lookup(text), None, "{text}");
        }
        assert_eq!(Dictionary::V3.lookup("message"), Some(Token::Single(0x13)));
        assert_eq!(Dictionary::V2.lookup("message"), Some(Token::Single(0x0b)));
    }

    #[test]
    fn headers_and_versions() {
        assert_eq!(Dictionary::default(), Dictionary::V3);
        assert_eq!(Dictionary::V3.header(), [0x57, 0x41, 6, 3]);
        assert_eq!(Dictionary::from_version(2), Some(Dictionary::V2));
        assert_eq!(Dictionary::from_version(4), None);
        assert_eq!(Dictionary::V3.single_byte(0), None);
        assert_eq!(Dictionary::V3.single_byte(236), None);
    }
}

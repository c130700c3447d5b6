//! WhatsApp's plaintext padding (`<enc v="2">`): before encryption the
//! serialized `Message` gets `N` bytes of value `N`, with `N` drawn from
//! `1..=15` (a random byte's low nibble, 15 when it is 0). Receivers strip
//! the padding by its last byte. `v="3"` payloads are not padded.

use super::error::{Malformed, MessageKind, SignalError};
use super::key_source::KeySource;

/// A padding length as WhatsApp clients draw it.
pub fn padding_len(keys: &mut impl KeySource) -> u8 {
    let mut byte = [0u8; 1];
    keys.fill_bytes(&mut byte);
    match byte[0] & 0x0F {
        0 => 15,
        n => n,
    }
}

/// Appends `len` bytes of value `len` to `message`.
pub fn pad_with(message: &mut Vec<u8>, len: u8) {
    message.resize(message.len() + usize::from(len), len);
}

/// `message` followed by random WhatsApp padding.
pub fn pad(message: &[u8], keys: &mut impl KeySource) -> Vec<u8> {
    let len = padding_len(keys);
    let mut out = Vec::with_capacity(message.len() + usize::from(len));
    out.extend_from_slice(message);
    pad_with(&mut out, len);
    out
}

/// The message inside a padded plaintext: the last byte `N` (at least 1)
/// says how many bytes of value `N` end it.
pub fn unpad(plaintext: &[u8]) -> Result<&[u8], SignalError> {
    let bad = || SignalError::invalid(MessageKind::Plaintext, Malformed::PlaintextPadding);
    let (&last, _) = plaintext.split_last().ok_or_else(bad)?;
    let len = usize::from(last);
    if len == 0 || len > plaintext.len() {
        return Err(bad());
    }
    let (message, padding) = plaintext.split_at(plaintext.len() - len);
    if padding.iter().any(|&byte| byte != last) {
        return Err(bad());
    }
    Ok(message)
}

/// Strips padding in place (see [`unpad`]).
pub fn unpad_in_place(plaintext: &mut Vec<u8>) -> Result<(), SignalError> {
    let len = unpad(plaintext)?.len();
    plaintext.truncate(len);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signal::key_source::OsKeys;

    #[test]
    fn padding_round_trips_with_lengths_one_to_fifteen() {
        let mut seen = [false; 16];
        for _ in 0..2000 {
            let padded = pad(b"message", &mut OsKeys);
            let len = padded.len() - 7;
            assert!((1..=15).contains(&len));
            seen[len] = true;
            assert_eq!(unpad(&padded).unwrap(), b"message");
        }
        assert!(seen[1..].iter().all(|&s| s), "every length 1..=15 occurs");
    }

    #[test]
    fn bad_padding_is_rejected() {
        for bad in [&[][..], &[0], &[1, 2, 3, 0], &[3, 3], &[1, 2, 2, 3, 3]] {
            assert!(
                matches!(
                    unpad(bad),
                    Err(SignalError::InvalidMessage {
                        kind: MessageKind::Plaintext,
                        reason: Malformed::PlaintextPadding
                    })
                ),
                "{bad:?}"
            );
        }
        assert_eq!(unpad(&[9, 2, 2]).unwrap(), &[9]);
        assert_eq!(unpad(&[1]).unwrap(), &[] as &[u8]);
        let mut owned = vec![5, 6, 3, 3, 3];
        unpad_in_place(&mut owned).unwrap();
        assert_eq!(owned, [5, 6]);
    }
}

//! The symmetric primitives of the Signal protocol, shaped for its hot paths:
//! HMAC-SHA256 over several parts without concatenating them, HKDF-SHA256
//! with a precomputed all-zero salt, and AES-256-CBC with PKCS#7 writing
//! straight into the caller's output buffer.

use std::sync::LazyLock;

use aes::Aes256;
use cbc::cipher::block_padding::Pkcs7;
use cbc::cipher::{BlockModeDecrypt, BlockModeEncrypt, KeyIvInit};
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use zeroize::Zeroize;

/// HMAC-SHA256.
pub(crate) type HmacSha256 = Hmac<Sha256>;

/// AES block length.
pub(crate) const AES_BLOCK: usize = 16;

/// HMAC keyed with 32 zero bytes: HKDF-Extract with Signal's zero salt (and
/// with no salt at all, which RFC 5869 defines as the same thing).
static ZERO_SALT: LazyLock<HmacSha256> = LazyLock::new(|| keyed(&[0u8; 32]));

/// An HMAC-SHA256 instance keyed with `key` (any length is valid).
pub(crate) fn keyed(key: &[u8]) -> HmacSha256 {
    // HMAC accepts keys of every length; the error branch cannot be taken,
    // and an unkeyed fallback would still be a valid (if different) MAC.
    match <HmacSha256 as KeyInit>::new_from_slice(key) {
        Ok(mac) => mac,
        Err(_) => <HmacSha256 as KeyInit>::new(&Default::default()),
    }
}

/// HMAC-SHA256 of the concatenation of `parts` under `key`.
#[cfg(test)]
pub(crate) fn hmac(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut mac = keyed(key);
    for part in parts {
        mac.update(part);
    }
    mac.finalize().into_bytes().into()
}

/// Finishes a keyed HMAC over `parts`.
pub(crate) fn finish(mut mac: HmacSha256, parts: &[&[u8]]) -> [u8; 32] {
    for part in parts {
        mac.update(part);
    }
    mac.finalize().into_bytes().into()
}

/// HKDF-SHA256 (RFC 5869) with `salt`, producing `N` bytes (N ≤ 8160).
pub(crate) fn hkdf<const N: usize>(salt: &[u8], ikm: &[u8], info: &[u8]) -> [u8; N] {
    let extract = if salt.is_empty() || salt == [0u8; 32] {
        ZERO_SALT.clone()
    } else {
        keyed(salt)
    };
    let mut prk = finish(extract, &[ikm]);
    let out = expand(&prk, info);
    prk.zeroize();
    out
}

/// HKDF-SHA256 with the all-zero salt Signal uses for X3DH, message keys and
/// sender keys.
pub(crate) fn hkdf_zero_salt<const N: usize>(ikm: &[u8], info: &[u8]) -> [u8; N] {
    let mut prk = finish(ZERO_SALT.clone(), &[ikm]);
    let out = expand(&prk, info);
    prk.zeroize();
    out
}

/// HKDF-Expand: `T(i) = HMAC(prk, T(i-1) || info || i)`.
fn expand<const N: usize>(prk: &[u8; 32], info: &[u8]) -> [u8; N] {
    let base = keyed(prk);
    let mut out = [0u8; N];
    let mut previous = [0u8; 32];
    for (index, chunk) in out.chunks_mut(32).enumerate() {
        let mut mac = base.clone();
        if index > 0 {
            mac.update(&previous);
        }
        mac.update(info);
        // N ≤ 255 blocks is a property of every caller (at most 80 bytes).
        mac.update(&[(index + 1) as u8]);
        previous = mac.finalize().into_bytes().into();
        chunk.copy_from_slice(&previous[..chunk.len()]);
    }
    previous.zeroize();
    out
}

/// Length of the AES-CBC/PKCS#7 ciphertext of `plaintext_len` bytes.
pub(crate) const fn cbc_len(plaintext_len: usize) -> usize {
    (plaintext_len / AES_BLOCK + 1) * AES_BLOCK
}

/// Appends the AES-256-CBC/PKCS#7 encryption of `plaintext` to `out`.
pub(crate) fn aes_cbc_encrypt_into(
    key: &[u8; 32],
    iv: &[u8; 16],
    plaintext: &[u8],
    out: &mut Vec<u8>,
) {
    let start = out.len();
    let len = cbc_len(plaintext.len());
    out.resize(start + len, 0);
    let cipher = cbc::Encryptor::<Aes256>::new(key.into(), iv.into());
    // The output slice has exactly the padded length, so padding cannot fail;
    // on the impossible error the buffer keeps zeros and the MAC still covers it.
    let _ = cipher.encrypt_padded_b2b::<Pkcs7>(plaintext, &mut out[start..]);
}

/// AES-256-CBC/PKCS#7 decryption; `None` if the length is not a positive
/// multiple of the block size or the padding is wrong.
pub(crate) fn aes_cbc_decrypt(
    key: &[u8; 32],
    iv: &[u8; 16],
    ciphertext: &[u8],
) -> Result<Vec<u8>, CbcError> {
    if ciphertext.is_empty() || !ciphertext.len().is_multiple_of(AES_BLOCK) {
        return Err(CbcError::Length(ciphertext.len()));
    }
    let mut buffer = ciphertext.to_vec();
    let cipher = cbc::Decryptor::<Aes256>::new(key.into(), iv.into());
    let len = cipher
        .decrypt_padded::<Pkcs7>(&mut buffer)
        .map_err(|_| CbcError::Padding)?
        .len();
    buffer.truncate(len);
    Ok(buffer)
}

/// Why AES-CBC decryption failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CbcError {
    /// Not a positive multiple of 16 bytes.
    Length(usize),
    /// Bad PKCS#7 padding.
    Padding,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hkdf_matches_rfc5869_case_1() {
        let ikm = [0x0bu8; 22];
        let salt = hex::decode("000102030405060708090a0b0c").unwrap();
        let info = hex::decode("f0f1f2f3f4f5f6f7f8f9").unwrap();
        let okm: [u8; 42] = hkdf(&salt, &ikm, &info);
        assert_eq!(
            hex::encode(okm),
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
        );
    }

    #[test]
    fn hkdf_with_no_salt_matches_rfc5869_case_3() {
        let ikm = [0x0bu8; 22];
        let okm: [u8; 42] = hkdf_zero_salt(&ikm, b"");
        assert_eq!(
            hex::encode(okm),
            "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"
        );
        assert_eq!(hkdf::<42>(&[], &ikm, b""), okm);
    }

    #[test]
    fn hmac_matches_rfc4231_case_2() {
        let tag = hmac(b"Jefe", &[b"what do ya want ", b"for nothing?"]);
        assert_eq!(
            hex::encode(tag),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn cbc_round_trip_and_errors() {
        let key = [7u8; 32];
        let iv = [9u8; 16];
        for len in [0usize, 1, 15, 16, 17, 200] {
            let plaintext: Vec<u8> = (0..len).map(|i| i as u8).collect();
            let mut out = vec![0xAA];
            aes_cbc_encrypt_into(&key, &iv, &plaintext, &mut out);
            assert_eq!(out.len(), 1 + cbc_len(len));
            assert_eq!(aes_cbc_decrypt(&key, &iv, &out[1..]).unwrap(), plaintext);
        }
        assert_eq!(aes_cbc_decrypt(&key, &iv, &[]), Err(CbcError::Length(0)));
        assert_eq!(
            aes_cbc_decrypt(&key, &iv, &[0u8; 17]),
            Err(CbcError::Length(17))
        );
        let mut out = Vec::new();
        aes_cbc_encrypt_into(&key, &iv, b"hello", &mut out);
        assert_eq!(
            aes_cbc_decrypt(&[8u8; 32], &iv, &out),
            Err(CbcError::Padding)
        );
    }
}

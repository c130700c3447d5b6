//! Streaming media decryption with verification.
//!
//! [`MediaDecryptor`] takes the encrypted file in pieces and decrypts as it
//! goes, always holding back the last cipher block and the 10-byte MAC.
//! Bytes it emits before [`MediaDecryptor::finish`] are **unverified**: only
//! when `finish` returns `Ok` have the MAC, padding and (when expected)
//! `fileEncSha256`, `fileSha256` and `fileLength` all been checked. The
//! helpers enforce that rule for callers: [`decrypt()`] hands out its buffer
//! only on success, and [`decrypt_to_path`] / [`decrypt_file`] write to a
//! temporary file that becomes the destination only after every check passed.

use std::fmt;
use std::io::{self, Read, Write};
use std::path::Path;

use aes::Aes256;
use cbc::cipher::array::Array;
use cbc::cipher::consts::U16;
use cbc::cipher::{BlockModeDecrypt, KeyIvInit};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use tempfile::NamedTempFile;

use super::keys::{MAC_LEN, MediaKeys, hmac_sha256};
use super::{HashKind, MediaError, PIECE, READ_BUFFER};

const BLOCK: usize = 16;
/// Bytes always held back: the last cipher block and the MAC.
const HOLD: usize = BLOCK + MAC_LEN;
/// Smallest valid encrypted file: one block and the MAC.
const MIN_LEN: u64 = HOLD as u64;

/// What the message announced about the file; each check is optional (the
/// MAC is always checked).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MediaChecks {
    /// Expected `fileEncSha256`.
    pub file_enc_sha256: Option<[u8; 32]>,
    /// Expected `fileSha256`.
    pub file_sha256: Option<[u8; 32]>,
    /// Expected `fileLength`.
    pub file_length: Option<u64>,
}

impl MediaChecks {
    /// No expectations besides the MAC.
    pub const fn none() -> MediaChecks {
        MediaChecks {
            file_enc_sha256: None,
            file_sha256: None,
            file_length: None,
        }
    }

    /// Expects this `fileEncSha256` (32 bytes, as read from a message).
    pub fn with_enc_sha256(mut self, hash: &[u8]) -> Result<MediaChecks, MediaError> {
        self.file_enc_sha256 = Some(hash_field("fileEncSha256", hash)?);
        Ok(self)
    }

    /// Expects this `fileSha256` (32 bytes, as read from a message).
    pub fn with_sha256(mut self, hash: &[u8]) -> Result<MediaChecks, MediaError> {
        self.file_sha256 = Some(hash_field("fileSha256", hash)?);
        Ok(self)
    }

    /// Expects this decrypted size.
    pub const fn with_length(mut self, length: u64) -> MediaChecks {
        self.file_length = Some(length);
        self
    }
}

fn hash_field(field: &'static str, bytes: &[u8]) -> Result<[u8; 32], MediaError> {
    bytes.try_into().map_err(|_| MediaError::BadFieldLength {
        field,
        expected: 32,
        got: bytes.len(),
    })
}

/// The verified properties of a decrypted file.
///
/// A hash is computed only when [`MediaChecks`] expects it (hashing costs as
/// much as decrypting), so each is `Some` exactly when it was checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecryptedMedia {
    /// SHA-256 of the plaintext, when checked.
    pub file_sha256: Option<[u8; 32]>,
    /// SHA-256 of the encrypted file, when checked.
    pub file_enc_sha256: Option<[u8; 32]>,
    /// Plaintext size.
    pub file_length: u64,
}

/// Decrypts one media file incrementally; see the module documentation for
/// what is verified when.
pub struct MediaDecryptor {
    cipher: cbc::Decryptor<Aes256>,
    mac: Hmac<Sha256>,
    plain_hash: Option<Sha256>,
    enc_hash: Option<Sha256>,
    checks: MediaChecks,
    /// Unprocessed tail of the stream (< HOLD + BLOCK bytes).
    carry: [u8; HOLD + BLOCK],
    carry_len: usize,
    /// Encrypted bytes received.
    received: u64,
    /// Plaintext bytes emitted.
    emitted: u64,
}

impl MediaDecryptor {
    /// Starts decrypting with the keys of one file and what the message announced.
    pub fn new(keys: &MediaKeys, checks: MediaChecks) -> MediaDecryptor {
        let cipher = cbc::Decryptor::<Aes256>::new(
            &Array::from(*keys.cipher_key()),
            &Array::from(*keys.iv()),
        );
        let mut mac = hmac_sha256(keys.mac_key());
        mac.update(keys.iv());
        MediaDecryptor {
            cipher,
            mac,
            plain_hash: checks.file_sha256.map(|_| Sha256::new()),
            enc_hash: checks.file_enc_sha256.map(|_| Sha256::new()),
            checks,
            carry: [0; HOLD + BLOCK],
            carry_len: 0,
            received: 0,
            emitted: 0,
        }
    }

    /// Encrypted bytes received so far.
    pub const fn received(&self) -> u64 {
        self.received
    }

    /// Decrypts what `encrypted` completes and appends it to `out`.
    ///
    /// The appended plaintext is **not verified yet**; it becomes valid only
    /// if [`finish`](Self::finish) returns `Ok`. Fails early when the
    /// announced `fileLength` cannot fit the data received.
    pub fn update(&mut self, encrypted: &[u8], out: &mut Vec<u8>) -> Result<(), MediaError> {
        out.reserve(encrypted.len());
        for piece in encrypted.chunks(PIECE) {
            self.update_piece(piece, out);
        }
        if let Some(expected) = self.checks.file_length {
            // The padded ciphertext of `expected` bytes plus the MAC.
            let most = (expected / BLOCK as u64 + 1) * BLOCK as u64 + MAC_LEN as u64;
            if self.received > most {
                log::debug!("media stream longer than its announced length {expected}");
                return Err(MediaError::LengthMismatch {
                    expected,
                    got: self.emitted,
                });
            }
        }
        Ok(())
    }

    fn update_piece(&mut self, input: &[u8], out: &mut Vec<u8>) {
        if let Some(hash) = &mut self.enc_hash {
            hash.update(input);
        }
        self.received += input.len() as u64;
        let have = self.carry_len;
        let total = have + input.len();
        if total < HOLD + BLOCK {
            self.carry[have..total].copy_from_slice(input);
            self.carry_len = total;
            return;
        }
        let process = (total - HOLD) / BLOCK * BLOCK;
        let start = out.len();
        if process <= have {
            out.extend_from_slice(&self.carry[..process]);
            let mut rest = [0u8; HOLD + BLOCK];
            let kept = have - process;
            rest[..kept].copy_from_slice(&self.carry[process..have]);
            rest[kept..kept + input.len()].copy_from_slice(input);
            self.carry = rest;
            self.carry_len = kept + input.len();
        } else {
            out.extend_from_slice(&self.carry[..have]);
            let from_input = process - have;
            out.extend_from_slice(&input[..from_input]);
            let rest = &input[from_input..];
            self.carry[..rest.len()].copy_from_slice(rest);
            self.carry_len = rest.len();
        }
        let fresh = &mut out[start..];
        self.mac.update(fresh);
        let (blocks, _) = Array::<u8, U16>::slice_as_chunks_mut(fresh);
        self.cipher.decrypt_blocks(blocks);
        if let Some(hash) = &mut self.plain_hash {
            hash.update(&*fresh);
        }
        self.emitted += process as u64;
    }

    /// Checks the whole file and appends the last plaintext bytes (the last
    /// block without its padding) to `out`, only if every check passed.
    ///
    /// Order: length, `fileEncSha256`, MAC, padding, `fileSha256`, `fileLength`.
    pub fn finish(mut self, out: &mut Vec<u8>) -> Result<DecryptedMedia, MediaError> {
        if self.received < MIN_LEN {
            log::debug!("encrypted media truncated at {} bytes", self.received);
            return Err(MediaError::Truncated { len: self.received });
        }
        if self.carry_len != HOLD {
            log::debug!(
                "encrypted media of {} bytes is not whole blocks",
                self.received
            );
            return Err(MediaError::BadLength { len: self.received });
        }
        let file_enc_sha256: Option<[u8; 32]> = self.enc_hash.map(|hash| hash.finalize().into());
        if let (Some(expected), Some(got)) = (self.checks.file_enc_sha256, file_enc_sha256)
            && !bool::from(expected.ct_eq(&got))
        {
            log::debug!("fileEncSha256 mismatch");
            return Err(MediaError::HashMismatch(HashKind::FileEncSha256));
        }
        let (last, mac) = self.carry[..HOLD].split_at(BLOCK);
        self.mac.update(last);
        let full = self.mac.finalize().into_bytes();
        if !bool::from(full[..MAC_LEN].ct_eq(mac)) {
            log::debug!("media MAC mismatch");
            return Err(MediaError::MacMismatch);
        }
        let mut block = Array::<u8, U16>::default();
        block.copy_from_slice(last);
        self.cipher.decrypt_block(&mut block);
        let tail = &block[..BLOCK - padding_len(&block)?];
        let info = DecryptedMedia {
            file_sha256: self.plain_hash.map(|mut hash| {
                hash.update(tail);
                hash.finalize().into()
            }),
            file_enc_sha256,
            file_length: self.emitted + tail.len() as u64,
        };
        verify_plain(&self.checks, &info)?;
        out.extend_from_slice(tail);
        Ok(info)
    }
}

impl fmt::Debug for MediaDecryptor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MediaDecryptor")
            .field("received", &self.received)
            .field("checks", &self.checks)
            .finish_non_exhaustive()
    }
}

/// Decrypts a whole encrypted file held in memory. The plaintext is
/// returned only once every check passed (one pass over the data, in
/// cache-sized pieces).
pub fn decrypt(
    encrypted: &[u8],
    keys: &MediaKeys,
    checks: MediaChecks,
) -> Result<(Vec<u8>, DecryptedMedia), MediaError> {
    let len = encrypted.len() as u64;
    if len < MIN_LEN {
        log::debug!("encrypted media truncated at {len} bytes");
        return Err(MediaError::Truncated { len });
    }
    if !(encrypted.len() - MAC_LEN).is_multiple_of(BLOCK) {
        log::debug!("encrypted media of {len} bytes is not whole blocks");
        return Err(MediaError::BadLength { len });
    }
    let mut out = Vec::with_capacity(encrypted.len());
    let mut decryptor = MediaDecryptor::new(keys, checks);
    decryptor.update(encrypted, &mut out)?;
    let info = decryptor.finish(&mut out)?;
    Ok((out, info))
}

/// The PKCS#7 padding length of a decrypted last block.
fn padding_len(last: &[u8]) -> Result<usize, MediaError> {
    let pad = last.last().map_or(0, |&b| usize::from(b));
    if pad == 0
        || pad > BLOCK
        || pad > last.len()
        || last[last.len() - pad..]
            .iter()
            .any(|&b| usize::from(b) != pad)
    {
        log::debug!("media padding invalid");
        return Err(MediaError::BadPadding);
    }
    Ok(pad)
}

/// The checks that need the plaintext: `fileSha256` and `fileLength`.
fn verify_plain(checks: &MediaChecks, info: &DecryptedMedia) -> Result<(), MediaError> {
    if let (Some(expected), Some(got)) = (checks.file_sha256, info.file_sha256)
        && !bool::from(expected.ct_eq(&got))
    {
        log::debug!("fileSha256 mismatch");
        return Err(MediaError::HashMismatch(HashKind::FileSha256));
    }
    if let Some(expected) = checks.file_length
        && expected != info.file_length
    {
        log::debug!(
            "decrypted media length {} differs from announced {expected}",
            info.file_length
        );
        return Err(MediaError::LengthMismatch {
            expected,
            got: info.file_length,
        });
    }
    Ok(())
}

/// Decrypts everything `reader` yields into `writer` with a fixed-size buffer.
///
/// `writer` receives plaintext **before** it is verified; trust what it
/// holds only when this returns `Ok` (on `Err`, discard it). To decrypt into
/// a file safely use [`decrypt_to_path`].
pub fn decrypt_stream<R: Read, W: Write>(
    mut reader: R,
    mut writer: W,
    keys: &MediaKeys,
    checks: MediaChecks,
) -> Result<DecryptedMedia, MediaError> {
    let mut decryptor = MediaDecryptor::new(keys, checks);
    let mut buffer = vec![0u8; READ_BUFFER];
    let mut out = Vec::with_capacity(READ_BUFFER + BLOCK);
    loop {
        let n = match reader.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error.into()),
        };
        out.clear();
        decryptor.update(&buffer[..n], &mut out)?;
        writer.write_all(&out)?;
    }
    out.clear();
    let info = decryptor.finish(&mut out)?;
    writer.write_all(&out)?;
    writer.flush()?;
    Ok(info)
}

/// Decrypts `reader` into the file `dst`: the plaintext goes to a temporary
/// file in `dst`'s directory, which is synced and renamed to `dst` only after
/// every check passed. On any error the temporary file is removed and `dst`
/// is left as it was.
pub fn decrypt_to_path<R: Read>(
    reader: R,
    dst: &Path,
    keys: &MediaKeys,
    checks: MediaChecks,
) -> Result<DecryptedMedia, MediaError> {
    let temp = temp_beside(dst)?;
    let info = decrypt_stream(reader, temp.as_file(), keys, checks)?;
    commit(temp, dst)?;
    Ok(info)
}

/// Decrypts the file `src` into `dst` with the guarantees of [`decrypt_to_path`].
pub fn decrypt_file(
    src: &Path,
    dst: &Path,
    keys: &MediaKeys,
    checks: MediaChecks,
) -> Result<DecryptedMedia, MediaError> {
    let source = std::fs::File::open(src)?;
    decrypt_to_path(source, dst, keys, checks)
}

/// A temporary file in the directory of `dst` (so that the final rename
/// stays on one file system).
pub(super) fn temp_beside(dst: &Path) -> io::Result<NamedTempFile> {
    let dir = match dst.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    tempfile::Builder::new()
        .prefix(".wapy-media-")
        .suffix(".part")
        .tempfile_in(dir)
}

/// Syncs a finished temporary file and renames it to `dst`.
pub(super) fn commit(temp: NamedTempFile, dst: &Path) -> io::Result<()> {
    temp.as_file().sync_all()?;
    temp.persist(dst).map_err(|error| error.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::media::{MediaType, encrypt};
    use hmac::KeyInit;

    fn keys() -> MediaKeys {
        MediaKeys::derive(&[9; 32], MediaType::Document)
    }

    fn sample(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 31 + 7) as u8).collect()
    }

    fn checks_for(plain: &[u8], enc: &[u8]) -> MediaChecks {
        MediaChecks::none()
            .with_enc_sha256(&Sha256::digest(enc))
            .unwrap()
            .with_sha256(&Sha256::digest(plain))
            .unwrap()
            .with_length(plain.len() as u64)
    }

    #[test]
    fn round_trips_with_any_piece_size() {
        for len in [0, 1, 15, 16, 17, 100, 1000, 40_000] {
            let plain = sample(len);
            let (enc, info) = encrypt(&plain, &keys());
            let checks = checks_for(&plain, &enc);
            for step in [1, 5, 16, 26, 27, 4096, 1 << 20] {
                let mut decryptor = MediaDecryptor::new(&keys(), checks);
                let mut out = Vec::new();
                for piece in enc.chunks(step) {
                    decryptor.update(piece, &mut out).unwrap();
                }
                let got = decryptor.finish(&mut out).unwrap();
                assert_eq!(out, plain, "len {len} step {step}");
                assert_eq!(got.file_sha256, Some(info.file_sha256));
                assert_eq!(got.file_enc_sha256, Some(info.file_enc_sha256));
                assert_eq!(got.file_length, len as u64);
            }
            let (whole, _) = decrypt(&enc, &keys(), checks).unwrap();
            assert_eq!(whole, plain);
            // Without expectations nothing is hashed, but the MAC still counts.
            let (bare, bare_info) = decrypt(&enc, &keys(), MediaChecks::none()).unwrap();
            assert_eq!(bare, plain);
            assert_eq!(
                (bare_info.file_sha256, bare_info.file_enc_sha256),
                (None, None)
            );
            assert_eq!(bare_info.file_length, len as u64);
        }
    }

    fn streamed(enc: &[u8], checks: MediaChecks) -> Result<Vec<u8>, MediaError> {
        let mut sink = Vec::new();
        decrypt_stream(enc, &mut sink, &keys(), checks).map(|_| sink)
    }

    #[test]
    fn tampering_is_detected_everywhere() {
        let plain = sample(100);
        let (enc, _) = encrypt(&plain, &keys());
        for at in [0, 50, enc.len() - 11, enc.len() - 1] {
            let mut bad = enc.clone();
            bad[at] ^= 1;
            assert!(
                matches!(
                    streamed(&bad, MediaChecks::none()),
                    Err(MediaError::MacMismatch)
                ),
                "byte {at}"
            );
            assert!(matches!(
                decrypt(&bad, &keys(), MediaChecks::none()),
                Err(MediaError::MacMismatch)
            ));
            let with_hash = MediaChecks::none()
                .with_enc_sha256(&Sha256::digest(&enc))
                .unwrap();
            assert!(matches!(
                streamed(&bad, with_hash),
                Err(MediaError::HashMismatch(HashKind::FileEncSha256))
            ));
        }
        let wrong = MediaKeys::derive(&[9; 32], MediaType::Image);
        assert!(matches!(
            decrypt(&enc, &wrong, MediaChecks::none()),
            Err(MediaError::MacMismatch)
        ));
    }

    #[test]
    fn wrong_plain_hash_and_length_are_reported() {
        let plain = sample(40);
        let (enc, _) = encrypt(&plain, &keys());
        let checks = MediaChecks::none().with_sha256(&[0; 32]).unwrap();
        assert!(matches!(
            streamed(&enc, checks),
            Err(MediaError::HashMismatch(HashKind::FileSha256))
        ));
        let checks = MediaChecks::none().with_length(41);
        assert!(matches!(
            streamed(&enc, checks),
            Err(MediaError::LengthMismatch {
                expected: 41,
                got: 40
            })
        ));
        // A stream longer than the announced length stops early.
        let checks = MediaChecks::none().with_length(3);
        let mut decryptor = MediaDecryptor::new(&keys(), checks);
        assert!(matches!(
            decryptor.update(&enc, &mut Vec::new()),
            Err(MediaError::LengthMismatch { expected: 3, .. })
        ));
        assert!(matches!(
            MediaChecks::none().with_enc_sha256(&[0; 31]),
            Err(MediaError::BadFieldLength {
                field: "fileEncSha256",
                expected: 32,
                got: 31
            })
        ));
    }

    #[test]
    fn truncation_and_bad_lengths() {
        let (enc, _) = encrypt(&sample(40), &keys());
        for cut in [0, 1, 25] {
            assert!(matches!(
                streamed(&enc[..cut], MediaChecks::none()),
                Err(MediaError::Truncated { .. })
            ));
            assert!(matches!(
                decrypt(&enc[..cut], &keys(), MediaChecks::none()),
                Err(MediaError::Truncated { .. })
            ));
        }
        // 26 bytes is a well-formed length: one block and a MAC that does not match.
        assert!(matches!(
            streamed(&enc[..26], MediaChecks::none()),
            Err(MediaError::MacMismatch)
        ));
        for cut in [27, 41, 43, enc.len() - 1] {
            assert!(
                matches!(
                    streamed(&enc[..cut], MediaChecks::none()),
                    Err(MediaError::BadLength { .. })
                ),
                "{cut}"
            );
        }
        // Dropping a whole block keeps the length valid but breaks the MAC.
        assert!(matches!(
            streamed(&enc[16..], MediaChecks::none()),
            Err(MediaError::MacMismatch)
        ));
    }

    #[test]
    fn bad_padding_under_a_valid_mac() {
        // A file whose last block decrypts to padding byte 0: encrypt 32
        // plaintext bytes without padding and MAC them properly.
        let keys = keys();
        let mut cipher = cbc::Encryptor::<Aes256>::new(
            &Array::from(*keys.cipher_key()),
            &Array::from(*keys.iv()),
        );
        let mut body = [0u8; 32];
        let (blocks, _) = Array::<u8, U16>::slice_as_chunks_mut(&mut body);
        cbc::cipher::BlockModeEncrypt::encrypt_blocks(&mut cipher, blocks);
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(keys.mac_key()).unwrap();
        mac.update(keys.iv());
        mac.update(&body);
        let mut enc = body.to_vec();
        enc.extend_from_slice(&mac.finalize().into_bytes()[..10]);
        assert!(matches!(
            streamed(&enc, MediaChecks::none()),
            Err(MediaError::BadPadding)
        ));
        assert!(matches!(
            decrypt(&enc, &keys, MediaChecks::none()),
            Err(MediaError::BadPadding)
        ));
    }

    #[test]
    fn decrypt_file_never_leaves_a_partial_destination() {
        let dir = tempfile::tempdir().unwrap();
        let plain = sample(100_000);
        let (enc, _) = encrypt(&plain, &keys());
        let src = dir.path().join("in.enc");
        std::fs::write(&src, &enc).unwrap();
        let dst = dir.path().join("out.bin");

        let mut bad = enc.clone();
        bad[70_000] ^= 0x80;
        let bad_src = dir.path().join("bad.enc");
        std::fs::write(&bad_src, &bad).unwrap();
        assert!(matches!(
            decrypt_file(&bad_src, &dst, &keys(), MediaChecks::none()),
            Err(MediaError::MacMismatch)
        ));
        assert!(!dst.exists());

        std::fs::write(&dst, b"previous").unwrap();
        assert!(decrypt_file(&bad_src, &dst, &keys(), MediaChecks::none()).is_err());
        assert_eq!(std::fs::read(&dst).unwrap(), b"previous");

        let info = decrypt_file(&src, &dst, &keys(), checks_for(&plain, &enc)).unwrap();
        assert_eq!(info.file_length, plain.len() as u64);
        assert_eq!(std::fs::read(&dst).unwrap(), plain);
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
            .collect();
        assert!(leftovers.is_empty());

        let enc_dst = dir.path().join("again.enc");
        let plain_src = dir.path().join("plain.bin");
        std::fs::write(&plain_src, &plain).unwrap();
        let enc_info = crate::media::encrypt_file(&plain_src, &enc_dst, &keys()).unwrap();
        assert_eq!(std::fs::read(&enc_dst).unwrap(), enc);
        assert_eq!(enc_info.file_length, plain.len() as u64);
    }
}

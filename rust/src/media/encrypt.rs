//! Streaming media encryption.
//!
//! [`MediaEncryptor`] takes plaintext in pieces of any size and emits the
//! ciphertext as it goes; [`MediaEncryptor::finish`] writes the padded last
//! block and the 10-byte MAC and returns the file's hashes. It never holds
//! more than one partial block of plaintext.

use std::fmt;
use std::io::{self, Read, Write};
use std::path::Path;

use aes::Aes256;
use cbc::cipher::array::Array;
use cbc::cipher::consts::U16;
use cbc::cipher::{BlockModeEncrypt, KeyIvInit};
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use super::keys::{MAC_LEN, MediaKeys, hmac_sha256};
use super::{MediaError, PIECE, READ_BUFFER};

const BLOCK: usize = 16;

/// What an upload needs besides the encrypted bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EncryptedMedia {
    /// SHA-256 of the plaintext (`fileSha256`).
    pub file_sha256: [u8; 32],
    /// SHA-256 of the encrypted file, MAC included (`fileEncSha256`); its
    /// base64url form is the upload token.
    pub file_enc_sha256: [u8; 32],
    /// Plaintext size in bytes (`fileLength`).
    pub file_length: u64,
    /// The 10-byte MAC that ends the encrypted file.
    pub mac: [u8; MAC_LEN],
}

impl EncryptedMedia {
    /// Size of the encrypted file: the padded ciphertext plus the MAC.
    pub const fn enc_length(&self) -> u64 {
        (self.file_length / BLOCK as u64 + 1) * BLOCK as u64 + MAC_LEN as u64
    }
}

/// Encrypts one media file incrementally.
pub struct MediaEncryptor {
    cipher: cbc::Encryptor<Aes256>,
    mac: Hmac<Sha256>,
    plain_hash: Sha256,
    enc_hash: Sha256,
    pending: [u8; BLOCK],
    pending_len: usize,
    length: u64,
}

impl MediaEncryptor {
    /// Starts encrypting with the keys of one file.
    pub fn new(keys: &MediaKeys) -> MediaEncryptor {
        let cipher = cbc::Encryptor::<Aes256>::new(
            &Array::from(*keys.cipher_key()),
            &Array::from(*keys.iv()),
        );
        let mut mac = hmac_sha256(keys.mac_key());
        mac.update(keys.iv());
        MediaEncryptor {
            cipher,
            mac,
            plain_hash: Sha256::new(),
            enc_hash: Sha256::new(),
            pending: [0; BLOCK],
            pending_len: 0,
            length: 0,
        }
    }

    /// Plaintext bytes taken so far.
    pub const fn plaintext_len(&self) -> u64 {
        self.length
    }

    /// Encrypts `plaintext`, appending the ciphertext produced so far to
    /// `out` (whole blocks; up to 15 bytes wait for the next call or
    /// [`finish`](Self::finish)).
    pub fn update(&mut self, plaintext: &[u8], out: &mut Vec<u8>) {
        out.reserve(plaintext.len() + BLOCK);
        for piece in plaintext.chunks(PIECE) {
            self.update_piece(piece, out);
        }
    }

    fn update_piece(&mut self, mut input: &[u8], out: &mut Vec<u8>) {
        self.plain_hash.update(input);
        self.length += input.len() as u64;
        if self.pending_len > 0 {
            let take = (BLOCK - self.pending_len).min(input.len());
            self.pending[self.pending_len..self.pending_len + take].copy_from_slice(&input[..take]);
            self.pending_len += take;
            input = &input[take..];
            if self.pending_len < BLOCK {
                return;
            }
            let block = self.pending;
            self.pending_len = 0;
            self.emit(&block, out);
        }
        let whole = input.len() - input.len() % BLOCK;
        if whole > 0 {
            self.emit(&input[..whole], out);
        }
        let rest = &input[whole..];
        self.pending[..rest.len()].copy_from_slice(rest);
        self.pending_len = rest.len();
    }

    /// Encrypts whole blocks of `plain` onto the end of `out`.
    fn emit(&mut self, plain: &[u8], out: &mut Vec<u8>) {
        let start = out.len();
        out.extend_from_slice(plain);
        let fresh = &mut out[start..];
        let (blocks, _) = Array::<u8, U16>::slice_as_chunks_mut(fresh);
        self.cipher.encrypt_blocks(blocks);
        self.mac.update(fresh);
        self.enc_hash.update(fresh);
    }

    /// Pads and encrypts the last block, appends it and the MAC to `out`, and
    /// returns the file's hashes.
    pub fn finish(mut self, out: &mut Vec<u8>) -> EncryptedMedia {
        let pad = BLOCK - self.pending_len;
        let mut block = self.pending;
        block[self.pending_len..].fill(pad as u8);
        self.emit(&block, out);
        let full = self.mac.finalize().into_bytes();
        let mut mac = [0u8; MAC_LEN];
        mac.copy_from_slice(&full[..MAC_LEN]);
        out.extend_from_slice(&mac);
        self.enc_hash.update(mac);
        EncryptedMedia {
            file_sha256: self.plain_hash.finalize().into(),
            file_enc_sha256: self.enc_hash.finalize().into(),
            file_length: self.length,
            mac,
        }
    }
}

impl fmt::Debug for MediaEncryptor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MediaEncryptor")
            .field("plaintext_len", &self.length)
            .finish_non_exhaustive()
    }
}

/// Encrypts a whole plaintext in memory: returns the encrypted file and its hashes.
pub fn encrypt(plaintext: &[u8], keys: &MediaKeys) -> (Vec<u8>, EncryptedMedia) {
    let mut out = Vec::with_capacity(plaintext.len() + BLOCK + MAC_LEN);
    let mut encryptor = MediaEncryptor::new(keys);
    encryptor.update(plaintext, &mut out);
    let info = encryptor.finish(&mut out);
    (out, info)
}

/// A [`Write`] adapter: plaintext written to it reaches `inner` encrypted.
/// Call [`finish`](EncryptWriter::finish) to write the last block and the MAC;
/// dropping the writer without it leaves `inner` with an incomplete file.
///
/// After `inner` fails, the writer refuses further writes (the encryptor has
/// consumed data that `inner` may not have stored).
pub struct EncryptWriter<W: Write> {
    inner: W,
    encryptor: MediaEncryptor,
    buffer: Vec<u8>,
    failed: bool,
}

impl<W: Write> EncryptWriter<W> {
    /// Wraps `inner`.
    pub fn new(inner: W, keys: &MediaKeys) -> EncryptWriter<W> {
        EncryptWriter {
            inner,
            encryptor: MediaEncryptor::new(keys),
            buffer: Vec::with_capacity(READ_BUFFER),
            failed: false,
        }
    }

    fn check(&self) -> io::Result<()> {
        if self.failed {
            return Err(io::Error::other(
                "media encryption stopped after an earlier write error",
            ));
        }
        Ok(())
    }

    /// Writes the final block and the MAC, flushes, and returns `inner` with
    /// the file's hashes.
    pub fn finish(mut self) -> io::Result<(W, EncryptedMedia)> {
        self.check()?;
        self.buffer.clear();
        let info = self.encryptor.finish(&mut self.buffer);
        self.inner.write_all(&self.buffer)?;
        self.inner.flush()?;
        Ok((self.inner, info))
    }
}

impl<W: Write> Write for EncryptWriter<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.check()?;
        let take = data.len().min(READ_BUFFER);
        self.buffer.clear();
        self.encryptor.update(&data[..take], &mut self.buffer);
        if let Err(error) = self.inner.write_all(&self.buffer) {
            self.failed = true;
            return Err(error);
        }
        Ok(take)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl<W: Write> fmt::Debug for EncryptWriter<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EncryptWriter")
            .field("encryptor", &self.encryptor)
            .finish_non_exhaustive()
    }
}

/// Encrypts everything `reader` yields into `writer` with a fixed-size
/// buffer; returns the hashes once the MAC is written.
pub fn encrypt_stream<R: Read, W: Write>(
    mut reader: R,
    writer: W,
    keys: &MediaKeys,
) -> Result<EncryptedMedia, MediaError> {
    let mut writer = EncryptWriter::new(writer, keys);
    let mut buffer = vec![0u8; READ_BUFFER];
    loop {
        let n = match reader.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error.into()),
        };
        writer.write_all(&buffer[..n])?;
    }
    let (_, info) = writer.finish()?;
    Ok(info)
}

/// Encrypts the file at `src` into `dst`. The output is written to a
/// temporary file beside `dst` and renamed over it only when complete, so
/// `dst` never holds a partial file.
pub fn encrypt_file(
    src: &Path,
    dst: &Path,
    keys: &MediaKeys,
) -> Result<EncryptedMedia, MediaError> {
    let source = std::fs::File::open(src)?;
    let temp = super::decrypt::temp_beside(dst)?;
    let info = encrypt_stream(source, temp.as_file(), keys)?;
    super::decrypt::commit(temp, dst)?;
    Ok(info)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::media::MediaType;
    use hmac::KeyInit;

    fn keys() -> MediaKeys {
        MediaKeys::derive(&[3; 32], MediaType::Video)
    }

    fn reference(plaintext: &[u8]) -> Vec<u8> {
        use cbc::cipher::BlockModeEncrypt as _;
        let keys = keys();
        let cipher = cbc::Encryptor::<Aes256>::new(
            &Array::from(*keys.cipher_key()),
            &Array::from(*keys.iv()),
        );
        let mut ct = cipher.encrypt_padded_vec::<cbc::cipher::block_padding::Pkcs7>(plaintext);
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(keys.mac_key()).unwrap();
        mac.update(keys.iv());
        mac.update(&ct);
        ct.extend_from_slice(&mac.finalize().into_bytes()[..10]);
        ct
    }

    #[test]
    fn matches_one_shot_construction_for_every_split() {
        let plaintext: Vec<u8> = (0..300u32).map(|i| (i * 7 + 1) as u8).collect();
        for len in [0, 1, 15, 16, 17, 31, 32, 33, 299, 300] {
            let want = reference(&plaintext[..len]);
            for step in [1, 3, 16, 17, 64, 1000] {
                let mut encryptor = MediaEncryptor::new(&keys());
                let mut out = Vec::new();
                for piece in plaintext[..len].chunks(step) {
                    encryptor.update(piece, &mut out);
                    assert_eq!(out.len() % 16, 0, "only whole blocks leave the encryptor");
                }
                let info = encryptor.finish(&mut out);
                assert_eq!(out, want, "len {len} step {step}");
                assert_eq!(info.file_length, len as u64);
                assert_eq!(info.enc_length(), want.len() as u64);
                assert_eq!(
                    info.file_sha256,
                    <[u8; 32]>::from(Sha256::digest(&plaintext[..len]))
                );
                assert_eq!(
                    info.file_enc_sha256,
                    <[u8; 32]>::from(Sha256::digest(&want))
                );
                assert_eq!(info.mac, want[want.len() - 10..]);
            }
        }
    }

    #[test]
    fn writer_and_stream_agree_with_memory() {
        let plaintext = vec![0x5a; 200_000];
        let (want, info) = encrypt(&plaintext, &keys());
        let mut sink = Vec::new();
        let got = encrypt_stream(plaintext.as_slice(), &mut sink, &keys()).unwrap();
        assert_eq!(sink, want);
        assert_eq!(got, info);
    }

    struct FailingSink;
    impl Write for FailingSink {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::other("disk full"))
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn writer_refuses_after_a_failed_write() {
        let mut writer = EncryptWriter::new(FailingSink, &keys());
        assert!(writer.write(&[1; 32]).is_err());
        let again = writer.write(&[1; 32]).unwrap_err();
        assert!(again.to_string().contains("earlier write error"));
        assert!(writer.finish().is_err());
    }
}

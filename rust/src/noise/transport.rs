//! The transport cipher after the handshake: AES-256-GCM with an empty AAD
//! and one counter per direction, starting at 0, IV = `00×8 || u32be(counter)`.

use bytes::BytesMut;

use super::error::{CipherError, FrameError, TransportError};
use super::frame::{FRAME_HEADER_LEN, MAX_FRAME_LEN, frame_header};
use super::symmetric::{CipherState, TAG_LEN};

/// Largest plaintext that still fits in one frame once the tag is added.
pub const MAX_PLAINTEXT_LEN: usize = MAX_FRAME_LEN - TAG_LEN;

/// The sending half: encrypts outgoing frames.
#[derive(Debug)]
pub struct Encryptor {
    cipher: CipherState,
}

/// The receiving half: decrypts incoming frames.
#[derive(Debug)]
pub struct Decryptor {
    cipher: CipherState,
}

/// Both transport halves, as returned by a completed handshake.
#[derive(Debug)]
pub struct NoiseTransport {
    /// Encrypts what this side sends.
    pub encryptor: Encryptor,
    /// Decrypts what this side receives.
    pub decryptor: Decryptor,
}

impl NoiseTransport {
    pub(crate) fn new(send: CipherState, receive: CipherState) -> NoiseTransport {
        NoiseTransport {
            encryptor: Encryptor { cipher: send },
            decryptor: Decryptor { cipher: receive },
        }
    }

    /// The two halves, for a writer and a reader that run independently.
    pub fn into_split(self) -> (Encryptor, Decryptor) {
        (self.encryptor, self.decryptor)
    }
}

fn too_large(plaintext_len: usize) -> TransportError {
    FrameError::TooLarge {
        len: plaintext_len.saturating_add(TAG_LEN),
        max: MAX_FRAME_LEN,
    }
    .into()
}

fn send_error(error: CipherError, plaintext_len: usize) -> TransportError {
    match error {
        CipherError::NonceExhausted => TransportError::CounterExhausted,
        CipherError::Decrypt | CipherError::TooLong => too_large(plaintext_len),
    }
}

impl Encryptor {
    /// Frames sent so far (the counter of the next frame).
    pub fn counter(&self) -> u64 {
        self.cipher.counter()
    }

    /// Encrypts `buf` in place and appends the 16-byte tag.
    pub fn encrypt_in_place(&mut self, buf: &mut Vec<u8>) -> Result<(), TransportError> {
        let len = buf.len();
        if len > MAX_PLAINTEXT_LEN {
            return Err(too_large(len));
        }
        self.cipher
            .encrypt_in_place(&[], buf)
            .map_err(|error| send_error(error, len))
    }

    /// Encrypts `plaintext` and appends the whole frame,
    /// `u24be(len) || ciphertext || tag`, to `out` (one copy of the plaintext).
    pub fn encrypt_frame(
        &mut self,
        plaintext: &[u8],
        out: &mut Vec<u8>,
    ) -> Result<(), TransportError> {
        let header = frame_header(plaintext.len() + TAG_LEN)?;
        let start = out.len();
        out.reserve(FRAME_HEADER_LEN + plaintext.len() + TAG_LEN);
        out.extend_from_slice(&header);
        out.extend_from_slice(plaintext);
        match self
            .cipher
            .encrypt_detached(&[], &mut out[start + FRAME_HEADER_LEN..])
        {
            Ok(tag) => {
                out.extend_from_slice(&tag);
                Ok(())
            }
            Err(error) => {
                out.truncate(start);
                Err(send_error(error, plaintext.len()))
            }
        }
    }
}

impl Decryptor {
    /// Frames received so far (the counter the next frame must carry).
    pub fn counter(&self) -> u64 {
        self.cipher.counter()
    }

    fn decrypt_error(&self, error: CipherError) -> TransportError {
        match error {
            CipherError::NonceExhausted => TransportError::CounterExhausted,
            CipherError::Decrypt | CipherError::TooLong => TransportError::Decrypt {
                counter: u32::try_from(self.cipher.counter()).unwrap_or(u32::MAX),
            },
        }
    }

    /// Decrypts a frame payload (`ciphertext || tag`) in place and returns the
    /// plaintext, a prefix of `frame`. A failure is fatal for the connection:
    /// the counter does not advance and `frame` holds garbage.
    pub fn decrypt_in_place<'a>(
        &mut self,
        frame: &'a mut [u8],
    ) -> Result<&'a mut [u8], TransportError> {
        match self.cipher.decrypt_in_place(&[], frame) {
            Ok(len) => Ok(&mut frame[..len]),
            Err(error) => {
                let error = self.decrypt_error(error);
                log::debug!("transport: {error}");
                Err(error)
            }
        }
    }

    /// Decrypts a frame from [`FrameDecoder`](super::FrameDecoder) in place,
    /// returning the same buffer truncated to the plaintext.
    pub fn decrypt_frame(&mut self, mut frame: BytesMut) -> Result<BytesMut, TransportError> {
        let len = self.decrypt_in_place(&mut frame)?.len();
        frame.truncate(len);
        Ok(frame)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::noise::FrameDecoder;

    fn pair() -> (NoiseTransport, NoiseTransport) {
        let (a, b) = ([1u8; 32], [2u8; 32]);
        (
            NoiseTransport::new(CipherState::new(&a), CipherState::new(&b)),
            NoiseTransport::new(CipherState::new(&b), CipherState::new(&a)),
        )
    }

    #[test]
    fn frames_round_trip_in_both_directions_with_separate_counters() {
        let (mut client, mut server) = pair();
        let mut wire = Vec::new();
        for i in 0..5u8 {
            client.encryptor.encrypt_frame(&[i; 40], &mut wire).unwrap();
        }
        let mut decoder = FrameDecoder::new();
        decoder.push(&wire);
        for i in 0..5u8 {
            let frame = decoder.next_frame().unwrap().unwrap();
            assert_eq!(frame.len(), 40 + TAG_LEN);
            assert_eq!(
                &server.decryptor.decrypt_frame(frame).unwrap()[..],
                &[i; 40]
            );
        }
        assert_eq!(
            (client.encryptor.counter(), server.decryptor.counter()),
            (5, 5)
        );
        assert_eq!(
            (server.encryptor.counter(), client.decryptor.counter()),
            (0, 0)
        );

        let mut reply = b"reply".to_vec();
        server.encryptor.encrypt_in_place(&mut reply).unwrap();
        assert_eq!(
            client.decryptor.decrypt_in_place(&mut reply).unwrap(),
            b"reply"
        );
    }

    #[test]
    fn the_nonce_layout_is_eight_zero_bytes_then_the_counter() {
        use aes_gcm::aead::{Aead, KeyInit};
        let key = [9u8; 32];
        let (mut encryptor, _) =
            NoiseTransport::new(CipherState::new(&key), CipherState::new(&key)).into_split();
        let mut first = b"a".to_vec();
        let mut second = b"a".to_vec();
        encryptor.encrypt_in_place(&mut first).unwrap();
        encryptor.encrypt_in_place(&mut second).unwrap();
        let reference = aes_gcm::Aes256Gcm::new(&key.into());
        let iv = |n: u8| -> [u8; 12] { [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, n] };
        assert_eq!(reference.encrypt(&iv(0).into(), &b"a"[..]).unwrap(), first);
        assert_eq!(reference.encrypt(&iv(1).into(), &b"a"[..]).unwrap(), second);
    }

    #[test]
    fn tampered_truncated_and_replayed_frames_fail() {
        let (mut client, mut server) = pair();
        let mut frame = b"hello".to_vec();
        client.encryptor.encrypt_in_place(&mut frame).unwrap();

        for i in 0..frame.len() {
            let mut bad = frame.clone();
            bad[i] ^= 0x80;
            assert_eq!(
                server.decryptor.decrypt_in_place(&mut bad),
                Err(TransportError::Decrypt { counter: 0 })
            );
        }
        let mut short = frame[..TAG_LEN - 1].to_vec();
        assert_eq!(
            server.decryptor.decrypt_in_place(&mut short),
            Err(TransportError::Decrypt { counter: 0 })
        );
        let mut empty = Vec::new();
        assert_eq!(
            server.decryptor.decrypt_in_place(&mut empty),
            Err(TransportError::Decrypt { counter: 0 })
        );

        // Failures did not move the counter: the genuine frame still decrypts.
        let mut good = frame.clone();
        assert_eq!(
            server.decryptor.decrypt_in_place(&mut good).unwrap(),
            b"hello"
        );
        // A replay is out of order.
        let mut replay = frame.clone();
        assert_eq!(
            server.decryptor.decrypt_in_place(&mut replay),
            Err(TransportError::Decrypt { counter: 1 })
        );
    }

    #[test]
    fn counters_are_exhausted_not_wrapped() {
        let (mut client, mut server) = pair();
        client.encryptor.cipher.set_counter(u64::from(u32::MAX));
        server.decryptor.cipher.set_counter(u64::from(u32::MAX));
        let mut out = Vec::new();
        client.encryptor.encrypt_frame(b"last", &mut out).unwrap();
        let mut decoder = FrameDecoder::new();
        decoder.push(&out);
        let frame = decoder.next_frame().unwrap().unwrap();
        assert_eq!(
            &server.decryptor.decrypt_frame(frame.clone()).unwrap()[..],
            b"last"
        );

        let before = out.len();
        assert_eq!(
            client.encryptor.encrypt_frame(b"more", &mut out),
            Err(TransportError::CounterExhausted)
        );
        assert_eq!(out.len(), before, "a failed frame leaves nothing behind");
        let mut buf = b"more".to_vec();
        assert_eq!(
            client.encryptor.encrypt_in_place(&mut buf),
            Err(TransportError::CounterExhausted)
        );
        assert_eq!(
            server.decryptor.decrypt_frame(frame),
            Err(TransportError::CounterExhausted)
        );
    }

    #[test]
    fn plaintexts_that_cannot_be_framed_are_refused() {
        let (mut client, _) = pair();
        let mut big = vec![0u8; MAX_PLAINTEXT_LEN + 1];
        assert_eq!(
            client.encryptor.encrypt_in_place(&mut big),
            Err(TransportError::Frame(FrameError::TooLarge {
                len: MAX_FRAME_LEN + 1,
                max: MAX_FRAME_LEN
            }))
        );
        let mut out = Vec::new();
        assert!(client.encryptor.encrypt_frame(&big, &mut out).is_err());
        assert!(out.is_empty());
        assert_eq!(client.encryptor.counter(), 0, "refused frames use no nonce");
        let fits = vec![0u8; MAX_PLAINTEXT_LEN];
        client.encryptor.encrypt_frame(&fits, &mut out).unwrap();
        assert_eq!(&out[..3], &[0xff, 0xff, 0xff]);
    }
}

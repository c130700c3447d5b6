//! The Noise `CipherState` and `SymmetricState` as WhatsApp uses them:
//! AES-256-GCM with a 12-byte nonce `00×8 || u32be(n)`, SHA-256 and
//! HKDF-SHA256 with an empty info string.

use aes_gcm::aead::{AeadInOut, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce, Tag};
use hkdf::Hkdf;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::error::CipherError;

/// Length of an AES-GCM authentication tag.
pub const TAG_LEN: usize = 16;
/// Length of SHA-256 outputs, chaining keys and cipher keys.
pub const HASH_LEN: usize = 32;

/// Largest nonce a key may use: the counter is written as 32 bits.
const MAX_NONCE: u64 = u32::MAX as u64;

/// The 12-byte AES-GCM nonce for counter `n`: 8 zero bytes, then `u32be(n)`.
fn nonce(n: u32) -> Nonce<aes_gcm::aead::consts::U12> {
    let mut iv = [0u8; 12];
    iv[8..].copy_from_slice(&n.to_be_bytes());
    iv.into()
}

/// An AES-256-GCM key with its nonce counter.
///
/// Encryption always consumes a nonce; decryption consumes one only when it
/// succeeds (a failed decryption leaves the counter where it was). Once all
/// 2^32 nonces are used every operation fails with
/// [`CipherError::NonceExhausted`]; the counter never wraps.
pub struct CipherState {
    cipher: Aes256Gcm,
    next: u64,
}

impl CipherState {
    /// A cipher with `key` whose counter starts at 0.
    pub fn new(key: &[u8; HASH_LEN]) -> CipherState {
        CipherState {
            cipher: Aes256Gcm::new(key.into()),
            next: 0,
        }
    }

    /// The counter the next operation will use (number of nonces consumed).
    pub fn counter(&self) -> u64 {
        self.next
    }

    fn current_nonce(&self) -> Result<u32, CipherError> {
        if self.next > MAX_NONCE {
            return Err(CipherError::NonceExhausted);
        }
        u32::try_from(self.next).map_err(|_| CipherError::NonceExhausted)
    }

    /// Encrypts `buf` in place with associated data `ad` and returns the tag.
    pub fn encrypt_detached(
        &mut self,
        ad: &[u8],
        buf: &mut [u8],
    ) -> Result<[u8; TAG_LEN], CipherError> {
        let n = self.current_nonce()?;
        let tag = self
            .cipher
            .encrypt_inout_detached(&nonce(n), ad, buf.into())
            .map_err(|_| CipherError::TooLong)?;
        self.next += 1;
        Ok(tag.into())
    }

    /// Encrypts `buf` in place and appends the tag.
    pub fn encrypt_in_place(&mut self, ad: &[u8], buf: &mut Vec<u8>) -> Result<(), CipherError> {
        let tag = self.encrypt_detached(ad, buf)?;
        buf.extend_from_slice(&tag);
        Ok(())
    }

    /// Decrypts `ciphertext || tag` in place; returns the plaintext length
    /// (the plaintext is `buf[..len]`). On failure `buf` holds garbage.
    pub fn decrypt_in_place(&mut self, ad: &[u8], buf: &mut [u8]) -> Result<usize, CipherError> {
        let n = self.current_nonce()?;
        let len = buf.len().checked_sub(TAG_LEN).ok_or(CipherError::Decrypt)?;
        let (body, tag) = buf.split_at_mut(len);
        let tag =
            Tag::<aes_gcm::aead::consts::U16>::try_from(&*tag).map_err(|_| CipherError::Decrypt)?;
        self.cipher
            .decrypt_inout_detached(&nonce(n), ad, body.into(), &tag)
            .map_err(|_| CipherError::Decrypt)?;
        self.next += 1;
        Ok(len)
    }

    /// Encrypts into a new buffer: `ciphertext || tag`.
    pub fn encrypt_with_ad(&mut self, ad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, CipherError> {
        let mut buf = Vec::with_capacity(plaintext.len() + TAG_LEN);
        buf.extend_from_slice(plaintext);
        self.encrypt_in_place(ad, &mut buf)?;
        Ok(buf)
    }

    /// Decrypts `ciphertext || tag` into a new buffer.
    pub fn decrypt_with_ad(
        &mut self,
        ad: &[u8],
        ciphertext: &[u8],
    ) -> Result<Vec<u8>, CipherError> {
        let mut buf = ciphertext.to_vec();
        let len = self.decrypt_in_place(ad, &mut buf)?;
        buf.truncate(len);
        Ok(buf)
    }

    #[cfg(test)]
    pub(crate) fn set_counter(&mut self, next: u64) {
        self.next = next;
    }
}

impl std::fmt::Debug for CipherState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CipherState")
            .field("counter", &self.next)
            .finish_non_exhaustive()
    }
}

/// HKDF-SHA256 with `salt` and an empty info string, 64 bytes of output split
/// in two halves.
fn hkdf2(
    salt: &[u8; HASH_LEN],
    ikm: &[u8],
) -> (Zeroizing<[u8; HASH_LEN]>, Zeroizing<[u8; HASH_LEN]>) {
    let mut okm = Zeroizing::new([0u8; 2 * HASH_LEN]);
    // 64 bytes is far below HKDF-SHA256's limit of 255 × 32: this cannot fail.
    let expanded = Hkdf::<Sha256>::new(Some(salt), ikm).expand(&[], okm.as_mut_slice());
    debug_assert!(expanded.is_ok());
    let mut first = Zeroizing::new([0u8; HASH_LEN]);
    let mut second = Zeroizing::new([0u8; HASH_LEN]);
    first.copy_from_slice(&okm[..HASH_LEN]);
    second.copy_from_slice(&okm[HASH_LEN..]);
    (first, second)
}

/// The handshake's symmetric state: the transcript hash `h`, the chaining key
/// `ck` and the current cipher.
///
/// * `new(name)`: a name of at most 32 bytes is zero-padded to 32 and used as
///   `h` and `ck` directly (WhatsApp's `Noise_XX_25519_AESGCM_SHA256\0\0\0\0`
///   is exactly 32 bytes); a longer name is hashed. The initial cipher key is
///   `h` as well; XX never uses it before the first `mix_key`.
/// * `mix_hash(x)`: `h = SHA-256(h || x)`.
/// * `mix_key(ikm)`: `ck, k = HKDF(salt = ck, ikm)`, counter reset to 0.
/// * `encrypt_and_hash(p)`: `c = AES-GCM(k, n++, aad = h, p)`, `mix_hash(c)`;
///   `decrypt_and_hash` likewise (the ciphertext is hashed).
/// * `split()`: `HKDF(salt = ck, empty)`: initiator→responder key first.
pub struct SymmetricState {
    h: [u8; HASH_LEN],
    ck: Zeroizing<[u8; HASH_LEN]>,
    cipher: CipherState,
}

impl SymmetricState {
    /// The state for a protocol name, before the prologue.
    pub fn new(protocol_name: &[u8]) -> SymmetricState {
        let mut h = [0u8; HASH_LEN];
        if protocol_name.len() <= HASH_LEN {
            h[..protocol_name.len()].copy_from_slice(protocol_name);
        } else {
            h = Sha256::digest(protocol_name).into();
        }
        SymmetricState {
            h,
            ck: Zeroizing::new(h),
            cipher: CipherState::new(&h),
        }
    }

    /// The transcript hash so far (public: both sides know it).
    pub fn handshake_hash(&self) -> &[u8; HASH_LEN] {
        &self.h
    }

    /// `h = SHA-256(h || data)`.
    pub fn mix_hash(&mut self, data: &[u8]) {
        let mut hash = Sha256::new();
        hash.update(self.h);
        hash.update(data);
        self.h = hash.finalize().into();
    }

    /// Mixes input key material (a Diffie-Hellman result) into the chaining
    /// key and starts a new cipher key with counter 0.
    pub fn mix_key(&mut self, ikm: &[u8]) {
        let (ck, k) = hkdf2(&self.ck, ikm);
        self.ck = ck;
        self.cipher = CipherState::new(&k);
    }

    /// Encrypts with the transcript hash as associated data, then hashes the
    /// ciphertext into the transcript.
    pub fn encrypt_and_hash(&mut self, plaintext: &[u8]) -> Result<Vec<u8>, CipherError> {
        let ciphertext = self.cipher.encrypt_with_ad(&self.h, plaintext)?;
        self.mix_hash(&ciphertext);
        Ok(ciphertext)
    }

    /// Decrypts with the transcript hash as associated data, then hashes the
    /// ciphertext into the transcript. On failure the state is unchanged.
    pub fn decrypt_and_hash(&mut self, ciphertext: &[u8]) -> Result<Vec<u8>, CipherError> {
        let plaintext = self.cipher.decrypt_with_ad(&self.h, ciphertext)?;
        self.mix_hash(ciphertext);
        Ok(plaintext)
    }

    /// The two transport ciphers: (initiator→responder, responder→initiator).
    pub fn split(self) -> (CipherState, CipherState) {
        let (first, second) = hkdf2(&self.ck, &[]);
        (CipherState::new(&first), CipherState::new(&second))
    }
}

impl std::fmt::Debug for SymmetricState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SymmetricState")
            .field("h", &hex::encode(self.h))
            .field("cipher", &self.cipher)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAME: &[u8; 32] = b"Noise_XX_25519_AESGCM_SHA256\0\0\0\0";

    fn unhex<const N: usize>(text: &str) -> [u8; N] {
        hex::decode(text).unwrap().try_into().unwrap()
    }

    #[test]
    fn short_names_are_used_directly_and_long_names_hashed() {
        assert_eq!(SymmetricState::new(NAME).handshake_hash(), NAME);
        let long = b"Noise_XXfallback_25519_AESGCM_SHA256";
        let expected: [u8; 32] = Sha256::digest(long).into();
        assert_eq!(SymmetricState::new(long).handshake_hash(), &expected);
        let mut padded = [0u8; 32];
        padded[..5].copy_from_slice(b"Noise");
        assert_eq!(SymmetricState::new(b"Noise").handshake_hash(), &padded);
    }

    /// The first steps of the responder trace of `xx-login-dict3`
    /// (shared/vectors/noise_handshake.json).
    #[test]
    fn matches_the_recorded_responder_trace() {
        let mut state = SymmetricState::new(NAME);
        state.mix_hash(&hex::decode("57410603").unwrap());
        assert_eq!(
            state.handshake_hash(),
            &unhex::<32>("ffff0c9267310966f1311170c04b38c79504285bf5edf763e5c946492a50a755")
        );
        state.mix_hash(
            &hex::decode("9d0e4771a8bac3e06fbe0cac6ee9affa326142ff8d6c6780f4eda13c9b5f4631")
                .unwrap(),
        );
        state.mix_hash(
            &hex::decode("e113028e23b0347bbfcc818f3956929c61e9fead7a47987ecaa1878a54efec65")
                .unwrap(),
        );
        assert_eq!(
            state.handshake_hash(),
            &unhex::<32>("4fe05992f9f7ee1263efb39d1e2dc5faa6892847a56d19b691dc95ccd318e641")
        );
        state.mix_key(
            &hex::decode("da17fd2259db74862e36086f274a32c4977dd7a0298473d4f28d092dbfba8853")
                .unwrap(),
        );
        let ciphertext = state
            .encrypt_and_hash(
                &hex::decode("286122277d72d3e3abb56ffc3bec81e2c354179251910c9797f05da2e7ab5815")
                    .unwrap(),
            )
            .unwrap();
        assert_eq!(
            hex::encode(ciphertext),
            "d7dd6bdcef9ec33d93c44b90877c7632aa14b48b5c8ecf9a311fde1e223f18f9120e10b91f18295878fb132aa50bec9b"
        );
        assert_eq!(
            state.handshake_hash(),
            &unhex::<32>("4899cb6b94ee635c809a2cd21e6b15931259849736571c7f36b8267707511b30")
        );
    }

    #[test]
    fn encrypt_and_decrypt_agree_and_bind_the_transcript() {
        let mut a = SymmetricState::new(NAME);
        let mut b = SymmetricState::new(NAME);
        for state in [&mut a, &mut b] {
            state.mix_hash(b"prologue");
            state.mix_key(b"shared secret");
        }
        let c1 = a.encrypt_and_hash(b"first").unwrap();
        let c2 = a.encrypt_and_hash(b"second").unwrap();
        assert_eq!(b.decrypt_and_hash(&c1).unwrap(), b"first");
        assert_eq!(b.decrypt_and_hash(&c2).unwrap(), b"second");
        assert_eq!(a.handshake_hash(), b.handshake_hash());

        // Another transcript authenticates nothing.
        let mut c = SymmetricState::new(NAME);
        c.mix_hash(b"other prologue");
        c.mix_key(b"shared secret");
        assert_eq!(c.decrypt_and_hash(&c1), Err(CipherError::Decrypt));
    }

    #[test]
    fn failed_decryption_leaves_the_state_unchanged() {
        let mut a = SymmetricState::new(NAME);
        let mut b = SymmetricState::new(NAME);
        a.mix_key(b"k");
        b.mix_key(b"k");
        let good = a.encrypt_and_hash(b"payload").unwrap();
        let mut bad = good.clone();
        bad[0] ^= 1;
        let before = *b.handshake_hash();
        assert_eq!(b.decrypt_and_hash(&bad), Err(CipherError::Decrypt));
        assert_eq!(b.decrypt_and_hash(&good[..10]), Err(CipherError::Decrypt));
        assert_eq!(b.handshake_hash(), &before);
        assert_eq!(b.decrypt_and_hash(&good).unwrap(), b"payload");
    }

    #[test]
    fn split_gives_each_direction_its_own_key() {
        let mut a = SymmetricState::new(NAME);
        a.mix_key(b"k");
        let mut b = SymmetricState::new(NAME);
        b.mix_key(b"k");
        let (mut a_send, mut a_recv) = a.split();
        let (mut b_recv, mut b_send) = b.split();
        let c = a_send.encrypt_with_ad(&[], b"to responder").unwrap();
        assert_eq!(b_recv.decrypt_with_ad(&[], &c).unwrap(), b"to responder");
        let c = b_send.encrypt_with_ad(&[], b"to initiator").unwrap();
        assert_eq!(a_recv.decrypt_with_ad(&[], &c).unwrap(), b"to initiator");
        // Same counter, other direction: the keys differ.
        let mut other = a_send.encrypt_with_ad(&[], b"x").unwrap();
        b_send.set_counter(1);
        assert!(b_send.decrypt_in_place(&[], &mut other).is_err());
    }

    #[test]
    fn the_counter_never_wraps() {
        let mut cipher = CipherState::new(&[7u8; 32]);
        let mut peer = CipherState::new(&[7u8; 32]);
        cipher.set_counter(u64::from(u32::MAX));
        peer.set_counter(u64::from(u32::MAX));
        let last = cipher.encrypt_with_ad(&[], b"last").unwrap();
        assert_eq!(peer.decrypt_with_ad(&[], &last).unwrap(), b"last");
        assert_eq!(
            cipher.encrypt_with_ad(&[], b"one more"),
            Err(CipherError::NonceExhausted)
        );
        assert_eq!(
            peer.decrypt_with_ad(&[], &last),
            Err(CipherError::NonceExhausted)
        );
        assert_eq!(cipher.counter(), u64::from(u32::MAX) + 1);
    }

    #[test]
    fn debug_output_hides_keys() {
        let mut state = SymmetricState::new(NAME);
        state.mix_key(b"secret");
        let text = format!("{state:?}");
        assert!(text.contains("counter: 0"), "{text}");
        assert!(!text.contains("ck"), "{text}");
    }
}

//! Linking with a code ("link with phone number instead"): the companion
//! shows an 8-character code, the user types it on the phone, and both sides
//! run a small key agreement through the server (iq `xmlns="md"`,
//! `<link_code_companion_reg>`), ending in the same [`AdvSecret`] that a QR
//! code would have carried. The usual `<pair-success>` follows.
//!
//! Facts, checked against whatsmeow `pair-code.go`, whatsapp-rust
//! `wacore/src/pair_code.rs` and Baileys `socket.ts`:
//!
//! * **Code**: 5 random bytes in base32 (5 bits at a time, most significant
//!   first, no padding) over the alphabet
//!   `123456789ABCDEFGHJKLMNPQRSTVWXYZ` (no `0`, `I`, `O`, `U`): 8
//!   characters, shown `XXXX-XXXX`.
//! * **Code key**: `PBKDF2-HMAC-SHA256(password = the 8 characters as ASCII,
//!   salt, 131 072 iterations (2^17), 32 bytes)`.
//! * **Wrapped ephemeral** (both directions, each with its own random salt
//!   and IV): `salt (32) ‖ iv (16) ‖ AES-256-CTR(code key, iv, ephemeral pub)`
//!   = 80 bytes. The IV is the whole initial counter block, incremented as one
//!   128-bit big-endian number (Go's `cipher.NewCTR`, Node's `aes-256-ctr`).
//! * **companion_hello**: the companion sends its wrapped ephemeral `E`
//!   (`link_code_pairing_wrapped_companion_ephemeral_pub`), its Noise key
//!   (`companion_server_auth_key_pub`), `companion_platform_id`,
//!   `companion_platform_display` and `link_code_pairing_nonce` = one `00`
//!   byte; the answer holds `link_code_pairing_ref`.
//! * **primary_hello** (notification `link_code_companion_reg`): the phone's
//!   wrapped ephemeral `P` (`link_code_pairing_wrapped_primary_ephemeral_pub`)
//!   and its identity key (`primary_identity_pub`).
//! * **Key bundle**: `s1 = X25519(E, P)`; `bundle key = HKDF-SHA256(ikm = s1,
//!   salt = bundleSalt, info = "link_code_pairing_key_bundle_encryption_key",
//!   32)`; `wrapped bundle = bundleSalt (32) ‖ nonce (12) ‖ AES-256-GCM(bundle
//!   key, nonce, no AAD, companion identity ‖ primary identity ‖ advRandom
//!   (32))` = 156 bytes.
//! * **ADV secret**: `s2 = X25519(companion identity, primary identity)`;
//!   `advSecret = HKDF-SHA256(ikm = s1 ‖ s2 ‖ advRandom, no salt (i.e. 32
//!   zero bytes), info = "adv_secret", 32)`.
//! * **companion_finish**: `link_code_pairing_wrapped_key_bundle`,
//!   `companion_identity_public`, `link_code_pairing_ref`.
//!
//! The CTR wrapping is not authenticated: a wrong code is only noticed when
//! the phone fails to open the key bundle ([`PairCodeError::KeyBundle`]).
//! Each PBKDF2 costs about as much as 131 072 HMACs (tens of milliseconds):
//! run [`CompanionPairCode::new`] and [`CompanionPairCode::finish`] off any
//! latency-sensitive thread.

use std::fmt;

use aes::Aes256;
use aes::cipher::{KeyIvInit, StreamCipher};
use aes_gcm::aead::{AeadInOut, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce, Tag};
use hkdf::Hkdf;
use sha2::Sha256;
use subtle::ConstantTimeEq;
use zeroize::{Zeroize, Zeroizing};

use super::{ADV_SECRET_LEN, AdvSecret};
use crate::signal::keys::{KEY_LEN, random_array};
use crate::signal::{KeyPair, PrivateKey, PublicKey};

/// The code alphabet: base32 without `0`, `I`, `O` and `U`.
pub const PAIR_CODE_ALPHABET: &[u8; 32] = b"123456789ABCDEFGHJKLMNPQRSTVWXYZ";
/// Characters in a code.
pub const PAIR_CODE_LEN: usize = 8;
/// PBKDF2 iterations of the code key (2^17).
pub const PBKDF2_ITERATIONS: u32 = 131_072;
/// Length of a wrapped ephemeral key: salt, IV, encrypted key.
pub const WRAPPED_KEY_LEN: usize = SALT_LEN + IV_LEN + KEY_LEN;
/// Length of the wrapped key bundle: salt, nonce, encrypted 96 bytes, tag.
pub const KEY_BUNDLE_LEN: usize = SALT_LEN + NONCE_LEN + BUNDLE_PLAINTEXT_LEN + TAG_LEN;
/// HKDF info of the key bundle's key.
pub const KEY_BUNDLE_INFO: &[u8] = b"link_code_pairing_key_bundle_encryption_key";
/// HKDF info of the ADV secret.
pub const ADV_SECRET_INFO: &[u8] = b"adv_secret";
/// Content of `<link_code_pairing_nonce>` in `companion_hello`.
pub const LINK_CODE_PAIRING_NONCE: [u8; 1] = [0];

const SALT_LEN: usize = 32;
const IV_LEN: usize = 16;
const NONCE_LEN: usize = 12;
const TAG_LEN: usize = 16;
const BUNDLE_PLAINTEXT_LEN: usize = 3 * KEY_LEN;

type Aes256Ctr = ctr::Ctr128BE<Aes256>;

/// Why a pair-code step fails.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PairCodeError {
    /// Not 8 characters of the code alphabet (a `-` after the fourth is
    /// allowed).
    #[error(
        "a pair code is 8 characters of {alphabet}",
        alphabet = "123456789ABCDEFGHJKLMNPQRSTVWXYZ"
    )]
    BadCode,
    /// A wrapped ephemeral key that is not 80 bytes.
    #[error("a wrapped ephemeral key has 80 bytes, got {0}")]
    WrappedKeyLength(usize),
    /// A key that is not a raw 32-byte Curve25519 key.
    #[error("{field} has {got} bytes, expected 32")]
    KeyLength {
        /// The element that held it.
        field: &'static str,
        /// Its length.
        got: usize,
    },
    /// A wrapped key bundle that is not 156 bytes.
    #[error("a wrapped key bundle has 156 bytes, got {0}")]
    KeyBundleLength(usize),
    /// A peer key whose agreement is all zeros (a low-order point).
    #[error("the peer's {0} gives an all-zero shared secret")]
    WeakKey(&'static str),
    /// The key bundle does not decrypt: the code typed on the phone differs
    /// from the companion's (or the bundle was altered).
    #[error("the key bundle does not decrypt: the code typed on the phone does not match")]
    KeyBundle,
    /// The key bundle names another identity key than the one expected.
    #[error("the key bundle names another {0} identity key")]
    IdentityMismatch(&'static str),
}

/// An 8-character pair code. Shown to the user (`Display`: `XXXX-XXXX`);
/// `Debug` hides it, and it is wiped on drop.
#[derive(Clone, PartialEq, Eq)]
pub struct PairCode([u8; PAIR_CODE_LEN]);

impl PairCode {
    /// A fresh random code (5 random bytes).
    pub fn generate() -> PairCode {
        let mut bytes = random_array::<5>();
        let code = PairCode::from_random_bytes(&bytes);
        bytes.zeroize();
        code
    }

    /// The code for 5 bytes: 40 bits, 5 at a time from the most significant.
    pub fn from_random_bytes(bytes: &[u8; 5]) -> PairCode {
        let mut bits = bytes
            .iter()
            .fold(0u64, |acc, byte| (acc << 8) | u64::from(*byte));
        let mut code = [0u8; PAIR_CODE_LEN];
        for slot in code.iter_mut().rev() {
            // The mask keeps the index below 32: the lookup cannot fail.
            *slot = PAIR_CODE_ALPHABET
                .get((bits & 0x1f) as usize)
                .copied()
                .unwrap_or(b'1');
            bits >>= 5;
        }
        bits.zeroize();
        PairCode(code)
    }

    /// Reads a code as typed: `XXXXXXXX` or `XXXX-XXXX`, either case.
    pub fn parse(text: &str) -> Result<PairCode, PairCodeError> {
        let bytes = text.as_bytes();
        let compact: Vec<u8> = match bytes.len() {
            PAIR_CODE_LEN => bytes.to_vec(),
            9 if bytes.get(4) == Some(&b'-') => bytes
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != 4)
                .map(|(_, b)| *b)
                .collect(),
            _ => return Err(PairCodeError::BadCode),
        };
        let mut code = [0u8; PAIR_CODE_LEN];
        for (slot, byte) in code.iter_mut().zip(compact) {
            let upper = byte.to_ascii_uppercase();
            if !PAIR_CODE_ALPHABET.contains(&upper) {
                return Err(PairCodeError::BadCode);
            }
            *slot = upper;
        }
        Ok(PairCode(code))
    }

    /// The 8 characters, as the PBKDF2 password uses them.
    pub fn as_str(&self) -> &str {
        // Only alphabet bytes are ever stored: always ASCII.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// `PBKDF2-HMAC-SHA256(code, salt, 131 072, 32)`.
    fn key(&self, salt: &[u8; SALT_LEN]) -> Zeroizing<[u8; 32]> {
        Zeroizing::new(pbkdf2::pbkdf2_hmac_array::<Sha256, 32>(
            &self.0,
            salt,
            PBKDF2_ITERATIONS,
        ))
    }
}

impl Drop for PairCode {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Display for PairCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.as_str();
        write!(
            f,
            "{}-{}",
            text.get(..4).unwrap_or_default(),
            text.get(4..).unwrap_or_default()
        )
    }
}

impl fmt::Debug for PairCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PairCode(<redacted>)")
    }
}

/// `salt ‖ iv ‖ AES-256-CTR(code key, iv, key)` with fresh salt and IV.
pub fn wrap_ephemeral(code: &PairCode, key: &PublicKey) -> [u8; WRAPPED_KEY_LEN] {
    wrap_ephemeral_with(code, key, &random_array(), &random_array())
}

/// [`wrap_ephemeral`] with chosen salt and IV.
pub(crate) fn wrap_ephemeral_with(
    code: &PairCode,
    key: &PublicKey,
    salt: &[u8; SALT_LEN],
    iv: &[u8; IV_LEN],
) -> [u8; WRAPPED_KEY_LEN] {
    let mut wrapped = [0u8; WRAPPED_KEY_LEN];
    let (head, body) = wrapped.split_at_mut(SALT_LEN + IV_LEN);
    head[..SALT_LEN].copy_from_slice(salt);
    head[SALT_LEN..].copy_from_slice(iv);
    body.copy_from_slice(key.as_bytes());
    let key = code.key(salt);
    Aes256Ctr::new((&*key).into(), iv.into()).apply_keystream(body);
    wrapped
}

/// Recovers the key from a wrapped ephemeral. Any 80 bytes give *a* key:
/// with a wrong code it is a meaningless one.
pub fn unwrap_ephemeral(code: &PairCode, wrapped: &[u8]) -> Result<PublicKey, PairCodeError> {
    let wrapped: &[u8; WRAPPED_KEY_LEN] = wrapped
        .try_into()
        .map_err(|_| PairCodeError::WrappedKeyLength(wrapped.len()))?;
    let (head, body) = wrapped.split_at(SALT_LEN + IV_LEN);
    let (salt, iv) = head.split_at(SALT_LEN);
    let salt: &[u8; SALT_LEN] = salt
        .try_into()
        .map_err(|_| PairCodeError::WrappedKeyLength(wrapped.len()))?;
    let iv: &[u8; IV_LEN] = iv
        .try_into()
        .map_err(|_| PairCodeError::WrappedKeyLength(wrapped.len()))?;
    let mut public = [0u8; KEY_LEN];
    public.copy_from_slice(body);
    let key = code.key(salt);
    Aes256Ctr::new((&*key).into(), iv.into()).apply_keystream(&mut public);
    Ok(PublicKey::from_raw(public))
}

/// X25519, refusing an all-zero result (a low-order peer key).
pub(crate) fn agree(
    private: &PrivateKey,
    public: &PublicKey,
    what: &'static str,
) -> Result<Zeroizing<[u8; 32]>, PairCodeError> {
    let shared = Zeroizing::new(private.agree(public));
    if bool::from(shared.ct_eq(&[0u8; 32])) {
        return Err(PairCodeError::WeakKey(what));
    }
    Ok(shared)
}

/// A 32-byte key from a raw key element.
fn raw_key(field: &'static str, bytes: &[u8]) -> Result<PublicKey, PairCodeError> {
    <[u8; KEY_LEN]>::try_from(bytes)
        .map(PublicKey::from_raw)
        .map_err(|_| PairCodeError::KeyLength {
            field,
            got: bytes.len(),
        })
}

/// HKDF-SHA256 to 32 bytes.
fn hkdf32(salt: Option<&[u8]>, ikm: &[u8], info: &[u8]) -> Zeroizing<[u8; 32]> {
    let mut okm = Zeroizing::new([0u8; 32]);
    // 32 bytes is far below HKDF-SHA256's limit of 255 × 32: this cannot fail.
    let expanded = Hkdf::<Sha256>::new(salt, ikm).expand(info, okm.as_mut_slice());
    debug_assert!(expanded.is_ok());
    okm
}

fn bundle_cipher(s1: &[u8; 32], salt: &[u8]) -> Aes256Gcm {
    let key = hkdf32(Some(salt), s1, KEY_BUNDLE_INFO);
    Aes256Gcm::new((&*key).into())
}

/// `advSecret = HKDF-SHA256(s1 ‖ s2 ‖ advRandom, no salt, "adv_secret")`.
pub fn derive_adv_secret(s1: &[u8; 32], s2: &[u8; 32], adv_random: &[u8; 32]) -> AdvSecret {
    let mut ikm = Zeroizing::new([0u8; 96]);
    ikm[..32].copy_from_slice(s1);
    ikm[32..64].copy_from_slice(s2);
    ikm[64..].copy_from_slice(adv_random);
    let okm = hkdf32(None, ikm.as_ref(), ADV_SECRET_INFO);
    let mut secret = [0u8; ADV_SECRET_LEN];
    secret.copy_from_slice(okm.as_ref());
    AdvSecret::from_bytes(secret)
}

/// `bundleSalt ‖ nonce ‖ AES-256-GCM(HKDF(s1, bundleSalt), nonce,
/// companion ‖ primary ‖ advRandom)`.
pub(crate) fn seal_key_bundle(
    s1: &[u8; 32],
    companion_identity: &PublicKey,
    primary_identity: &PublicKey,
    adv_random: &[u8; 32],
    salt: &[u8; SALT_LEN],
    nonce: &[u8; NONCE_LEN],
) -> Vec<u8> {
    let mut bundle = Vec::with_capacity(KEY_BUNDLE_LEN);
    bundle.extend_from_slice(salt);
    bundle.extend_from_slice(nonce);
    bundle.extend_from_slice(companion_identity.as_bytes());
    bundle.extend_from_slice(primary_identity.as_bytes());
    bundle.extend_from_slice(adv_random);
    let body = &mut bundle[SALT_LEN + NONCE_LEN..];
    // 96 bytes is far below AES-GCM's length limit: this cannot fail.
    let tag =
        bundle_cipher(s1, salt).encrypt_inout_detached(&Nonce::from(*nonce), &[], body.into());
    debug_assert!(tag.is_ok());
    if let Ok(tag) = tag {
        bundle.extend_from_slice(&tag);
    }
    bundle
}

/// The content of an opened key bundle.
pub struct KeyBundle {
    /// The companion's identity key.
    pub companion_identity: PublicKey,
    /// The phone's identity key, as the companion names it.
    pub primary_identity: PublicKey,
    /// The companion's contribution to the ADV secret.
    pub adv_random: Zeroizing<[u8; 32]>,
}

impl fmt::Debug for KeyBundle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyBundle")
            .field("companion_identity", &self.companion_identity)
            .field("primary_identity", &self.primary_identity)
            .finish_non_exhaustive()
    }
}

/// Decrypts a wrapped key bundle with `s1`. Fails with
/// [`PairCodeError::KeyBundle`] when the two sides' `s1` differ (the codes
/// did not match).
pub fn open_key_bundle(s1: &[u8; 32], wrapped: &[u8]) -> Result<KeyBundle, PairCodeError> {
    if wrapped.len() != KEY_BUNDLE_LEN {
        return Err(PairCodeError::KeyBundleLength(wrapped.len()));
    }
    let (salt, rest) = wrapped.split_at(SALT_LEN);
    let (nonce, rest) = rest.split_at(NONCE_LEN);
    let (ciphertext, tag) = rest.split_at(BUNDLE_PLAINTEXT_LEN);
    let nonce = <[u8; NONCE_LEN]>::try_from(nonce).map_err(|_| PairCodeError::KeyBundle)?;
    let tag =
        Tag::<aes_gcm::aead::consts::U16>::try_from(tag).map_err(|_| PairCodeError::KeyBundle)?;
    let mut plaintext = Zeroizing::new([0u8; BUNDLE_PLAINTEXT_LEN]);
    plaintext.copy_from_slice(ciphertext);
    bundle_cipher(s1, salt)
        .decrypt_inout_detached(
            &Nonce::from(nonce),
            &[],
            plaintext.as_mut_slice().into(),
            &tag,
        )
        .map_err(|_| PairCodeError::KeyBundle)?;
    let (companion, rest) = plaintext.split_at(KEY_LEN);
    let (primary, random) = rest.split_at(KEY_LEN);
    let mut adv_random = Zeroizing::new([0u8; 32]);
    adv_random.copy_from_slice(random);
    Ok(KeyBundle {
        companion_identity: raw_key("bundle companion identity", companion)?,
        primary_identity: raw_key("bundle primary identity", primary)?,
        adv_random,
    })
}

/// The companion's half of code linking: its code and ephemeral key, kept
/// from `companion_hello` until the phone's `primary_hello` arrives (the
/// phone may send it more than once; each answer is independent).
#[derive(Debug)]
pub struct CompanionPairCode {
    code: PairCode,
    ephemeral: KeyPair,
    wrapped: [u8; WRAPPED_KEY_LEN],
}

/// What the companion sends in `companion_finish`, and the secret it keeps.
#[derive(Debug)]
pub struct CompanionFinish {
    /// `<link_code_pairing_wrapped_key_bundle>` (156 bytes).
    pub wrapped_key_bundle: Vec<u8>,
    /// The ADV secret that will authenticate `<pair-success>`.
    pub adv_secret: AdvSecret,
}

impl CompanionPairCode {
    /// A random code and ephemeral key, wrapped for `companion_hello`.
    pub fn new() -> CompanionPairCode {
        CompanionPairCode::with_code(PairCode::generate())
    }

    /// A chosen code (e.g. one a user asked for) with a fresh ephemeral key.
    pub fn with_code(code: PairCode) -> CompanionPairCode {
        let ephemeral = KeyPair::generate();
        let wrapped = wrap_ephemeral(&code, &ephemeral.public);
        CompanionPairCode {
            code,
            ephemeral,
            wrapped,
        }
    }

    /// The code to show the user.
    pub fn code(&self) -> &PairCode {
        &self.code
    }

    /// `<link_code_pairing_wrapped_companion_ephemeral_pub>` of
    /// `companion_hello`.
    pub fn wrapped_ephemeral(&self) -> &[u8; WRAPPED_KEY_LEN] {
        &self.wrapped
    }

    /// Answers the phone's `primary_hello`: unwraps its ephemeral, seals the
    /// key bundle and derives the ADV secret. `primary_identity` is the
    /// content of `<primary_identity_pub>`; `identity` our identity key pair.
    pub fn finish(
        &self,
        wrapped_primary_ephemeral: &[u8],
        primary_identity: &[u8],
        identity: &KeyPair,
    ) -> Result<CompanionFinish, PairCodeError> {
        self.finish_with(
            wrapped_primary_ephemeral,
            primary_identity,
            identity,
            &Zeroizing::new(random_array()),
            &random_array(),
            &random_array(),
        )
    }

    /// [`CompanionPairCode::finish`] with chosen randomness.
    pub(crate) fn finish_with(
        &self,
        wrapped_primary_ephemeral: &[u8],
        primary_identity: &[u8],
        identity: &KeyPair,
        adv_random: &Zeroizing<[u8; 32]>,
        salt: &[u8; SALT_LEN],
        nonce: &[u8; NONCE_LEN],
    ) -> Result<CompanionFinish, PairCodeError> {
        let primary_identity = raw_key("primary_identity_pub", primary_identity)?;
        let primary_ephemeral = unwrap_ephemeral(&self.code, wrapped_primary_ephemeral)?;
        let s1 = agree(&self.ephemeral.private, &primary_ephemeral, "ephemeral key")?;
        let s2 = agree(&identity.private, &primary_identity, "identity key")?;
        Ok(CompanionFinish {
            wrapped_key_bundle: seal_key_bundle(
                &s1,
                &identity.public,
                &primary_identity,
                adv_random,
                salt,
                nonce,
            ),
            adv_secret: derive_adv_secret(&s1, &s2, adv_random),
        })
    }
}

impl Default for CompanionPairCode {
    fn default() -> CompanionPairCode {
        CompanionPairCode::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key_pair(seed: u8) -> KeyPair {
        KeyPair::from_private(PrivateKey::from_bytes([seed; 32]))
    }

    #[test]
    fn codes_are_base32_of_five_bytes() {
        assert_eq!(PairCode::from_random_bytes(&[0; 5]).as_str(), "11111111");
        assert_eq!(PairCode::from_random_bytes(&[0xff; 5]).as_str(), "ZZZZZZZZ");
        // 0x0842108421 = 00001 00010 00010 ... : every group is 1 then 2.
        assert_eq!(
            PairCode::from_random_bytes(&[0x08, 0x42, 0x10, 0x84, 0x21]).as_str(),
            "22222222"
        );
        // 00000 00001 00010 00011 00100 00101 00110 00111
        assert_eq!(
            PairCode::from_random_bytes(&[0x00, 0x44, 0x32, 0x14, 0xc7]).as_str(),
            "12345678"
        );
        let code = PairCode::generate();
        assert_eq!(code.as_str().len(), 8);
        assert!(
            code.as_str()
                .bytes()
                .all(|b| PAIR_CODE_ALPHABET.contains(&b))
        );
        assert_eq!(format!("{code:?}"), "PairCode(<redacted>)");
    }

    #[test]
    fn codes_parse_as_typed() {
        let code = PairCode::parse("ABCD-EFGH").unwrap();
        assert_eq!(code.as_str(), "ABCDEFGH");
        assert_eq!(code.to_string(), "ABCD-EFGH");
        assert_eq!(PairCode::parse("abcdefgh").unwrap(), code);
        for bad in [
            "",
            "ABCDEFG",
            "ABCDEFGHJ",
            "ABCDEFG0",
            "ABCDEFGI",
            "ABC-DEFGH",
            "ABCD EFGH",
            "ÀBCDEFG",
        ] {
            assert_eq!(PairCode::parse(bad), Err(PairCodeError::BadCode), "{bad}");
        }
    }

    #[test]
    fn wrapping_round_trips_and_needs_the_code() {
        let code = PairCode::parse("7XKQM2PA").unwrap();
        let key = key_pair(1).public;
        let wrapped = wrap_ephemeral(&code, &key);
        assert_eq!(unwrap_ephemeral(&code, &wrapped).unwrap(), key);
        let other = PairCode::parse("7XKQM2PB").unwrap();
        assert_ne!(unwrap_ephemeral(&other, &wrapped).unwrap(), key);
        assert_eq!(
            unwrap_ephemeral(&code, &wrapped[..79]),
            Err(PairCodeError::WrappedKeyLength(79))
        );
        let mut long = wrapped.to_vec();
        long.push(0);
        assert_eq!(
            unwrap_ephemeral(&code, &long),
            Err(PairCodeError::WrappedKeyLength(81))
        );
    }

    /// Known answers computed with Python's `cryptography` (PBKDF2HMAC,
    /// AES-CTR, HKDF, AES-GCM, X25519) from the same inputs.
    #[test]
    fn known_answers() {
        let code = PairCode::parse("7XKQ-M2PA").unwrap();
        let salt: [u8; 32] = std::array::from_fn(|i| i as u8);
        // The low 72 bits of the counter are all ones: the second block's
        // counter carries across the 64-bit boundary, as a 128-bit counter
        // does.
        let iv: [u8; 16] = [
            0, 1, 2, 3, 4, 5, 6, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
        ];
        let ephemeral = key_pair(0x11);
        let wrapped = wrap_ephemeral_with(&code, &ephemeral.public, &salt, &iv);
        assert_eq!(hex::encode(&wrapped[48..]), KAT_WRAPPED_BODY);

        let primary_ephemeral = key_pair(0x22);
        let primary_identity = key_pair(0x33);
        let companion_identity = key_pair(0x44);
        let primary_wrapped =
            wrap_ephemeral_with(&code, &primary_ephemeral.public, &[0x55; 32], &[0x66; 16]);
        let pair = CompanionPairCode {
            code: code.clone(),
            ephemeral,
            wrapped,
        };
        let finish = pair
            .finish_with(
                &primary_wrapped,
                primary_identity.public.as_bytes(),
                &companion_identity,
                &Zeroizing::new([0x77; 32]),
                &[0x88; 32],
                &[0x99; 12],
            )
            .unwrap();
        assert_eq!(hex::encode(&finish.wrapped_key_bundle), KAT_BUNDLE);
        assert_eq!(hex::encode(finish.adv_secret.as_bytes()), KAT_ADV_SECRET);
    }

    const KAT_WRAPPED_BODY: &str =
        "72d2ce876f56893779edd28df06b65f640dcea50bace8142f9d376a3ebcf8a4f";
    const KAT_BUNDLE: &str = concat!(
        "8888888888888888888888888888888888888888888888888888888888888888",
        "999999999999999999999999",
        "696b48c144cabe29d2da92eb08cb55c896225dbcc3d5990a2a71e41e73cbaf0b",
        "7bc4fbb4405a5e9586f642ddec0f374c2df9cfaa0bd0996141ce7b8828074eda",
        "332b69802c9b4a5a181378827d4db301dc85f2a8ffc4a3c13d7f651aa91af011",
        "466390d14f43170ed96c972f31e442ac",
    );
    const KAT_ADV_SECRET: &str = "6121566fd64e8ec223ca3a6976e72f3b6e403f7465fb8ac66a1edd1fb285f3d5";

    #[test]
    fn both_halves_agree_and_a_wrong_code_fails_cleanly() {
        let companion_identity = KeyPair::generate();
        let primary_identity = KeyPair::generate();
        let pair = CompanionPairCode::new();

        // The phone's half, written out with the public primitives.
        let phone = |typed: &PairCode| -> Result<(AdvSecret, AdvSecret), PairCodeError> {
            let companion_ephemeral = unwrap_ephemeral(typed, pair.wrapped_ephemeral())?;
            let primary_ephemeral = KeyPair::generate();
            let wrapped = wrap_ephemeral(typed, &primary_ephemeral.public);
            let finish = pair.finish(
                &wrapped,
                primary_identity.public.as_bytes(),
                &companion_identity,
            )?;
            let s1 = agree(
                &primary_ephemeral.private,
                &companion_ephemeral,
                "ephemeral key",
            )?;
            let bundle = open_key_bundle(&s1, &finish.wrapped_key_bundle)?;
            assert_eq!(bundle.companion_identity, companion_identity.public);
            assert_eq!(bundle.primary_identity, primary_identity.public);
            let s2 = agree(
                &primary_identity.private,
                &bundle.companion_identity,
                "identity key",
            )?;
            Ok((
                finish.adv_secret,
                derive_adv_secret(&s1, &s2, &bundle.adv_random),
            ))
        };
        let (companion, primary) = phone(pair.code()).unwrap();
        assert_eq!(companion, primary);

        let wrong = PairCode::parse(if pair.code().as_str() == "ZZZZZZZZ" {
            "YYYYYYYY"
        } else {
            "ZZZZZZZZ"
        })
        .unwrap();
        assert!(matches!(
            phone(&wrong),
            Err(PairCodeError::KeyBundle | PairCodeError::WeakKey(_))
        ));
    }

    #[test]
    fn bad_inputs_are_typed_errors() {
        let pair = CompanionPairCode::with_code(PairCode::parse("11111111").unwrap());
        let identity = KeyPair::generate();
        let primary = KeyPair::generate().public;
        let wrapped = wrap_ephemeral(pair.code(), &KeyPair::generate().public);
        assert_eq!(
            pair.finish(&wrapped, &primary.as_bytes()[..31], &identity)
                .unwrap_err(),
            PairCodeError::KeyLength {
                field: "primary_identity_pub",
                got: 31
            }
        );
        assert_eq!(
            pair.finish(&wrapped[..40], primary.as_bytes(), &identity)
                .unwrap_err(),
            PairCodeError::WrappedKeyLength(40)
        );
        // A low-order primary key (0 is one) is refused.
        assert_eq!(
            pair.finish(&wrapped, &[0; 32], &identity).unwrap_err(),
            PairCodeError::WeakKey("identity key")
        );
        let zero = wrap_ephemeral(pair.code(), &PublicKey::from_raw([0; 32]));
        assert_eq!(
            pair.finish(&zero, primary.as_bytes(), &identity)
                .unwrap_err(),
            PairCodeError::WeakKey("ephemeral key")
        );

        let s1 = [7u8; 32];
        let bundle = seal_key_bundle(&s1, &primary, &primary, &[1; 32], &[2; 32], &[3; 12]);
        assert_eq!(bundle.len(), KEY_BUNDLE_LEN);
        assert!(open_key_bundle(&s1, &bundle).is_ok());
        assert_eq!(
            open_key_bundle(&s1, &bundle[..155]).unwrap_err(),
            PairCodeError::KeyBundleLength(155)
        );
        for index in [0, 40, 100, 155] {
            let mut tampered = bundle.clone();
            tampered[index] ^= 1;
            assert_eq!(
                open_key_bundle(&s1, &tampered).unwrap_err(),
                PairCodeError::KeyBundle
            );
        }
        assert_eq!(
            open_key_bundle(&[8; 32], &bundle).unwrap_err(),
            PairCodeError::KeyBundle
        );
    }
}

//! Curve25519 keys as Signal and WhatsApp use them: X25519 agreement and
//! XEdDSA signatures (Signal's `curve25519_sign` variant).
//!
//! Public keys travel in two forms: raw 32 bytes (stanzas, Noise, ClientPayload,
//! ADV) and libsignal's serialized 33 bytes `05 || key` (inside Signal
//! protobufs and in the message a signed prekey signature covers).
//!
//! XEdDSA, as libsignal computes it: the signer's Edwards key is `A = a·B` for
//! the clamped private scalar `a` (no key negation); the nonce is
//! `r = SHA-512(FE FF×31 || a || msg || Z) mod l` with 64 random bytes `Z`;
//! `R = r·B`, `h = SHA-512(R || A || msg) mod l`, `s = r + h·a`; the signature
//! is `R || s` with bit 7 of byte 63 carrying the sign bit of `A`. A verifier
//! turns the Montgomery `u` into the Edwards point with that sign bit and
//! checks `s·B − h·A == R`.
//!
//! X3DH computes several agreements at once, some against the same public
//! key. `AgreementPoint` and `agree_all` do them on the Edwards curve
//! (vector-accelerated scalar multiplication where the CPU has it): each public
//! key is converted once, and the products return to Montgomery `u` through a
//! single shared field inversion. The results are the X25519 outputs, byte for
//! byte; a public key with no Edwards form (a point on the twist) goes through
//! the Montgomery ladder instead.

use std::fmt;

use curve25519_dalek::constants::ED25519_BASEPOINT_TABLE;
use curve25519_dalek::edwards::{CompressedEdwardsY, EdwardsPoint};
use curve25519_dalek::montgomery::MontgomeryPoint;
use curve25519_dalek::scalar::Scalar;
use curve25519_dalek::traits::Identity;
use sha2::{Digest, Sha512};
use zeroize::{Zeroize, ZeroizeOnDrop};

/// libsignal's key type byte for Curve25519 ("DJB") keys.
pub const DJB_TYPE: u8 = 0x05;
/// Length of a raw public or private key.
pub const KEY_LEN: usize = 32;
/// Length of an XEdDSA signature.
pub const SIGNATURE_LEN: usize = 64;

/// Why bytes are not a key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum KeyError {
    /// Neither 32 raw bytes nor 33 bytes with the type prefix.
    #[error("a Curve25519 key has 32 bytes (or 33 with the 0x05 prefix), got {0}")]
    BadLength(usize),
    /// 33 bytes whose first byte is not 0x05.
    #[error("unknown key type byte {0:#04x} (expected 0x05)")]
    BadType(u8),
}

/// A Curve25519 public key (the Montgomery `u` coordinate).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PublicKey([u8; KEY_LEN]);

impl PublicKey {
    /// Wraps raw key bytes.
    pub const fn from_raw(bytes: [u8; KEY_LEN]) -> PublicKey {
        PublicKey(bytes)
    }

    /// Reads 32 raw bytes, or 33 bytes `05 || key`.
    pub fn from_bytes(bytes: &[u8]) -> Result<PublicKey, KeyError> {
        match bytes.len() {
            KEY_LEN => Ok(PublicKey(
                bytes
                    .try_into()
                    .map_err(|_| KeyError::BadLength(bytes.len()))?,
            )),
            33 => {
                if bytes[0] != DJB_TYPE {
                    return Err(KeyError::BadType(bytes[0]));
                }
                Ok(PublicKey(
                    bytes[1..]
                        .try_into()
                        .map_err(|_| KeyError::BadLength(bytes.len()))?,
                ))
            }
            other => Err(KeyError::BadLength(other)),
        }
    }

    /// Reads libsignal's serialized form, which must carry the 0x05 prefix.
    pub fn from_serialized(bytes: &[u8]) -> Result<PublicKey, KeyError> {
        if bytes.len() != 33 {
            return Err(KeyError::BadLength(bytes.len()));
        }
        PublicKey::from_bytes(bytes)
    }

    /// The raw 32 bytes.
    pub const fn as_bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    /// libsignal's serialized form `05 || key`.
    pub fn serialize(&self) -> [u8; 33] {
        let mut out = [0u8; 33];
        out[0] = DJB_TYPE;
        out[1..].copy_from_slice(&self.0);
        out
    }

    /// Verifies an XEdDSA signature over `message` made by this key's owner.
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> bool {
        verify_signature(&self.0, message, signature)
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({})", hex::encode(self.0))
    }
}

/// A Curve25519 private key, stored clamped. Its bytes are wiped on drop and
/// never printed.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct PrivateKey([u8; KEY_LEN]);

impl PrivateKey {
    /// Wraps key bytes, clamping them as X25519 does.
    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> PrivateKey {
        let mut key = PrivateKey(bytes);
        key.0[0] &= 248;
        key.0[31] &= 127;
        key.0[31] |= 64;
        key
    }

    /// Reads 32 key bytes from a slice.
    pub fn from_slice(bytes: &[u8]) -> Result<PrivateKey, KeyError> {
        let array: [u8; KEY_LEN] = bytes
            .try_into()
            .map_err(|_| KeyError::BadLength(bytes.len()))?;
        Ok(PrivateKey::from_bytes(array))
    }

    /// A fresh random key from the operating system's generator.
    pub fn generate() -> PrivateKey {
        PrivateKey::from_bytes(random_array())
    }

    /// The (clamped) key bytes, for storage.
    pub fn to_bytes(&self) -> [u8; KEY_LEN] {
        self.0
    }

    /// The matching public key.
    pub fn public_key(&self) -> PublicKey {
        PublicKey(MontgomeryPoint::mul_base_clamped(self.0).to_bytes())
    }

    /// X25519 agreement with `their_key`.
    pub fn agree(&self, their_key: &PublicKey) -> [u8; KEY_LEN] {
        MontgomeryPoint(their_key.0).mul_clamped(self.0).to_bytes()
    }

    /// An XEdDSA signature over `message` with fresh random nonce material.
    pub fn sign(&self, message: &[u8]) -> [u8; SIGNATURE_LEN] {
        self.sign_with_nonce_material(message, &random_array())
    }

    /// An XEdDSA signature with caller-chosen nonce material `z` (64 bytes).
    /// Deterministic for tests; production code uses [`PrivateKey::sign`].
    pub fn sign_with_nonce_material(&self, message: &[u8], z: &[u8; 64]) -> [u8; SIGNATURE_LEN] {
        SigningKey::new(self).sign_with_nonce_material(message, z)
    }
}

impl fmt::Debug for PrivateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PrivateKey(<redacted>)")
    }
}

/// A Curve25519 key pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyPair {
    /// The public half.
    pub public: PublicKey,
    /// The private half.
    pub private: PrivateKey,
}

impl KeyPair {
    /// A fresh random key pair.
    pub fn generate() -> KeyPair {
        KeyPair::from_private(PrivateKey::generate())
    }

    /// The pair for a known private key.
    pub fn from_private(private: PrivateKey) -> KeyPair {
        KeyPair {
            public: private.public_key(),
            private,
        }
    }
}

/// A public key prepared for X25519 agreements: its Edwards form, computed
/// once (`None` for a `u` on the twist, which takes the ladder). The sign of
/// the Edwards point does not matter: `u(−P) = u(P)`.
#[derive(Clone, Copy)]
pub(crate) struct AgreementPoint {
    public: PublicKey,
    edwards: Option<EdwardsPoint>,
}

impl AgreementPoint {
    /// Prepares `public` (one field inversion and one square root).
    pub(crate) fn new(public: &PublicKey) -> AgreementPoint {
        AgreementPoint {
            public: *public,
            edwards: MontgomeryPoint(public.0).to_edwards(0),
        }
    }

    /// The point a verifier already converted for its key.
    pub(crate) fn from_verifier(verifier: &VerifyingKey) -> AgreementPoint {
        AgreementPoint {
            public: verifier.public,
            edwards: Some(verifier.minus_a),
        }
    }
}

/// The X25519 agreements `private_i · point_i`, equal to
/// [`PrivateKey::agree`] on each pair, computed with one field inversion for
/// all of them.
pub(crate) fn agree_all<const N: usize>(
    pairs: [(&PrivateKey, &AgreementPoint); N],
) -> [[u8; KEY_LEN]; N] {
    let mut products: [EdwardsPoint; N] = std::array::from_fn(|i| {
        let (private, point) = pairs[i];
        match point.edwards {
            Some(edwards) => edwards.mul_clamped(private.0),
            None => EdwardsPoint::identity(),
        }
    });
    let mut montgomery = EdwardsPoint::to_montgomery_batch(&products);
    products.zeroize();
    let out = std::array::from_fn(|i| {
        let (private, point) = pairs[i];
        match point.edwards {
            Some(_) => montgomery[i].to_bytes(),
            None => private.agree(&point.public),
        }
    });
    montgomery.zeroize();
    out
}

/// The key pairs of `privates`, their public keys leaving the Edwards curve
/// through one shared field inversion.
pub(crate) fn key_pairs<const N: usize>(privates: [PrivateKey; N]) -> [KeyPair; N] {
    let points: [EdwardsPoint; N] =
        std::array::from_fn(|i| EdwardsPoint::mul_base_clamped(privates[i].0));
    let publics = EdwardsPoint::to_montgomery_batch(&points);
    let mut publics = publics.into_iter();
    privates.map(|private| KeyPair {
        public: PublicKey(publics.next().map_or_else(
            || MontgomeryPoint::mul_base_clamped(private.0).to_bytes(),
            |public| public.to_bytes(),
        )),
        private,
    })
}

/// `h = SHA-512(R || A || message) mod l`.
fn challenge(cap_r: &CompressedEdwardsY, cap_a: &CompressedEdwardsY, message: &[u8]) -> Scalar {
    let mut hash = Sha512::new();
    hash.update(cap_r.as_bytes());
    hash.update(cap_a.as_bytes());
    hash.update(message);
    Scalar::from_bytes_mod_order_wide(&hash.finalize().into())
}

/// Verifies an XEdDSA `signature` over `message` by the Montgomery public key
/// `public_key` (raw 32 bytes). Malformed signatures simply fail.
pub fn verify_signature(public_key: &[u8; KEY_LEN], message: &[u8], signature: &[u8]) -> bool {
    let Ok(signature) = <&[u8; SIGNATURE_LEN]>::try_from(signature) else {
        return false;
    };
    match VerifyingKey::new(&PublicKey(*public_key), signature[63] >> 7) {
        Some(key) => key.verify_prepared(message, signature),
        None => false,
    }
}

/// A private key prepared for XEdDSA signing: its Edwards public key is
/// computed once, so each signature costs one fixed-base multiplication.
#[derive(Clone)]
pub struct SigningKey {
    private: PrivateKey,
    scalar: Scalar,
    cap_a: CompressedEdwardsY,
}

impl SigningKey {
    /// Prepares `private` for signing.
    pub fn new(private: &PrivateKey) -> SigningKey {
        let scalar = Scalar::from_bytes_mod_order(private.0);
        let cap_a = (&scalar * ED25519_BASEPOINT_TABLE).compress();
        SigningKey {
            private: private.clone(),
            scalar,
            cap_a,
        }
    }

    /// A signing key from `private` and the Edwards public key that
    /// [`SigningKey::edwards_public`] returned for it (kept with the private
    /// key, it saves a scalar multiplication per load).
    pub fn from_parts(private: &PrivateKey, edwards_public: [u8; 32]) -> SigningKey {
        let scalar = Scalar::from_bytes_mod_order(private.0);
        SigningKey {
            private: private.clone(),
            scalar,
            cap_a: CompressedEdwardsY(edwards_public),
        }
    }

    /// The compressed Edwards form of the public key.
    pub fn edwards_public(&self) -> [u8; 32] {
        self.cap_a.to_bytes()
    }

    /// An XEdDSA signature over `message` with nonce material `z`: see the
    /// module docs. Fresh random `z` gives libsignal's `calculateSignature`.
    pub fn sign_with_nonce_material(&self, message: &[u8], z: &[u8; 64]) -> [u8; SIGNATURE_LEN] {
        let sign_bit = self.cap_a.as_bytes()[31] & 0x80;
        let mut nonce_hash = Sha512::new();
        let mut prefix = [0xFFu8; 32];
        prefix[0] = 0xFE;
        nonce_hash.update(prefix);
        nonce_hash.update(self.private.0);
        nonce_hash.update(message);
        nonce_hash.update(z);
        let mut r = Scalar::from_bytes_mod_order_wide(&nonce_hash.finalize().into());
        let cap_r = (&r * ED25519_BASEPOINT_TABLE).compress();

        let h = challenge(&cap_r, &self.cap_a, message);
        let s = r + h * self.scalar;
        r.zeroize();

        let mut signature = [0u8; SIGNATURE_LEN];
        signature[..32].copy_from_slice(cap_r.as_bytes());
        signature[32..].copy_from_slice(s.as_bytes());
        signature[63] &= 0x7F;
        signature[63] |= sign_bit;
        signature
    }

    /// A signature with fresh random nonce material.
    pub fn sign(&self, message: &[u8]) -> [u8; SIGNATURE_LEN] {
        self.sign_with_nonce_material(message, &random_array())
    }
}

impl Drop for SigningKey {
    fn drop(&mut self) {
        self.scalar.zeroize();
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SigningKey(<redacted>)")
    }
}

/// A public key prepared for XEdDSA verification of signatures carrying one
/// sign bit: the Montgomery-to-Edwards conversion is done once. A signer's
/// sign bit never changes, so a verifier kept with a sender-key state serves
/// every message of that sender.
#[derive(Clone, Debug)]
pub struct VerifyingKey {
    public: PublicKey,
    sign_bit: u8,
    minus_a: EdwardsPoint,
    cap_a: CompressedEdwardsY,
}

impl VerifyingKey {
    /// Prepares `public` for signatures whose sign bit is `sign_bit` (0 or 1);
    /// `None` if the key has no Edwards form.
    pub fn new(public: &PublicKey, sign_bit: u8) -> Option<VerifyingKey> {
        let sign_bit = sign_bit & 1;
        let cap_a_point = MontgomeryPoint(public.0).to_edwards(sign_bit)?;
        Some(VerifyingKey {
            public: *public,
            sign_bit,
            minus_a: -cap_a_point,
            cap_a: cap_a_point.compress(),
        })
    }

    /// A verifier from the compressed Edwards form that
    /// [`VerifyingKey::edwards_form`] returned for `public` (saves two field
    /// inversions per load); `None` if the bytes are not a point.
    pub fn from_edwards_form(public: &PublicKey, edwards: [u8; 32]) -> Option<VerifyingKey> {
        let cap_a = CompressedEdwardsY(edwards);
        let point = cap_a.decompress()?;
        Some(VerifyingKey {
            public: *public,
            sign_bit: edwards[31] >> 7,
            minus_a: -point,
            cap_a,
        })
    }

    /// The compressed Edwards form of the key (its sign bit is the one this
    /// verifier was prepared for).
    pub fn edwards_form(&self) -> [u8; 32] {
        self.cap_a.to_bytes()
    }

    /// The Montgomery public key this verifier checks.
    pub fn public_key(&self) -> &PublicKey {
        &self.public
    }

    /// Verifies `signature` over `message`; a signature with the other sign
    /// bit is checked the slow way.
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> bool {
        let Ok(signature) = <&[u8; SIGNATURE_LEN]>::try_from(signature) else {
            return false;
        };
        if signature[63] >> 7 != self.sign_bit {
            return verify_signature(&self.public.0, message, signature);
        }
        self.verify_prepared(message, signature)
    }

    fn verify_prepared(&self, message: &[u8], signature: &[u8; SIGNATURE_LEN]) -> bool {
        let mut s_bytes = [0u8; 32];
        s_bytes.copy_from_slice(&signature[32..]);
        s_bytes[31] &= 0x7F;
        // s must be reduced; anything at or above 2^253 cannot be.
        let Some(s) = Option::<Scalar>::from(Scalar::from_canonical_bytes(s_bytes)) else {
            return false;
        };
        let mut r_bytes = [0u8; 32];
        r_bytes.copy_from_slice(&signature[..32]);
        let cap_r = CompressedEdwardsY(r_bytes);
        let h = challenge(&cap_r, &self.cap_a, message);
        let check = EdwardsPoint::vartime_double_scalar_mul_basepoint(&h, &self.minus_a, &s);
        check.compress() == cap_r
    }
}

/// `N` bytes from the operating system's random generator.
///
/// # Panics
/// Only if the operating system has no randomness to give, in which case no
/// key could be made safely.
pub fn random_array<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    #[allow(clippy::expect_used)]
    getrandom::fill(&mut out).expect("the operating system's random generator failed");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agreement_is_symmetric() {
        let alice = KeyPair::generate();
        let bob = KeyPair::generate();
        assert_eq!(
            alice.private.agree(&bob.public),
            bob.private.agree(&alice.public)
        );
    }

    #[test]
    fn rfc7748_vector() {
        // RFC 7748 section 6.1.
        let alice = PrivateKey::from_slice(
            &hex::decode("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
                .unwrap(),
        )
        .unwrap();
        assert_eq!(
            hex::encode(alice.public_key().as_bytes()),
            "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"
        );
        let bob = PublicKey::from_bytes(
            &hex::decode("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f")
                .unwrap(),
        )
        .unwrap();
        assert_eq!(
            hex::encode(alice.agree(&bob)),
            "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"
        );
    }

    #[test]
    fn signatures_verify_and_tampering_fails() {
        let pair = KeyPair::generate();
        let message = b"signed prekey public";
        let signature = pair.private.sign(message);
        assert!(pair.public.verify(message, &signature));
        assert!(!pair.public.verify(b"other message", &signature));
        for index in [0, 31, 32, 62, 63] {
            let mut bad = signature;
            bad[index] ^= 0x01;
            assert!(
                !pair.public.verify(message, &bad),
                "flipped byte {index} still verified"
            );
        }
        let mut wrong_sign = signature;
        wrong_sign[63] ^= 0x80;
        assert!(!pair.public.verify(message, &wrong_sign));
        assert!(!pair.public.verify(message, &signature[..63]));
        assert!(!KeyPair::generate().public.verify(message, &signature));
    }

    #[test]
    fn deterministic_nonce_material_gives_deterministic_signatures() {
        let pair = KeyPair::generate();
        let z = [7u8; 64];
        assert_eq!(
            pair.private.sign_with_nonce_material(b"m", &z),
            pair.private.sign_with_nonce_material(b"m", &z)
        );
    }

    #[test]
    fn prepared_signers_and_verifiers_agree_with_the_plain_functions() {
        let pair = KeyPair::generate();
        let z = [3u8; 64];
        let signer = SigningKey::new(&pair.private);
        let signature = signer.sign_with_nonce_material(b"group message", &z);
        assert_eq!(
            signature,
            pair.private.sign_with_nonce_material(b"group message", &z)
        );
        let sign_bit = signature[63] >> 7;
        let verifier = VerifyingKey::new(&pair.public, sign_bit).unwrap();
        assert!(verifier.verify(b"group message", &signature));
        assert!(!verifier.verify(b"other message", &signature));
        assert!(!verifier.verify(b"group message", &signature[..63]));
        let mut bad = signature;
        bad[40] ^= 1;
        assert!(!verifier.verify(b"group message", &bad));
        // A verifier prepared for the other sign bit falls back to the full check.
        let other = VerifyingKey::new(&pair.public, sign_bit ^ 1).unwrap();
        assert!(other.verify(b"group message", &signature));
        assert!(!other.verify(b"group message", &bad));
        assert_eq!(other.public_key(), &pair.public);
        // Prepared forms restore to equivalent keys.
        let restored =
            VerifyingKey::from_edwards_form(&pair.public, verifier.edwards_form()).unwrap();
        assert!(restored.verify(b"group message", &signature));
        assert!(!restored.verify(b"group message", &bad));
        let signer_again = SigningKey::from_parts(&pair.private, signer.edwards_public());
        assert_eq!(
            signer_again.sign_with_nonce_material(b"group message", &z),
            signature
        );
        assert!(
            signer.sign(b"m") != signer.sign(b"m"),
            "random nonces differ"
        );
        assert_eq!(format!("{signer:?}"), "SigningKey(<redacted>)");
    }

    #[test]
    fn batched_agreements_equal_the_ladder() {
        let pairs: Vec<KeyPair> = (0..3).map(|_| KeyPair::generate()).collect();
        // u = 2 is on the twist: it has no Edwards form and takes the ladder.
        let mut twist = [0u8; 32];
        twist[0] = 2;
        let twist = PublicKey::from_raw(twist);
        assert!(MontgomeryPoint(*twist.as_bytes()).to_edwards(0).is_none());
        let points = [
            AgreementPoint::new(&pairs[1].public),
            AgreementPoint::new(&pairs[2].public),
            AgreementPoint::new(&twist),
        ];
        let ours = &pairs[0].private;
        let shared = agree_all([
            (ours, &points[0]),
            (&pairs[2].private, &points[0]),
            (ours, &points[1]),
            (ours, &points[2]),
        ]);
        assert_eq!(shared[0], ours.agree(&pairs[1].public));
        assert_eq!(shared[1], pairs[2].private.agree(&pairs[1].public));
        assert_eq!(shared[2], ours.agree(&pairs[2].public));
        assert_eq!(shared[3], ours.agree(&twist));
        // A verifier's (negated) Edwards point gives the same agreements.
        let signature = pairs[1].private.sign(b"m");
        let verifier = VerifyingKey::new(&pairs[1].public, signature[63] >> 7).unwrap();
        let [from_verifier] = agree_all([(ours, &AgreementPoint::from_verifier(&verifier))]);
        assert_eq!(from_verifier, shared[0]);
        // Batched key generation gives the plain public keys.
        let privates = [PrivateKey::generate(), PrivateKey::generate()];
        for pair in key_pairs(privates) {
            assert_eq!(pair.public, pair.private.public_key());
        }
    }

    #[test]
    fn serialized_form_has_the_type_prefix() {
        let key = KeyPair::generate().public;
        let serialized = key.serialize();
        assert_eq!(serialized[0], DJB_TYPE);
        assert_eq!(PublicKey::from_bytes(&serialized).unwrap(), key);
        assert_eq!(PublicKey::from_bytes(key.as_bytes()).unwrap(), key);
        assert_eq!(PublicKey::from_bytes(&[6u8; 33]), Err(KeyError::BadType(6)));
        assert_eq!(
            PublicKey::from_bytes(&[5u8; 31]),
            Err(KeyError::BadLength(31))
        );
        assert!(PublicKey::from_serialized(key.as_bytes()).is_err());
    }

    #[test]
    fn private_keys_are_clamped_and_redacted() {
        let key = PrivateKey::from_bytes([0xFF; 32]);
        let bytes = key.to_bytes();
        assert_eq!(bytes[0] & 7, 0);
        assert_eq!(bytes[31] & 0xC0, 0x40);
        assert_eq!(format!("{key:?}"), "PrivateKey(<redacted>)");
    }
}

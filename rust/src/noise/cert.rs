//! The server certificate chain sent (encrypted) in the ServerHello.
//!
//! `CertChain { leaf, intermediate }`, each a `NoiseCertificate { details,
//! signature }` whose `details` are the serialized
//! `NoiseCertificate.Details { serial, issuerSerial, key, notBefore, notAfter }`.
//! A chain is accepted only when all of this holds:
//!
//! * the intermediate's details carry a valid 64-byte XEdDSA signature by the
//!   trusted root key, name issuer serial 0 and hold a 32-byte key;
//! * the leaf's details carry a valid signature by the intermediate's key and
//!   name the intermediate's serial as their issuer;
//! * the leaf's key is the server static key from the handshake;
//! * `notBefore <= now <= notAfter` for both certificates.
//!
//! The trusted root is WhatsApp's unless the caller passes another one
//! explicitly (the local emulator's test root); [`TestCertificateAuthority`]
//! makes such roots and chains.

use std::time::{SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use prost::Message as _;

use super::error::{CertRole, CertificateError};
use crate::proto::wa::CertChain;
use crate::proto::wa::cert_chain::NoiseCertificate;
use crate::proto::wa::cert_chain::noise_certificate::Details;
use crate::signal::keys::{KEY_LEN, SIGNATURE_LEN, verify_signature};
use crate::signal::{KeyPair, PrivateKey, PublicKey};

/// WhatsApp's root certificate key (raw Curve25519), which signs the
/// intermediate certificate of every real server chain.
pub const WHATSAPP_ROOT_KEY: PublicKey = PublicKey::from_raw([
    0x14, 0x23, 0x75, 0x57, 0x4d, 0x0a, 0x58, 0x71, 0x66, 0xaa, 0xe7, 0x1e, 0xbe, 0x51, 0x64, 0x37,
    0xc4, 0xa2, 0x8b, 0x73, 0xe3, 0x69, 0x5c, 0x6c, 0xe1, 0xf7, 0xf9, 0x54, 0x5d, 0xa8, 0xee, 0x6b,
]);

/// The issuer serial an intermediate certificate names: the root's.
pub const ROOT_ISSUER_SERIAL: u32 = 0;

/// Where the verifier takes the current time from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Clock {
    /// The system clock.
    #[default]
    System,
    /// A fixed time, in Unix seconds (tests, replayed transcripts).
    Fixed(u64),
}

impl Clock {
    /// The current time in Unix seconds (0 if the system clock is before 1970).
    pub fn now(&self) -> u64 {
        match self {
            Clock::System => SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(0),
            Clock::Fixed(now) => *now,
        }
    }
}

/// The validity period of a certificate, in Unix seconds (both inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Validity {
    /// First second the certificate is valid.
    pub not_before: u64,
    /// Last second the certificate is valid.
    pub not_after: u64,
}

/// The decoded details of one verified certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertificateDetails {
    /// The certificate's serial.
    pub serial: u32,
    /// The issuer's serial.
    pub issuer_serial: u32,
    /// The certified key.
    pub key: PublicKey,
    /// Its validity.
    pub validity: Validity,
}

/// A chain that passed verification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedChain {
    /// The intermediate certificate (signed by the root).
    pub intermediate: CertificateDetails,
    /// The leaf certificate (signed by the intermediate; its key is the
    /// server's static key).
    pub leaf: CertificateDetails,
}

/// Verifies server certificate chains against one trusted root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainVerifier {
    root: PublicKey,
    clock: Clock,
}

impl Default for ChainVerifier {
    fn default() -> ChainVerifier {
        ChainVerifier::whatsapp()
    }
}

impl ChainVerifier {
    /// Trusts WhatsApp's root key ([`WHATSAPP_ROOT_KEY`]), with the system clock.
    pub fn whatsapp() -> ChainVerifier {
        ChainVerifier {
            root: WHATSAPP_ROOT_KEY,
            clock: Clock::System,
        }
    }

    /// Trusts `root` instead of WhatsApp's root: for a server the caller
    /// runs itself, such as the local emulator.
    pub fn with_root(root: PublicKey) -> ChainVerifier {
        ChainVerifier {
            root,
            clock: Clock::System,
        }
    }

    /// Uses `clock` for the validity checks.
    pub fn with_clock(mut self, clock: Clock) -> ChainVerifier {
        self.clock = clock;
        self
    }

    /// The trusted root key.
    pub fn root(&self) -> &PublicKey {
        &self.root
    }

    /// Verifies the serialized `CertChain` for a server whose handshake
    /// static key is `server_static`.
    pub fn verify(
        &self,
        chain: &[u8],
        server_static: &PublicKey,
    ) -> Result<VerifiedChain, CertificateError> {
        let result = self.verify_inner(chain, server_static);
        if let Err(error) = &result {
            log::debug!("server certificate chain rejected: {error}");
        }
        result
    }

    fn verify_inner(
        &self,
        chain: &[u8],
        server_static: &PublicKey,
    ) -> Result<VerifiedChain, CertificateError> {
        let chain = CertChain::decode(chain).map_err(CertificateError::MalformedChain)?;
        let (intermediate_raw, intermediate_sig) =
            parts(chain.intermediate.as_deref(), CertRole::Intermediate)?;
        let (leaf_raw, leaf_sig) = parts(chain.leaf.as_deref(), CertRole::Leaf)?;

        if !verify_signature(self.root.as_bytes(), intermediate_raw, intermediate_sig) {
            return Err(CertificateError::BadSignature {
                role: CertRole::Intermediate,
            });
        }
        let intermediate = details(intermediate_raw, CertRole::Intermediate)?;
        if intermediate.issuer_serial != ROOT_ISSUER_SERIAL {
            return Err(CertificateError::IntermediateIssuerSerial {
                got: intermediate.issuer_serial,
            });
        }

        if !verify_signature(intermediate.key.as_bytes(), leaf_raw, leaf_sig) {
            return Err(CertificateError::BadSignature {
                role: CertRole::Leaf,
            });
        }
        let leaf = details(leaf_raw, CertRole::Leaf)?;
        if leaf.issuer_serial != intermediate.serial {
            return Err(CertificateError::IssuerSerialMismatch {
                leaf_issuer_serial: leaf.issuer_serial,
                intermediate_serial: intermediate.serial,
            });
        }
        if leaf.key != *server_static {
            return Err(CertificateError::LeafKeyMismatch);
        }

        let now = self.clock.now();
        check_validity(&intermediate, CertRole::Intermediate, now)?;
        check_validity(&leaf, CertRole::Leaf, now)?;
        Ok(VerifiedChain { intermediate, leaf })
    }
}

/// The raw details and the signature of a certificate, checking presence and
/// the signature length.
fn parts(
    cert: Option<&NoiseCertificate>,
    role: CertRole,
) -> Result<(&[u8], &[u8]), CertificateError> {
    let cert = cert.ok_or(CertificateError::Missing {
        role,
        field: "certificate",
    })?;
    let raw = cert.details.as_deref().ok_or(CertificateError::Missing {
        role,
        field: "details",
    })?;
    let signature = cert.signature.as_deref().ok_or(CertificateError::Missing {
        role,
        field: "signature",
    })?;
    if signature.len() != SIGNATURE_LEN {
        return Err(CertificateError::SignatureLength {
            role,
            len: signature.len(),
        });
    }
    Ok((raw, signature))
}

/// Decodes certificate details. Absent serials read as 0 (proto2 defaults);
/// the key and both dates are required.
fn details(raw: &[u8], role: CertRole) -> Result<CertificateDetails, CertificateError> {
    let details =
        Details::decode(raw).map_err(|error| CertificateError::MalformedDetails { role, error })?;
    let key = details
        .key
        .as_deref()
        .ok_or(CertificateError::Missing { role, field: "key" })?;
    let key = <[u8; KEY_LEN]>::try_from(key).map_err(|_| CertificateError::KeyLength {
        role,
        len: key.len(),
    })?;
    let not_before = details.not_before.ok_or(CertificateError::Missing {
        role,
        field: "notBefore",
    })?;
    let not_after = details.not_after.ok_or(CertificateError::Missing {
        role,
        field: "notAfter",
    })?;
    Ok(CertificateDetails {
        serial: details.serial.unwrap_or(0),
        issuer_serial: details.issuer_serial.unwrap_or(0),
        key: PublicKey::from_raw(key),
        validity: Validity {
            not_before,
            not_after,
        },
    })
}

fn check_validity(
    cert: &CertificateDetails,
    role: CertRole,
    now: u64,
) -> Result<(), CertificateError> {
    let Validity {
        not_before,
        not_after,
    } = cert.validity;
    if now < not_before {
        return Err(CertificateError::NotYetValid {
            role,
            not_before,
            now,
        });
    }
    if now > not_after {
        return Err(CertificateError::Expired {
            role,
            not_after,
            now,
        });
    }
    Ok(())
}

/// A test certificate authority: a root key and an intermediate certificate
/// it signed, issuing leaf certificates for server static keys. This is what
/// the local emulator presents; clients trust it only when given
/// [`root_public_key`](TestCertificateAuthority::root_public_key) explicitly.
pub struct TestCertificateAuthority {
    root_public: PublicKey,
    intermediate: KeyPair,
    intermediate_serial: u32,
    intermediate_cert: NoiseCertificate,
    validity: Validity,
}

impl std::fmt::Debug for TestCertificateAuthority {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestCertificateAuthority")
            .field("root", &self.root_public)
            .field("intermediate", &self.intermediate.public)
            .field("intermediate_serial", &self.intermediate_serial)
            .field("validity", &self.validity)
            .finish_non_exhaustive()
    }
}

/// Serialized certificate details.
fn encode_details(serial: u32, issuer_serial: u32, key: &PublicKey, validity: Validity) -> Bytes {
    Details {
        serial: Some(serial),
        issuer_serial: Some(issuer_serial),
        key: Some(Bytes::copy_from_slice(key.as_bytes())),
        not_before: Some(validity.not_before),
        not_after: Some(validity.not_after),
    }
    .encode_to_vec()
    .into()
}

/// Signs serialized details with `signer` into a certificate.
fn certificate(details: Bytes, signer: &PrivateKey) -> NoiseCertificate {
    let signature = signer.sign(&details);
    NoiseCertificate {
        details: Some(details),
        signature: Some(Bytes::copy_from_slice(&signature)),
    }
}

impl TestCertificateAuthority {
    /// A new authority with random root and intermediate keys, serial 1,
    /// valid from a day before now for ten years.
    pub fn generate() -> TestCertificateAuthority {
        let now = Clock::System.now();
        let validity = Validity {
            not_before: now.saturating_sub(86_400),
            not_after: now.saturating_add(10 * 365 * 86_400),
        };
        TestCertificateAuthority::new(&PrivateKey::generate(), PrivateKey::generate(), 1, validity)
    }

    /// An authority from known keys: `root` signs an intermediate certificate
    /// for `intermediate` with `intermediate_serial` and `validity`.
    pub fn new(
        root: &PrivateKey,
        intermediate: PrivateKey,
        intermediate_serial: u32,
        validity: Validity,
    ) -> TestCertificateAuthority {
        let intermediate = KeyPair::from_private(intermediate);
        let details = encode_details(
            intermediate_serial,
            ROOT_ISSUER_SERIAL,
            &intermediate.public,
            validity,
        );
        TestCertificateAuthority {
            root_public: root.public_key(),
            intermediate_cert: certificate(details, root),
            intermediate,
            intermediate_serial,
            validity,
        }
    }

    /// The root key clients must be told to trust.
    pub fn root_public_key(&self) -> PublicKey {
        self.root_public
    }

    /// The intermediate certificate's serial.
    pub fn intermediate_serial(&self) -> u32 {
        self.intermediate_serial
    }

    /// A serialized `CertChain` for a server whose static key is
    /// `server_static`, with leaf serial `intermediate serial + 1` and the
    /// intermediate's validity.
    pub fn issue(&self, server_static: &PublicKey) -> Bytes {
        self.issue_with(
            server_static,
            self.intermediate_serial.wrapping_add(1),
            self.validity,
        )
    }

    /// A serialized `CertChain` with an explicit leaf serial and validity.
    pub fn issue_with(
        &self,
        server_static: &PublicKey,
        leaf_serial: u32,
        validity: Validity,
    ) -> Bytes {
        let details = encode_details(
            leaf_serial,
            self.intermediate_serial,
            server_static,
            validity,
        );
        CertChain {
            leaf: Some(Box::new(certificate(details, &self.intermediate.private))),
            intermediate: Some(Box::new(self.intermediate_cert.clone())),
        }
        .encode_to_vec()
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: u64 = 1_700_000_000;
    const VALID: Validity = Validity {
        not_before: NOW - 1000,
        not_after: NOW + 1000,
    };

    struct Fixture {
        root: PrivateKey,
        intermediate: KeyPair,
        server: KeyPair,
    }

    impl Fixture {
        fn new() -> Fixture {
            Fixture {
                root: PrivateKey::generate(),
                intermediate: KeyPair::generate(),
                server: KeyPair::generate(),
            }
        }

        fn verifier(&self) -> ChainVerifier {
            ChainVerifier::with_root(self.root.public_key()).with_clock(Clock::Fixed(NOW))
        }

        fn authority(&self) -> TestCertificateAuthority {
            TestCertificateAuthority::new(&self.root, self.intermediate.private.clone(), 7, VALID)
        }

        /// A chain from explicit parts, for building broken ones.
        fn chain(
            &self,
            intermediate: Details,
            intermediate_signer: &PrivateKey,
            leaf: Details,
        ) -> Vec<u8> {
            self.chain_signed(
                intermediate,
                intermediate_signer,
                leaf,
                &self.intermediate.private,
            )
        }

        fn chain_signed(
            &self,
            intermediate: Details,
            intermediate_signer: &PrivateKey,
            leaf: Details,
            leaf_signer: &PrivateKey,
        ) -> Vec<u8> {
            let sign = |details: Details, signer: &PrivateKey| {
                certificate(details.encode_to_vec().into(), signer)
            };
            CertChain {
                leaf: Some(Box::new(sign(leaf, leaf_signer))),
                intermediate: Some(Box::new(sign(intermediate, intermediate_signer))),
            }
            .encode_to_vec()
        }

        fn intermediate_details(&self) -> Details {
            Details {
                serial: Some(7),
                issuer_serial: Some(0),
                key: Some(Bytes::copy_from_slice(self.intermediate.public.as_bytes())),
                not_before: Some(VALID.not_before),
                not_after: Some(VALID.not_after),
            }
        }

        fn leaf_details(&self) -> Details {
            Details {
                serial: Some(8),
                issuer_serial: Some(7),
                key: Some(Bytes::copy_from_slice(self.server.public.as_bytes())),
                not_before: Some(VALID.not_before),
                not_after: Some(VALID.not_after),
            }
        }

        fn verify(&self, chain: &[u8]) -> Result<VerifiedChain, CertificateError> {
            self.verifier().verify(chain, &self.server.public)
        }
    }

    #[test]
    fn a_test_authority_chain_verifies() {
        let f = Fixture::new();
        let chain = f.authority().issue(&f.server.public);
        let verified = f.verify(&chain).unwrap();
        assert_eq!(verified.intermediate.serial, 7);
        assert_eq!(verified.intermediate.key, f.intermediate.public);
        assert_eq!(verified.leaf.serial, 8);
        assert_eq!(verified.leaf.issuer_serial, 7);
        assert_eq!(verified.leaf.key, f.server.public);
        assert_eq!(verified.leaf.validity, VALID);
        // The hand-built chain is equivalent.
        let manual = f.chain(f.intermediate_details(), &f.root, f.leaf_details());
        assert!(f.verify(&manual).is_ok());
    }

    #[test]
    fn validity_bounds_are_inclusive() {
        let f = Fixture::new();
        let chain = f.authority().issue(&f.server.public);
        for now in [VALID.not_before, VALID.not_after] {
            let verifier =
                ChainVerifier::with_root(f.root.public_key()).with_clock(Clock::Fixed(now));
            assert!(
                verifier.verify(&chain, &f.server.public).is_ok(),
                "at {now}"
            );
        }
    }

    #[test]
    fn whatsapps_root_is_the_default_and_does_not_trust_test_chains() {
        let f = Fixture::new();
        let chain = f.authority().issue(&f.server.public);
        assert_eq!(ChainVerifier::default().root(), &WHATSAPP_ROOT_KEY);
        assert_eq!(
            ChainVerifier::default()
                .with_clock(Clock::Fixed(NOW))
                .verify(&chain, &f.server.public),
            Err(CertificateError::BadSignature {
                role: CertRole::Intermediate
            })
        );
        assert_eq!(
            hex::encode(WHATSAPP_ROOT_KEY.as_bytes()),
            "142375574d0a587166aae71ebe516437c4a28b73e3695c6ce1f7f9545da8ee6b"
        );
    }

    #[test]
    fn a_wrong_root_is_refused() {
        let f = Fixture::new();
        let chain = f.authority().issue(&f.server.public);
        let other_root =
            ChainVerifier::with_root(KeyPair::generate().public).with_clock(Clock::Fixed(NOW));
        assert_eq!(
            other_root.verify(&chain, &f.server.public),
            Err(CertificateError::BadSignature {
                role: CertRole::Intermediate
            })
        );
    }

    #[test]
    fn broken_signatures_are_refused() {
        let f = Fixture::new();
        let mut chain = CertChain::decode(&f.authority().issue(&f.server.public)[..]).unwrap();
        let flip = |cert: &mut Option<Box<NoiseCertificate>>| {
            let cert = cert.as_mut().unwrap();
            let mut sig = cert.signature.as_ref().unwrap().to_vec();
            sig[5] ^= 1;
            cert.signature = Some(sig.into());
        };
        let mut broken = chain.clone();
        flip(&mut broken.intermediate);
        assert_eq!(
            f.verify(&broken.encode_to_vec()),
            Err(CertificateError::BadSignature {
                role: CertRole::Intermediate
            })
        );
        flip(&mut chain.leaf);
        assert_eq!(
            f.verify(&chain.encode_to_vec()),
            Err(CertificateError::BadSignature {
                role: CertRole::Leaf
            })
        );

        // A leaf signed by the root (skipping the intermediate) is refused too.
        let leaf_by_root =
            f.chain_signed(f.intermediate_details(), &f.root, f.leaf_details(), &f.root);
        assert_eq!(
            f.verify(&leaf_by_root),
            Err(CertificateError::BadSignature {
                role: CertRole::Leaf
            })
        );
    }

    #[test]
    fn altered_details_break_the_signature() {
        let f = Fixture::new();
        let mut chain = CertChain::decode(&f.authority().issue(&f.server.public)[..]).unwrap();
        let leaf = chain.leaf.as_mut().unwrap();
        let mut details = Details::decode(leaf.details.clone().unwrap()).unwrap();
        details.not_after = Some(u64::MAX);
        leaf.details = Some(details.encode_to_vec().into());
        assert_eq!(
            f.verify(&chain.encode_to_vec()),
            Err(CertificateError::BadSignature {
                role: CertRole::Leaf
            })
        );
    }

    #[test]
    fn issuer_serials_are_checked() {
        let f = Fixture::new();
        let mut intermediate = f.intermediate_details();
        intermediate.issuer_serial = Some(3);
        assert_eq!(
            f.verify(&f.chain(intermediate, &f.root, f.leaf_details())),
            Err(CertificateError::IntermediateIssuerSerial { got: 3 })
        );
        let mut leaf = f.leaf_details();
        leaf.issuer_serial = Some(99);
        assert_eq!(
            f.verify(&f.chain(f.intermediate_details(), &f.root, leaf)),
            Err(CertificateError::IssuerSerialMismatch {
                leaf_issuer_serial: 99,
                intermediate_serial: 7
            })
        );
        // The test authority's leaf serial and issuer link.
        let chain = f.authority().issue_with(&f.server.public, 1234, VALID);
        assert_eq!(f.verify(&chain).unwrap().leaf.serial, 1234);
    }

    #[test]
    fn the_leaf_must_certify_the_server_static_key() {
        let f = Fixture::new();
        let chain = f.authority().issue(&KeyPair::generate().public);
        assert_eq!(f.verify(&chain), Err(CertificateError::LeafKeyMismatch));
    }

    #[test]
    fn dates_are_checked_on_both_certificates() {
        let f = Fixture::new();
        let early = Validity {
            not_before: NOW + 1,
            not_after: NOW + 1000,
        };
        let late = Validity {
            not_before: NOW - 1000,
            not_after: NOW - 1,
        };
        let authority = f.authority();
        assert_eq!(
            f.verify(&authority.issue_with(&f.server.public, 8, early)),
            Err(CertificateError::NotYetValid {
                role: CertRole::Leaf,
                not_before: NOW + 1,
                now: NOW
            })
        );
        assert_eq!(
            f.verify(&authority.issue_with(&f.server.public, 8, late)),
            Err(CertificateError::Expired {
                role: CertRole::Leaf,
                not_after: NOW - 1,
                now: NOW
            })
        );
        let expired_ca =
            TestCertificateAuthority::new(&f.root, f.intermediate.private.clone(), 7, late);
        assert_eq!(
            f.verify(&expired_ca.issue_with(&f.server.public, 8, VALID)),
            Err(CertificateError::Expired {
                role: CertRole::Intermediate,
                not_after: NOW - 1,
                now: NOW
            })
        );
        let future_ca =
            TestCertificateAuthority::new(&f.root, f.intermediate.private.clone(), 7, early);
        assert_eq!(
            f.verify(&future_ca.issue_with(&f.server.public, 8, VALID)),
            Err(CertificateError::NotYetValid {
                role: CertRole::Intermediate,
                not_before: NOW + 1,
                now: NOW
            })
        );
    }

    #[test]
    fn key_and_signature_lengths_are_checked() {
        let f = Fixture::new();
        let mut intermediate = f.intermediate_details();
        intermediate.key = Some(Bytes::from_static(&[5u8; 33]));
        assert_eq!(
            f.verify(&f.chain(intermediate, &f.root, f.leaf_details())),
            Err(CertificateError::KeyLength {
                role: CertRole::Intermediate,
                len: 33
            })
        );
        let mut leaf = f.leaf_details();
        leaf.key = Some(Bytes::from_static(&[1u8; 31]));
        assert_eq!(
            f.verify(&f.chain(f.intermediate_details(), &f.root, leaf)),
            Err(CertificateError::KeyLength {
                role: CertRole::Leaf,
                len: 31
            })
        );

        let mut chain = CertChain::decode(&f.authority().issue(&f.server.public)[..]).unwrap();
        chain.leaf.as_mut().unwrap().signature = Some(Bytes::from_static(&[0u8; 63]));
        assert_eq!(
            f.verify(&chain.encode_to_vec()),
            Err(CertificateError::SignatureLength {
                role: CertRole::Leaf,
                len: 63
            })
        );
    }

    #[test]
    fn missing_and_malformed_parts_are_reported() {
        let f = Fixture::new();
        let full = CertChain::decode(&f.authority().issue(&f.server.public)[..]).unwrap();

        let mut chain = full.clone();
        chain.intermediate = None;
        assert_eq!(
            f.verify(&chain.encode_to_vec()),
            Err(CertificateError::Missing {
                role: CertRole::Intermediate,
                field: "certificate"
            })
        );
        let mut chain = full.clone();
        chain.leaf.as_mut().unwrap().details = None;
        assert_eq!(
            f.verify(&chain.encode_to_vec()),
            Err(CertificateError::Missing {
                role: CertRole::Leaf,
                field: "details"
            })
        );
        let mut chain = full.clone();
        chain.leaf.as_mut().unwrap().signature = None;
        assert_eq!(
            f.verify(&chain.encode_to_vec()),
            Err(CertificateError::Missing {
                role: CertRole::Leaf,
                field: "signature"
            })
        );

        let mut leaf = f.leaf_details();
        leaf.not_after = None;
        assert_eq!(
            f.verify(&f.chain(f.intermediate_details(), &f.root, leaf)),
            Err(CertificateError::Missing {
                role: CertRole::Leaf,
                field: "notAfter"
            })
        );

        assert!(matches!(
            f.verify(&[0xff, 0xff]),
            Err(CertificateError::MalformedChain(_))
        ));
        // Validly signed garbage details.
        let garbage = CertChain {
            intermediate: Some(Box::new(certificate(
                Bytes::from_static(&[0x0a, 0x05, 0x01]),
                &f.root,
            ))),
            leaf: full.leaf.clone(),
        };
        assert!(matches!(
            f.verify(&garbage.encode_to_vec()),
            Err(CertificateError::MalformedDetails {
                role: CertRole::Intermediate,
                ..
            })
        ));
    }
}

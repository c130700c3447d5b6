//! App-state sync ("syncd"): the cryptography of the five collections in
//! which the account keeps chat settings, contacts, labels, stars, ...
//!
//! Every collection is a map from an index MAC (HMAC of the index JSON, e.g.
//! `["mute","1234@s.whatsapp.net"]`) to a value MAC (MAC of the encrypted
//! `SyncActionData`), summarised by a 128-byte LT-hash and a version. Patches
//! and snapshots carry encrypted records plus two MACs that bind the new
//! LT-hash and the record MACs to the version and collection name.
//!
//! * [`keys`]: [`MutationKeys`] (the five keys of one sync key) and [`KeyRing`].
//! * [`lthash`]: the [`LtHash`] summing function.
//! * [`state`]: [`Collection`], [`CollectionState`] and [`StateUpdate`].
//! * [`crypto`]: index MAC, value MAC, value blob, snapshot MAC, patch MAC.
//! * [`index`]: index JSON, byte-exact.
//! * [`decode`]: verified decoding of patches and snapshots ([`SyncdDecoder`]).
//! * [`encode`]: building outgoing mutations and patches.
//! * [`schema`]: the table of known indexes (collection and version of each action).
//!
//! Decoding is all-or-nothing: a patch is applied only when every MAC in it
//! checks; otherwise a typed [`AppStateError`] names the first failure and the
//! state is untouched (decoding returns a [`StateUpdate`] that the caller
//! applies once the result is stored).

pub mod crypto;
pub mod decode;
pub mod encode;
pub mod index;
pub mod keys;
pub mod lthash;
pub mod schema;
pub mod state;

pub use decode::{
    DecodedMutation, DecodedPatch, DecodedSnapshot, SyncdDecoder, parse_mutations, parse_patch,
    parse_snapshot,
};
pub use encode::{
    EncodedMutation, EncodedPatch, NewMutation, encode_mutation, encode_patch, encode_snapshot,
};
pub use keys::{KeyRing, MutationKeys};
pub use lthash::LtHash;
pub use schema::{IndexPart, IndexSchema};
pub use state::{Collection, CollectionState, StateUpdate};

use std::fmt;

use crate::proto::wa;

/// A syncd operation: SET a value or REMOVE it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operation {
    /// Sets (or overwrites) the value of an index.
    Set,
    /// Removes an index.
    Remove,
}

impl Operation {
    /// Reads `SyncdMutation.operation` (SET = 0, REMOVE = 1); an absent
    /// field means SET, as in proto2.
    pub fn from_proto(value: Option<i32>) -> Result<Operation, AppStateError> {
        let Some(number) = value else {
            return Ok(Operation::Set);
        };
        match wa::syncd_mutation::SyncdOperation::try_from(number) {
            Ok(wa::syncd_mutation::SyncdOperation::Set) => Ok(Operation::Set),
            Ok(wa::syncd_mutation::SyncdOperation::Remove) => Ok(Operation::Remove),
            Err(_) => Err(AppStateError::UnknownOperation(number)),
        }
    }

    /// The protobuf enum value.
    pub const fn to_proto(self) -> wa::syncd_mutation::SyncdOperation {
        match self {
            Operation::Set => wa::syncd_mutation::SyncdOperation::Set,
            Operation::Remove => wa::syncd_mutation::SyncdOperation::Remove,
        }
    }

    /// The byte that starts the value MAC input: 1 for SET, 2 for REMOVE.
    pub const fn mac_byte(self) -> u8 {
        match self {
            Operation::Set => 1,
            Operation::Remove => 2,
        }
    }
}

/// Where in a patch or snapshot a record sits (0-based), for error messages.
pub type RecordIndex = usize;

/// A key id in errors and logs (ids are not secret; shown in hex).
#[derive(Clone, PartialEq, Eq)]
pub struct KeyIdDisplay(pub Vec<u8>);

impl fmt::Debug for KeyIdDisplay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", hex::encode(&self.0))
    }
}

impl fmt::Display for KeyIdDisplay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", hex::encode(&self.0))
    }
}

/// Why a patch or snapshot was rejected (nothing of it was applied), or why
/// an outgoing patch could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AppStateError {
    /// The bytes are not the expected protobuf.
    #[error("{what} does not decode: {source}")]
    Protobuf {
        /// The message type.
        what: &'static str,
        /// Decoder error.
        source: prost::DecodeError,
    },
    /// A required field is absent.
    #[error("{0} is missing")]
    MissingField(&'static str),
    /// A fixed-size field has the wrong size.
    #[error("{field} must have {expected} bytes, got {got}")]
    BadFieldLength {
        /// The field.
        field: &'static str,
        /// Required size.
        expected: usize,
        /// Actual size.
        got: usize,
    },
    /// No sync key with this id is known: request it from the phone.
    #[error("unknown app-state sync key {0}")]
    UnknownKey(KeyIdDisplay),
    /// A record's value MAC does not match its encrypted value.
    #[error("value MAC mismatch in record {0}")]
    ValueMacMismatch(RecordIndex),
    /// The decrypted index does not hash to the record's index MAC.
    #[error("index MAC mismatch in record {0}: the decrypted index does not match")]
    IndexMacMismatch(RecordIndex),
    /// The LT-hash reached does not match the snapshot MAC.
    #[error("snapshot MAC mismatch at version {version}")]
    SnapshotMacMismatch {
        /// Version of the patch or snapshot.
        version: u64,
    },
    /// The patch MAC does not match.
    #[error("patch MAC mismatch at version {version}")]
    PatchMacMismatch {
        /// Version of the patch.
        version: u64,
    },
    /// A value blob is not `iv16 || whole AES blocks || mac32`.
    #[error("value blob of record {record} has a bad size ({len} bytes)")]
    BadValueBlob {
        /// Record position.
        record: RecordIndex,
        /// Blob size.
        len: usize,
    },
    /// A decrypted value has invalid PKCS#7 padding (under a valid MAC).
    #[error("value of record {0} has invalid padding")]
    BadPadding(RecordIndex),
    /// A decrypted value is not a `SyncActionData`.
    #[error("value of record {record} does not decode: {source}")]
    ValueDecode {
        /// Record position.
        record: RecordIndex,
        /// Decoder error.
        source: prost::DecodeError,
    },
    /// The index is not a JSON array of strings.
    #[error("index of record {record} is not a JSON array of strings: {reason}")]
    IndexJson {
        /// Record position.
        record: RecordIndex,
        /// What the JSON parser said.
        reason: String,
    },
    /// An operation number other than SET (0) or REMOVE (1).
    #[error("unknown syncd operation {0}")]
    UnknownOperation(i32),
    /// A REMOVE for an index the collection does not hold.
    #[error(
        "REMOVE of index {} that is not in the collection (record {record})",
        hex::encode(index_mac)
    )]
    RemoveOfUnknownIndex {
        /// Record position.
        record: RecordIndex,
        /// The index MAC.
        index_mac: [u8; 32],
    },
    /// A patch whose version does not move the collection forward.
    #[error("patch version {patch} does not follow the collection's version {current}")]
    VersionNotNewer {
        /// The collection's version.
        current: u64,
        /// The patch's version.
        patch: u64,
    },
    /// The patch's mutations live in an external blob that was not supplied.
    #[error("patch mutations are in an external blob that must be downloaded first")]
    ExternalMutationsMissing,
    /// An unknown collection name.
    #[error("unknown app-state collection {0:?}")]
    UnknownCollection(String),
}

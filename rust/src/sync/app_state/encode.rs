//! Building outgoing syncd mutations and patches.
//!
//! A patch moves the collection from version `n` to `n + 1`. As the server
//! delivers it, `SyncdPatch.version` is set; the `<patch>` a client uploads
//! leaves it out (the `<collection version="n">` attribute says which state
//! it applies to): see [`EncodedPatch::to_bytes`] and [`EncodedPatch::upload_bytes`].

use bytes::Bytes;
use prost::Message as _;

use super::crypto;
use super::index;
use super::keys::MutationKeys;
use super::state::{Collection, CollectionState, Overlay, StateUpdate};
use super::{AppStateError, Operation};
use crate::proto::wa;
use crate::signal::keys::random_array;

/// A mutation to send.
#[derive(Debug, Clone, PartialEq)]
pub struct NewMutation {
    /// SET or REMOVE.
    pub operation: Operation,
    /// The index, e.g. `["mute", "1234@s.whatsapp.net"]`.
    pub index: Vec<String>,
    /// The action value.
    pub value: wa::SyncActionValue,
    /// `SyncActionData.version` (see [`super::schema`]).
    pub version: i32,
    /// The IV of the value encryption.
    pub iv: [u8; 16],
}

impl NewMutation {
    /// A mutation with a fresh random IV.
    pub fn new(
        operation: Operation,
        index: Vec<String>,
        value: wa::SyncActionValue,
        version: i32,
    ) -> NewMutation {
        NewMutation {
            operation,
            index,
            value,
            version,
            iv: random_array(),
        }
    }

    /// Replaces the IV (deterministic output for tests).
    pub fn with_iv(mut self, iv: [u8; 16]) -> NewMutation {
        self.iv = iv;
        self
    }
}

/// One encoded mutation and its parts.
#[derive(Debug, Clone, PartialEq)]
pub struct EncodedMutation {
    /// The wire mutation.
    pub mutation: wa::SyncdMutation,
    /// Its index MAC.
    pub index_mac: [u8; 32],
    /// Its value MAC.
    pub value_mac: [u8; 32],
    /// The `SyncActionData` bytes that were encrypted.
    pub sync_action_data: Vec<u8>,
}

/// Encrypts and MACs one mutation with the key `key_id`.
pub fn encode_mutation(
    mutation: &NewMutation,
    key_id: &[u8],
    keys: &MutationKeys,
) -> EncodedMutation {
    let index_json = index::encode(&mutation.index);
    let data = wa::SyncActionData {
        index: Some(Bytes::from(index_json.clone().into_bytes())),
        value: Some(Box::new(mutation.value.clone())),
        padding: None,
        version: Some(mutation.version),
    };
    let plaintext = data.encode_to_vec();
    let (blob, value_mac) =
        crypto::encrypt_value(keys, mutation.operation, key_id, &plaintext, &mutation.iv);
    let index_mac = crypto::index_mac(keys, index_json.as_bytes());
    let record = wa::SyncdRecord {
        index: Some(Box::new(wa::SyncdIndex {
            blob: Some(Bytes::copy_from_slice(&index_mac)),
        })),
        value: Some(Box::new(wa::SyncdValue {
            blob: Some(Bytes::from(blob)),
        })),
        key_id: Some(Box::new(wa::KeyId {
            id: Some(Bytes::copy_from_slice(key_id)),
        })),
    };
    EncodedMutation {
        mutation: wa::SyncdMutation {
            operation: Some(mutation.operation.to_proto() as i32),
            record: Some(Box::new(record)),
        },
        index_mac,
        value_mac,
        sync_action_data: plaintext,
    }
}

/// An encoded patch with everything derived along the way.
#[derive(Debug, Clone, PartialEq)]
pub struct EncodedPatch {
    /// The patch, `version` set.
    pub patch: wa::SyncdPatch,
    /// The encoded mutations, in order.
    pub mutations: Vec<EncodedMutation>,
    /// The snapshot MAC of the state after the patch.
    pub snapshot_mac: [u8; 32],
    /// The patch MAC.
    pub patch_mac: [u8; 32],
    /// The state change the patch makes (apply it once the server accepted it).
    pub update: StateUpdate,
}

impl EncodedPatch {
    /// The version the patch creates.
    pub const fn version(&self) -> u64 {
        self.update.version
    }

    /// The patch bytes with `version` set, as the server delivers them.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.patch.encode_to_vec()
    }

    /// The patch bytes without `version`, for the `<patch>` of an upload.
    pub fn upload_bytes(&self) -> Vec<u8> {
        let mut patch = self.patch.clone();
        patch.version = None;
        patch.encode_to_vec()
    }
}

/// Builds the patch that applies `mutations` to `state` (version + 1),
/// encrypting with the key `key_id`. Fails on a REMOVE of an index the state
/// does not hold.
pub fn encode_patch(
    collection: Collection,
    state: &CollectionState,
    mutations: &[NewMutation],
    key_id: &[u8],
    keys: &MutationKeys,
) -> Result<EncodedPatch, AppStateError> {
    let version = state.version() + 1;
    let encoded: Vec<EncodedMutation> = mutations
        .iter()
        .map(|m| encode_mutation(m, key_id, keys))
        .collect();
    let mut overlay = Overlay::new(state);
    for (position, (new, done)) in mutations.iter().zip(&encoded).enumerate() {
        match new.operation {
            Operation::Set => overlay.set(done.index_mac, done.value_mac),
            Operation::Remove => {
                if !overlay.remove(done.index_mac) {
                    return Err(AppStateError::RemoveOfUnknownIndex {
                        record: position,
                        index_mac: done.index_mac,
                    });
                }
            }
        }
    }
    let snapshot_mac = crypto::snapshot_mac(keys, &overlay.hash, version, collection);
    let value_macs: Vec<&[u8; 32]> = encoded.iter().map(|m| &m.value_mac).collect();
    let patch_mac = crypto::patch_mac(keys, &snapshot_mac, &value_macs, version, collection);
    let patch = wa::SyncdPatch {
        version: Some(Box::new(wa::SyncdVersion {
            version: Some(version),
        })),
        mutations: encoded.iter().map(|m| m.mutation.clone()).collect(),
        snapshot_mac: Some(Bytes::copy_from_slice(&snapshot_mac)),
        patch_mac: Some(Bytes::copy_from_slice(&patch_mac)),
        key_id: Some(Box::new(wa::KeyId {
            id: Some(Bytes::copy_from_slice(key_id)),
        })),
        ..Default::default()
    };
    Ok(EncodedPatch {
        patch,
        mutations: encoded,
        snapshot_mac,
        patch_mac,
        update: overlay.into_update(version),
    })
}

/// Builds a snapshot of `records` (all SET) at `version`, as the server
/// sends one for a full resync (the emulator's side).
pub fn encode_snapshot(
    collection: Collection,
    version: u64,
    records: &[NewMutation],
    key_id: &[u8],
    keys: &MutationKeys,
) -> (wa::SyncdSnapshot, CollectionState) {
    let encoded: Vec<EncodedMutation> = records
        .iter()
        .map(|r| {
            encode_mutation(
                &NewMutation {
                    operation: Operation::Set,
                    ..r.clone()
                },
                key_id,
                keys,
            )
        })
        .collect();
    let empty = CollectionState::new();
    let mut overlay = Overlay::new(&empty);
    for record in &encoded {
        overlay.set(record.index_mac, record.value_mac);
    }
    let mac = crypto::snapshot_mac(keys, &overlay.hash, version, collection);
    let mut state = CollectionState::new();
    state.apply(&overlay.into_update(version));
    let snapshot = wa::SyncdSnapshot {
        version: Some(Box::new(wa::SyncdVersion {
            version: Some(version),
        })),
        records: encoded
            .into_iter()
            .filter_map(|m| m.mutation.record.map(|record| *record))
            .collect(),
        mac: Some(Bytes::copy_from_slice(&mac)),
        key_id: Some(Box::new(wa::KeyId {
            id: Some(Bytes::copy_from_slice(key_id)),
        })),
    };
    (snapshot, state)
}

//! Verified decoding of syncd patches and snapshots.
//!
//! Checks run cheapest first and nothing is returned unless all pass:
//! for a patch, (1) the patch MAC over the received snapshot MAC and every
//! record's value MAC; (2) the new LT-hash (REMOVE must name a known index)
//! against the snapshot MAC; (3) per record, the value MAC of the encrypted
//! value, its decryption, and the index MAC of the decrypted index. A
//! snapshot is the same without step 1, from an empty collection.

use prost::Message as _;

use super::crypto::{self, macs_equal};
use super::index;
use super::keys::KeyRing;
use super::state::{Collection, CollectionState, Overlay, StateUpdate};
use super::{AppStateError, Operation, RecordIndex};
use crate::proto::wa;

/// Decodes a `SyncdPatch` (the content of a `<patch>` node).
pub fn parse_patch(bytes: &[u8]) -> Result<wa::SyncdPatch, AppStateError> {
    wa::SyncdPatch::decode(bytes).map_err(|source| protobuf_error("SyncdPatch", source))
}

/// Decodes a `SyncdSnapshot` (a downloaded snapshot blob).
pub fn parse_snapshot(bytes: &[u8]) -> Result<wa::SyncdSnapshot, AppStateError> {
    wa::SyncdSnapshot::decode(bytes).map_err(|source| protobuf_error("SyncdSnapshot", source))
}

/// Decodes `SyncdMutations` (a downloaded external-mutations blob).
pub fn parse_mutations(bytes: &[u8]) -> Result<wa::SyncdMutations, AppStateError> {
    wa::SyncdMutations::decode(bytes).map_err(|source| protobuf_error("SyncdMutations", source))
}

fn protobuf_error(what: &'static str, source: prost::DecodeError) -> AppStateError {
    log::debug!("{what} does not decode: {source}");
    AppStateError::Protobuf { what, source }
}

/// One verified, decrypted mutation.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodedMutation {
    /// SET or REMOVE.
    pub operation: Operation,
    /// The index, e.g. `["mute", "1234@s.whatsapp.net"]`.
    pub index: Vec<String>,
    /// The action value (`SyncActionData.value`).
    pub value: Option<wa::SyncActionValue>,
    /// The action's schema version (`SyncActionData.version`).
    pub version: Option<i32>,
    /// The record's index MAC.
    pub index_mac: [u8; 32],
    /// The record's value MAC.
    pub value_mac: [u8; 32],
    /// Id of the sync key that encrypted the record.
    pub key_id: Vec<u8>,
}

/// A verified patch: its mutations and the update to apply to the state.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodedPatch {
    /// The patch version (the collection's version after it).
    pub version: u64,
    /// The mutations, in patch order.
    pub mutations: Vec<DecodedMutation>,
    /// The state change; apply it with [`CollectionState::apply`].
    pub update: StateUpdate,
}

/// A verified snapshot: its records as SET mutations and the state it sets.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodedSnapshot {
    /// The snapshot version.
    pub version: u64,
    /// The records, as SET mutations.
    pub mutations: Vec<DecodedMutation>,
    /// The collection state the snapshot describes.
    pub state: CollectionState,
}

/// Decodes the patches and snapshots of one collection with a set of keys.
#[derive(Debug, Clone, Copy)]
pub struct SyncdDecoder<'k> {
    collection: Collection,
    keys: &'k KeyRing,
    allow_unknown_remove: bool,
}

/// A record's fields, checked for presence and size.
struct RecordView<'p> {
    operation: Operation,
    index_mac: [u8; 32],
    key_id: &'p [u8],
    blob: &'p [u8],
    value_mac: [u8; 32],
}

impl<'k> SyncdDecoder<'k> {
    /// A strict decoder for `collection`.
    pub fn new(collection: Collection, keys: &'k KeyRing) -> SyncdDecoder<'k> {
        SyncdDecoder {
            collection,
            keys,
            allow_unknown_remove: false,
        }
    }

    /// Whether a REMOVE of an index the collection does not hold is skipped
    /// (it changes nothing; the snapshot MAC still verifies the resulting
    /// hash) instead of rejecting the patch. Off by default; WhatsApp has
    /// been seen to send such removals (e.g. for one's own contact).
    pub fn allow_unknown_remove(mut self, allow: bool) -> SyncdDecoder<'k> {
        self.allow_unknown_remove = allow;
        self
    }

    /// Verifies and decrypts a patch on top of `state`. `external` holds the
    /// downloaded mutations when the patch references an external blob (it
    /// then replaces the inline list). `state` is not modified.
    pub fn decode_patch(
        &self,
        state: &CollectionState,
        patch: &wa::SyncdPatch,
        external: Option<&wa::SyncdMutations>,
    ) -> Result<DecodedPatch, AppStateError> {
        let version = patch
            .version
            .as_ref()
            .and_then(|v| v.version)
            .ok_or(AppStateError::MissingField("SyncdPatch.version"))?;
        if version <= state.version() {
            log::debug!(
                "{} patch v{version} does not follow v{}",
                self.collection,
                state.version()
            );
            return Err(AppStateError::VersionNotNewer {
                current: state.version(),
                patch: version,
            });
        }
        let mutations = match (&patch.external_mutations, external) {
            (Some(_), Some(downloaded)) => downloaded.mutations.as_slice(),
            (Some(_), None) => return Err(AppStateError::ExternalMutationsMissing),
            (None, _) => patch.mutations.as_slice(),
        };
        let key_id = patch
            .key_id
            .as_ref()
            .and_then(|k| k.id.as_deref())
            .ok_or(AppStateError::MissingField("SyncdPatch.keyId"))?;
        let keys = self.keys.require(key_id)?;
        let received_snapshot_mac = patch
            .snapshot_mac
            .as_deref()
            .ok_or(AppStateError::MissingField("SyncdPatch.snapshotMac"))?;
        let received_patch_mac = patch
            .patch_mac
            .as_deref()
            .ok_or(AppStateError::MissingField("SyncdPatch.patchMac"))?;

        let views = mutations
            .iter()
            .enumerate()
            .map(|(position, mutation)| {
                let operation = Operation::from_proto(mutation.operation)?;
                let record = mutation
                    .record
                    .as_ref()
                    .ok_or(AppStateError::MissingField("SyncdMutation.record"))?;
                view(record, operation, position)
            })
            .collect::<Result<Vec<_>, _>>()?;

        let value_macs: Vec<&[u8; 32]> = views.iter().map(|v| &v.value_mac).collect();
        let expected = crypto::patch_mac(
            keys,
            received_snapshot_mac,
            &value_macs,
            version,
            self.collection,
        );
        if !macs_equal(received_patch_mac, &expected) {
            log::debug!("{} patch v{version}: patch MAC mismatch", self.collection);
            return Err(AppStateError::PatchMacMismatch { version });
        }

        let mut overlay = Overlay::new(state);
        for (position, view) in views.iter().enumerate() {
            match view.operation {
                Operation::Set => overlay.set(view.index_mac, view.value_mac),
                Operation::Remove => {
                    if !overlay.remove(view.index_mac) {
                        if !self.allow_unknown_remove {
                            log::debug!(
                                "{} patch v{version}: REMOVE of an unknown index",
                                self.collection
                            );
                            return Err(AppStateError::RemoveOfUnknownIndex {
                                record: position,
                                index_mac: view.index_mac,
                            });
                        }
                        log::info!(
                            "{} patch v{version}: skipping REMOVE of an unknown index",
                            self.collection
                        );
                    }
                }
            }
        }
        let expected = crypto::snapshot_mac(keys, &overlay.hash, version, self.collection);
        if !macs_equal(received_snapshot_mac, &expected) {
            log::debug!(
                "{} patch v{version}: snapshot MAC mismatch",
                self.collection
            );
            return Err(AppStateError::SnapshotMacMismatch { version });
        }

        let decoded = views
            .iter()
            .enumerate()
            .map(|(position, view)| self.open(view, position))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(DecodedPatch {
            version,
            mutations: decoded,
            update: overlay.into_update(version),
        })
    }

    /// Verifies, decodes and applies a patch: `state` changes only on success.
    pub fn apply_patch(
        &self,
        state: &mut CollectionState,
        patch: &wa::SyncdPatch,
        external: Option<&wa::SyncdMutations>,
    ) -> Result<Vec<DecodedMutation>, AppStateError> {
        let decoded = self.decode_patch(state, patch, external)?;
        state.apply(&decoded.update);
        Ok(decoded.mutations)
    }

    /// Verifies and decrypts a snapshot, which replaces the collection's state.
    pub fn decode_snapshot(
        &self,
        snapshot: &wa::SyncdSnapshot,
    ) -> Result<DecodedSnapshot, AppStateError> {
        let version = snapshot
            .version
            .as_ref()
            .and_then(|v| v.version)
            .ok_or(AppStateError::MissingField("SyncdSnapshot.version"))?;
        let key_id = snapshot
            .key_id
            .as_ref()
            .and_then(|k| k.id.as_deref())
            .ok_or(AppStateError::MissingField("SyncdSnapshot.keyId"))?;
        let keys = self.keys.require(key_id)?;
        let received_mac = snapshot
            .mac
            .as_deref()
            .ok_or(AppStateError::MissingField("SyncdSnapshot.mac"))?;
        let views = snapshot
            .records
            .iter()
            .enumerate()
            .map(|(position, record)| view(record, Operation::Set, position))
            .collect::<Result<Vec<_>, _>>()?;

        let empty = CollectionState::new();
        let mut overlay = Overlay::new(&empty);
        for view in &views {
            overlay.set(view.index_mac, view.value_mac);
        }
        let expected = crypto::snapshot_mac(keys, &overlay.hash, version, self.collection);
        if !macs_equal(received_mac, &expected) {
            log::debug!(
                "{} snapshot v{version}: snapshot MAC mismatch",
                self.collection
            );
            return Err(AppStateError::SnapshotMacMismatch { version });
        }
        let decoded = views
            .iter()
            .enumerate()
            .map(|(position, view)| self.open(view, position))
            .collect::<Result<Vec<_>, _>>()?;
        let mut state = CollectionState::new();
        state.apply(&overlay.into_update(version));
        Ok(DecodedSnapshot {
            version,
            mutations: decoded,
            state,
        })
    }

    /// Checks a record's value MAC, decrypts it and checks its index MAC.
    fn open(
        &self,
        view: &RecordView<'_>,
        position: RecordIndex,
    ) -> Result<DecodedMutation, AppStateError> {
        let keys = self.keys.require(view.key_id)?;
        let plaintext =
            crypto::decrypt_value(keys, view.operation, view.key_id, view.blob, position)?;
        let data = wa::SyncActionData::decode(plaintext.as_slice()).map_err(|source| {
            log::debug!("value of record {position} does not decode: {source}");
            AppStateError::ValueDecode {
                record: position,
                source,
            }
        })?;
        let index_json = data
            .index
            .as_deref()
            .ok_or(AppStateError::MissingField("SyncActionData.index"))?;
        if !macs_equal(&view.index_mac, &crypto::index_mac(keys, index_json)) {
            log::debug!("index MAC mismatch in record {position}");
            return Err(AppStateError::IndexMacMismatch(position));
        }
        let index = index::parse(index_json).map_err(|error| {
            log::debug!("index of record {position} is not an array of strings: {error}");
            AppStateError::IndexJson {
                record: position,
                reason: error.to_string(),
            }
        })?;
        Ok(DecodedMutation {
            operation: view.operation,
            index,
            value: data.value.map(|value| *value),
            version: data.version,
            index_mac: view.index_mac,
            value_mac: view.value_mac,
            key_id: view.key_id.to_vec(),
        })
    }
}

fn view(
    record: &wa::SyncdRecord,
    operation: Operation,
    position: RecordIndex,
) -> Result<RecordView<'_>, AppStateError> {
    let index_blob = record
        .index
        .as_ref()
        .and_then(|i| i.blob.as_deref())
        .ok_or(AppStateError::MissingField("SyncdRecord.index"))?;
    let index_mac: [u8; 32] = index_blob
        .try_into()
        .map_err(|_| AppStateError::BadFieldLength {
            field: "SyncdRecord.index",
            expected: 32,
            got: index_blob.len(),
        })?;
    let key_id = record
        .key_id
        .as_ref()
        .and_then(|k| k.id.as_deref())
        .ok_or(AppStateError::MissingField("SyncdRecord.keyId"))?;
    let blob = record
        .value
        .as_ref()
        .and_then(|v| v.blob.as_deref())
        .ok_or(AppStateError::MissingField("SyncdRecord.value"))?;
    let (_, value_mac) = crypto::split_value_blob(blob, position)?;
    Ok(RecordView {
        operation,
        index_mac,
        key_id,
        blob,
        value_mac: *value_mac,
    })
}

#[cfg(test)]
mod tests {
    use bytes::Bytes;

    use super::*;
    use crate::sync::app_state::crypto::{patch_mac, snapshot_mac};
    use crate::sync::app_state::encode::{NewMutation, encode_patch, encode_snapshot};
    use crate::sync::app_state::keys::MutationKeys;
    use crate::sync::app_state::lthash::LtHash;

    const KEY_ID: &[u8] = &[0, 0, 0, 0, 0x12, 0x34];
    const COLLECTION: Collection = Collection::RegularHigh;

    fn key_data() -> [u8; 32] {
        [0x11; 32]
    }

    fn keys() -> MutationKeys {
        MutationKeys::derive(&key_data())
    }

    fn ring() -> KeyRing {
        let mut ring = KeyRing::new();
        ring.insert(KEY_ID, &key_data());
        ring
    }

    fn mute(chat: &str, operation: Operation, iv: u8) -> NewMutation {
        let value = wa::SyncActionValue {
            timestamp: Some(1_700_000_000_000 + i64::from(iv)),
            mute_action: Some(Box::new(wa::MuteAction {
                muted: Some(true),
                ..Default::default()
            })),
            ..Default::default()
        };
        NewMutation::new(operation, vec!["mute".into(), chat.into()], value, 2).with_iv([iv; 16])
    }

    /// A state at v1 holding two chats, and the patch v2 that overwrites one,
    /// removes the other and adds a third.
    fn fixture() -> (CollectionState, wa::SyncdPatch) {
        let first = encode_patch(
            COLLECTION,
            &CollectionState::new(),
            &[
                mute("1@s.whatsapp.net", Operation::Set, 1),
                mute("2@s.whatsapp.net", Operation::Set, 2),
            ],
            KEY_ID,
            &keys(),
        )
        .unwrap();
        let mut state = CollectionState::new();
        state.apply(&first.update);
        let second = encode_patch(
            COLLECTION,
            &state,
            &[
                mute("1@s.whatsapp.net", Operation::Set, 3),
                mute("2@s.whatsapp.net", Operation::Remove, 4),
                mute("3@s.whatsapp.net", Operation::Set, 5),
            ],
            KEY_ID,
            &keys(),
        )
        .unwrap();
        (state, second.patch)
    }

    fn decode(
        state: &CollectionState,
        patch: &wa::SyncdPatch,
    ) -> Result<DecodedPatch, AppStateError> {
        SyncdDecoder::new(COLLECTION, &ring()).decode_patch(state, patch, None)
    }

    /// Re-signs a patch after a test changed it, as someone holding the key could.
    fn resign(patch: &mut wa::SyncdPatch) {
        let version = patch.version.as_ref().and_then(|v| v.version).unwrap();
        let macs: Vec<Vec<u8>> = patch
            .mutations
            .iter()
            .map(|m| {
                let blob = m
                    .record
                    .as_ref()
                    .unwrap()
                    .value
                    .as_ref()
                    .unwrap()
                    .blob
                    .as_ref()
                    .unwrap();
                blob[blob.len() - 32..].to_vec()
            })
            .collect();
        let snapshot = patch.snapshot_mac.clone().unwrap();
        patch.patch_mac = Some(Bytes::copy_from_slice(&patch_mac(
            &keys(),
            &snapshot,
            &macs,
            version,
            COLLECTION,
        )));
    }

    fn value_blob(patch: &mut wa::SyncdPatch, n: usize) -> &mut Bytes {
        patch.mutations[n]
            .record
            .as_mut()
            .unwrap()
            .value
            .as_mut()
            .unwrap()
            .blob
            .as_mut()
            .unwrap()
    }

    fn flip(bytes: &mut Bytes, at: usize) {
        let mut copy = bytes.to_vec();
        copy[at] ^= 1;
        *bytes = Bytes::from(copy);
    }

    #[test]
    fn encode_decode_round_trip() {
        let (state, patch) = fixture();
        let decoded = decode(&state, &patch).unwrap();
        assert_eq!(decoded.version, 2);
        let summary: Vec<_> = decoded
            .mutations
            .iter()
            .map(|m| (m.operation, m.index[1].as_str()))
            .collect();
        assert_eq!(
            summary,
            [
                (Operation::Set, "1@s.whatsapp.net"),
                (Operation::Remove, "2@s.whatsapp.net"),
                (Operation::Set, "3@s.whatsapp.net")
            ]
        );
        assert_eq!(
            decoded.mutations[0].value.as_ref().unwrap().timestamp,
            Some(1_700_000_000_003)
        );
        assert_eq!(decoded.mutations[0].version, Some(2));
        assert_eq!(decoded.mutations[0].key_id, KEY_ID);
        let mut applied = state.clone();
        applied.apply(&decoded.update);
        assert_eq!(applied.version(), 2);
        assert_eq!(applied.len(), 2);
        // Decoding the patch bytes goes the same way.
        let again = parse_patch(&prost::Message::encode_to_vec(&patch)).unwrap();
        assert_eq!(decode(&state, &again).unwrap(), decoded);
    }

    #[test]
    fn failures_leave_the_state_untouched() {
        let (state, patch) = fixture();
        let before = state.clone();
        let mut target = state.clone();
        let mut bad = patch.clone();
        flip(value_blob(&mut bad, 1), 20);
        let ring = ring();
        let decoder = SyncdDecoder::new(COLLECTION, &ring);
        assert!(matches!(
            decoder.apply_patch(&mut target, &bad, None),
            Err(AppStateError::ValueMacMismatch(1))
        ));
        assert_eq!(target, before);
        decoder.apply_patch(&mut target, &patch, None).unwrap();
        assert_ne!(target, before);
    }

    #[test]
    fn tampered_value_ciphertext() {
        let (state, mut patch) = fixture();
        flip(value_blob(&mut patch, 2), 40);
        assert!(matches!(
            decode(&state, &patch),
            Err(AppStateError::ValueMacMismatch(2))
        ));
    }

    #[test]
    fn tampered_value_mac() {
        let (state, mut patch) = fixture();
        let blob = value_blob(&mut patch, 0);
        let last = blob.len() - 1;
        flip(blob, last);
        assert!(matches!(
            decode(&state, &patch),
            Err(AppStateError::PatchMacMismatch { version: 2 })
        ));
        // Even with a re-signed patch MAC, the hash no longer matches.
        resign(&mut patch);
        assert!(matches!(
            decode(&state, &patch),
            Err(AppStateError::SnapshotMacMismatch { version: 2 })
        ));
    }

    #[test]
    fn tampered_patch_mac() {
        let (state, mut patch) = fixture();
        flip(patch.patch_mac.as_mut().unwrap(), 0);
        assert!(matches!(
            decode(&state, &patch),
            Err(AppStateError::PatchMacMismatch { version: 2 })
        ));
    }

    #[test]
    fn tampered_snapshot_mac() {
        let (state, mut patch) = fixture();
        flip(patch.snapshot_mac.as_mut().unwrap(), 5);
        assert!(matches!(
            decode(&state, &patch),
            Err(AppStateError::PatchMacMismatch { version: 2 })
        ));
        resign(&mut patch);
        assert!(matches!(
            decode(&state, &patch),
            Err(AppStateError::SnapshotMacMismatch { version: 2 })
        ));
    }

    #[test]
    fn diverged_state_fails_the_snapshot_mac() {
        let (state, patch) = fixture();
        let mut other_hash = *state.hash();
        other_hash.add(b"something else");
        let diverged = CollectionState::from_parts(1, other_hash, state.sorted_entries());
        assert!(matches!(
            decode(&diverged, &patch),
            Err(AppStateError::SnapshotMacMismatch { version: 2 })
        ));
    }

    #[test]
    fn index_mac_not_matching_the_decrypted_index() {
        let (state, mut patch) = fixture();
        // Point the new chat's record at another index MAC: the hash only
        // depends on value MACs, so only the index check can catch it.
        patch.mutations[2].record.as_mut().unwrap().index = Some(Box::new(wa::SyncdIndex {
            blob: Some(Bytes::from(vec![7u8; 32])),
        }));
        assert!(matches!(
            decode(&state, &patch),
            Err(AppStateError::IndexMacMismatch(2))
        ));
    }

    #[test]
    fn wrong_and_unknown_keys() {
        let (state, patch) = fixture();
        let mut wrong = KeyRing::new();
        wrong.insert(KEY_ID, &[0x22; 32]);
        let result = SyncdDecoder::new(COLLECTION, &wrong).decode_patch(&state, &patch, None);
        assert!(matches!(
            result,
            Err(AppStateError::PatchMacMismatch { .. })
        ));
        let result =
            SyncdDecoder::new(COLLECTION, &KeyRing::new()).decode_patch(&state, &patch, None);
        assert!(matches!(result, Err(AppStateError::UnknownKey(ref id)) if id.0 == KEY_ID));
        // The right key under the wrong collection name.
        let result =
            SyncdDecoder::new(Collection::Regular, &ring()).decode_patch(&state, &patch, None);
        assert!(matches!(
            result,
            Err(AppStateError::PatchMacMismatch { .. })
        ));
    }

    #[test]
    fn truncated_and_missing_parts() {
        let (state, patch) = fixture();
        let mut short = patch.clone();
        let blob = value_blob(&mut short, 0);
        *blob = blob.slice(..blob.len() - 1);
        assert!(matches!(
            decode(&state, &short),
            Err(AppStateError::BadValueBlob { record: 0, .. })
        ));
        let mut tiny = patch.clone();
        *value_blob(&mut tiny, 1) = Bytes::from_static(&[0; 40]);
        assert!(matches!(
            decode(&state, &tiny),
            Err(AppStateError::BadValueBlob { record: 1, len: 40 })
        ));
        let mut no_version = patch.clone();
        no_version.version = None;
        assert!(matches!(
            decode(&state, &no_version),
            Err(AppStateError::MissingField("SyncdPatch.version"))
        ));
        let mut no_record = patch.clone();
        no_record.mutations[0].record = None;
        assert!(matches!(
            decode(&state, &no_record),
            Err(AppStateError::MissingField("SyncdMutation.record"))
        ));
        let mut short_index = patch.clone();
        short_index.mutations[0].record.as_mut().unwrap().index = Some(Box::new(wa::SyncdIndex {
            blob: Some(Bytes::from_static(&[1; 31])),
        }));
        assert!(matches!(
            decode(&state, &short_index),
            Err(AppStateError::BadFieldLength { got: 31, .. })
        ));
        let mut bad_op = patch.clone();
        bad_op.mutations[0].operation = Some(9);
        assert!(matches!(
            decode(&state, &bad_op),
            Err(AppStateError::UnknownOperation(9))
        ));
        assert!(matches!(
            parse_patch(&[0x0a, 0x05, 0x08]),
            Err(AppStateError::Protobuf {
                what: "SyncdPatch",
                ..
            })
        ));
    }

    #[test]
    fn versions_must_advance() {
        let (state, patch) = fixture();
        let ahead = CollectionState::from_parts(2, *state.hash(), state.sorted_entries());
        assert!(matches!(
            decode(&ahead, &patch),
            Err(AppStateError::VersionNotNewer {
                current: 2,
                patch: 2
            })
        ));
    }

    #[test]
    fn remove_of_unknown_index() {
        let (state, patch) = fixture();
        // The same hash but without chat 2's entry: its REMOVE names nothing.
        let (removed, kept): (Vec<_>, Vec<_>) = state
            .sorted_entries()
            .into_iter()
            .partition(|(index_mac, _)| *index_mac == patch_index_mac(&patch, 1));
        let mut hash = *state.hash();
        hash.subtract(&removed[0].1);
        let without = CollectionState::from_parts(1, hash, kept);
        assert!(matches!(
            decode(&without, &patch),
            Err(AppStateError::RemoveOfUnknownIndex { record: 1, .. })
        ));
        // The lenient decoder skips it, and the snapshot MAC still verifies.
        let ring = ring();
        let lenient = SyncdDecoder::new(COLLECTION, &ring).allow_unknown_remove(true);
        let decoded = lenient.decode_patch(&without, &patch, None).unwrap();
        assert_eq!(decoded.update.changes.len(), 2);
        // The encoder refuses to remove what is not there.
        let result = encode_patch(
            COLLECTION,
            &CollectionState::new(),
            &[mute("9@s.whatsapp.net", Operation::Remove, 1)],
            KEY_ID,
            &keys(),
        );
        assert!(matches!(
            result,
            Err(AppStateError::RemoveOfUnknownIndex { record: 0, .. })
        ));
    }

    fn patch_index_mac(patch: &wa::SyncdPatch, n: usize) -> [u8; 32] {
        patch.mutations[n]
            .record
            .as_ref()
            .unwrap()
            .index
            .as_ref()
            .unwrap()
            .blob
            .as_ref()
            .unwrap()[..]
            .try_into()
            .unwrap()
    }

    #[test]
    fn external_mutations() {
        let (state, patch) = fixture();
        let external = wa::SyncdMutations {
            mutations: patch.mutations.clone(),
        };
        let mut pointer = patch.clone();
        pointer.mutations.clear();
        pointer.external_mutations = Some(Box::new(wa::ExternalBlobReference::default()));
        let ring = ring();
        let decoder = SyncdDecoder::new(COLLECTION, &ring);
        assert!(matches!(
            decoder.decode_patch(&state, &pointer, None),
            Err(AppStateError::ExternalMutationsMissing)
        ));
        let bytes = prost::Message::encode_to_vec(&external);
        let downloaded = parse_mutations(&bytes).unwrap();
        assert_eq!(
            decoder
                .decode_patch(&state, &pointer, Some(&downloaded))
                .unwrap(),
            decode(&state, &patch).unwrap()
        );
    }

    #[test]
    fn snapshots() {
        let records = [
            mute("1@s.whatsapp.net", Operation::Set, 1),
            mute("2@s.whatsapp.net", Operation::Set, 2),
        ];
        let (snapshot, state) = encode_snapshot(COLLECTION, 7, &records, KEY_ID, &keys());
        let ring = ring();
        let decoder = SyncdDecoder::new(COLLECTION, &ring);
        let decoded = decoder.decode_snapshot(&snapshot).unwrap();
        assert_eq!(decoded.state, state);
        assert_eq!(decoded.version, 7);
        assert_eq!(decoded.state.version(), 7);
        assert_eq!(decoded.mutations.len(), 2);
        let bytes = prost::Message::encode_to_vec(&snapshot);
        assert_eq!(
            decoder
                .decode_snapshot(&parse_snapshot(&bytes).unwrap())
                .unwrap(),
            decoded
        );

        let mut bad = snapshot.clone();
        flip(bad.mac.as_mut().unwrap(), 0);
        assert!(matches!(
            decoder.decode_snapshot(&bad),
            Err(AppStateError::SnapshotMacMismatch { version: 7 })
        ));
        let mut bad = snapshot.clone();
        flip(
            bad.records[1]
                .value
                .as_mut()
                .unwrap()
                .blob
                .as_mut()
                .unwrap(),
            17,
        );
        assert!(matches!(
            decoder.decode_snapshot(&bad),
            Err(AppStateError::ValueMacMismatch(1))
        ));
        let mut bad = snapshot.clone();
        bad.version = Some(Box::new(wa::SyncdVersion { version: Some(8) }));
        assert!(matches!(
            decoder.decode_snapshot(&bad),
            Err(AppStateError::SnapshotMacMismatch { version: 8 })
        ));
        let no_keys = KeyRing::new();
        let empty = SyncdDecoder::new(COLLECTION, &no_keys);
        assert!(matches!(
            empty.decode_snapshot(&snapshot),
            Err(AppStateError::UnknownKey(_))
        ));
        // An empty snapshot verifies against the zero hash.
        let mac = snapshot_mac(&keys(), &LtHash::ZERO, 1, COLLECTION);
        let empty_snapshot = wa::SyncdSnapshot {
            version: Some(Box::new(wa::SyncdVersion { version: Some(1) })),
            records: Vec::new(),
            mac: Some(Bytes::copy_from_slice(&mac)),
            key_id: Some(Box::new(wa::KeyId {
                id: Some(Bytes::from_static(KEY_ID)),
            })),
        };
        assert!(
            decoder
                .decode_snapshot(&empty_snapshot)
                .unwrap()
                .state
                .is_empty()
        );
    }

    #[test]
    fn non_string_index_is_rejected() {
        // Build a record whose index JSON holds a number, with valid MACs.
        let keys = keys();
        let json = br#"["mute",1]"#;
        let data = wa::SyncActionData {
            index: Some(Bytes::from_static(json)),
            value: None,
            padding: None,
            version: Some(2),
        };
        let plaintext = prost::Message::encode_to_vec(&data);
        let (blob, value_mac) =
            crypto::encrypt_value(&keys, Operation::Set, KEY_ID, &plaintext, &[3; 16]);
        let index_mac = crypto::index_mac(&keys, json);
        let mut hash = LtHash::ZERO;
        hash.add(&value_mac);
        let snapshot = wa::SyncdSnapshot {
            version: Some(Box::new(wa::SyncdVersion { version: Some(1) })),
            records: vec![wa::SyncdRecord {
                index: Some(Box::new(wa::SyncdIndex {
                    blob: Some(Bytes::copy_from_slice(&index_mac)),
                })),
                value: Some(Box::new(wa::SyncdValue {
                    blob: Some(Bytes::from(blob)),
                })),
                key_id: Some(Box::new(wa::KeyId {
                    id: Some(Bytes::from_static(KEY_ID)),
                })),
            }],
            mac: Some(Bytes::copy_from_slice(&snapshot_mac(
                &keys, &hash, 1, COLLECTION,
            ))),
            key_id: Some(Box::new(wa::KeyId {
                id: Some(Bytes::from_static(KEY_ID)),
            })),
        };
        let result = SyncdDecoder::new(COLLECTION, &ring()).decode_snapshot(&snapshot);
        assert!(
            matches!(result, Err(AppStateError::IndexJson { record: 0, .. })),
            "{result:?}"
        );
    }
}

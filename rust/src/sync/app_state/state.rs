//! Collections and their state: version, LT-hash and the index MAC → value
//! MAC map (needed to subtract the old value when an index changes).

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use super::AppStateError;
use super::lthash::LtHash;

/// The five app-state collections.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Collection {
    /// `critical_block`: push name, locale.
    CriticalBlock,
    /// `critical_unblock_low`: contacts.
    CriticalUnblockLow,
    /// `regular_high`: mute, star, delete chat/message, ...
    RegularHigh,
    /// `regular`: labels, quick replies, ...
    Regular,
    /// `regular_low`: pin, archive, mark as read, ...
    RegularLow,
}

impl Collection {
    /// All collections, in the order WhatsApp Web syncs them.
    pub const ALL: [Collection; 5] = [
        Collection::CriticalBlock,
        Collection::CriticalUnblockLow,
        Collection::RegularHigh,
        Collection::Regular,
        Collection::RegularLow,
    ];

    /// The wire name, also part of the snapshot and patch MACs.
    pub const fn as_str(self) -> &'static str {
        match self {
            Collection::CriticalBlock => "critical_block",
            Collection::CriticalUnblockLow => "critical_unblock_low",
            Collection::RegularHigh => "regular_high",
            Collection::Regular => "regular",
            Collection::RegularLow => "regular_low",
        }
    }
}

impl FromStr for Collection {
    type Err = AppStateError;

    fn from_str(name: &str) -> Result<Collection, AppStateError> {
        Collection::ALL
            .into_iter()
            .find(|c| c.as_str() == name)
            .ok_or_else(|| AppStateError::UnknownCollection(name.to_owned()))
    }
}

impl fmt::Display for Collection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The synced state of one collection.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct CollectionState {
    version: u64,
    hash: LtHash,
    values: HashMap<[u8; 32], [u8; 32]>,
}

impl CollectionState {
    /// The state before the first sync: version 0, zero hash, no values.
    pub fn new() -> CollectionState {
        CollectionState::default()
    }

    /// Rebuilds a stored state. The hash is taken as given (it is verified
    /// against the next patch's snapshot MAC).
    pub fn from_parts(
        version: u64,
        hash: LtHash,
        values: impl IntoIterator<Item = ([u8; 32], [u8; 32])>,
    ) -> CollectionState {
        CollectionState {
            version,
            hash,
            values: values.into_iter().collect(),
        }
    }

    /// The version of the last applied patch or snapshot.
    pub const fn version(&self) -> u64 {
        self.version
    }

    /// The LT-hash.
    pub const fn hash(&self) -> &LtHash {
        &self.hash
    }

    /// The value MAC currently stored for an index MAC.
    pub fn value_mac(&self, index_mac: &[u8; 32]) -> Option<&[u8; 32]> {
        self.values.get(index_mac)
    }

    /// Number of indexes in the collection.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether the collection holds no index.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Every (index MAC, value MAC) pair, in no particular order.
    pub fn entries(&self) -> impl Iterator<Item = (&[u8; 32], &[u8; 32])> {
        self.values.iter()
    }

    /// Every pair sorted by index MAC (a canonical form for storage and tests).
    pub fn sorted_entries(&self) -> Vec<([u8; 32], [u8; 32])> {
        let mut entries: Vec<_> = self.values.iter().map(|(k, v)| (*k, *v)).collect();
        entries.sort_unstable();
        entries
    }

    /// Applies a verified update (from decoding or encoding a patch).
    pub fn apply(&mut self, update: &StateUpdate) {
        self.version = update.version;
        self.hash = update.hash;
        for (index_mac, value_mac) in &update.changes {
            match value_mac {
                Some(value_mac) => {
                    self.values.insert(*index_mac, *value_mac);
                }
                None => {
                    self.values.remove(index_mac);
                }
            }
        }
    }
}

impl fmt::Debug for CollectionState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CollectionState")
            .field("version", &self.version)
            .field("hash", &self.hash)
            .field("indexes", &self.values.len())
            .finish()
    }
}

/// What a verified patch changes in a collection: its new version and hash,
/// and the index MACs it set (`Some(value MAC)`) or removed (`None`), in
/// order (a later change of the same index wins). A store persists exactly
/// these rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateUpdate {
    /// The new version.
    pub version: u64,
    /// The new LT-hash.
    pub hash: LtHash,
    /// Index MACs set or removed, in order.
    pub changes: Vec<([u8; 32], Option<[u8; 32]>)>,
}

/// The working view of a state while a patch is checked: changes so far
/// over the unchanged base.
pub(super) struct Overlay<'a> {
    base: &'a CollectionState,
    changed: HashMap<[u8; 32], Option<[u8; 32]>>,
    pub(super) hash: LtHash,
    pub(super) changes: Vec<([u8; 32], Option<[u8; 32]>)>,
}

impl<'a> Overlay<'a> {
    pub(super) fn new(base: &'a CollectionState) -> Overlay<'a> {
        Overlay {
            base,
            changed: HashMap::new(),
            hash: base.hash,
            changes: Vec::new(),
        }
    }

    fn current(&self, index_mac: &[u8; 32]) -> Option<[u8; 32]> {
        match self.changed.get(index_mac) {
            Some(value) => *value,
            None => self.base.value_mac(index_mac).copied(),
        }
    }

    /// SET: subtracts the previous value MAC of the index (if any), adds the new one.
    pub(super) fn set(&mut self, index_mac: [u8; 32], value_mac: [u8; 32]) {
        if let Some(previous) = self.current(&index_mac) {
            self.hash.subtract(&previous);
        }
        self.hash.add(&value_mac);
        self.changed.insert(index_mac, Some(value_mac));
        self.changes.push((index_mac, Some(value_mac)));
    }

    /// REMOVE: subtracts the previous value MAC. Returns false (and changes
    /// nothing) when the index is not in the collection.
    pub(super) fn remove(&mut self, index_mac: [u8; 32]) -> bool {
        let Some(previous) = self.current(&index_mac) else {
            return false;
        };
        self.hash.subtract(&previous);
        self.changed.insert(index_mac, None);
        self.changes.push((index_mac, None));
        true
    }

    pub(super) fn into_update(self, version: u64) -> StateUpdate {
        StateUpdate {
            version,
            hash: self.hash,
            changes: self.changes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collection_names() {
        for collection in Collection::ALL {
            assert_eq!(
                collection.as_str().parse::<Collection>().unwrap(),
                collection
            );
        }
        assert!(matches!(
            "regular_mid".parse::<Collection>(),
            Err(AppStateError::UnknownCollection(_))
        ));
    }

    #[test]
    fn overlay_tracks_changes_without_touching_the_base() {
        let base = CollectionState::from_parts(3, LtHash::ZERO, [([1; 32], [2; 32])]);
        let mut overlay = Overlay::new(&base);
        overlay.set([1; 32], [3; 32]);
        assert!(overlay.remove([1; 32]));
        assert!(!overlay.remove([1; 32]));
        overlay.set([4; 32], [5; 32]);
        let mut expected = LtHash::ZERO;
        expected.subtract_then_add(&[[2u8; 32], [3; 32]], &[[3u8; 32], [5; 32]]);
        let update = overlay.into_update(4);
        assert_eq!(update.hash, expected);
        assert_eq!(base.value_mac(&[1; 32]), Some(&[2; 32]));
        let mut state = base.clone();
        state.apply(&update);
        assert_eq!(state.version(), 4);
        assert_eq!(state.sorted_entries(), vec![([4; 32], [5; 32])]);
    }
}

//! App-state (syncd) storage: the sync keys shared by our phone, and per
//! collection its version, LT-hash and index MAC → value MAC map.
//!
//! A verified patch is stored with [`Transaction::apply_app_state_update`]
//! in one transaction (version, hash and every changed MAC together), so a
//! crash never leaves a collection half way through a patch; a snapshot
//! replaces the whole collection with [`Transaction::replace_app_state`].

use rusqlite::params;

use super::error::StoreError;
use super::sqlite::{Store, Transaction, optional_row};
use crate::sync::app_state::lthash::LT_HASH_LEN;
use crate::sync::app_state::{Collection, CollectionState, KeyRing, LtHash, StateUpdate};

/// One stored app-state sync key (the key data is secret: never logged).
#[derive(Clone, PartialEq, Eq)]
pub struct AppStateSyncKey {
    /// The key id.
    pub key_id: Vec<u8>,
    /// The 32-byte key data.
    pub key_data: [u8; 32],
    /// When the phone created it (as shared).
    pub timestamp: i64,
}

impl std::fmt::Debug for AppStateSyncKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppStateSyncKey")
            .field("key_id", &hex::encode(&self.key_id))
            .field("timestamp", &self.timestamp)
            .finish_non_exhaustive()
    }
}

fn mac32(table: &'static str, column: &'static str, bytes: &[u8]) -> Result<[u8; 32], StoreError> {
    <[u8; 32]>::try_from(bytes).map_err(|_| StoreError::OutOfRange { table, column })
}

impl Transaction<'_> {
    /// Stores a sync key (a key already stored under the same id is kept).
    pub fn put_app_state_key(&mut self, key: &AppStateSyncKey) -> Result<bool, StoreError> {
        let inserted = self
            .conn
            .prepare_cached(
                "INSERT INTO app_state_sync_keys (key_id, key_data, timestamp) VALUES (?1, ?2, ?3)
                 ON CONFLICT (key_id) DO NOTHING",
            )?
            .execute(params![key.key_id, key.key_data.as_slice(), key.timestamp])?;
        Ok(inserted > 0)
    }

    /// Every stored sync key, oldest first.
    pub fn app_state_keys(&mut self) -> Result<Vec<AppStateSyncKey>, StoreError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT key_id, key_data, timestamp FROM app_state_sync_keys ORDER BY timestamp, key_id",
        )?;
        let rows = statement.query_map([], |row| {
            Ok((
                row.get::<_, Vec<u8>>(0)?,
                row.get::<_, Vec<u8>>(1)?,
                row.get::<_, i64>(2)?,
            ))
        })?;
        let mut keys = Vec::new();
        for row in rows {
            let (key_id, key_data, timestamp) = row?;
            keys.push(AppStateSyncKey {
                key_id,
                key_data: mac32("app_state_sync_keys", "key_data", &key_data)?,
                timestamp,
            });
        }
        Ok(keys)
    }

    /// The stored state of `collection` (empty at version 0 when never synced).
    pub fn app_state(&mut self, collection: Collection) -> Result<CollectionState, StoreError> {
        let head: Option<(i64, Vec<u8>)> = optional_row(
            &self.conn,
            "SELECT version, hash FROM app_state_versions WHERE name = ?1",
            [collection.as_str()],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        let Some((version, hash)) = head else {
            return Ok(CollectionState::new());
        };
        let version = u64::try_from(version).map_err(|_| StoreError::OutOfRange {
            table: "app_state_versions",
            column: "version",
        })?;
        let hash =
            <[u8; LT_HASH_LEN]>::try_from(hash.as_slice()).map_err(|_| StoreError::OutOfRange {
                table: "app_state_versions",
                column: "hash",
            })?;
        let mut statement = self.conn.prepare_cached(
            "SELECT index_mac, value_mac FROM app_state_mutation_macs WHERE name = ?1",
        )?;
        let rows = statement.query_map([collection.as_str()], |row| {
            Ok((row.get::<_, Vec<u8>>(0)?, row.get::<_, Vec<u8>>(1)?))
        })?;
        let mut values = Vec::new();
        for row in rows {
            let (index_mac, value_mac) = row?;
            values.push((
                mac32("app_state_mutation_macs", "index_mac", &index_mac)?,
                mac32("app_state_mutation_macs", "value_mac", &value_mac)?,
            ));
        }
        Ok(CollectionState::from_parts(
            version,
            LtHash::from_bytes(hash),
            values,
        ))
    }

    fn put_app_state_head(
        &mut self,
        collection: Collection,
        version: u64,
        hash: &LtHash,
    ) -> Result<(), StoreError> {
        let version = i64::try_from(version).map_err(|_| StoreError::OutOfRange {
            table: "app_state_versions",
            column: "version",
        })?;
        self.conn
            .prepare_cached(
                "INSERT INTO app_state_versions (name, version, hash) VALUES (?1, ?2, ?3)
                 ON CONFLICT (name) DO UPDATE SET version = excluded.version, hash = excluded.hash",
            )?
            .execute(params![
                collection.as_str(),
                version,
                hash.as_bytes().as_slice()
            ])?;
        Ok(())
    }

    /// Whether `collection` was ever synced (even when it is still empty).
    pub fn has_app_state(&mut self, collection: Collection) -> Result<bool, StoreError> {
        Ok(optional_row(
            &self.conn,
            "SELECT 1 FROM app_state_versions WHERE name = ?1",
            [collection.as_str()],
            |row| row.get::<_, i64>(0),
        )?
        .is_some())
    }

    /// Applies a verified patch's state change: version, hash and MACs.
    pub fn apply_app_state_update(
        &mut self,
        collection: Collection,
        update: &StateUpdate,
    ) -> Result<(), StoreError> {
        self.put_app_state_head(collection, update.version, &update.hash)?;
        for (index_mac, value_mac) in &update.changes {
            match value_mac {
                Some(value_mac) => {
                    self.conn
                        .prepare_cached(
                            "INSERT INTO app_state_mutation_macs (name, index_mac, value_mac)
                             VALUES (?1, ?2, ?3) ON CONFLICT (name, index_mac)
                             DO UPDATE SET value_mac = excluded.value_mac",
                        )?
                        .execute(params![
                            collection.as_str(),
                            index_mac.as_slice(),
                            value_mac.as_slice()
                        ])?;
                }
                None => {
                    self.conn
                        .prepare_cached(
                            "DELETE FROM app_state_mutation_macs WHERE name = ?1 AND index_mac = ?2",
                        )?
                        .execute(params![collection.as_str(), index_mac.as_slice()])?;
                }
            }
        }
        Ok(())
    }

    /// Replaces the whole collection (a verified snapshot).
    pub fn replace_app_state(
        &mut self,
        collection: Collection,
        state: &CollectionState,
    ) -> Result<(), StoreError> {
        self.conn
            .prepare_cached("DELETE FROM app_state_mutation_macs WHERE name = ?1")?
            .execute([collection.as_str()])?;
        let update = StateUpdate {
            version: state.version(),
            hash: *state.hash(),
            changes: state
                .entries()
                .map(|(index_mac, value_mac)| (*index_mac, Some(*value_mac)))
                .collect(),
        };
        self.apply_app_state_update(collection, &update)
    }
}

impl Store {
    /// Stores sync keys in one transaction; returns how many were new.
    pub fn put_app_state_keys(&self, keys: &[AppStateSyncKey]) -> Result<usize, StoreError> {
        self.with_transaction(|tx| {
            let mut added = 0;
            for key in keys {
                if tx.put_app_state_key(key)? {
                    added += 1;
                }
            }
            Ok(added)
        })
    }

    /// Every stored sync key, oldest first.
    pub fn app_state_keys(&self) -> Result<Vec<AppStateSyncKey>, StoreError> {
        self.with_transaction(|tx| tx.app_state_keys())
    }

    /// The stored sync keys as a [`KeyRing`], with the newest key (the one
    /// to encrypt with), if any.
    pub fn app_state_key_ring(&self) -> Result<(KeyRing, Option<Vec<u8>>), StoreError> {
        let keys = self.app_state_keys()?;
        let mut ring = KeyRing::new();
        for key in &keys {
            ring.insert(&key.key_id, &key.key_data);
        }
        Ok((ring, keys.last().map(|key| key.key_id.clone())))
    }

    /// The stored state of `collection`.
    pub fn app_state(&self, collection: Collection) -> Result<CollectionState, StoreError> {
        self.with_transaction(|tx| tx.app_state(collection))
    }

    /// Whether `collection` was ever synced (even when it is still empty).
    pub fn has_app_state(&self, collection: Collection) -> Result<bool, StoreError> {
        self.with_transaction(|tx| tx.has_app_state(collection))
    }

    /// Applies a verified patch's state change atomically.
    pub fn apply_app_state_update(
        &self,
        collection: Collection,
        update: &StateUpdate,
    ) -> Result<(), StoreError> {
        self.with_transaction(|tx| tx.apply_app_state_update(collection, update))
    }

    /// Replaces a collection with a verified snapshot atomically.
    pub fn replace_app_state(
        &self,
        collection: Collection,
        state: &CollectionState,
    ) -> Result<(), StoreError> {
        self.with_transaction(|tx| tx.replace_app_state(collection, state))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::wa;
    use crate::sync::app_state::{MutationKeys, NewMutation, Operation, encode_patch};

    #[test]
    fn keys_and_collection_state_round_trip() {
        let store = Store::open_in_memory().unwrap();
        let key = AppStateSyncKey {
            key_id: vec![0, 0, 0, 1],
            key_data: [7; 32],
            timestamp: 10,
        };
        assert_eq!(
            store
                .put_app_state_keys(&[key.clone(), key.clone()])
                .unwrap(),
            1
        );
        let (ring, newest) = store.app_state_key_ring().unwrap();
        assert_eq!(newest, Some(vec![0, 0, 0, 1]));
        assert!(ring.contains(&[0, 0, 0, 1]));

        let keys = MutationKeys::derive(&[7; 32]);
        let empty = store.app_state(Collection::RegularHigh).unwrap();
        assert_eq!(empty.version(), 0);
        assert!(!store.has_app_state(Collection::RegularHigh).unwrap());
        let mutation = NewMutation::new(
            Operation::Set,
            vec!["mute".into(), "1@s.whatsapp.net".into()],
            wa::SyncActionValue::default(),
            2,
        );
        let patch = encode_patch(
            Collection::RegularHigh,
            &empty,
            &[mutation],
            &[0, 0, 0, 1],
            &keys,
        )
        .unwrap();
        store
            .apply_app_state_update(Collection::RegularHigh, &patch.update)
            .unwrap();
        let mut expected = CollectionState::new();
        expected.apply(&patch.update);
        assert_eq!(store.app_state(Collection::RegularHigh).unwrap(), expected);
        assert_eq!(store.app_state(Collection::Regular).unwrap().version(), 0);

        store
            .replace_app_state(Collection::RegularHigh, &CollectionState::new())
            .unwrap();
        assert!(store.app_state(Collection::RegularHigh).unwrap().is_empty());
        assert!(store.has_app_state(Collection::RegularHigh).unwrap());
    }
}

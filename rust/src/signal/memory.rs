//! An in-memory [`SignalStore`]: records live in hash maps, nothing is
//! persisted. For tests, benchmarks and the emulator's simulated phones.

use std::collections::HashMap;

use super::address::{ProtocolAddress, SenderKeyName};
use super::key_source::KeySource;
use super::keys::PublicKey;
use super::prekeys::{self, IdentityKeyPair, PreKeyBundle, PreKeyRecord, SignedPreKeyRecord};
use super::sender_keys::SenderKeyRecord;
use super::session::SessionRecord;
use super::store::{LocalKeys, SignalStore};
use crate::store::StoreError;

/// Signal state held in memory.
#[derive(Debug, Clone)]
pub struct MemorySignalStore {
    local: LocalKeys,
    sessions: HashMap<ProtocolAddress, SessionRecord>,
    identities: HashMap<ProtocolAddress, PublicKey>,
    prekeys: HashMap<u32, PreKeyRecord>,
    signed_prekeys: HashMap<u32, SignedPreKeyRecord>,
    sender_keys: HashMap<SenderKeyName, SenderKeyRecord>,
}

impl MemorySignalStore {
    /// A store for the identity `identity` with `registration_id`.
    pub fn new(identity: IdentityKeyPair, registration_id: u32) -> MemorySignalStore {
        MemorySignalStore {
            local: LocalKeys {
                identity,
                registration_id,
            },
            sessions: HashMap::new(),
            identities: HashMap::new(),
            prekeys: HashMap::new(),
            signed_prekeys: HashMap::new(),
            sender_keys: HashMap::new(),
        }
    }

    /// A store with a fresh identity, registration id and signed prekey (id 1).
    pub fn generate(keys: &mut impl KeySource) -> MemorySignalStore {
        let identity = keys.key_pair();
        let registration_id = prekeys::generate_registration_id(keys);
        let mut store = MemorySignalStore::new(identity, registration_id);
        let signed = SignedPreKeyRecord::generate(&store.local.identity, 1, 0, keys);
        store.add_signed_prekey(signed);
        store
    }

    /// Our identity and registration id.
    pub fn local(&self) -> &LocalKeys {
        &self.local
    }

    /// Adds a one-time prekey.
    pub fn add_prekey(&mut self, prekey: PreKeyRecord) {
        self.prekeys.insert(prekey.id, prekey);
    }

    /// Adds a signed prekey.
    pub fn add_signed_prekey(&mut self, signed: SignedPreKeyRecord) {
        self.signed_prekeys.insert(signed.id, signed);
    }

    /// Number of one-time prekeys left.
    pub fn prekey_count(&self) -> usize {
        self.prekeys.len()
    }

    /// A bundle for others to start a session with us: the newest signed
    /// prekey and, if `prekey_id` is given, a fresh one-time prekey with that
    /// id (kept until used).
    pub fn bundle(
        &mut self,
        device_id: u32,
        prekey_id: Option<u32>,
        keys: &mut impl KeySource,
    ) -> Option<PreKeyBundle> {
        let signed = self
            .signed_prekeys
            .values()
            .max_by_key(|signed| (signed.timestamp, signed.id))?
            .clone();
        let prekey = prekey_id.map(|id| {
            let prekey = PreKeyRecord::generate(id, keys);
            let public = prekey.key_pair.public;
            self.add_prekey(prekey);
            (id, public)
        });
        Some(PreKeyBundle {
            registration_id: self.local.registration_id,
            device_id,
            identity_key: self.local.identity.public,
            signed_prekey_id: signed.id,
            signed_prekey: signed.key_pair.public,
            signed_prekey_signature: signed.signature,
            prekey,
        })
    }

    /// The session record with `address`, without copying it.
    pub fn session(&self, address: &ProtocolAddress) -> Option<&SessionRecord> {
        self.sessions.get(address)
    }
}

impl SignalStore for MemorySignalStore {
    fn local_keys(&mut self) -> Result<LocalKeys, StoreError> {
        Ok(self.local.clone())
    }

    fn load_session(
        &mut self,
        address: &ProtocolAddress,
    ) -> Result<Option<SessionRecord>, StoreError> {
        Ok(self.sessions.get(address).cloned())
    }

    fn store_session(
        &mut self,
        address: &ProtocolAddress,
        record: SessionRecord,
    ) -> Result<(), StoreError> {
        match self.sessions.get_mut(address) {
            Some(slot) => *slot = record,
            None => {
                self.sessions.insert(address.clone(), record);
            }
        }
        Ok(())
    }

    fn remote_identity(
        &mut self,
        address: &ProtocolAddress,
    ) -> Result<Option<PublicKey>, StoreError> {
        Ok(self.identities.get(address).copied())
    }

    fn save_remote_identity(
        &mut self,
        address: &ProtocolAddress,
        key: &PublicKey,
    ) -> Result<(), StoreError> {
        if self.identities.get(address) != Some(key) {
            self.identities.insert(address.clone(), *key);
        }
        Ok(())
    }

    fn load_prekey(&mut self, id: u32) -> Result<Option<PreKeyRecord>, StoreError> {
        Ok(self.prekeys.get(&id).cloned())
    }

    fn remove_prekey(&mut self, id: u32) -> Result<(), StoreError> {
        self.prekeys.remove(&id);
        Ok(())
    }

    fn load_signed_prekey(&mut self, id: u32) -> Result<Option<SignedPreKeyRecord>, StoreError> {
        Ok(self.signed_prekeys.get(&id).cloned())
    }

    fn load_sender_key(
        &mut self,
        name: &SenderKeyName,
    ) -> Result<Option<SenderKeyRecord>, StoreError> {
        Ok(self.sender_keys.get(name).cloned())
    }

    fn store_sender_key(
        &mut self,
        name: &SenderKeyName,
        record: SenderKeyRecord,
    ) -> Result<(), StoreError> {
        match self.sender_keys.get_mut(name) {
            Some(slot) => *slot = record,
            None => {
                self.sender_keys.insert(name.clone(), record);
            }
        }
        Ok(())
    }
}

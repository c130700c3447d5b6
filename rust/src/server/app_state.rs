//! The emulator's app-state (syncd) service: per account, five collections
//! shared by all of its devices.
//!
//! The real server stores opaque patches; the emulator also plays the
//! primary phone, which holds the account's sync key, so it keeps each
//! collection's verified state (LT-hash, index → value MAC), the record of
//! every live index (to build snapshots from the very records the patches
//! carried, so later patches still verify on top of them) and the decoded
//! values (what the phone sees).
//!
//! * `w:sync:app:state` fetches: patches after the asked version, a page at
//!   a time with `has_more_patches`; `return_snapshot="true"` gets a
//!   snapshot uploaded to the media server (`md-app-state`) and referenced
//!   by an `ExternalBlobReference`.
//! * Uploads (`<patch>` in a `<collection version>`): verified with the
//!   account's keys on top of that version (`409` when it is not the
//!   newest), stored, and announced to the account's other devices with a
//!   `server_sync` notification.
//! * The phone ([`Phone::app_state_change`]) encodes real patches with the
//!   shared encoder, shares its keys ([`Phone::share_app_state_keys`]),
//!   rotates them ([`Phone::rotate_app_state_key`]) and
//!   can be told to corrupt the next patch's MAC
//!   ([`Phone::corrupt_next_app_state_patch`]) or to keep the next patch's
//!   mutations in an external blob
//!   ([`Phone::externalize_next_app_state_patch`]: `externalMutations`, an
//!   `md-app-state` upload of `SyncdMutations`, as WhatsApp sends large
//!   patches).

use std::collections::{HashMap, HashSet};

use bytes::Bytes;
use prost::Message as _;

use super::conn::{ConnCommand, Role, ServerConn, result_for};
use super::directory::unix_now;
use super::notify::notification;
use super::pairing::iq_error;
use super::phone::Phone;
use super::{ServerError, State, lock};
use crate::binary::{Jid, Node, NodeRef};
use crate::media::{MediaKey, MediaKeys, MediaType, encrypt};
use crate::proto::wa;
use crate::signal::keys::random_array;
use crate::sync::app_state::{
    Collection, CollectionState, KeyRing, MutationKeys, NewMutation, Operation, SyncdDecoder,
    crypto, encode_patch, parse_patch, schema,
};

/// Patches per page of a fetch answer.
const PAGE_SIZE: usize = 3;

/// One collection as the server and the phone keep it.
#[derive(Default)]
pub(crate) struct ServerCollection {
    state: CollectionState,
    patches: Vec<wa::SyncdPatch>,
    records: HashMap<[u8; 32], wa::SyncdRecord>,
    values: HashMap<Vec<String>, wa::SyncActionValue>,
    /// Versions whose patch is served with its mutations in an external blob.
    external: HashSet<u64>,
}

/// The app state of one account.
pub(crate) struct AccountAppState {
    /// The key new patches use.
    key_id: Vec<u8>,
    /// Every key the phone made: (id, data, timestamp in ms), oldest first.
    shared: Vec<(Vec<u8>, [u8; 32], i64)>,
    keys: KeyRing,
    collections: HashMap<Collection, ServerCollection>,
    corrupt_next: bool,
    external_next: bool,
}

impl AccountAppState {
    fn new() -> AccountAppState {
        let mut state = AccountAppState {
            key_id: Vec::new(),
            shared: Vec::new(),
            keys: KeyRing::new(),
            collections: HashMap::new(),
            corrupt_next: false,
            external_next: false,
        };
        state.new_key();
        state
    }

    /// Makes a fresh key the one new patches use.
    fn new_key(&mut self) {
        let key_data: [u8; 32] = random_array();
        let suffix: [u8; 2] = random_array();
        let index = u8::try_from(self.shared.len() % 256).unwrap_or(0);
        let key_id = vec![0, 0, 0, index, suffix[0], suffix[1]];
        self.keys.insert(&key_id, &key_data);
        let timestamp = (unix_now() as i64).saturating_mul(1000) + self.shared.len() as i64;
        self.shared.push((key_id.clone(), key_data, timestamp));
        self.key_id = key_id;
    }

    fn mutation_keys(&self) -> Option<&MutationKeys> {
        self.keys.get(&self.key_id)
    }
}

/// Per-account app state of the emulator.
#[derive(Default)]
pub(crate) struct AppStates {
    accounts: HashMap<String, AccountAppState>,
}

impl AppStates {
    /// Moves the app state of `old` to the phone number `new`.
    pub(crate) fn rename_account(&mut self, old: &str, new: &str) {
        if let Some(state) = self.accounts.remove(old) {
            self.accounts.insert(new.to_owned(), state);
        }
    }

    fn account(&mut self, phone: &str) -> &mut AccountAppState {
        self.accounts
            .entry(phone.to_owned())
            .or_insert_with(AccountAppState::new)
    }
}

/// Applies verified records to a collection's record and value maps.
fn remember(
    collection: &mut ServerCollection,
    mutations: &[wa::SyncdMutation],
    decoded: impl IntoIterator<
        Item = (
            Operation,
            [u8; 32],
            Vec<String>,
            Option<wa::SyncActionValue>,
        ),
    >,
) {
    for ((operation, index_mac, index, value), wire) in decoded.into_iter().zip(mutations) {
        match operation {
            Operation::Set => {
                if let Some(record) = &wire.record {
                    collection.records.insert(index_mac, *record.clone());
                }
                if let Some(value) = value {
                    collection.values.insert(index, value);
                }
            }
            Operation::Remove => {
                collection.records.remove(&index_mac);
                collection.values.remove(&index);
            }
        }
    }
}

impl State {
    /// Sends `node` to every companion of `phone` but `except` (queued for
    /// offline ones).
    fn deliver_to_account_except(&self, phone: &str, except: Option<u16>, node: &Node) {
        let devices: Vec<u16> = lock(&self.directory)
            .account(phone)
            .map(|account| account.devices.keys().copied().collect())
            .unwrap_or_default();
        for device in devices.into_iter().filter(|d| Some(*d) != except) {
            let key = (phone.to_owned(), device);
            let sent = self
                .device_conn(&key)
                .is_some_and(|conn| self.command(conn, ConnCommand::Send(node.clone())));
            if !sent && let Some(companion) = lock(&self.directory).device_mut(phone, device) {
                companion.offline_queue.push_back(node.clone());
            }
        }
    }

    fn announce_server_sync(
        &self,
        phone: &str,
        except: Option<u16>,
        collection: Collection,
        version: u64,
    ) {
        let node = notification(
            Jid::server_jid(),
            "server_sync",
            vec![
                Node::new("collection")
                    .attr("name", collection.as_str())
                    .attr("version", version.to_string()),
            ],
        );
        self.deliver_to_account_except(phone, except, &node);
    }
}

/// What one `<collection>` of a request asks.
enum Ask {
    Upload(Box<wa::SyncdPatch>, u64),
    Fetch { version: u64, snapshot: bool },
}

impl ServerConn {
    /// `w:sync:app:state`: fetches and uploads of the account's collections.
    pub(crate) async fn on_app_state_iq(&mut self, iq: &NodeRef<'_>) {
        let Role::Device { key, .. } = &self.role else {
            self.send(&iq_error(iq, 401, "not-authorized")).await;
            return;
        };
        let (phone, device) = key.clone();
        let Some(sync) = iq.child("sync") else {
            self.send(&iq_error(iq, 400, "bad-request")).await;
            return;
        };
        let mut answers = Vec::new();
        for node in sync.children_by_tag("collection") {
            let attrs = node.attrs();
            let Some(collection) = attrs
                .optional_str("name")
                .and_then(|name| name.parse::<Collection>().ok())
            else {
                self.send(&iq_error(iq, 400, "bad-request")).await;
                return;
            };
            let version = attrs.optional_u64("version").ok().flatten().unwrap_or(0);
            let ask = match node.child("patch") {
                Some(patch) => match parse_patch(patch.bytes().unwrap_or_default()) {
                    Ok(patch) => Ask::Upload(Box::new(patch), version),
                    Err(error) => {
                        log::info!("app-state upload does not decode: {error}");
                        answers.push(collection_error(collection, 400));
                        continue;
                    }
                },
                None => Ask::Fetch {
                    version,
                    snapshot: attrs.is("return_snapshot", "true"),
                },
            };
            let answer = match ask {
                Ask::Upload(patch, version) => self
                    .state
                    .accept_upload(&phone, device, collection, *patch, version),
                Ask::Fetch { version, snapshot } => {
                    self.state
                        .fetch_answer(&phone, collection, version, snapshot)
                        .await
                }
            };
            answers.push(answer);
        }
        let answer = result_for(iq).children([Node::new("sync").children(answers)]);
        self.send(&answer).await;
    }
}

fn collection_error(collection: Collection, code: u16) -> Node {
    Node::new("collection")
        .attr("name", collection.as_str())
        .attr("type", "error")
        .children([Node::new("error").attr("code", code.to_string())])
}

impl State {
    fn accept_upload(
        &self,
        phone: &str,
        device: u16,
        collection: Collection,
        mut patch: wa::SyncdPatch,
        version: u64,
    ) -> Node {
        let new_version = {
            let mut states = lock(&self.app_state);
            let account = states.account(phone);
            let keys = account.keys.clone();
            let entry = account.collections.entry(collection).or_default();
            if version != entry.state.version() {
                log::info!(
                    "{phone}: {collection} upload on v{version}, current v{}",
                    entry.state.version()
                );
                return collection_error(collection, 409);
            }
            let next = version + 1;
            patch.version = Some(Box::new(wa::SyncdVersion {
                version: Some(next),
            }));
            let decoded =
                match SyncdDecoder::new(collection, &keys).decode_patch(&entry.state, &patch, None)
                {
                    Ok(decoded) => decoded,
                    Err(error) => {
                        log::info!("{phone}: {collection} upload rejected: {error}");
                        return collection_error(collection, 400);
                    }
                };
            entry.state.apply(&decoded.update);
            remember(
                entry,
                &patch.mutations,
                decoded
                    .mutations
                    .into_iter()
                    .map(|m| (m.operation, m.index_mac, m.index, m.value)),
            );
            entry.patches.push(patch);
            next
        };
        self.announce_server_sync(phone, Some(device), collection, new_version);
        Node::new("collection")
            .attr("name", collection.as_str())
            .attr("version", new_version.to_string())
    }

    async fn fetch_answer(
        &self,
        phone: &str,
        collection: Collection,
        version: u64,
        snapshot: bool,
    ) -> Node {
        let (current, patches, has_more, snapshot_bytes) = {
            let mut states = lock(&self.app_state);
            let account = states.account(phone);
            let key_id = account.key_id.clone();
            let keys = account.mutation_keys().cloned();
            let entry = account.collections.entry(collection).or_default();
            let current = entry.state.version();
            if snapshot {
                let bytes = match (current, keys) {
                    (0, _) | (_, None) => None,
                    (_, Some(keys)) => {
                        let mac =
                            crypto::snapshot_mac(&keys, entry.state.hash(), current, collection);
                        let mut records: Vec<_> = entry.records.iter().collect();
                        records.sort_by_key(|(index_mac, _)| **index_mac);
                        Some(
                            wa::SyncdSnapshot {
                                version: Some(Box::new(wa::SyncdVersion {
                                    version: Some(current),
                                })),
                                records: records.into_iter().map(|(_, r)| r.clone()).collect(),
                                mac: Some(Bytes::copy_from_slice(&mac)),
                                key_id: Some(Box::new(wa::KeyId {
                                    id: Some(Bytes::from(key_id)),
                                })),
                            }
                            .encode_to_vec(),
                        )
                    }
                };
                (current, Vec::new(), false, bytes)
            } else {
                let newer: Vec<&wa::SyncdPatch> = entry
                    .patches
                    .iter()
                    .filter(|p| p.version.as_ref().and_then(|v| v.version).unwrap_or(0) > version)
                    .collect();
                let has_more = newer.len() > PAGE_SIZE;
                let page: Vec<(wa::SyncdPatch, bool)> = newer
                    .into_iter()
                    .take(PAGE_SIZE)
                    .map(|p| {
                        let version = p.version.as_ref().and_then(|v| v.version).unwrap_or(0);
                        (p.clone(), entry.external.contains(&version))
                    })
                    .collect();
                (current, page, has_more, None)
            }
        };
        let mut node = Node::new("collection").attr("name", collection.as_str());
        let mut children = Vec::new();
        if let Some(bytes) = snapshot_bytes {
            match self.upload_blob(&bytes).await {
                Some(reference) => children
                    .push(Node::new("snapshot").bytes(Bytes::from(reference.encode_to_vec()))),
                None => return collection_error(collection, 500),
            }
            node = node.attr("version", current.to_string());
        } else {
            let last = patches
                .last()
                .and_then(|(p, _)| p.version.as_ref().and_then(|v| v.version))
                .unwrap_or(version.max(if snapshot { current } else { 0 }));
            let mut encoded = Vec::with_capacity(patches.len());
            for (mut patch, external) in patches {
                if external {
                    let mutations = wa::SyncdMutations {
                        mutations: std::mem::take(&mut patch.mutations),
                    };
                    match self.upload_blob(&mutations.encode_to_vec()).await {
                        Some(reference) => patch.external_mutations = Some(Box::new(reference)),
                        None => return collection_error(collection, 500),
                    }
                }
                encoded.push(patch.encode_to_vec());
            }
            node = node.attr("version", last.to_string());
            if has_more {
                node = node.attr("has_more_patches", "true");
            }
            if !encoded.is_empty() {
                children.push(
                    Node::new("patches").children(
                        encoded
                            .into_iter()
                            .map(|p| Node::new("patch").bytes(Bytes::from(p))),
                    ),
                );
            }
        }
        node.children(children)
    }

    /// Encrypts `plaintext` as an app-state blob and stores it on the media
    /// server.
    async fn upload_blob(&self, plaintext: &[u8]) -> Option<wa::ExternalBlobReference> {
        let media_key = MediaKey::generate();
        let keys = MediaKeys::derive(media_key.as_bytes(), MediaType::AppState);
        let (encrypted, info) = encrypt(plaintext, &keys);
        match self.media.store_bytes("md-app-state", &encrypted).await {
            Ok(stored) => Some(wa::ExternalBlobReference {
                media_key: Some(Bytes::copy_from_slice(media_key.as_bytes())),
                direct_path: Some(stored.direct_path),
                handle: Some(stored.handle),
                file_size_bytes: Some(info.file_length),
                file_sha256: Some(Bytes::copy_from_slice(&info.file_sha256)),
                file_enc_sha256: Some(Bytes::copy_from_slice(&info.file_enc_sha256)),
            }),
            Err(error) => {
                log::warn!("storing an app-state blob failed: {error}");
                None
            }
        }
    }
}

impl Phone {
    /// Shares the account's app-state sync key with its companions (an
    /// `APP_STATE_SYNC_KEY_SHARE` peer message); returns the message id.
    pub fn share_app_state_keys(&self) -> Result<String, ServerError> {
        let shared = lock(&self.state.app_state)
            .account(&self.phone)
            .shared
            .clone();
        let share = wa::Message {
            protocol_message: Some(Box::new(wa::ProtocolMessage {
                r#type: Some(wa::protocol_message::Type::AppStateSyncKeyShare as i32),
                app_state_sync_key_share: Some(Box::new(wa::AppStateSyncKeyShare {
                    keys: shared
                        .into_iter()
                        .map(|(key_id, key_data, timestamp)| wa::AppStateSyncKey {
                            key_id: Some(Box::new(wa::AppStateSyncKeyId {
                                key_id: Some(Bytes::from(key_id)),
                            })),
                            key_data: Some(Box::new(wa::AppStateSyncKeyData {
                                key_data: Some(Bytes::copy_from_slice(&key_data)),
                                fingerprint: Some(Box::new(wa::AppStateSyncKeyFingerprint {
                                    raw_id: Some(1),
                                    current_index: Some(0),
                                    device_indexes: vec![0],
                                })),
                                timestamp: Some(timestamp),
                            })),
                        })
                        .collect(),
                })),
                ..Default::default()
            })),
            ..Default::default()
        };
        self.send_message(&self.jid(), share)
    }

    /// Makes a new app-state key, used by the phone's next patches, without
    /// sharing it: companions must ask for it (or wait for
    /// [`share_app_state_keys`](Phone::share_app_state_keys)).
    pub fn rotate_app_state_key(&self) {
        lock(&self.state.app_state).account(&self.phone).new_key();
    }

    /// Makes the next patch the phone creates carry a wrong patch MAC (the
    /// collection itself stays right, so a snapshot recovers).
    pub fn corrupt_next_app_state_patch(&self) {
        lock(&self.state.app_state)
            .account(&self.phone)
            .corrupt_next = true;
    }

    /// Makes the next patch the phone creates travel with its mutations in
    /// an external blob: fetches answer it with an empty `mutations` list
    /// and `externalMutations` referencing an `md-app-state` upload of the
    /// `SyncdMutations`, as WhatsApp sends large patches.
    pub fn externalize_next_app_state_patch(&self) {
        lock(&self.state.app_state)
            .account(&self.phone)
            .external_next = true;
    }

    /// Changes app state as the phone: one patch with `mutations` (all of
    /// the same collection, which [`schema`] gives), stored on the server
    /// and announced to the companions with `server_sync`. Returns the new
    /// version.
    pub fn app_state_change(&self, mutations: &[NewMutation]) -> Result<u64, ServerError> {
        let collection = mutations
            .first()
            .and_then(|m| schema::for_index(&m.index))
            .map(|s| s.collection)
            .ok_or_else(|| ServerError::Store("unknown app-state action".into()))?;
        if mutations
            .iter()
            .any(|m| schema::for_index(&m.index).map(|s| s.collection) != Some(collection))
        {
            return Err(ServerError::Store(
                "mutations of one patch must share a collection".into(),
            ));
        }
        let version = {
            let mut states = lock(&self.state.app_state);
            let account = states.account(&self.phone);
            let key_id = account.key_id.clone();
            let keys = account
                .mutation_keys()
                .cloned()
                .ok_or_else(|| ServerError::Store("no app-state key".into()))?;
            let corrupt = std::mem::take(&mut account.corrupt_next);
            let external = std::mem::take(&mut account.external_next);
            let entry = account.collections.entry(collection).or_default();
            let encoded = encode_patch(collection, &entry.state, mutations, &key_id, &keys)
                .map_err(|error| ServerError::Store(error.to_string()))?;
            entry.state.apply(&encoded.update);
            remember(
                entry,
                &encoded.patch.mutations,
                mutations.iter().zip(&encoded.mutations).map(|(m, e)| {
                    (
                        m.operation,
                        e.index_mac,
                        m.index.clone(),
                        Some(m.value.clone()),
                    )
                }),
            );
            let mut patch = encoded.patch;
            if corrupt {
                let mut mac = patch.patch_mac.as_deref().unwrap_or_default().to_vec();
                if let Some(byte) = mac.first_mut() {
                    *byte ^= 0xff;
                }
                patch.patch_mac = Some(Bytes::from(mac));
            }
            entry.patches.push(patch);
            if external {
                entry.external.insert(encoded.update.version);
            }
            encoded.update.version
        };
        self.state
            .announce_server_sync(&self.phone, None, collection, version);
        Ok(version)
    }

    /// [`app_state_change`](Phone::app_state_change) of one SET action:
    /// `index` (e.g. `["pin_v1", chat]`) with `value`; the action version
    /// comes from [`schema`].
    pub fn app_state_set(
        &self,
        index: &[&str],
        value: wa::SyncActionValue,
    ) -> Result<u64, ServerError> {
        let version = schema::for_index(index)
            .map(|s| s.version)
            .ok_or_else(|| ServerError::Store("unknown app-state action".into()))?;
        self.app_state_change(&[NewMutation::new(
            Operation::Set,
            index.iter().map(|s| (*s).to_owned()).collect(),
            value,
            version,
        )])
    }

    /// The value the account's app state holds for `index`, as the phone sees it.
    pub fn app_state_value(&self, index: &[&str]) -> Option<wa::SyncActionValue> {
        let index: Vec<String> = index.iter().map(|s| (*s).to_owned()).collect();
        let collection = schema::for_index(&index)?.collection;
        lock(&self.state.app_state)
            .account(&self.phone)
            .collections
            .get(&collection)?
            .values
            .get(&index)
            .cloned()
    }

    /// The version of one of the account's collections.
    pub fn app_state_version(&self, collection: Collection) -> u64 {
        lock(&self.state.app_state)
            .account(&self.phone)
            .collections
            .get(&collection)
            .map_or(0, |c| c.state.version())
    }
}

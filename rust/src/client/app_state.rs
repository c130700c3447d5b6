//! App-state sync, network side: sync keys from our phone, fetching the
//! five collections (snapshots and patches, all MACs verified), the typed
//! events of their actions, and sending mutations.
//!
//! * Keys arrive in `APP_STATE_SYNC_KEY_SHARE` peer messages from our own
//!   phone (`on_protocol_message`); they are stored, then every collection
//!   is fetched. A patch under a key we lack makes us ask our devices for it
//!   (`APP_STATE_SYNC_KEY_REQUEST`); the share that answers starts a new fetch.
//! * A fetch asks `w:sync:app:state` for the patches after the stored
//!   version (or for a snapshot when nothing is stored), page by page while
//!   the server says `has_more_patches`. Each patch is verified in full and
//!   stored in one transaction before its events are emitted. When a patch
//!   does not verify (a MAC or LT-hash mismatch) the collection is fetched
//!   again from a snapshot; the failing patch is never applied in part.
//! * Fetches are triggered after login (when keys are stored), on key
//!   arrival and by `server_sync` notifications; one fetch runs at a time.
//! * Mutations ([`Client::pin_chat`], [`Client::mute_chat`], ...) are
//!   encoded with the index, collection and version of [`schema`], uploaded
//!   on top of the current version, and applied locally (with their event)
//!   once the server accepted them.

use std::time::{SystemTime, UNIX_EPOCH};

use bytes::Bytes;

use super::error::IqError;
use super::lifecycle::Client;
use super::message::SendError;
use super::request::iq;
use crate::binary::{Jid, Node, NodeRef};
use crate::events::message::MessageInfo;
use crate::events::{
    AppStateSyncComplete, ArchiveUpdate, ClearChatUpdate, ContactUpdate, DeleteChatUpdate,
    DeleteForMeUpdate, Event, MarkChatAsReadUpdate, MuteUpdate, PinUpdate, PushNameUpdate,
    StarUpdate, Timestamp,
};
use crate::media::{DownloadOptions, TransferError};
use crate::proto::wa;
use crate::store::{AppStateSyncKey, StoreError};
use crate::sync::app_state::{
    AppStateError, Collection, DecodedMutation, KeyIdDisplay, NewMutation, Operation, SyncdDecoder,
    encode_patch, parse_mutations, parse_patch, parse_snapshot, schema,
};

/// How many pages of patches one fetch of a collection follows at most.
const MAX_PAGES: usize = 1000;

/// Why an app-state fetch or upload failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AppStateSyncError {
    /// The client is not logged in.
    #[error("not logged in")]
    NotLoggedIn,
    /// No sync key is stored yet (our phone shares them after pairing).
    #[error("no app-state sync key is stored yet")]
    NoKeys,
    /// The sync request failed.
    #[error("app-state request: {0}")]
    Iq(#[from] IqError),
    /// The server's answer is not what the protocol says.
    #[error("malformed app-state answer: {0}")]
    Malformed(&'static str),
    /// The server answered the collection with an error.
    #[error("server refused collection {collection}: code {code}")]
    Server {
        /// The collection.
        collection: Collection,
        /// The error code (`409`: the upload was not on the newest version).
        code: String,
    },
    /// A patch or snapshot did not verify or decode.
    #[error("{collection}: {source}")]
    Verify {
        /// The collection.
        collection: Collection,
        /// What failed.
        source: AppStateError,
    },
    /// A snapshot or external mutations blob could not be downloaded.
    #[error("app-state blob download: {0}")]
    Download(#[from] TransferError),
    /// The store failed.
    #[error("store: {0}")]
    Store(#[from] StoreError),
    /// Asking our devices for a missing key failed.
    #[error("key request: {0}")]
    KeyRequest(#[from] SendError),
    /// The arguments do not make a mutation.
    #[error("invalid mutation: {0}")]
    Invalid(&'static str),
}

/// A peer protocol message from our own devices: key shares (stored, then
/// the collections are fetched) and history sync notifications (see
/// [`super::history`]). Messages that are not from our own
/// account are ignored with a log line.
pub(crate) fn on_protocol_message(
    client: &Client,
    info: &MessageInfo,
    message: &wa::ProtocolMessage,
) {
    use wa::protocol_message::Type;
    let kind = message.r#type.and_then(|t| Type::try_from(t).ok());
    if !matches!(
        kind,
        Some(Type::AppStateSyncKeyShare | Type::HistorySyncNotification)
    ) {
        return;
    }
    if !is_own_account(client, &info.source.sender) {
        log::warn!(
            "message {}: {kind:?} from {} ignored (not our account)",
            info.id,
            info.source.sender
        );
        return;
    }
    if kind == Some(Type::HistorySyncNotification) {
        match &message.history_sync_notification {
            Some(notification) => super::history::on_notification(client, info, notification),
            None => log::warn!("message {}: history sync notification is empty", info.id),
        }
        return;
    }
    let Some(share) = &message.app_state_sync_key_share else {
        log::warn!("message {}: key share without keys", info.id);
        return;
    };
    let keys = share_keys(share);
    if keys.is_empty() {
        log::warn!("message {}: key share holds no valid key", info.id);
        return;
    }
    match client.store().put_app_state_keys(&keys) {
        Ok(added) => log::info!(
            "app-state key share: {} keys, {added} new ({})",
            keys.len(),
            keys.iter()
                .map(|key| hex::encode(&key.key_id))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Err(error) => {
            log::error!("storing app-state keys failed: {error}");
            return;
        }
    }
    spawn_sync(client, Collection::ALL.to_vec(), false);
}

/// The valid keys of a share (a key without an id or with key data other
/// than 32 bytes is skipped with a log line).
fn share_keys(share: &wa::AppStateSyncKeyShare) -> Vec<AppStateSyncKey> {
    share
        .keys
        .iter()
        .filter_map(|key| {
            let key_id = key.key_id.as_ref()?.key_id.as_ref()?.to_vec();
            let data = key.key_data.as_ref()?;
            let Ok(key_data) = <[u8; 32]>::try_from(data.key_data.as_deref()?) else {
                log::warn!("app-state key {} has bad key data", hex::encode(&key_id));
                return None;
            };
            Some(AppStateSyncKey {
                key_id,
                key_data,
                timestamp: data.timestamp.unwrap_or_default(),
            })
        })
        .collect()
}

fn is_own_account(client: &Client, sender: &Jid) -> bool {
    let user = sender.to_non_ad();
    client.jid().is_some_and(|own| own.to_non_ad() == user)
        || client.lid().is_some_and(|own| own.to_non_ad() == user)
}

/// Starts a fetch of `collections` in the background.
pub(crate) fn spawn_sync(client: &Client, collections: Vec<Collection>, full: bool) {
    let client = client.clone();
    tokio::spawn(async move {
        if let Err(error) = client.sync_app_state(&collections, full).await {
            log::warn!("app-state sync failed: {error}");
        }
    });
}

/// A `server_sync` notification: fetch the collections it names (all when
/// it names none we know).
pub(crate) fn on_server_sync(client: &Client, notification: &NodeRef<'_>) {
    let mut collections: Vec<Collection> = notification
        .children_by_tag("collection")
        .filter_map(|node| node.attrs().optional_str("name")?.parse().ok())
        .collect();
    if collections.is_empty() {
        collections = Collection::ALL.to_vec();
    }
    spawn_sync(client, collections, false);
}

/// After login: fetch every collection when keys are stored.
pub(crate) fn after_login(client: &Client) {
    match client.store().app_state_keys() {
        Ok(keys) if !keys.is_empty() => spawn_sync(client, Collection::ALL.to_vec(), false),
        Ok(_) => log::debug!("no app-state keys yet: waiting for the phone's key share"),
        Err(error) => log::warn!("reading app-state keys failed: {error}"),
    }
}

/// One collection's part of a sync answer.
struct CollectionAnswer {
    has_more: bool,
    patches: Vec<wa::SyncdPatch>,
    snapshot: Option<wa::ExternalBlobReference>,
}

fn parse_answer(
    answer: &NodeRef<'_>,
    collection: Collection,
) -> Result<CollectionAnswer, AppStateSyncError> {
    let node = answer
        .child("sync")
        .and_then(|sync| {
            sync.children_by_tag("collection")
                .find(|c| c.attrs().is("name", collection.as_str()))
        })
        .ok_or(AppStateSyncError::Malformed(
            "no <collection> in the answer",
        ))?;
    let attrs = node.attrs();
    if attrs.is("type", "error") {
        let code = node
            .child("error")
            .and_then(|error| error.attrs().optional_str("code"))
            .map(|code| code.into_owned())
            .unwrap_or_default();
        return Err(AppStateSyncError::Server { collection, code });
    }
    let verify = |source| AppStateSyncError::Verify { collection, source };
    let patches = match node.child("patches") {
        Some(patches) => patches
            .children_by_tag("patch")
            .map(|patch| parse_patch(patch.bytes().unwrap_or_default()).map_err(verify))
            .collect::<Result<Vec<_>, _>>()?,
        None => Vec::new(),
    };
    let snapshot = match node.child("snapshot") {
        Some(snapshot) => Some(
            <wa::ExternalBlobReference as prost::Message>::decode(
                snapshot.bytes().unwrap_or_default(),
            )
            .map_err(|_| AppStateSyncError::Malformed("snapshot reference does not decode"))?,
        ),
        None => None,
    };
    Ok(CollectionAnswer {
        has_more: attrs.is("has_more_patches", "true"),
        patches,
        snapshot,
    })
}

/// Whether a verification error calls for a resync from a snapshot (the
/// stored state and the server's disagree) rather than giving up.
fn needs_snapshot(error: &AppStateError) -> bool {
    matches!(
        error,
        AppStateError::PatchMacMismatch { .. }
            | AppStateError::SnapshotMacMismatch { .. }
            | AppStateError::ValueMacMismatch(_)
            | AppStateError::IndexMacMismatch(_)
            | AppStateError::RemoveOfUnknownIndex { .. }
            | AppStateError::VersionNotNewer { .. }
    )
}

fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

impl Client {
    /// Fetches `collections` from the server and applies what changed since
    /// the stored versions (`full`: from a snapshot, replacing the stored
    /// state). Emits the typed events of every new action and
    /// [`AppStateSyncComplete`] per collection. A patch that does not
    /// verify makes the collection resync from a snapshot once.
    pub async fn sync_app_state(
        &self,
        collections: &[Collection],
        full: bool,
    ) -> Result<(), AppStateSyncError> {
        let _guard = self.inner.app_state_lock.lock().await;
        let mut first_error = None;
        for &collection in collections {
            if let Err(error) = self.sync_collection(collection, full).await {
                log::warn!("app-state sync of {collection} failed: {error}");
                first_error.get_or_insert(error);
            }
        }
        first_error.map_or(Ok(()), Err)
    }

    async fn sync_collection(
        &self,
        collection: Collection,
        full: bool,
    ) -> Result<(), AppStateSyncError> {
        match self.fetch_collection(collection, full).await {
            Err(AppStateSyncError::Verify { source, .. }) if !full && needs_snapshot(&source) => {
                log::warn!("{collection}: {source}; resyncing from a snapshot");
                self.fetch_collection(collection, true).await
            }
            other => other,
        }
    }

    async fn fetch_collection(
        &self,
        collection: Collection,
        full: bool,
    ) -> Result<(), AppStateSyncError> {
        let (keys, _) = self.store().app_state_key_ring()?;
        if keys.is_empty() {
            return Err(AppStateSyncError::NoKeys);
        }
        let decoder = SyncdDecoder::new(collection, &keys).allow_unknown_remove(true);
        let verify = |source| AppStateSyncError::Verify { collection, source };
        let mut state = self.store().app_state(collection)?;
        let mut want_snapshot = full || !self.store().has_app_state(collection)?;
        for _ in 0..MAX_PAGES {
            let mut node = Node::new("collection")
                .attr("name", collection.as_str())
                .attr(
                    "return_snapshot",
                    if want_snapshot { "true" } else { "false" },
                );
            if !want_snapshot {
                node = node.attr("version", state.version().to_string());
            }
            let request = iq(
                self.next_id(),
                "w:sync:app:state",
                "set",
                vec![Node::new("sync").children([node])],
            );
            let answer = self.send_iq(request).await?;
            let answer = parse_answer(answer.get(), collection)?;
            if let Some(reference) = &answer.snapshot {
                let blob = self
                    .download(reference, &DownloadOptions::default())
                    .await?;
                let snapshot = parse_snapshot(&blob.data).map_err(verify)?;
                let decoded = match decoder.decode_snapshot(&snapshot) {
                    Err(AppStateError::UnknownKey(id)) => {
                        return Err(self.missing_key(collection, id).await);
                    }
                    other => other.map_err(verify)?,
                };
                self.store().replace_app_state(collection, &decoded.state)?;
                log::info!(
                    "{collection}: snapshot v{} with {} records",
                    decoded.version,
                    decoded.mutations.len()
                );
                state = decoded.state;
                for mutation in &decoded.mutations {
                    self.emit_action(mutation, true);
                }
            }
            want_snapshot = false;
            for patch in &answer.patches {
                let external = match &patch.external_mutations {
                    Some(reference) => {
                        let blob = self
                            .download(&**reference, &DownloadOptions::default())
                            .await?;
                        Some(parse_mutations(&blob.data).map_err(verify)?)
                    }
                    None => None,
                };
                let decoded = match decoder.decode_patch(&state, patch, external.as_ref()) {
                    Ok(decoded) => decoded,
                    // Already applied (an upload of ours, or a page overlap).
                    Err(AppStateError::VersionNotNewer { .. }) => continue,
                    Err(AppStateError::UnknownKey(id)) => {
                        return Err(self.missing_key(collection, id).await);
                    }
                    Err(source) => return Err(verify(source)),
                };
                self.store()
                    .apply_app_state_update(collection, &decoded.update)?;
                state.apply(&decoded.update);
                for mutation in &decoded.mutations {
                    self.emit_action(mutation, false);
                }
            }
            if !answer.has_more {
                break;
            }
        }
        if state.is_empty() && state.version() == 0 {
            // Remember that the empty collection was synced: later fetches
            // ask for patches, not for a snapshot.
            self.store().replace_app_state(collection, &state)?;
        }
        log::info!("{collection}: synced to v{}", state.version());
        self.inner
            .emit(Event::AppStateSyncComplete(AppStateSyncComplete {
                name: collection.as_str().to_owned(),
                version: state.version(),
            }));
        Ok(())
    }

    /// Asks our devices for a key we lack; returns the error to report.
    async fn missing_key(&self, collection: Collection, id: KeyIdDisplay) -> AppStateSyncError {
        log::info!("{collection}: app-state key {id} missing; asking our devices");
        if let Err(error) = self
            .request_app_state_keys(std::slice::from_ref(&id.0))
            .await
        {
            log::warn!("app-state key request failed: {error}");
        }
        AppStateSyncError::Verify {
            collection,
            source: AppStateError::UnknownKey(id),
        }
    }

    /// Asks our own devices for the sync keys `key_ids`
    /// (`APP_STATE_SYNC_KEY_REQUEST`); they answer with a key share.
    pub async fn request_app_state_keys(&self, key_ids: &[Vec<u8>]) -> Result<(), SendError> {
        let request = wa::Message {
            protocol_message: Some(Box::new(wa::ProtocolMessage {
                r#type: Some(wa::protocol_message::Type::AppStateSyncKeyRequest as i32),
                app_state_sync_key_request: Some(Box::new(wa::AppStateSyncKeyRequest {
                    key_ids: key_ids
                        .iter()
                        .map(|id| wa::AppStateSyncKeyId {
                            key_id: Some(Bytes::copy_from_slice(id)),
                        })
                        .collect(),
                })),
                ..Default::default()
            })),
            ..Default::default()
        };
        self.send_peer_message(request).await.map(|_| ())
    }

    /// Emits the typed event of one action (unknown or malformed actions
    /// are logged and skipped; REMOVEs carry no event).
    fn emit_action(&self, mutation: &DecodedMutation, from_full_sync: bool) {
        if mutation.operation == Operation::Remove {
            return;
        }
        match action_event(mutation, from_full_sync) {
            Some(event) => {
                self.apply_action(&event);
                self.inner.emit(event);
            }
            None => log::debug!("app-state action {:?} has no event", mutation.index.first()),
        }
    }

    /// What the client keeps of an action: our push name, and the LID of
    /// a contact whose action names it.
    fn apply_action(&self, event: &Event) {
        let result = match event {
            Event::PushNameUpdate(update) => match (&update.action.name, self.store().device()) {
                (Some(name), Ok(Some(device))) if !name.is_empty() && device.push_name != *name => {
                    let mut device = (*device).clone();
                    device.push_name = name.clone();
                    self.store().save_device(&device)
                }
                (_, Err(error)) => Err(error),
                _ => Ok(()),
            },
            Event::ContactUpdate(update) if !update.jid.is_lid() => {
                match update.action.lid_jid.as_deref().map(Jid::parse) {
                    Some(Ok(lid)) if lid.is_lid() => {
                        self.store().put_lid_mapping(&lid, &update.jid)
                    }
                    _ => Ok(()),
                }
            }
            _ => Ok(()),
        };
        if let Err(error) = result {
            log::warn!("storing an app-state action failed: {error}");
        }
    }

    /// Uploads one mutation: encoded with the newest key on top of the
    /// current version of its collection, sent, then applied locally (and
    /// its event emitted) once the server accepted it. A version conflict
    /// makes it fetch the collection and try once more.
    pub async fn send_app_state(&self, mutation: NewMutation) -> Result<(), AppStateSyncError> {
        let schema = schema::for_index(&mutation.index)
            .filter(|schema| schema.fits(&mutation.index))
            .ok_or(AppStateSyncError::Invalid("unknown action or wrong index"))?;
        let collection = schema.collection;
        if self.jid().is_none() {
            return Err(AppStateSyncError::NotLoggedIn);
        }
        for attempt in 0..2 {
            let result = {
                let _guard = self.inner.app_state_lock.lock().await;
                self.upload_mutation(collection, &mutation).await
            };
            match result {
                Err(AppStateSyncError::Server { code, .. }) if code == "409" && attempt == 0 => {
                    log::info!("{collection}: upload conflict; fetching first");
                    self.sync_app_state(&[collection], false).await?;
                }
                other => return other,
            }
        }
        Err(AppStateSyncError::Server {
            collection,
            code: "409".into(),
        })
    }

    async fn upload_mutation(
        &self,
        collection: Collection,
        mutation: &NewMutation,
    ) -> Result<(), AppStateSyncError> {
        let (keys, newest) = self.store().app_state_key_ring()?;
        let key_id = newest.ok_or(AppStateSyncError::NoKeys)?;
        let mutation_keys = keys.get(&key_id).ok_or(AppStateSyncError::NoKeys)?;
        let state = self.store().app_state(collection)?;
        let encoded = encode_patch(
            collection,
            &state,
            std::slice::from_ref(mutation),
            &key_id,
            mutation_keys,
        )
        .map_err(|source| AppStateSyncError::Verify { collection, source })?;
        let node = Node::new("collection")
            .attr("name", collection.as_str())
            .attr("version", state.version().to_string())
            .attr("return_snapshot", "false")
            .children([Node::new("patch").bytes(Bytes::from(encoded.upload_bytes()))]);
        let request = iq(
            self.next_id(),
            "w:sync:app:state",
            "set",
            vec![Node::new("sync").children([node])],
        );
        let answer = self.send_iq(request).await?;
        parse_answer(answer.get(), collection)?;
        self.store()
            .apply_app_state_update(collection, &encoded.update)?;
        log::info!("{collection}: uploaded v{}", encoded.version());
        let decoded = DecodedMutation {
            operation: mutation.operation,
            index: mutation.index.clone(),
            value: Some(mutation.value.clone()),
            version: Some(mutation.version),
            index_mac: encoded
                .mutations
                .first()
                .map(|m| m.index_mac)
                .unwrap_or_default(),
            value_mac: encoded
                .mutations
                .first()
                .map(|m| m.value_mac)
                .unwrap_or_default(),
            key_id,
        };
        self.emit_action(&decoded, false);
        Ok(())
    }

    async fn send_action(
        &self,
        index: Vec<String>,
        value: wa::SyncActionValue,
    ) -> Result<(), AppStateSyncError> {
        let schema =
            schema::for_index(&index).ok_or(AppStateSyncError::Invalid("unknown action"))?;
        let value = wa::SyncActionValue {
            timestamp: Some(now_ms()),
            ..value
        };
        self.send_app_state(NewMutation::new(
            Operation::Set,
            index,
            value,
            schema.version,
        ))
        .await
    }

    /// Mutes `chat` until `until` (Unix seconds; `None`: forever), or unmutes
    /// it (`muted == false`).
    pub async fn mute_chat(
        &self,
        chat: &Jid,
        muted: bool,
        until: Option<i64>,
    ) -> Result<(), AppStateSyncError> {
        let action = wa::MuteAction {
            muted: Some(muted),
            mute_end_timestamp: if muted {
                Some(until.map_or(-1, |t| t.saturating_mul(1000)))
            } else {
                None
            },
            ..Default::default()
        };
        self.send_action(
            vec!["mute".into(), chat.to_non_ad().to_string()],
            wa::SyncActionValue {
                mute_action: Some(Box::new(action)),
                ..Default::default()
            },
        )
        .await
    }

    /// Pins or unpins `chat`.
    pub async fn pin_chat(&self, chat: &Jid, pinned: bool) -> Result<(), AppStateSyncError> {
        self.send_action(
            vec!["pin_v1".into(), chat.to_non_ad().to_string()],
            wa::SyncActionValue {
                pin_action: Some(Box::new(wa::PinAction {
                    pinned: Some(pinned),
                })),
                ..Default::default()
            },
        )
        .await
    }

    /// Archives or unarchives `chat`.
    pub async fn archive_chat(&self, chat: &Jid, archived: bool) -> Result<(), AppStateSyncError> {
        self.send_action(
            vec!["archive".into(), chat.to_non_ad().to_string()],
            wa::SyncActionValue {
                archive_chat_action: Some(Box::new(wa::ArchiveChatAction {
                    archived: Some(archived),
                    message_range: Some(Box::new(wa::SyncActionMessageRange::default())),
                })),
                ..Default::default()
            },
        )
        .await
    }

    /// Marks `chat` read or unread.
    pub async fn mark_chat_as_read(&self, chat: &Jid, read: bool) -> Result<(), AppStateSyncError> {
        self.send_action(
            vec!["markChatAsRead".into(), chat.to_non_ad().to_string()],
            wa::SyncActionValue {
                mark_chat_as_read_action: Some(Box::new(wa::MarkChatAsReadAction {
                    read: Some(read),
                    message_range: Some(Box::new(wa::SyncActionMessageRange::default())),
                })),
                ..Default::default()
            },
        )
        .await
    }

    /// Stars or unstars a message of `chat`; `sender` is the author in
    /// groups when the message is not ours.
    pub async fn star_message(
        &self,
        chat: &Jid,
        message_id: &str,
        from_me: bool,
        sender: Option<&Jid>,
        starred: bool,
    ) -> Result<(), AppStateSyncError> {
        let participant = match sender {
            Some(sender) if chat.is_group() && !from_me => sender.to_non_ad().to_string(),
            _ => "0".to_owned(),
        };
        self.send_action(
            vec![
                "star".into(),
                chat.to_non_ad().to_string(),
                message_id.to_owned(),
                if from_me { "1" } else { "0" }.into(),
                participant,
            ],
            wa::SyncActionValue {
                star_action: Some(Box::new(wa::StarAction {
                    starred: Some(starred),
                })),
                ..Default::default()
            },
        )
        .await
    }

    /// Deletes `chat` (and its media when `delete_media`).
    pub async fn delete_chat(
        &self,
        chat: &Jid,
        delete_media: bool,
    ) -> Result<(), AppStateSyncError> {
        self.send_action(
            vec![
                "deleteChat".into(),
                chat.to_non_ad().to_string(),
                if delete_media { "1" } else { "0" }.into(),
            ],
            wa::SyncActionValue {
                delete_chat_action: Some(Box::new(wa::DeleteChatAction {
                    message_range: Some(Box::new(wa::SyncActionMessageRange::default())),
                })),
                ..Default::default()
            },
        )
        .await
    }

    /// Sets our push name on every device of the account.
    pub async fn set_push_name(&self, name: &str) -> Result<(), AppStateSyncError> {
        if name.is_empty() {
            return Err(AppStateSyncError::Invalid("empty push name"));
        }
        self.send_action(
            vec!["setting_pushName".into()],
            wa::SyncActionValue {
                push_name_setting: Some(Box::new(wa::PushNameSetting {
                    name: Some(name.to_owned()),
                })),
                ..Default::default()
            },
        )
        .await
    }
}

fn jid_at(index: &[String], position: usize) -> Option<Jid> {
    let text = index.get(position)?;
    if text.is_empty() || text == "0" {
        return None;
    }
    Jid::parse(text).ok()
}

fn flag_at(index: &[String], position: usize) -> bool {
    index.get(position).is_some_and(|flag| flag == "1")
}

/// The event of one SET action, when its index and value are well formed.
fn action_event(mutation: &DecodedMutation, from_full_sync: bool) -> Option<Event> {
    let value = mutation.value.as_ref()?;
    let index = &mutation.index;
    let timestamp = Timestamp(value.timestamp.unwrap_or_default() / 1000);
    let name = index.first()?.as_str();
    let event = match name {
        "contact" => Event::ContactUpdate(ContactUpdate {
            jid: jid_at(index, 1)?,
            timestamp,
            action: value.contact_action.clone()?,
            from_full_sync,
        }),
        "pin_v1" => Event::PinUpdate(PinUpdate {
            jid: jid_at(index, 1)?,
            timestamp,
            action: value.pin_action.clone()?,
            from_full_sync,
        }),
        "mute" => Event::MuteUpdate(MuteUpdate {
            jid: jid_at(index, 1)?,
            timestamp,
            action: value.mute_action.clone()?,
            from_full_sync,
        }),
        "archive" => Event::ArchiveUpdate(ArchiveUpdate {
            jid: jid_at(index, 1)?,
            timestamp,
            action: value.archive_chat_action.clone()?,
            from_full_sync,
        }),
        "markChatAsRead" => Event::MarkChatAsReadUpdate(MarkChatAsReadUpdate {
            jid: jid_at(index, 1)?,
            timestamp,
            action: value.mark_chat_as_read_action.clone()?,
            from_full_sync,
        }),
        "deleteChat" => Event::DeleteChatUpdate(DeleteChatUpdate {
            jid: jid_at(index, 1)?,
            delete_media: flag_at(index, 2),
            timestamp,
            action: value.delete_chat_action.clone()?,
            from_full_sync,
        }),
        "clearChat" => Event::ClearChatUpdate(ClearChatUpdate {
            jid: jid_at(index, 1)?,
            delete_starred: flag_at(index, 2),
            delete_media: flag_at(index, 3),
            timestamp,
            action: value.clear_chat_action.clone()?,
            from_full_sync,
        }),
        "star" => Event::StarUpdate(StarUpdate {
            chat_jid: jid_at(index, 1)?,
            message_id: index.get(2)?.clone(),
            from_me: flag_at(index, 3),
            participant_jid: jid_at(index, 4),
            timestamp,
            action: value.star_action.clone()?,
            from_full_sync,
        }),
        "deleteMessageForMe" => Event::DeleteForMeUpdate(DeleteForMeUpdate {
            chat_jid: jid_at(index, 1)?,
            message_id: index.get(2)?.clone(),
            from_me: flag_at(index, 3),
            participant_jid: jid_at(index, 4),
            timestamp,
            action: value.delete_message_for_me_action.clone()?,
            from_full_sync,
        }),
        "setting_pushName" => Event::PushNameUpdate(PushNameUpdate {
            timestamp,
            action: value.push_name_setting.clone()?,
            from_full_sync,
        }),
        _ => return None,
    };
    Some(event)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mutation(index: &[&str], value: wa::SyncActionValue) -> DecodedMutation {
        DecodedMutation {
            operation: Operation::Set,
            index: index.iter().map(|s| s.to_string()).collect(),
            value: Some(value),
            version: Some(2),
            index_mac: [0; 32],
            value_mac: [0; 32],
            key_id: vec![1],
        }
    }

    #[test]
    fn star_index_maps_to_its_fields() {
        let event = action_event(
            &mutation(
                &["star", "123@g.us", "ABC", "0", "456@s.whatsapp.net"],
                wa::SyncActionValue {
                    timestamp: Some(5_000),
                    star_action: Some(Box::new(wa::StarAction {
                        starred: Some(true),
                    })),
                    ..Default::default()
                },
            ),
            false,
        );
        let Some(Event::StarUpdate(star)) = event else {
            panic!("not a star update: {event:?}");
        };
        assert_eq!(star.chat_jid.to_string(), "123@g.us");
        assert_eq!(star.message_id, "ABC");
        assert!(!star.from_me);
        assert_eq!(
            star.participant_jid.map(|j| j.to_string()),
            Some("456@s.whatsapp.net".to_string())
        );
        assert_eq!(star.timestamp, Timestamp(5));
    }

    #[test]
    fn an_action_without_its_value_has_no_event() {
        let event = action_event(
            &mutation(
                &["mute", "1@s.whatsapp.net"],
                wa::SyncActionValue::default(),
            ),
            false,
        );
        assert!(event.is_none());
        let event = action_event(
            &mutation(&["mute", "not a jid@@"], wa::SyncActionValue::default()),
            false,
        );
        assert!(event.is_none());
    }

    #[test]
    fn a_zero_participant_is_no_participant() {
        let event = action_event(
            &mutation(
                &["star", "1@s.whatsapp.net", "X", "1", "0"],
                wa::SyncActionValue {
                    star_action: Some(Box::new(wa::StarAction {
                        starred: Some(false),
                    })),
                    ..Default::default()
                },
            ),
            true,
        );
        let Some(Event::StarUpdate(star)) = event else {
            panic!("not a star update: {event:?}");
        };
        assert_eq!(star.participant_jid, None);
        assert!(star.from_me && star.from_full_sync);
    }

    #[test]
    fn key_share_skips_malformed_keys() {
        let share = wa::AppStateSyncKeyShare {
            keys: vec![
                wa::AppStateSyncKey {
                    key_id: Some(Box::new(wa::AppStateSyncKeyId {
                        key_id: Some(Bytes::from_static(&[1, 2])),
                    })),
                    key_data: Some(Box::new(wa::AppStateSyncKeyData {
                        key_data: Some(Bytes::from(vec![9; 32])),
                        fingerprint: None,
                        timestamp: Some(7),
                    })),
                },
                wa::AppStateSyncKey {
                    key_id: Some(Box::new(wa::AppStateSyncKeyId {
                        key_id: Some(Bytes::from_static(&[3])),
                    })),
                    key_data: Some(Box::new(wa::AppStateSyncKeyData {
                        key_data: Some(Bytes::from(vec![9; 31])),
                        fingerprint: None,
                        timestamp: None,
                    })),
                },
            ],
        };
        let keys = share_keys(&share);
        assert_eq!(keys.len(), 1);
        assert_eq!(keys[0].key_id, vec![1, 2]);
        assert_eq!(keys[0].timestamp, 7);
    }
}

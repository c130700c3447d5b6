//! [`LazyHistorySync`]: a history-sync chunk that is decoded only when asked.

use std::sync::OnceLock;

use bytes::Bytes;
use prost::Message as _;
use serde::ser::SerializeStruct as _;
use serde::{Serialize, Serializer};

use crate::proto::wa;
use crate::sync::history::{Conversations, HistorySyncHeader, conversations, scan_header};

/// A history-sync chunk: the inflated `HistorySync` protobuf bytes.
///
/// A chunk can hold thousands of conversations, so it is not decoded up
/// front: [`sync_type`](Self::sync_type), [`chunk_order`](Self::chunk_order)
/// and [`progress`](Self::progress) come from a scan of the top-level fields
/// when the value is built; [`get`](Self::get) decodes the whole message the
/// first time it is called and caches it for every later call (and every
/// handler sharing the event). Cloning shares the buffer and starts with an
/// empty cache. Serialization writes the metadata only.
pub struct LazyHistorySync {
    raw: Bytes,
    header: HistorySyncHeader,
    decoded: OnceLock<Option<Box<wa::HistorySync>>>,
}

impl LazyHistorySync {
    /// Wraps inflated `HistorySync` bytes. Bytes whose header does not scan
    /// are kept (the metadata is then `None` and [`get`](Self::get) returns `None`).
    pub fn new(raw: Bytes) -> LazyHistorySync {
        let header = scan_header(&raw).unwrap_or_else(|error| {
            log::debug!("history sync chunk header does not scan: {error}");
            HistorySyncHeader::default()
        });
        LazyHistorySync {
            raw,
            header,
            decoded: OnceLock::new(),
        }
    }

    /// `syncType` as its raw enum number (`wa::history_sync::HistorySyncType`).
    pub fn sync_type(&self) -> Option<i32> {
        self.header.sync_type
    }

    /// `syncType` as the schema's enum, when present and known.
    pub fn sync_type_enum(&self) -> Option<wa::history_sync::HistorySyncType> {
        self.header.sync_type()
    }

    /// `chunkOrder`: the chunk's position in a multi-chunk transfer.
    pub fn chunk_order(&self) -> Option<u32> {
        self.header.chunk_order
    }

    /// `progress`: how far the transfer is, in percent.
    pub fn progress(&self) -> Option<u32> {
        self.header.progress
    }

    /// The inflated protobuf bytes (cheap to clone).
    pub fn raw_bytes(&self) -> &Bytes {
        &self.raw
    }

    /// The decoded chunk, decoded on the first call and cached; `None` when
    /// the bytes are not a valid `HistorySync`.
    pub fn get(&self) -> Option<&wa::HistorySync> {
        self.decoded
            .get_or_init(|| match wa::HistorySync::decode(self.raw.as_ref()) {
                Ok(decoded) => Some(Box::new(decoded)),
                Err(error) => {
                    log::warn!(
                        "history sync chunk of {} bytes does not decode: {error}",
                        self.raw.len()
                    );
                    None
                }
            })
            .as_deref()
    }

    /// The conversations, each decoded when the iterator reaches it and
    /// owned by the caller: a way through a large chunk that holds one
    /// decoded conversation at a time, where [`get`](Self::get) keeps them
    /// all (a decoded message takes far more memory than its bytes). Does
    /// not fill or use the [`get`](Self::get) cache.
    pub fn conversations(&self) -> Conversations {
        conversations(self.raw.clone())
    }

    /// True once [`get`](Self::get) has run on this value.
    pub fn is_decoded(&self) -> bool {
        self.decoded.get().is_some()
    }
}

impl Clone for LazyHistorySync {
    /// Shares the buffer; the clone decodes on its own (the cache is not copied).
    fn clone(&self) -> LazyHistorySync {
        LazyHistorySync {
            raw: self.raw.clone(),
            header: self.header,
            decoded: OnceLock::new(),
        }
    }
}

impl PartialEq for LazyHistorySync {
    fn eq(&self, other: &LazyHistorySync) -> bool {
        self.raw == other.raw
    }
}

impl std::fmt::Debug for LazyHistorySync {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LazyHistorySync")
            .field("sync_type", &self.header.sync_type)
            .field("chunk_order", &self.header.chunk_order)
            .field("progress", &self.header.progress)
            .field("size", &self.raw.len())
            .field("decoded", &self.is_decoded())
            .finish()
    }
}

/// `{"sync_type": "RECENT", "chunk_order": 1, "progress": 40, "size": 1234}`:
/// the sync type by its schema name (its number when unknown), the byte size
/// of the chunk; never the conversations.
impl Serialize for LazyHistorySync {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("LazyHistorySync", 4)?;
        match (self.header.sync_type(), self.header.sync_type) {
            (Some(known), _) => state.serialize_field("sync_type", known.as_str_name())?,
            (None, Some(number)) => state.serialize_field("sync_type", &number)?,
            (None, None) => state.serialize_field("sync_type", &None::<i32>)?,
        }
        state.serialize_field("chunk_order", &self.header.chunk_order)?;
        state.serialize_field("progress", &self.header.progress)?;
        state.serialize_field("size", &self.raw.len())?;
        state.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk() -> Bytes {
        let message = wa::HistorySync {
            sync_type: Some(wa::history_sync::HistorySyncType::Recent as i32),
            chunk_order: Some(3),
            progress: Some(40),
            conversations: vec![wa::Conversation {
                id: Some("1@s.whatsapp.net".into()),
                ..Default::default()
            }],
            ..Default::default()
        };
        Bytes::from(message.encode_to_vec())
    }

    #[test]
    fn metadata_without_decoding() {
        let lazy = LazyHistorySync::new(chunk());
        assert_eq!(lazy.sync_type(), Some(3));
        assert_eq!(
            lazy.sync_type_enum(),
            Some(wa::history_sync::HistorySyncType::Recent)
        );
        assert_eq!(lazy.chunk_order(), Some(3));
        assert_eq!(lazy.progress(), Some(40));
        assert!(!lazy.is_decoded());
        assert_eq!(
            serde_json::to_value(&lazy).unwrap(),
            serde_json::json!({"sync_type": "RECENT", "chunk_order": 3, "progress": 40,
                               "size": chunk().len()})
        );
        assert!(!lazy.is_decoded());
    }

    #[test]
    fn decodes_once_and_caches() {
        let lazy = LazyHistorySync::new(chunk());
        let first = lazy.get().unwrap() as *const wa::HistorySync;
        assert!(lazy.is_decoded());
        let second = lazy.get().unwrap() as *const wa::HistorySync;
        assert_eq!(first, second, "the second call returns the cached value");
        assert_eq!(lazy.get().unwrap().conversations.len(), 1);
    }

    #[test]
    fn clones_share_the_buffer_with_a_fresh_cache() {
        let lazy = LazyHistorySync::new(chunk());
        lazy.get();
        let copy = lazy.clone();
        assert!(!copy.is_decoded());
        assert_eq!(copy.raw_bytes().as_ptr(), lazy.raw_bytes().as_ptr());
        assert_eq!(copy.chunk_order(), Some(3));
        assert_eq!(copy.get(), lazy.get());
    }

    #[test]
    fn conversations_one_at_a_time() {
        let lazy = LazyHistorySync::new(chunk());
        let all: Vec<_> = lazy.conversations().collect::<Result<_, _>>().unwrap();
        assert!(!lazy.is_decoded());
        assert_eq!(all, lazy.get().unwrap().conversations);
    }

    #[test]
    fn garbage_gives_none() {
        let lazy = LazyHistorySync::new(Bytes::from_static(b"\xff\xff\xff"));
        assert_eq!(lazy.sync_type(), None);
        assert!(lazy.get().is_none());
        assert!(lazy.is_decoded());
        assert_eq!(
            serde_json::to_value(&lazy).unwrap()["sync_type"],
            serde_json::Value::Null
        );
    }
}

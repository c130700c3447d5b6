//! The [`Event`] enum, its [`EventKind`]s and its serde form.
//!
//! # Serde form
//!
//! An event serializes as one JSON object: `"type"` names the variant, the
//! payload's fields follow (`{"type": "Receipt", "source": {...},
//! "message_ids": [...], ...}`). `Message` is `{"type": "Message", "info":
//! {...}, "message": {...protobuf JSON...}}`; `HistorySync` carries its
//! metadata only; `Notification` and `RawNode` carry no fields (their stanza is
//! not serialized). Deserializing reads the same form back; `Notification`
//! and `RawNode` then need a `"node"` (base64 of the binary stanza) and
//! `HistorySync` a `"raw"` (base64 of the inflated protobuf).

use std::sync::Arc;

use bytes::Bytes;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::connection::*;
use super::device::*;
use super::group::*;
use super::history::LazyHistorySync;
use super::message::*;
use super::misc::*;
use super::serde_util::{base64_bytes, node_base64, proto_json, proto_json_box};
use super::sync::*;
use crate::binary::OwnedNodeRef;
use crate::proto::wa;

/// Declares [`Event`], [`EventKind`] and the serde mirrors from one list.
///
/// `plain` variants hold one payload struct and serialize as that struct with
/// the `"type"` tag added; `special` variants are written out by hand in the
/// mirrors below.
macro_rules! define_events {
    (
        plain { $( $(#[$pmeta:meta])* $plain:ident($payload:ty), )+ }
        special { $( $(#[$smeta:meta])* $special:ident($($sty:ty),+), )+ }
    ) => {
        /// Something the client observed, delivered to every interested
        /// [`EventHandler`](super::EventHandler) as one shared `Arc<Event>`.
        ///
        /// New variants are added as the protocol grows: match with a `_` arm.
        #[derive(Debug, Clone)]
        #[non_exhaustive]
        pub enum Event {
            $( $(#[$pmeta])* $plain($payload), )+
            $( $(#[$smeta])* $special($($sty),+), )+
        }

        /// The variant of an [`Event`], without its payload: what handlers
        /// declare interest in. Its number is a bit index of
        /// [`EventInterest`](super::EventInterest).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        #[non_exhaustive]
        pub enum EventKind {
            $( $(#[$pmeta])* $plain, )+
            $( $(#[$smeta])* $special, )+
        }

        impl EventKind {
            /// Every kind, in discriminant order (the index is the discriminant).
            pub const ALL: &'static [EventKind] = &[
                $( EventKind::$plain, )+
                $( EventKind::$special, )+
            ];

            /// The variant's name (`"Message"`).
            pub const fn name(self) -> &'static str {
                match self {
                    $( EventKind::$plain => stringify!($plain), )+
                    $( EventKind::$special => stringify!($special), )+
                }
            }
        }

        impl Event {
            /// The event's kind.
            pub fn kind(&self) -> EventKind {
                match self {
                    $( Event::$plain(..) => EventKind::$plain, )+
                    $( Event::$special(..) => EventKind::$special, )+
                }
            }
        }

        /// Borrowed mirror of [`Event`] used to serialize it.
        #[derive(Serialize)]
        #[serde(tag = "type")]
        enum EventSer<'a> {
            $( $plain(&'a $payload), )+
            Message {
                info: &'a MessageInfo,
                #[serde(serialize_with = "serialize_message_ref")]
                message: &'a wa::Message,
            },
            Notification {},
            RawNode {},
            HistorySync(&'a LazyHistorySync),
        }

        impl<'a> From<&'a Event> for EventSer<'a> {
            fn from(event: &'a Event) -> EventSer<'a> {
                match event {
                    $( Event::$plain(payload) => EventSer::$plain(payload), )+
                    Event::Message(message, info) => EventSer::Message { info, message },
                    Event::Notification(_) => EventSer::Notification {},
                    Event::RawNode(_) => EventSer::RawNode {},
                    Event::HistorySync(history) => EventSer::HistorySync(history),
                }
            }
        }

        /// Owned mirror of [`Event`] used to deserialize it.
        #[derive(Deserialize)]
        #[serde(tag = "type")]
        enum EventDe {
            $( $plain($payload), )+
            Message {
                info: MessageInfo,
                #[serde(
        serialize_with = "proto_json_box::serialize_box",
        deserialize_with = "proto_json_box::deserialize"
    )]
                message: Box<wa::Message>,
            },
            Notification {
                #[serde(deserialize_with = "node_base64::deserialize")]
                node: Arc<OwnedNodeRef>,
            },
            RawNode {
                #[serde(deserialize_with = "node_base64::deserialize")]
                node: Arc<OwnedNodeRef>,
            },
            HistorySync {
                #[serde(with = "base64_bytes")]
                raw: Bytes,
            },
        }

        impl From<EventDe> for Event {
            fn from(event: EventDe) -> Event {
                match event {
                    $( EventDe::$plain(payload) => Event::$plain(payload), )+
                    EventDe::Message { info, message } => Event::Message(message, Arc::new(info)),
                    EventDe::Notification { node } => Event::Notification(node),
                    EventDe::RawNode { node } => Event::RawNode(node),
                    EventDe::HistorySync { raw } => {
                        Event::HistorySync(Box::new(LazyHistorySync::new(raw)))
                    }
                }
            }
        }
    };
}

define_events! {
    plain {
        /// Connected and logged in.
        Connected(Connected),
        /// The connection ended.
        Disconnected(Disconnected),
        /// A QR code to show for linking (one per rotation).
        QrCode(QrCode),
        /// A pairing code to type on the phone.
        PairingCode(PairingCode),
        /// Linking succeeded.
        PairSuccess(PairSuccess),
        /// Linking failed locally after the server accepted it.
        PairError(PairError),
        /// The QR code was scanned by a phone without multi-device.
        QrScannedWithoutMultidevice(QrScannedWithoutMultidevice),
        /// The device was unlinked or the login refused for good.
        LoggedOut(LoggedOut),
        /// Another client took over the session.
        StreamReplaced(StreamReplaced),
        /// A `<stream:error>` without a dedicated event.
        StreamError(StreamError),
        /// A login `<failure>` without a dedicated event.
        ConnectFailure(ConnectFailure),
        /// The account is temporarily banned.
        TemporaryBan(TemporaryBan),
        /// This client version is too old.
        ClientOutdated(ClientOutdated),
        /// A keepalive ping went unanswered.
        KeepAliveTimeout(KeepAliveTimeout),
        /// Keepalive pings are answered again.
        KeepAliveRestored(KeepAliveRestored),
        /// A message that could not be decrypted.
        UndecryptableMessage(UndecryptableMessage),
        /// Delivered / read / played receipts.
        Receipt(Receipt),
        /// A user's online status.
        Presence(Presence),
        /// Typing / recording in a chat.
        ChatPresence(ChatPresence),
        /// A group changed.
        GroupUpdate(GroupUpdate),
        /// A contact's profile changed.
        ContactUpdated(ContactUpdated),
        /// A contact changed their phone number.
        ContactNumberChanged(ContactNumberChanged),
        /// The server asks for an address-book sync.
        ContactSyncRequested(ContactSyncRequested),
        /// A contact was added to the address book.
        ContactAdded(ContactAdded),
        /// A contact was removed from the address book.
        ContactRemoved(ContactRemoved),
        /// A contact was saved or renamed (app state).
        ContactUpdate(ContactUpdate),
        /// A chat was pinned or unpinned (app state).
        PinUpdate(PinUpdate),
        /// A chat was muted or unmuted (app state).
        MuteUpdate(MuteUpdate),
        /// A chat was archived or unarchived (app state).
        ArchiveUpdate(ArchiveUpdate),
        /// A message was starred or unstarred (app state).
        StarUpdate(StarUpdate),
        /// A chat was marked read or unread (app state).
        MarkChatAsReadUpdate(MarkChatAsReadUpdate),
        /// A chat was deleted (app state).
        DeleteChatUpdate(DeleteChatUpdate),
        /// A chat was cleared (app state).
        ClearChatUpdate(ClearChatUpdate),
        /// A message was deleted for us (app state).
        DeleteForMeUpdate(DeleteForMeUpdate),
        /// Our push name changed (app state).
        PushNameUpdate(PushNameUpdate),
        /// An app-state collection finished syncing.
        AppStateSyncComplete(AppStateSyncComplete),
        /// How much the server queued while we were away.
        OfflineSyncPreview(OfflineSyncPreview),
        /// The offline queue was delivered.
        OfflineSyncCompleted(OfflineSyncCompleted),
        /// A user's device list changed.
        DeviceListUpdate(DeviceListUpdate),
        /// A user's identity key changed.
        IdentityChange(IdentityChange),
        /// Newsletter counters changed.
        NewsletterLiveUpdate(NewsletterLiveUpdate),
        /// A contact's default disappearing timer changed.
        DisappearingModeChanged(DisappearingModeChanged),
        /// A profile or group picture changed.
        PictureUpdate(PictureUpdate),
        /// A user's about text changed.
        UserAboutUpdate(UserAboutUpdate),
        /// Our blocklist changed.
        BlocklistUpdate(BlocklistUpdate),
        /// Our privacy settings changed.
        PrivacySettingsUpdate(PrivacySettingsUpdate),
        /// The phone answered a media re-upload request.
        MediaRetry(MediaRetry),
    }
    special {
        /// A decrypted message: its content and its metadata.
        Message(Box<wa::Message>, Arc<MessageInfo>),
        /// A `<notification>` stanza, as received (not serialized).
        Notification(Arc<OwnedNodeRef>),
        /// Every stanza received, before routing, when raw-node forwarding is
        /// on (not serialized).
        RawNode(Arc<OwnedNodeRef>),
        /// A history-sync chunk from the phone, decoded on demand.
        HistorySync(Box<LazyHistorySync>),
    }
}

fn serialize_message_ref<S: Serializer>(
    message: &&wa::Message,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    proto_json::serialize(*message, serializer)
}

impl Serialize for Event {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        EventSer::from(self).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Event, D::Error> {
        EventDe::deserialize(deserializer).map(Event::from)
    }
}

impl EventKind {
    /// The kind with discriminant `index`.
    pub fn from_index(index: usize) -> Option<EventKind> {
        EventKind::ALL.get(index).copied()
    }

    /// The kind named `name` (`"Message"`).
    pub fn from_name(name: &str) -> Option<EventKind> {
        EventKind::ALL
            .iter()
            .copied()
            .find(|kind| kind.name() == name)
    }

    /// The discriminant, which is also the kind's index in [`EventKind::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }
}

impl Event {
    /// The event's variant name (`"Message"`).
    pub fn name(&self) -> &'static str {
        self.kind().name()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::binary::Jid;
    use crate::events::serde_util::Timestamp;

    fn jid(text: &str) -> Jid {
        Jid::parse(text).unwrap()
    }

    #[test]
    fn kinds_are_dense_and_named() {
        for (index, kind) in EventKind::ALL.iter().enumerate() {
            assert_eq!(kind.index(), index);
            assert_eq!(EventKind::from_index(index), Some(*kind));
            assert_eq!(EventKind::from_name(kind.name()), Some(*kind));
        }
        assert_eq!(EventKind::from_index(EventKind::ALL.len()), None);
    }

    #[test]
    fn serde_form_is_tagged_and_round_trips() {
        let receipt = Event::Receipt(Receipt {
            source: MessageSource::new(jid("1@s.whatsapp.net"), jid("1:2@s.whatsapp.net")),
            message_ids: vec!["A".into(), "B".into()],
            timestamp: Timestamp(7),
            receipt_type: ReceiptType::Read,
            message_sender: None,
        });
        let json = serde_json::to_value(&receipt).unwrap();
        assert_eq!(json["type"], "Receipt");
        assert_eq!(json["receipt_type"], "read");
        assert_eq!(json["message_ids"], serde_json::json!(["A", "B"]));
        let back: Event = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(serde_json::to_value(&back).unwrap(), json);

        let connected = serde_json::to_value(Event::Connected(Connected {})).unwrap();
        assert_eq!(connected, serde_json::json!({"type": "Connected"}));
    }

    #[test]
    fn message_serde_form() {
        let info = MessageInfo::new(
            MessageSource::new(jid("1@s.whatsapp.net"), jid("1@s.whatsapp.net")),
            "ID",
            Timestamp(1),
        );
        let message = wa::Message {
            conversation: Some("hello".into()),
            ..Default::default()
        };
        let event = Event::Message(Box::new(message), Arc::new(info));
        let json = serde_json::to_value(&event).unwrap();
        assert_eq!(json["type"], "Message");
        assert_eq!(
            json["message"],
            serde_json::json!({"conversation": "hello"})
        );
        assert_eq!(json["info"]["id"], "ID");
        let back: Event = serde_json::from_value(json.clone()).unwrap();
        assert!(
            matches!(&back, Event::Message(m, _) if m.conversation.as_deref() == Some("hello"))
        );
    }

    #[test]
    fn stanza_events_serialize_without_the_stanza() {
        use base64::Engine as _;
        let wire = crate::binary::encode(
            &crate::binary::Node::new("notification"),
            crate::binary::Dictionary::V3,
        )
        .unwrap();
        let text = base64::engine::general_purpose::STANDARD.encode(&wire);
        let event: Event =
            serde_json::from_value(serde_json::json!({"type": "Notification", "node": text}))
                .unwrap();
        assert!(matches!(&event, Event::Notification(node) if node.get().is("notification")));
        assert_eq!(
            serde_json::to_value(&event).unwrap(),
            serde_json::json!({"type": "Notification"})
        );
        assert!(
            serde_json::from_value::<Event>(serde_json::json!({"type": "RawNode"})).is_err(),
            "a stanza event needs its stanza"
        );
        assert!(serde_json::from_value::<Event>(serde_json::json!({"type": "Nope"})).is_err());
    }
}

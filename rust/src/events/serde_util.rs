//! The JSON (serde) conventions of event payloads.
//!
//! * Timestamps are Unix seconds ([`Timestamp`]), durations whole seconds.
//! * JIDs are their text form (`"62736511039@s.whatsapp.net"`).
//! * Wire enums are the word the protocol uses (`"read-self"`), unknown words
//!   kept verbatim; numeric codes are numbers.
//! * Protobuf messages are their protobuf JSON form (camelCase names, enums by
//!   name, 64-bit integers as strings, bytes in base64): what Python's
//!   `json_format.MessageToDict` gives for the same message.
//! * Other binary data (keys, hashes, signed blobs) is standard base64.
//! * Stanzas (`Notification`, `RawNode`, unknown group actions) are left out
//!   when serializing; when deserializing they are read from base64 of their
//!   binary encoding (dictionary v3).

use std::sync::{Arc, OnceLock};

use bytes::Bytes;
use prost_reflect::{DescriptorPool, DynamicMessage, MessageDescriptor, SerializeOptions};
use serde::de::Error as _;
use serde::ser::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::binary::{Dictionary, Node, OwnedNodeRef};
use crate::proto::{FILE_DESCRIPTOR_SET, wa};

/// A point in time: Unix seconds (UTC).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// Unix seconds.
    pub fn unix(self) -> i64 {
        self.0
    }

    /// The timestamp of a Unix-milliseconds value (app-state actions), rounded down.
    pub fn from_millis(millis: i64) -> Timestamp {
        Timestamp(millis.div_euclid(1000))
    }
}

/// A string that names no value of a closed wire enum.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{value:?} is not a known {enum_name}")]
pub struct WireEnumError {
    /// The enum's name.
    pub enum_name: &'static str,
    /// The unknown value.
    pub value: String,
}

/// Declares a string-valued wire enum whose unknown values are kept verbatim
/// in an `Other(String)` variant; it serializes as its wire word.
macro_rules! wire_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A value this version does not know, kept verbatim.
            Other(String),
        }

        impl $name {
            /// The wire words of the known values, in declaration order.
            pub const KNOWN: &'static [&'static str] = &[$($wire),+];

            /// The wire word.
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $wire, )+
                    $name::Other(value) => value,
                }
            }

            /// The value for a wire word (unknown words become `Other`).
            pub fn from_wire(value: &str) -> $name {
                match value {
                    $( $wire => $name::$variant, )+
                    other => $name::Other(other.to_owned()),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<$name, D::Error> {
                let value = String::deserialize(deserializer)?;
                Ok($name::from_wire(&value))
            }
        }
    };
}

/// Declares an integer-coded wire enum whose unknown codes are kept in an
/// `Unknown(i32)` variant; it serializes as its code.
macro_rules! code_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
            /// A code this version does not know, kept verbatim.
            Unknown(i32),
        }

        impl $name {
            /// The known codes, in declaration order.
            pub const KNOWN: &'static [i32] = &[$($code),+];

            /// The numeric code.
            pub fn code(self) -> i32 {
                match self {
                    $( $name::$variant => $code, )+
                    $name::Unknown(code) => code,
                }
            }

            /// The value for a code (unknown codes become `Unknown`).
            pub fn from_code(code: i32) -> $name {
                match code {
                    $( $code => $name::$variant, )+
                    other => $name::Unknown(other),
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_i32(self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<$name, D::Error> {
                Ok($name::from_code(i32::deserialize(deserializer)?))
            }
        }
    };
}

pub(crate) use {code_enum, wire_enum};

/// `std::time::Duration` as whole seconds.
pub mod duration_secs {
    use std::time::Duration;

    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes whole seconds.
    pub fn serialize<S: Serializer>(value: &Duration, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u64(value.as_secs())
    }

    /// Reads whole seconds.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Duration, D::Error> {
        Ok(Duration::from_secs(u64::deserialize(deserializer)?))
    }
}

/// Binary data as standard base64.
pub mod base64_bytes {
    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;
    use bytes::Bytes;
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes base64.
    pub fn serialize<S: Serializer>(value: &Bytes, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&STANDARD.encode(value))
    }

    /// Reads base64.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Bytes, D::Error> {
        let text = String::deserialize(deserializer)?;
        STANDARD
            .decode(text.as_bytes())
            .map(Bytes::from)
            .map_err(D::Error::custom)
    }
}

/// Optional binary data as standard base64 (`null` when absent).
pub mod base64_bytes_opt {
    use bytes::Bytes;
    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes base64 or `null`.
    pub fn serialize<S: Serializer>(
        value: &Option<Bytes>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(bytes) => super::base64_bytes::serialize(bytes, serializer),
            None => serializer.serialize_none(),
        }
    }

    /// Reads base64 or `null`.
    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Bytes>, D::Error> {
        #[derive(Deserialize)]
        struct Wrapped(#[serde(with = "super::base64_bytes")] Bytes);
        Ok(Option::<Wrapped>::deserialize(deserializer)?.map(|Wrapped(bytes)| bytes))
    }
}

/// A protobuf message of the wire schema with its fully qualified name, so
/// that its JSON form can be produced by reflection.
pub trait ProtoMessage: prost::Message + Default {
    /// The message's full name in `proto/wa.proto` (`"proto.Message"`).
    const FULL_NAME: &'static str;
}

macro_rules! proto_names {
    ($($ty:ty => $name:literal,)+) => {
        $(impl ProtoMessage for $ty { const FULL_NAME: &'static str = $name; })+
    };
}

proto_names! {
    wa::Message => "proto.Message",
    wa::HistorySync => "proto.HistorySync",
    wa::ContactAction => "proto.ContactAction",
    wa::PinAction => "proto.PinAction",
    wa::MuteAction => "proto.MuteAction",
    wa::ArchiveChatAction => "proto.ArchiveChatAction",
    wa::StarAction => "proto.StarAction",
    wa::MarkChatAsReadAction => "proto.MarkChatAsReadAction",
    wa::DeleteChatAction => "proto.DeleteChatAction",
    wa::ClearChatAction => "proto.ClearChatAction",
    wa::DeleteMessageForMeAction => "proto.DeleteMessageForMeAction",
    wa::PushNameSetting => "proto.PushNameSetting",
}

fn pool() -> Option<&'static DescriptorPool> {
    static POOL: OnceLock<Option<DescriptorPool>> = OnceLock::new();
    POOL.get_or_init(|| match DescriptorPool::decode(FILE_DESCRIPTOR_SET) {
        Ok(pool) => Some(pool),
        Err(error) => {
            log::error!("embedded protobuf descriptors do not decode: {error}");
            None
        }
    })
    .as_ref()
}

fn descriptor(name: &str) -> Result<MessageDescriptor, String> {
    pool()
        .ok_or_else(|| "protobuf descriptors unavailable".to_owned())?
        .get_message_by_name(name)
        .ok_or_else(|| format!("no protobuf message named {name}"))
}

/// The protobuf JSON value of `message` (see the module docs).
pub fn proto_to_json<M: ProtoMessage>(message: &M) -> Result<serde_json::Value, String> {
    let desc = descriptor(M::FULL_NAME)?;
    let dynamic = DynamicMessage::decode(desc, message.encode_to_vec().as_slice())
        .map_err(|error| error.to_string())?;
    dynamic
        .serialize_with_options(serde_json::value::Serializer, &SerializeOptions::new())
        .map_err(|error| error.to_string())
}

/// Protobuf messages in their protobuf JSON form.
pub mod proto_json {
    use super::*;

    /// Writes the protobuf JSON form.
    pub fn serialize<M: ProtoMessage, S: Serializer>(
        message: &M,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let desc = descriptor(M::FULL_NAME).map_err(S::Error::custom)?;
        let dynamic = DynamicMessage::decode(desc, message.encode_to_vec().as_slice())
            .map_err(S::Error::custom)?;
        dynamic.serialize_with_options(serializer, &SerializeOptions::new())
    }

    /// Reads the protobuf JSON form.
    pub fn deserialize<'de, M: ProtoMessage, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<M, D::Error> {
        let desc = descriptor(M::FULL_NAME).map_err(D::Error::custom)?;
        let dynamic = DynamicMessage::deserialize(desc, deserializer)?;
        M::decode(prost::Message::encode_to_vec(&dynamic).as_slice()).map_err(D::Error::custom)
    }
}

/// Boxed protobuf messages in their protobuf JSON form.
pub mod proto_json_box {
    use super::*;

    /// Writes the protobuf JSON form.
    pub fn serialize<M: ProtoMessage, S: Serializer>(
        message: &M,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        proto_json::serialize(message, serializer)
    }

    /// Writes the protobuf JSON form of a boxed message.
    #[allow(clippy::borrowed_box)] // serde passes a reference to the field.
    pub fn serialize_box<M: ProtoMessage, S: Serializer>(
        message: &Box<M>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        proto_json::serialize(message.as_ref(), serializer)
    }

    /// Reads the protobuf JSON form.
    pub fn deserialize<'de, M: ProtoMessage, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Box<M>, D::Error> {
        proto_json::deserialize(deserializer).map(Box::new)
    }
}

/// A stanza read from base64 of its binary encoding (dictionary v3).
pub fn decode_node_base64(text: &str) -> Result<OwnedNodeRef, String> {
    use base64::Engine as _;
    let raw = base64::engine::general_purpose::STANDARD
        .decode(text.as_bytes())
        .map_err(|error| error.to_string())?;
    OwnedNodeRef::decode(Bytes::from(raw), Dictionary::V3).map_err(|error| error.to_string())
}

/// Stanzas: never serialized (the field is skipped), deserialized from base64
/// of their binary encoding.
pub mod node_base64 {
    use super::*;

    /// Reads a shared decoded stanza.
    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Arc<OwnedNodeRef>, D::Error> {
        let text = String::deserialize(deserializer)?;
        decode_node_base64(&text)
            .map(Arc::new)
            .map_err(D::Error::custom)
    }

    /// Reads an owned stanza.
    pub fn deserialize_owned<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        let text = String::deserialize(deserializer)?;
        decode_node_base64(&text)
            .map(|node| node.to_node())
            .map_err(D::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    wire_enum! {
        /// A test enum.
        pub enum Colour {
            /// Red.
            Red = "red",
            /// Dark blue.
            DarkBlue = "dark-blue",
        }
    }

    code_enum! {
        /// A test code.
        pub enum Code {
            /// Fine.
            Fine = 200,
        }
    }

    #[test]
    fn wire_enums_keep_unknown_words() {
        assert_eq!(Colour::from_wire("dark-blue"), Colour::DarkBlue);
        assert_eq!(Colour::from_wire("mauve"), Colour::Other("mauve".into()));
        assert_eq!(
            serde_json::to_string(&Colour::DarkBlue).unwrap(),
            "\"dark-blue\""
        );
        assert_eq!(
            serde_json::from_str::<Colour>("\"mauve\"")
                .unwrap()
                .as_str(),
            "mauve"
        );
        assert_eq!(Colour::KNOWN, &["red", "dark-blue"]);
        assert_eq!(Code::from_code(200), Code::Fine);
        assert_eq!(Code::from_code(7), Code::Unknown(7));
        assert_eq!(Code::Fine.code(), 200);
        assert_eq!(Code::KNOWN, &[200]);
        assert_eq!(serde_json::to_string(&Code::Unknown(7)).unwrap(), "7");
    }

    #[test]
    fn protobuf_json_form() {
        let message = wa::Message {
            conversation: Some("hi".into()),
            ..Default::default()
        };
        let json = proto_to_json(&message).unwrap();
        assert_eq!(json, serde_json::json!({"conversation": "hi"}));
        let back: wa::Message = proto_json::deserialize(json).unwrap();
        assert_eq!(back, message);
    }

    #[test]
    fn bytes_are_base64() {
        #[derive(Serialize, Deserialize, PartialEq, Debug)]
        struct Blob {
            #[serde(with = "base64_bytes")]
            data: Bytes,
            #[serde(with = "base64_bytes_opt")]
            more: Option<Bytes>,
        }
        let blob = Blob {
            data: Bytes::from_static(b"\x00\xff"),
            more: None,
        };
        let text = serde_json::to_string(&blob).unwrap();
        assert_eq!(text, r#"{"data":"AP8=","more":null}"#);
        assert_eq!(serde_json::from_str::<Blob>(&text).unwrap(), blob);
        assert!(serde_json::from_str::<Blob>(r#"{"data":"!!","more":null}"#).is_err());
    }

    #[test]
    fn timestamps_from_millis_round_down() {
        assert_eq!(
            Timestamp::from_millis(1_700_000_000_999),
            Timestamp(1_700_000_000)
        );
        assert_eq!(Timestamp::from_millis(-1), Timestamp(-1));
    }
}

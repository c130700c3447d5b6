//! The stanzas of media retry, both ways.
//!
//! When a download answers 404 or 410 ([`TransferError::MediaGone`]), the
//! client asks the sender's phone to upload the file again:
//!
//! ```text
//! <receipt id=MSGID to=OWN_NON_AD type="server-error">
//!   <encrypt><enc_p>…</enc_p><enc_iv>…</enc_iv></encrypt>
//!   <rmr jid=CHAT from_me=true|false [participant=SENDER]/>
//! </receipt>
//! ```
//!
//! ([`MediaRetryReceipt`]; for a history sync blob the receipt carries
//! `category="peer"` and no `<rmr>`). The phone answers with
//!
//! ```text
//! <notification from id=MSGID type="mediaretry" t>
//!   <rmr jid from_me [participant]/>
//!   <encrypt><enc_p/><enc_iv/></encrypt>   or   <error code/>
//! </notification>
//! ```
//!
//! ([`MediaRetryNotice`]), whose payload decrypts to a
//! `MediaRetryNotification` with the new direct path
//! ([`MediaRetryNotice::decrypt`] → [`MediaRetryOutcome`]). The crypto is in
//! [`super::retry`].
//!
//! [`TransferError::MediaGone`]: super::TransferError::MediaGone

use crate::binary::{AttrError, Jid, Node, NodeRef};
use crate::proto::wa;
use crate::proto::wa::media_retry_notification::ResultType;

use super::MediaError;
use super::retry::{
    MediaRetryRequest, RETRY_IV_LEN, decrypt_media_retry_notification,
    decrypt_server_error_receipt, encrypt_media_retry_notification,
};
use crate::signal::keys::random_array;

/// Why a media retry stanza cannot be read, or its answer not used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MediaRetryStanzaError {
    /// The stanza is not the expected element (`receipt type="server-error"`
    /// or `notification type="mediaretry"`).
    #[error("not a {0}")]
    WrongStanza(&'static str),
    /// A required child is absent.
    #[error("<{parent}> has no <{child}>")]
    Missing {
        /// The parent's tag.
        parent: &'static str,
        /// The absent child.
        child: &'static str,
    },
    /// A child that must hold bytes holds something else.
    #[error("<{0}> does not hold bytes")]
    NotBytes(&'static str),
    /// An empty message id.
    #[error("the stanza has an empty id")]
    EmptyId,
    /// A missing or malformed attribute.
    #[error(transparent)]
    Attr(#[from] AttrError),
    /// The payload does not decrypt or decode.
    #[error(transparent)]
    Media(#[from] MediaError),
    /// The decrypted answer names another message than the stanza.
    #[error("the answer is for message {got:?}, not {expected:?}")]
    StanzaIdMismatch {
        /// The stanza's message id.
        expected: String,
        /// The id inside the payload.
        got: String,
    },
    /// A `SUCCESS` answer without a direct path.
    #[error("the phone reported success without a direct path")]
    MissingDirectPath,
}

/// Which media the retry is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RetryTarget {
    /// Media of a chat message: `<rmr jid from_me [participant]/>`.
    Message {
        /// The chat (`jid`).
        chat: Jid,
        /// Whether we sent the message (`from_me`).
        from_me: bool,
        /// The sender in a group (`participant`).
        participant: Option<Jid>,
    },
    /// A history sync blob: `category="peer"` and no `<rmr>`.
    HistorySync,
}

impl RetryTarget {
    fn rmr(&self) -> Option<Node> {
        match self {
            RetryTarget::Message {
                chat,
                from_me,
                participant,
            } => Some(
                Node::new("rmr")
                    .attr("jid", chat.clone())
                    .attr("from_me", if *from_me { "true" } else { "false" })
                    .attr_opt("participant", participant.clone()),
            ),
            RetryTarget::HistorySync => None,
        }
    }

    fn parse(node: &NodeRef<'_>) -> Result<RetryTarget, MediaRetryStanzaError> {
        match node.child("rmr") {
            None => Ok(RetryTarget::HistorySync),
            Some(rmr) => {
                let attrs = rmr.attrs();
                Ok(RetryTarget::Message {
                    chat: attrs.jid("jid")?,
                    from_me: attrs.optional_bool("from_me")?.unwrap_or(false),
                    participant: attrs.optional_jid("participant")?,
                })
            }
        }
    }
}

fn message_id(node: &NodeRef<'_>) -> Result<String, MediaRetryStanzaError> {
    match node.attrs().str("id")? {
        id if id.is_empty() => Err(MediaRetryStanzaError::EmptyId),
        id => Ok(id.into_owned()),
    }
}

fn encrypt_node(ciphertext: &[u8], iv: &[u8]) -> Node {
    Node::new("encrypt").children([
        Node::new("enc_p").bytes(ciphertext.to_vec()),
        Node::new("enc_iv").bytes(iv.to_vec()),
    ])
}

fn encrypted_parts(
    parent: &'static str,
    node: &NodeRef<'_>,
) -> Result<(Vec<u8>, Vec<u8>), MediaRetryStanzaError> {
    let encrypt = node
        .child("encrypt")
        .ok_or(MediaRetryStanzaError::Missing {
            parent,
            child: "encrypt",
        })?;
    let part = |tag: &'static str| {
        encrypt
            .child(tag)
            .ok_or(MediaRetryStanzaError::Missing {
                parent: "encrypt",
                child: tag,
            })?
            .bytes()
            .map(<[u8]>::to_vec)
            .ok_or(MediaRetryStanzaError::NotBytes(tag))
    };
    Ok((part("enc_p")?, part("enc_iv")?))
}

/// The `server-error` receipt that asks the phone to upload media again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaRetryReceipt {
    /// The message whose media is gone (`id`).
    pub message_id: String,
    /// Our own account, without device (`to`).
    pub to: Jid,
    /// Which media.
    pub target: RetryTarget,
    /// `<enc_p>` and `<enc_iv>`.
    pub request: MediaRetryRequest,
}

impl MediaRetryReceipt {
    /// Builds the receipt with a fresh IV. `own` is our JID (the device part
    /// is dropped).
    pub fn new(
        own: &Jid,
        message_id: &str,
        target: RetryTarget,
        media_key: &[u8],
    ) -> MediaRetryReceipt {
        MediaRetryReceipt::with_request(
            own,
            message_id,
            target,
            MediaRetryRequest::new(media_key, message_id),
        )
    }

    /// Builds the receipt around an already encrypted request.
    pub fn with_request(
        own: &Jid,
        message_id: &str,
        target: RetryTarget,
        request: MediaRetryRequest,
    ) -> MediaRetryReceipt {
        MediaRetryReceipt {
            message_id: message_id.to_owned(),
            to: own.to_non_ad(),
            target,
            request,
        }
    }

    /// The stanza: attributes `id`, `to`, `type` (and `category="peer"` for a
    /// history blob), then `<encrypt>` and `<rmr>`.
    pub fn to_node(&self) -> Node {
        let category = matches!(self.target, RetryTarget::HistorySync).then_some("peer");
        let mut children = vec![encrypt_node(&self.request.enc_p, &self.request.iv)];
        children.extend(self.target.rmr());
        Node::new("receipt")
            .attr("id", self.message_id.clone())
            .attr("to", self.to.clone())
            .attr("type", "server-error")
            .attr_opt("category", category)
            .children(children)
    }

    /// Reads the receipt (the phone's side).
    pub fn parse(node: &NodeRef<'_>) -> Result<MediaRetryReceipt, MediaRetryStanzaError> {
        if !node.is("receipt") || !node.attrs().is("type", "server-error") {
            return Err(MediaRetryStanzaError::WrongStanza(
                "<receipt type=\"server-error\">",
            ));
        }
        let message_id = message_id(node)?;
        let to = node.attrs().jid("to")?;
        let (enc_p, iv) = encrypted_parts("receipt", node)?;
        let iv: [u8; RETRY_IV_LEN] =
            iv.as_slice()
                .try_into()
                .map_err(|_| MediaError::BadFieldLength {
                    field: "enc_iv",
                    expected: RETRY_IV_LEN,
                    got: iv.len(),
                })?;
        Ok(MediaRetryReceipt {
            message_id,
            to,
            target: RetryTarget::parse(node)?,
            request: MediaRetryRequest { enc_p, iv },
        })
    }

    /// The phone's side: checks that the request opens with `media_key` and
    /// names this message.
    pub fn open(&self, media_key: &[u8]) -> Result<(), MediaRetryStanzaError> {
        let receipt = decrypt_server_error_receipt(
            media_key,
            &self.message_id,
            &self.request.enc_p,
            &self.request.iv,
        )?;
        match receipt.stanza_id {
            Some(id) if id != self.message_id => Err(MediaRetryStanzaError::StanzaIdMismatch {
                expected: self.message_id.clone(),
                got: id,
            }),
            _ => Ok(()),
        }
    }
}

/// What a `mediaretry` notification carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MediaRetryPayload {
    /// `<encrypt><enc_p/><enc_iv/></encrypt>`: a sealed `MediaRetryNotification`.
    Encrypted {
        /// `<enc_p>`: ciphertext and tag.
        ciphertext: Vec<u8>,
        /// `<enc_iv>`.
        iv: Vec<u8>,
    },
    /// `<error code/>`: the phone could not help (`2`: not on the phone).
    Error {
        /// The code.
        code: u16,
    },
}

/// The result of a media retry, decrypted.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum MediaRetryOutcome {
    /// The phone uploaded the file again: download from this path.
    Success {
        /// The new `directPath`.
        direct_path: String,
    },
    /// The phone no longer has the file (`NOT_FOUND`, or `<error code="2"/>`).
    NotFound,
    /// The phone could not decrypt the request (`DECRYPTION_ERROR`).
    DecryptionError,
    /// Any other failure the phone reported (`GENERAL_ERROR`, unknown results).
    GeneralError,
    /// An `<error code/>` other than 2.
    ErrorCode(u16),
}

/// A `mediaretry` notification: the phone's answer to a [`MediaRetryReceipt`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaRetryNotice {
    /// The message whose media was retried (`id`).
    pub message_id: String,
    /// The sender of the notification (`from`), when given.
    pub from: Option<Jid>,
    /// The server time (`t`), when given.
    pub timestamp: Option<u64>,
    /// Which media (`<rmr>`, or none for a history blob).
    pub target: RetryTarget,
    /// The answer.
    pub payload: MediaRetryPayload,
}

impl MediaRetryNotice {
    /// The phone's side: seals `notification` for the receipt's message.
    pub fn encrypted(
        receipt: &MediaRetryReceipt,
        media_key: &[u8],
        notification: &wa::MediaRetryNotification,
        timestamp: u64,
    ) -> MediaRetryNotice {
        let iv: [u8; RETRY_IV_LEN] = random_array();
        let ciphertext =
            encrypt_media_retry_notification(media_key, &receipt.message_id, notification, &iv);
        MediaRetryNotice {
            message_id: receipt.message_id.clone(),
            from: Some(receipt.to.clone()),
            timestamp: Some(timestamp),
            target: receipt.target.clone(),
            payload: MediaRetryPayload::Encrypted {
                ciphertext,
                iv: iv.to_vec(),
            },
        }
    }

    /// The phone's side: an `<error code/>` answer.
    pub fn error(receipt: &MediaRetryReceipt, code: u16, timestamp: u64) -> MediaRetryNotice {
        MediaRetryNotice {
            message_id: receipt.message_id.clone(),
            from: Some(receipt.to.clone()),
            timestamp: Some(timestamp),
            target: receipt.target.clone(),
            payload: MediaRetryPayload::Error { code },
        }
    }

    /// The stanza: `<notification [from] id type="mediaretry" [t]>` with
    /// `<rmr>` then `<encrypt>` or `<error>`.
    pub fn to_node(&self) -> Node {
        let mut children: Vec<Node> = self.target.rmr().into_iter().collect();
        children.push(match &self.payload {
            MediaRetryPayload::Encrypted { ciphertext, iv } => encrypt_node(ciphertext, iv),
            MediaRetryPayload::Error { code } => Node::new("error").attr("code", code.to_string()),
        });
        Node::new("notification")
            .attr_opt("from", self.from.clone())
            .attr("id", self.message_id.clone())
            .attr("type", "mediaretry")
            .attr_opt("t", self.timestamp.map(|t| t.to_string()))
            .children(children)
    }

    /// Reads the notification. `<error>` wins over `<encrypt>` when both are
    /// present.
    pub fn parse(node: &NodeRef<'_>) -> Result<MediaRetryNotice, MediaRetryStanzaError> {
        if !node.is("notification") || !node.attrs().is("type", "mediaretry") {
            return Err(MediaRetryStanzaError::WrongStanza(
                "<notification type=\"mediaretry\">",
            ));
        }
        let attrs = node.attrs();
        let message_id = message_id(node)?;
        let payload = match node.child("error") {
            Some(error) => MediaRetryPayload::Error {
                code: error
                    .attrs()
                    .optional_u64("code")?
                    .and_then(|code| u16::try_from(code).ok())
                    .unwrap_or(0),
            },
            None => {
                let (ciphertext, iv) = encrypted_parts("notification", node)?;
                MediaRetryPayload::Encrypted { ciphertext, iv }
            }
        };
        Ok(MediaRetryNotice {
            message_id,
            from: attrs.optional_jid("from")?,
            timestamp: attrs.optional_u64("t")?,
            target: RetryTarget::parse(node)?,
            payload,
        })
    }

    /// Decrypts the answer with the media key of the message.
    pub fn decrypt(&self, media_key: &[u8]) -> Result<MediaRetryOutcome, MediaRetryStanzaError> {
        let (ciphertext, iv) = match &self.payload {
            MediaRetryPayload::Error { code: 2 } => return Ok(MediaRetryOutcome::NotFound),
            MediaRetryPayload::Error { code } => return Ok(MediaRetryOutcome::ErrorCode(*code)),
            MediaRetryPayload::Encrypted { ciphertext, iv } => (ciphertext, iv),
        };
        let notification =
            decrypt_media_retry_notification(media_key, &self.message_id, ciphertext, iv)?;
        if let Some(id) = &notification.stanza_id
            && *id != self.message_id
        {
            return Err(MediaRetryStanzaError::StanzaIdMismatch {
                expected: self.message_id.clone(),
                got: id.clone(),
            });
        }
        Ok(
            match ResultType::try_from(notification.result.unwrap_or_default()) {
                Ok(ResultType::Success) => MediaRetryOutcome::Success {
                    direct_path: notification
                        .direct_path
                        .filter(|path| !path.is_empty())
                        .ok_or(MediaRetryStanzaError::MissingDirectPath)?,
                },
                Ok(ResultType::NotFound) => MediaRetryOutcome::NotFound,
                Ok(ResultType::DecryptionError) => MediaRetryOutcome::DecryptionError,
                Ok(ResultType::GeneralError) | Err(_) => MediaRetryOutcome::GeneralError,
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::binary::{Dictionary, OwnedNodeRef, Server, encode};

    fn round_trip(node: &Node) -> OwnedNodeRef {
        let bytes = encode(node, Dictionary::V3).unwrap();
        OwnedNodeRef::decode(bytes.into(), Dictionary::V3).unwrap()
    }

    fn own() -> Jid {
        Jid::with_device("15550001111", Server::User, 7)
    }

    #[test]
    fn receipt_round_trips_and_opens_with_the_key() {
        let key = [3u8; 32];
        let target = RetryTarget::Message {
            chat: Jid::parse("1203630@g.us").unwrap(),
            from_me: false,
            participant: Some(Jid::parse("15552223333@s.whatsapp.net").unwrap()),
        };
        let receipt = MediaRetryReceipt::new(&own(), "3EB0AA", target, &key);
        assert_eq!(receipt.to, Jid::new("15550001111", Server::User));
        let decoded = round_trip(&receipt.to_node());
        let parsed = MediaRetryReceipt::parse(decoded.get()).unwrap();
        assert_eq!(parsed, receipt);
        parsed.open(&key).unwrap();
        assert!(matches!(
            parsed.open(&[4; 32]),
            Err(MediaRetryStanzaError::Media(
                MediaError::RetryAuthentication
            ))
        ));
        let history = MediaRetryReceipt::new(&own(), "H1", RetryTarget::HistorySync, &key);
        let node = history.to_node();
        assert!(node.attrs().is("category", "peer"));
        assert!(node.child("rmr").is_none());
        let parsed = MediaRetryReceipt::parse(round_trip(&node).get()).unwrap();
        assert_eq!(parsed.target, RetryTarget::HistorySync);
    }

    #[test]
    fn notification_outcomes() {
        let key = [9u8; 32];
        let receipt = MediaRetryReceipt::new(
            &own(),
            "M1",
            RetryTarget::Message {
                chat: Jid::parse("15554445555@s.whatsapp.net").unwrap(),
                from_me: true,
                participant: None,
            },
            &key,
        );
        let note = |result: ResultType, path: Option<&str>, id: &str| wa::MediaRetryNotification {
            stanza_id: Some(id.to_owned()),
            direct_path: path.map(str::to_owned),
            result: Some(result as i32),
            message_secret: None,
        };
        let decode = |notice: &MediaRetryNotice| {
            MediaRetryNotice::parse(round_trip(&notice.to_node()).get()).unwrap()
        };
        let ok = MediaRetryNotice::encrypted(
            &receipt,
            &key,
            &note(ResultType::Success, Some("/v/new.enc"), "M1"),
            1_700_000_000,
        );
        let parsed = decode(&ok);
        assert_eq!(parsed, ok);
        assert_eq!(
            parsed.decrypt(&key).unwrap(),
            MediaRetryOutcome::Success {
                direct_path: "/v/new.enc".into()
            }
        );
        assert!(matches!(
            parsed.decrypt(&[1; 32]),
            Err(MediaRetryStanzaError::Media(
                MediaError::RetryAuthentication
            ))
        ));
        for (result, outcome) in [
            (ResultType::NotFound, MediaRetryOutcome::NotFound),
            (
                ResultType::DecryptionError,
                MediaRetryOutcome::DecryptionError,
            ),
            (ResultType::GeneralError, MediaRetryOutcome::GeneralError),
        ] {
            let notice = MediaRetryNotice::encrypted(&receipt, &key, &note(result, None, "M1"), 1);
            assert_eq!(decode(&notice).decrypt(&key).unwrap(), outcome);
        }
        let pathless =
            MediaRetryNotice::encrypted(&receipt, &key, &note(ResultType::Success, None, "M1"), 1);
        assert!(matches!(
            pathless.decrypt(&key),
            Err(MediaRetryStanzaError::MissingDirectPath)
        ));
        let other = MediaRetryNotice::encrypted(
            &receipt,
            &key,
            &note(ResultType::Success, Some("/p"), "X"),
            1,
        );
        assert!(matches!(
            other.decrypt(&key),
            Err(MediaRetryStanzaError::StanzaIdMismatch { .. })
        ));
        let gone = decode(&MediaRetryNotice::error(&receipt, 2, 5));
        assert_eq!(gone.payload, MediaRetryPayload::Error { code: 2 });
        assert_eq!(gone.decrypt(&key).unwrap(), MediaRetryOutcome::NotFound);
        let odd = decode(&MediaRetryNotice::error(&receipt, 7, 5));
        assert_eq!(odd.decrypt(&key).unwrap(), MediaRetryOutcome::ErrorCode(7));
    }

    #[test]
    fn malformed_stanzas_are_typed_errors() {
        let plain = round_trip(&Node::new("receipt").attr("id", "x"));
        assert!(matches!(
            MediaRetryReceipt::parse(plain.get()),
            Err(MediaRetryStanzaError::WrongStanza(_))
        ));
        let no_encrypt = round_trip(
            &Node::new("notification")
                .attr("id", "x")
                .attr("type", "mediaretry"),
        );
        assert!(matches!(
            MediaRetryNotice::parse(no_encrypt.get()),
            Err(MediaRetryStanzaError::Missing {
                parent: "notification",
                child: "encrypt"
            })
        ));
        let text_iv = round_trip(
            &Node::new("receipt")
                .attr("id", "x")
                .attr("to", own())
                .attr("type", "server-error")
                .children([Node::new("encrypt").children([
                    Node::new("enc_p").bytes(vec![1, 2]),
                    Node::new("enc_iv").children([Node::new("iv")]),
                ])]),
        );
        assert!(matches!(
            MediaRetryReceipt::parse(text_iv.get()),
            Err(MediaRetryStanzaError::NotBytes("enc_iv"))
        ));
        let short_iv = round_trip(
            &Node::new("receipt")
                .attr("id", "x")
                .attr("to", own())
                .attr("type", "server-error")
                .children([Node::new("encrypt").children([
                    Node::new("enc_p").bytes(vec![1, 2]),
                    Node::new("enc_iv").bytes(vec![0; 5]),
                ])]),
        );
        assert!(matches!(
            MediaRetryReceipt::parse(short_iv.get()),
            Err(MediaRetryStanzaError::Media(
                MediaError::BadFieldLength { .. }
            ))
        ));
        let empty_id = Node::new("notification")
            .attr("id", "")
            .attr("type", "mediaretry");
        assert!(matches!(
            MediaRetryNotice::parse(&empty_id.as_node_ref()),
            Err(MediaRetryStanzaError::EmptyId)
        ));
    }
}

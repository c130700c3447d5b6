//! `privacy_token`: a contact granted us a trusted-contact token
//! (`<tokens><token type="trusted_contact" t>bytes</token></tokens>`). The
//! token is stored under the sender (its LID when `sender_lid` is given) and
//! echoed as `<tctoken>` when we message them
//! ([`Store::privacy_token`](crate::store::Store::privacy_token)).

use bytes::Bytes;

use super::{NotificationError, required_child};
use crate::binary::{Jid, NodeRef};
use crate::client::lifecycle::Inner;

/// A received privacy token.
#[derive(Clone, PartialEq, Eq)]
pub struct ReceivedToken {
    /// Whose token (LID when known, the sender otherwise), without device.
    pub jid: Jid,
    /// The token.
    pub token: Bytes,
    /// When it was issued (Unix seconds).
    pub timestamp: i64,
}

impl std::fmt::Debug for ReceivedToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReceivedToken")
            .field("jid", &self.jid)
            .field("timestamp", &self.timestamp)
            .finish_non_exhaustive()
    }
}

fn bare(jid: Jid) -> Jid {
    Jid::new(jid.user, jid.server)
}

/// The trusted-contact tokens of the notification; tokens of other types
/// are skipped with a log line.
pub fn parse(notification: &NodeRef<'_>) -> Result<Vec<ReceivedToken>, NotificationError> {
    let attrs = notification.attrs();
    let sender = match attrs.optional_jid("sender_lid")? {
        Some(lid) => lid,
        None => attrs.jid("from")?,
    };
    let sender = bare(sender);
    let mut tokens = Vec::new();
    for token in required_child(notification, "tokens")?.children_by_tag("token") {
        let token_attrs = token.attrs();
        if !token_attrs.is("type", "trusted_contact") {
            log::debug!(
                "skipping privacy token of type {:?}",
                token_attrs.optional_str("type")
            );
            continue;
        }
        let bytes = token
            .bytes()
            .ok_or_else(|| NotificationError::InvalidContent {
                tag: "token".into(),
                expected: "binary",
            })?;
        tokens.push(ReceivedToken {
            jid: sender.clone(),
            token: Bytes::copy_from_slice(bytes),
            timestamp: token_attrs.i64("t")?,
        });
    }
    Ok(tokens)
}

pub(super) fn apply(inner: &Inner, notification: &NodeRef<'_>) -> Result<(), NotificationError> {
    let attrs = notification.attrs();
    if let (Some(lid), Some(pn)) = (
        attrs.optional_jid("sender_lid")?,
        attrs.optional_jid("from")?,
    ) && lid.is_lid()
        && pn.is_pn()
    {
        // The notification names the sender both ways: the token stored
        // under the LID is then found for sends to the phone number.
        inner.store.put_lid_mapping(&lid, &pn)?;
    }
    for token in parse(notification)? {
        inner
            .store
            .put_privacy_token(&token.jid, &token.token, token.timestamp)?;
    }
    Ok(())
}

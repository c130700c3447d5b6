//! Contact identity data learned from the server: LID↔phone-number pairs
//! (from number changes, device notifications and group member lists) and
//! privacy tokens (trusted-contact tokens we echo as `<tctoken>`).
//!
//! Users are stored without device or agent (`123@lid` ↔ `456@s.whatsapp.net`);
//! a pair replaces any earlier pair of either side, so a number change moves
//! the LID to its new number.

use bytes::Bytes;
use rusqlite::params;

use super::error::StoreError;
use super::sqlite::{Store, Transaction, optional_row};
use crate::binary::Jid;

/// A privacy token a contact gave us.
#[derive(Clone, PartialEq, Eq)]
pub struct PrivacyToken {
    /// The token bytes.
    pub token: Bytes,
    /// When it was issued (Unix seconds).
    pub timestamp: i64,
}

impl std::fmt::Debug for PrivacyToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrivacyToken")
            .field("timestamp", &self.timestamp)
            .finish_non_exhaustive()
    }
}

fn user_key(jid: &Jid) -> String {
    Jid::new(jid.user.clone(), jid.server.clone()).to_string()
}

fn parse_user(table: &'static str, column: &'static str, text: &str) -> Result<Jid, StoreError> {
    Jid::parse(text).map_err(|_| StoreError::OutOfRange { table, column })
}

impl Transaction<'_> {
    /// Records that `lid` and `pn` are the same user.
    pub fn put_lid_mapping(&mut self, lid: &Jid, pn: &Jid) -> Result<(), StoreError> {
        let (lid, pn) = (user_key(lid), user_key(pn));
        self.conn
            .prepare_cached("DELETE FROM lid_pn_mapping WHERE lid = ?1 OR pn = ?2")?
            .execute(params![lid, pn])?;
        self.conn
            .prepare_cached("INSERT INTO lid_pn_mapping (lid, pn) VALUES (?1, ?2)")?
            .execute(params![lid, pn])?;
        Ok(())
    }

    /// The phone number of `lid`, when known.
    pub fn pn_for_lid(&mut self, lid: &Jid) -> Result<Option<Jid>, StoreError> {
        let found: Option<String> = optional_row(
            &self.conn,
            "SELECT pn FROM lid_pn_mapping WHERE lid = ?1",
            [user_key(lid)],
            |row| row.get(0),
        )?;
        found
            .map(|text| parse_user("lid_pn_mapping", "pn", &text))
            .transpose()
    }

    /// The LID of the phone number `pn`, when known.
    pub fn lid_for_pn(&mut self, pn: &Jid) -> Result<Option<Jid>, StoreError> {
        let found: Option<String> = optional_row(
            &self.conn,
            "SELECT lid FROM lid_pn_mapping WHERE pn = ?1",
            [user_key(pn)],
            |row| row.get(0),
        )?;
        found
            .map(|text| parse_user("lid_pn_mapping", "lid", &text))
            .transpose()
    }

    /// Stores the privacy token of `jid`, unless a newer one is stored.
    pub fn put_privacy_token(
        &mut self,
        jid: &Jid,
        token: &[u8],
        timestamp: i64,
    ) -> Result<(), StoreError> {
        self.conn
            .prepare_cached(
                "INSERT INTO privacy_tokens (jid, token, timestamp) VALUES (?1, ?2, ?3)
                 ON CONFLICT (jid) DO UPDATE SET token = excluded.token, timestamp = excluded.timestamp
                 WHERE excluded.timestamp >= privacy_tokens.timestamp",
            )?
            .execute(params![user_key(jid), token, timestamp])?;
        Ok(())
    }

    /// The privacy token of `jid`, when we hold one.
    pub fn privacy_token(&mut self, jid: &Jid) -> Result<Option<PrivacyToken>, StoreError> {
        optional_row(
            &self.conn,
            "SELECT token, timestamp FROM privacy_tokens WHERE jid = ?1",
            [user_key(jid)],
            |row| {
                Ok(PrivacyToken {
                    token: Bytes::from(row.get::<_, Vec<u8>>(0)?),
                    timestamp: row.get(1)?,
                })
            },
        )
    }
}

impl Store {
    /// Records that `lid` and `pn` are the same user (one transaction).
    pub fn put_lid_mapping(&self, lid: &Jid, pn: &Jid) -> Result<(), StoreError> {
        self.with_transaction(|tx| tx.put_lid_mapping(lid, pn))
    }

    /// The phone number of `lid`, when known.
    pub fn pn_for_lid(&self, lid: &Jid) -> Result<Option<Jid>, StoreError> {
        self.with_transaction(|tx| tx.pn_for_lid(lid))
    }

    /// The LID of the phone number `pn`, when known.
    pub fn lid_for_pn(&self, pn: &Jid) -> Result<Option<Jid>, StoreError> {
        self.with_transaction(|tx| tx.lid_for_pn(pn))
    }

    /// Stores the privacy token of `jid`, unless a newer one is stored.
    pub fn put_privacy_token(
        &self,
        jid: &Jid,
        token: &[u8],
        timestamp: i64,
    ) -> Result<(), StoreError> {
        self.with_transaction(|tx| tx.put_privacy_token(jid, token, timestamp))
    }

    /// The privacy token of `jid`, when we hold one: the send path echoes it
    /// as `<tctoken>`.
    pub fn privacy_token(&self, jid: &Jid) -> Result<Option<PrivacyToken>, StoreError> {
        self.with_transaction(|tx| tx.privacy_token(jid))
    }

    /// The `<tctoken>` element to attach to a message for `jid`, when we
    /// hold a token for them (looked up under `jid`, then under its LID or
    /// phone number).
    pub fn tctoken_node(&self, jid: &Jid) -> Result<Option<crate::binary::Node>, StoreError> {
        self.with_transaction(|tx| {
            let mut token = tx.privacy_token(jid)?;
            if token.is_none() {
                let other = if jid.is_lid() {
                    tx.pn_for_lid(jid)?
                } else {
                    tx.lid_for_pn(jid)?
                };
                if let Some(other) = other {
                    token = tx.privacy_token(&other)?;
                }
            }
            Ok(token.map(|token| crate::binary::Node::new("tctoken").bytes(token.token)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jid(text: &str) -> Jid {
        Jid::parse(text).unwrap()
    }

    #[test]
    fn a_number_change_moves_the_lid() {
        let store = Store::open_in_memory().unwrap();
        store
            .put_lid_mapping(&jid("77@lid"), &jid("1@s.whatsapp.net"))
            .unwrap();
        assert_eq!(
            store.pn_for_lid(&jid("77:3@lid")).unwrap(),
            Some(jid("1@s.whatsapp.net"))
        );
        store
            .put_lid_mapping(&jid("77@lid"), &jid("2@s.whatsapp.net"))
            .unwrap();
        assert_eq!(
            store.pn_for_lid(&jid("77@lid")).unwrap(),
            Some(jid("2@s.whatsapp.net"))
        );
        assert_eq!(store.lid_for_pn(&jid("1@s.whatsapp.net")).unwrap(), None);
        assert_eq!(
            store.lid_for_pn(&jid("2:1@s.whatsapp.net")).unwrap(),
            Some(jid("77@lid"))
        );
    }

    #[test]
    fn privacy_tokens_keep_the_newest_and_resolve_through_the_lid() {
        let store = Store::open_in_memory().unwrap();
        store.put_privacy_token(&jid("77@lid"), b"new", 20).unwrap();
        store.put_privacy_token(&jid("77@lid"), b"old", 10).unwrap();
        let token = store.privacy_token(&jid("77@lid")).unwrap().unwrap();
        assert_eq!((&token.token[..], token.timestamp), (&b"new"[..], 20));
        assert!(
            store
                .tctoken_node(&jid("1@s.whatsapp.net"))
                .unwrap()
                .is_none()
        );
        store
            .put_lid_mapping(&jid("77@lid"), &jid("1@s.whatsapp.net"))
            .unwrap();
        let node = store
            .tctoken_node(&jid("1@s.whatsapp.net"))
            .unwrap()
            .unwrap();
        assert_eq!(node.content_bytes().map(|b| &b[..]), Some(&b"new"[..]));
    }
}

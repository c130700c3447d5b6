//! Contacts' push names (the names they chose), learned from history sync.
//! Users are stored without device or agent.

use rusqlite::params;

use super::error::StoreError;
use super::sqlite::{Store, Transaction, optional_row};
use crate::binary::Jid;

fn user_key(jid: &Jid) -> String {
    Jid::new(jid.user.clone(), jid.server.clone()).to_string()
}

impl Transaction<'_> {
    /// Records the push name of `jid` (replacing an older one).
    pub fn put_push_name(&mut self, jid: &Jid, name: &str) -> Result<(), StoreError> {
        self.conn
            .prepare_cached(
                "INSERT INTO push_names (jid, push_name) VALUES (?1, ?2)
                 ON CONFLICT (jid) DO UPDATE SET push_name = excluded.push_name",
            )?
            .execute(params![user_key(jid), name])?;
        Ok(())
    }

    /// The push name of `jid`, when known.
    pub fn push_name(&mut self, jid: &Jid) -> Result<Option<String>, StoreError> {
        optional_row(
            &self.conn,
            "SELECT push_name FROM push_names WHERE jid = ?1",
            [user_key(jid)],
            |row| row.get(0),
        )
    }
}

impl Store {
    /// The push name of `jid`, when known.
    pub fn push_name(&self, jid: &Jid) -> Result<Option<String>, StoreError> {
        self.with_transaction(|tx| tx.push_name(jid))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_newest_push_name_wins_per_user() {
        let store = Store::open_in_memory().unwrap();
        let device = Jid::parse("15551234567:3@s.whatsapp.net").unwrap();
        let user = Jid::parse("15551234567@s.whatsapp.net").unwrap();
        assert_eq!(store.push_name(&user).unwrap(), None);
        store
            .with_transaction(|tx| {
                tx.put_push_name(&device, "Old")?;
                tx.put_push_name(&user, "New")
            })
            .unwrap();
        assert_eq!(store.push_name(&device).unwrap().as_deref(), Some("New"));
    }
}

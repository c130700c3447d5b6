//! Which devices hold our sender key for a group: a group send distributes
//! the key (SKDM) only to member devices not recorded here, then records
//! them. Entries go when a device disappears (device notification, identity
//! change) and a group's whole list goes when our sender key for it is
//! rotated.

use rusqlite::params;

use super::error::StoreError;
use super::sqlite::{Store, Transaction};
use crate::binary::Jid;

fn user_key(jid: &Jid) -> String {
    Jid::new(jid.user.clone(), jid.server.clone()).to_string()
}

fn group_key(group: &Jid) -> String {
    group.to_non_ad().to_string()
}

impl Transaction<'_> {
    /// The devices recorded as holding our sender key for `group`.
    pub fn sender_key_devices(&mut self, group: &Jid) -> Result<Vec<Jid>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT user, device FROM sender_key_devices WHERE group_id = ?1")?;
        let rows = statement.query_map([group_key(group)], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (user, device) = row?;
            let parsed = Jid::parse(&user).map_err(|_| StoreError::OutOfRange {
                table: "sender_key_devices",
                column: "user",
            })?;
            let device = u16::try_from(device).map_err(|_| StoreError::OutOfRange {
                table: "sender_key_devices",
                column: "device",
            })?;
            out.push(Jid::with_device(parsed.user, parsed.server, device));
        }
        Ok(out)
    }

    /// Records that `devices` now hold our sender key for `group`.
    pub fn mark_sender_key_devices(
        &mut self,
        group: &Jid,
        devices: &[Jid],
    ) -> Result<(), StoreError> {
        let group = group_key(group);
        let mut statement = self.conn.prepare_cached(
            "INSERT OR IGNORE INTO sender_key_devices (group_id, user, device) VALUES (?1, ?2, ?3)",
        )?;
        for device in devices {
            statement.execute(params![group, user_key(device), i64::from(device.device)])?;
        }
        Ok(())
    }

    /// Forgets every device of `group` (our sender key is being replaced).
    pub fn forget_sender_key_group(&mut self, group: &Jid) -> Result<(), StoreError> {
        self.conn
            .prepare_cached("DELETE FROM sender_key_devices WHERE group_id = ?1")?
            .execute([group_key(group)])?;
        Ok(())
    }

    /// Forgets `device` in every group (it left, or was replaced).
    pub fn forget_sender_key_device(&mut self, device: &Jid) -> Result<(), StoreError> {
        self.conn
            .prepare_cached("DELETE FROM sender_key_devices WHERE user = ?1 AND device = ?2")?
            .execute(params![user_key(device), i64::from(device.device)])?;
        Ok(())
    }

    /// Forgets every device of `user` in every group (its identity changed).
    pub fn forget_sender_key_user(&mut self, user: &Jid) -> Result<(), StoreError> {
        self.conn
            .prepare_cached("DELETE FROM sender_key_devices WHERE user = ?1")?
            .execute([user_key(user)])?;
        Ok(())
    }
}

impl Store {
    /// The devices recorded as holding our sender key for `group`.
    pub fn sender_key_devices(&self, group: &Jid) -> Result<Vec<Jid>, StoreError> {
        self.with_transaction(|tx| tx.sender_key_devices(group))
    }

    /// Forgets `device` in every group (one transaction).
    pub fn forget_sender_key_device(&self, device: &Jid) -> Result<(), StoreError> {
        self.with_transaction(|tx| tx.forget_sender_key_device(device))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jid(text: &str) -> Jid {
        Jid::parse(text).unwrap()
    }

    #[test]
    fn devices_are_recorded_per_group_and_forgotten() {
        let store = Store::open_in_memory().unwrap();
        let group = jid("120363000000000001@g.us");
        let other = jid("120363000000000002@g.us");
        let a1 = jid("111:1@s.whatsapp.net");
        let a0 = jid("111@s.whatsapp.net");
        let b2 = jid("222:2@s.whatsapp.net");
        store
            .with_transaction(|tx| {
                tx.mark_sender_key_devices(&group, &[a0.clone(), a1.clone(), b2.clone()])?;
                tx.mark_sender_key_devices(&group, std::slice::from_ref(&a1))?;
                tx.mark_sender_key_devices(&other, std::slice::from_ref(&b2))
            })
            .unwrap();
        let mut held = store.sender_key_devices(&group).unwrap();
        held.sort();
        let mut expected = vec![a0.clone(), a1.clone(), b2.clone()];
        expected.sort();
        assert_eq!(held, expected);

        store.forget_sender_key_device(&a1).unwrap();
        assert!(!store.sender_key_devices(&group).unwrap().contains(&a1));
        assert!(store.sender_key_devices(&group).unwrap().contains(&a0));

        store
            .with_transaction(|tx| tx.forget_sender_key_user(&jid("222@s.whatsapp.net")))
            .unwrap();
        assert_eq!(store.sender_key_devices(&group).unwrap(), vec![a0]);
        assert!(store.sender_key_devices(&other).unwrap().is_empty());

        store
            .with_transaction(|tx| tx.forget_sender_key_group(&group))
            .unwrap();
        assert!(store.sender_key_devices(&group).unwrap().is_empty());
    }
}

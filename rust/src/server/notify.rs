//! Server-pushed notifications: delivery to every device of an account
//! (online devices at once, offline ones through their offline queue), and
//! the test controls that push contact, device, profile, privacy and
//! arbitrary notifications as the real server would.

use std::sync::atomic::{AtomicU64, Ordering};

use super::conn::ConnCommand;
use super::directory::unix_now;
use super::phone::Phone;
use super::{DeviceKey, Server, ServerError, State, lock};
use crate::binary::{Jid, Node, Server as JidServer};
use crate::client::notifications::devices::device_list_hash;

static NEXT_NOTIFICATION: AtomicU64 = AtomicU64::new(1);

/// A fresh notification id.
pub(crate) fn notification_id() -> String {
    format!(
        "{}",
        1_000_000 + NEXT_NOTIFICATION.fetch_add(1, Ordering::Relaxed)
    )
}

/// `<notification type="contacts"><modify old new [old_lid] [new_lid]/>`;
/// `new_lid` defaults to `old_lid` (the LID stays with the account).
fn number_change_notification(
    old: &Jid,
    new: &Jid,
    old_lid: Option<&Jid>,
    new_lid: Option<&Jid>,
) -> Node {
    let mut modify = Node::new("modify")
        .attr("old", Jid::new(old.user.clone(), JidServer::User))
        .attr("new", Jid::new(new.user.clone(), JidServer::User));
    if let Some(old_lid) = old_lid {
        modify = modify.attr("old_lid", old_lid.clone());
    }
    if let Some(lid) = new_lid.or(old_lid) {
        modify = modify.attr("new_lid", lid.clone());
    }
    notification(Jid::server_jid(), "contacts", vec![modify])
}

/// `<notification from type id t>` with `children`.
pub(crate) fn notification(from: Jid, kind: &'static str, children: Vec<Node>) -> Node {
    Node::new("notification")
        .attr("from", from)
        .attr("type", kind)
        .attr("id", notification_id())
        .attr("t", unix_now())
        .children(children)
}

impl State {
    /// Delivers `node` to every companion device of the account `phone`:
    /// sent now to online devices, queued for the others. Returns how many
    /// devices it went to.
    pub(crate) fn deliver_to_account(&self, phone: &str, node: &Node) -> usize {
        let devices: Vec<u16> = lock(&self.directory)
            .account(phone)
            .map(|account| account.devices.keys().copied().collect())
            .unwrap_or_default();
        for device in &devices {
            let key = (phone.to_owned(), *device);
            let sent = self
                .device_conn(&key)
                .is_some_and(|conn| self.command(conn, ConnCommand::Send(node.clone())));
            if !sent && let Some(companion) = lock(&self.directory).device_mut(phone, *device) {
                companion.offline_queue.push_back(node.clone());
            }
        }
        devices.len()
    }

    /// Delivers `node` to every account but `except`.
    pub(crate) fn deliver_to_others(&self, except: &str, node: &Node) {
        let phones: Vec<String> = lock(&self.directory)
            .phones()
            .filter(|phone| phone.as_str() != except)
            .cloned()
            .collect();
        for phone in phones {
            self.deliver_to_account(&phone, node);
        }
    }

    /// The device JIDs of `phone` (the phone itself and its companions),
    /// and the account's LID user.
    pub(crate) fn device_list(&self, phone: &str) -> (Vec<Jid>, Option<Jid>) {
        let directory = lock(&self.directory);
        match directory.account(phone) {
            None => (Vec::new(), None),
            Some(account) => {
                let mut list = vec![Jid::new(phone, JidServer::User)];
                list.extend(
                    account
                        .devices
                        .keys()
                        .map(|id| Jid::with_device(phone, JidServer::User, *id)),
                );
                (list, Some(account.lid_jid()))
            }
        }
    }

    /// Tells every other account that a device of `phone` was added or
    /// removed (`<notification type="devices">`), with the new list's hash.
    pub(crate) fn announce_device_change(&self, phone: &str, device: u16, added: bool) {
        let (list, lid) = self.device_list(phone);
        let device_jid = Jid::with_device(phone, JidServer::User, device);
        let mut device_node = Node::new("device").attr("jid", device_jid);
        if let Some(lid) = &lid {
            device_node = device_node.attr(
                "lid",
                Jid::with_device(lid.user.clone(), JidServer::Lid, device),
            );
        }
        let change = Node::new(if added { "add" } else { "remove" })
            .attr("device_hash", device_list_hash(&list))
            .children([device_node]);
        let mut node = notification(Jid::new(phone, JidServer::User), "devices", vec![change]);
        if let Some(lid) = lid {
            node = node.attr("lid", lid);
        }
        self.deliver_to_others(phone, &node);
    }
}

impl Server {
    fn phone_of_user(&self, user: &Jid) -> Option<String> {
        lock(&self.state.directory).phone_of(user)
    }

    /// Sends `node` to every device of the account `user` (PN or LID);
    /// offline devices get it on their next login. Returns how many devices
    /// it went to (0 for an unknown account).
    pub fn notify_account(&self, user: &Jid, node: Node) -> usize {
        match self.phone_of_user(user) {
            Some(phone) => self.state.deliver_to_account(&phone, &node),
            None => 0,
        }
    }

    /// Announces to every other account that `old` changed their number to
    /// `new` (`<notification type="contacts"><modify old new old_lid
    /// new_lid/>`), `old`'s LID staying theirs unless `new_lid` is given.
    /// Only announces: see [`change_number`](Server::change_number) to move
    /// the account too.
    pub fn announce_number_change(&self, old: &Jid, new: &Jid, new_lid: Option<&Jid>) {
        let phone = self.phone_of_user(old).unwrap_or_else(|| old.user.clone());
        let old_lid = lock(&self.state.directory)
            .account(&phone)
            .map(|account| account.lid_jid());
        let node = number_change_notification(old, new, old_lid.as_ref(), new_lid);
        self.state.deliver_to_others(&phone, &node);
    }

    /// Moves the account of `old` (its phone number or LID) to the phone
    /// number `new_number`, keeping its LID, identity, devices, groups,
    /// newsletters and app state, and announces the change to every other
    /// account. Connections of the account's companions are closed (they
    /// logged in under the old number). Returns the account's phone.
    pub fn change_number(&self, old: &Jid, new_number: &str) -> Result<Phone, ServerError> {
        let new_phone: String = new_number.chars().filter(char::is_ascii_digit).collect();
        let old_phone = self
            .phone_of_user(old)
            .ok_or_else(|| ServerError::UnknownAccount(old.to_string()))?;
        let lid = {
            let mut directory = lock(&self.state.directory);
            if new_phone.is_empty() || !directory.change_number(&old_phone, &new_phone) {
                log::warn!("number change {old_phone} -> {new_number:?} refused");
                return Err(ServerError::NumberUnavailable(new_number.to_owned()));
            }
            directory
                .account(&new_phone)
                .map(|account| account.lid_jid())
        };
        {
            let mut phones = lock(&self.state.hub.phones);
            if let Some(phone_box) = phones.remove(&old_phone) {
                phones.insert(new_phone.clone(), phone_box);
            }
        }
        {
            let mut unacked = lock(&self.state.hub.unacked);
            let moved: Vec<DeviceKey> = unacked
                .keys()
                .filter(|key| key.0 == old_phone)
                .cloned()
                .collect();
            for key in moved {
                if let Some(stanzas) = unacked.remove(&key) {
                    unacked.insert((new_phone.clone(), key.1), stanzas);
                }
            }
        }
        let stale: Vec<u64> = lock(&self.state.conns)
            .by_device
            .iter()
            .filter(|(key, _)| key.0 == old_phone)
            .map(|(_, conn)| *conn)
            .collect();
        for conn in stale {
            self.state
                .command(conn, ConnCommand::Close { stanza: None });
        }
        lock(&self.state.groups).rename_member(&old_phone, &new_phone);
        lock(&self.state.app_state).rename_account(&old_phone, &new_phone);
        lock(&self.state.newsletters).rename_follower(&old_phone, &new_phone);
        let node = number_change_notification(
            &Jid::new(old_phone, JidServer::User),
            &Jid::new(new_phone.clone(), JidServer::User),
            lid.as_ref(),
            None,
        );
        self.state.deliver_to_others(&new_phone, &node);
        Ok(Phone::new(self.state.clone(), new_phone))
    }

    /// Announces to every other account that `user` changed their profile
    /// (`<notification type="contacts"><update jid/>`).
    pub fn announce_contact_update(&self, user: &Jid) {
        let phone = self
            .phone_of_user(user)
            .unwrap_or_else(|| user.user.clone());
        let node = notification(
            Jid::server_jid(),
            "contacts",
            vec![Node::new("update").attr("jid", Jid::new(user.user.clone(), user.server.clone()))],
        );
        self.state.deliver_to_others(&phone, &node);
    }

    /// Announces `user`'s new default disappearing timer to every other
    /// account (`<notification type="disappearing_mode">`).
    pub fn announce_disappearing_mode(&self, user: &Jid, duration: u32) {
        let phone = self
            .phone_of_user(user)
            .unwrap_or_else(|| user.user.clone());
        let node = notification(
            Jid::new(user.user.clone(), user.server.clone()),
            "disappearing_mode",
            vec![
                Node::new("disappearing_mode")
                    .attr("duration", duration)
                    .attr("t", unix_now()),
            ],
        );
        self.state.deliver_to_others(&phone, &node);
    }

    /// Announces a new (`Some(id)`) or removed (`None`) picture of `jid`
    /// to every other account (`<notification type="picture">`).
    pub fn announce_picture(&self, jid: &Jid, picture_id: Option<&str>, author: Option<&Jid>) {
        let phone = self.phone_of_user(jid).unwrap_or_default();
        let mut change = match picture_id {
            Some(id) => Node::new("set").attr("id", id.to_owned()),
            None => Node::new("delete"),
        }
        .attr("jid", jid.clone());
        if let Some(author) = author {
            change = change.attr("author", author.clone());
        }
        let node = notification(jid.clone(), "picture", vec![change]);
        self.state.deliver_to_others(&phone, &node);
    }

    /// Announces `user`'s new about text to every other account
    /// (`<notification type="status"><set>text</set>`).
    pub fn announce_about(&self, user: &Jid, text: &str) {
        let phone = self
            .phone_of_user(user)
            .unwrap_or_else(|| user.user.clone());
        let node = notification(
            Jid::new(user.user.clone(), user.server.clone()),
            "status",
            vec![Node::new("set").text(text.to_owned())],
        );
        self.state.deliver_to_others(&phone, &node);
    }

    /// Sends an `account_sync` notification with `items` (`<privacy>`,
    /// `<blocklist>`, `<devices>`, `<picture/>`) to every device of `user`,
    /// as when another of their devices changed a setting.
    pub fn account_sync(&self, user: &Jid, items: Vec<Node>) -> usize {
        let node = notification(
            Jid::new(user.user.clone(), user.server.clone()),
            "account_sync",
            items,
        );
        self.notify_account(user, node)
    }

    /// Gives `to` a trusted-contact privacy token from `from`
    /// (`<notification type="privacy_token">`).
    pub fn grant_privacy_token(&self, from: &Jid, to: &Jid, token: &[u8]) -> usize {
        let sender_lid = self.phone_of_user(from).and_then(|phone| {
            lock(&self.state.directory)
                .account(&phone)
                .map(|a| a.lid_jid())
        });
        let mut node = notification(
            Jid::new(from.user.clone(), from.server.clone()),
            "privacy_token",
            vec![
                Node::new("tokens").children([Node::new("token")
                    .attr("type", "trusted_contact")
                    .attr("t", unix_now())
                    .bytes(bytes::Bytes::copy_from_slice(token))]),
            ],
        );
        if let Some(lid) = sender_lid {
            node = node.attr("sender_lid", lid);
        }
        self.notify_account(to, node)
    }
}

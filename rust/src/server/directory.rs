//! The emulator's directory: accounts (phone number, LID, the primary
//! phone's identity and account key), their linked companion devices (Noise
//! and identity keys, signed identity, uploaded prekeys) and the stanzas
//! queued for devices that are offline.

use std::collections::{BTreeMap, HashMap, VecDeque};

use bytes::Bytes;

use super::phone_crypto::PrimaryAccount;
use crate::binary::{Jid, Node, Server};
use crate::signal::PublicKey;

/// A one-time prekey a device uploaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadedPreKey {
    /// Its id.
    pub id: u32,
    /// Its public key.
    pub public: PublicKey,
}

/// A signed prekey a device registered or uploaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadedSignedPreKey {
    /// Its id.
    pub id: u32,
    /// Its public key.
    pub public: PublicKey,
    /// The identity key's signature over `05 || public`.
    pub signature: [u8; 64],
}

/// A linked companion device.
#[derive(Debug, Clone)]
pub struct CompanionDevice {
    /// The device id (1, 2, ...).
    pub id: u16,
    /// Its Noise static key: a login must come from it.
    pub noise_key: PublicKey,
    /// Its Signal identity key.
    pub identity_key: PublicKey,
    /// Its Signal registration id.
    pub registration_id: u32,
    /// Its signed prekey.
    pub signed_pre_key: UploadedSignedPreKey,
    /// One-time prekeys uploaded and not yet handed out.
    pub prekeys: VecDeque<UploadedPreKey>,
    /// The `ADVSignedDeviceIdentity` (with the account key) the phone
    /// issued and the device countersigned.
    pub signed_identity: Bytes,
    /// The key index the phone assigned.
    pub key_index: u32,
    /// The name the device announced.
    pub platform: String,
    /// Stanzas waiting for the device to come online.
    pub offline_queue: VecDeque<Node>,
}

/// What the emulator serves as an account's `<key-index-list>` in usync
/// device answers; tests choose faults with
/// [`Server::set_key_index_list`](super::Server::set_key_index_list).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum KeyIndexListMode {
    /// The list the phone signs: every linked companion's key index.
    #[default]
    Signed,
    /// No list at all.
    Omitted,
    /// The signed list with one bit of its signature flipped.
    BadSignature,
    /// Bytes that are no `ADVSignedKeyIndexList`.
    Malformed,
    /// A list the phone signed that leaves out the key index of companion
    /// `device` (one the server serves but the phone does not vouch for).
    Unlisted(u16),
}

/// One account: a simulated primary phone and its companions.
#[derive(Debug)]
pub struct Account {
    /// The phone number (digits).
    pub phone: String,
    /// The LID user (digits).
    pub lid: String,
    /// The phone's identity (the ADV account key).
    pub primary: PrimaryAccount,
    /// Linked companions by device id.
    pub devices: BTreeMap<u16, CompanionDevice>,
    /// The next companion device id.
    pub next_device_id: u16,
    /// The next ADV key index.
    pub next_key_index: u32,
    /// When the account was created (Unix seconds).
    pub created: u64,
    /// What usync answers carry as the account's key-index list.
    pub key_index_list_mode: KeyIndexListMode,
}

impl Account {
    /// The phone number JID.
    pub fn jid(&self) -> Jid {
        Jid::new(self.phone.clone(), Server::User)
    }

    /// The LID JID.
    pub fn lid_jid(&self) -> Jid {
        Jid::new(self.lid.clone(), Server::Lid)
    }

    /// The `<key-index-list>` of the account's usync device answers (`ts`
    /// and bytes), signed by the phone's identity: the key indexes of its
    /// companions, the highest index handed out as `currentIndex`. `None`
    /// without companions (the phone alone needs no list) or when the
    /// mode omits it.
    pub fn key_index_list(&self) -> Option<(u64, Bytes)> {
        if self.devices.is_empty() {
            return None;
        }
        let timestamp = unix_now();
        let current = self.next_key_index.saturating_sub(1);
        let valid: Vec<u32> = self
            .devices
            .values()
            .filter(|device| self.key_index_list_mode != KeyIndexListMode::Unlisted(device.id))
            .map(|device| device.key_index)
            .collect();
        let signed = self
            .primary
            .sign_key_index_list(timestamp, current, &valid, false);
        let bytes = match self.key_index_list_mode {
            KeyIndexListMode::Omitted => return None,
            KeyIndexListMode::Malformed => vec![0x0a, 0xff, 0x01, 0x12],
            KeyIndexListMode::BadSignature => flip_signature_bit(signed),
            KeyIndexListMode::Signed | KeyIndexListMode::Unlisted(_) => signed,
        };
        Some((timestamp, Bytes::from(bytes)))
    }

    /// Reserves a device id and key index for a new companion.
    pub fn reserve_device(&mut self) -> (u16, u32) {
        let id = self.next_device_id;
        self.next_device_id = self.next_device_id.wrapping_add(1).max(1);
        let key_index = self.next_key_index;
        self.next_key_index = self.next_key_index.wrapping_add(1).max(1);
        (id, key_index)
    }
}

/// All accounts, by phone number and by LID.
#[derive(Debug, Default)]
pub struct Directory {
    accounts: HashMap<String, Account>,
    by_lid: HashMap<String, String>,
    next_lid: u64,
}

/// Unix seconds now.
pub(crate) fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

impl Directory {
    /// Adds an account (or returns the existing one's phone) for `phone`.
    pub fn add_account(&mut self, phone: &str) -> &mut Account {
        if !self.accounts.contains_key(phone) {
            self.next_lid += 1;
            // LIDs are opaque numbers unrelated to the phone number.
            let lid = format!("{}", 100_000_000_000_000u64 + self.next_lid * 7919);
            self.by_lid.insert(lid.clone(), phone.to_owned());
            self.accounts.insert(
                phone.to_owned(),
                Account {
                    phone: phone.to_owned(),
                    lid,
                    primary: PrimaryAccount::generate(),
                    devices: BTreeMap::new(),
                    next_device_id: 1,
                    next_key_index: 1,
                    created: unix_now(),
                    key_index_list_mode: KeyIndexListMode::default(),
                },
            );
        }
        // Inserted just above when absent.
        self.accounts
            .entry(phone.to_owned())
            .or_insert_with(|| unreachable_account(phone))
    }

    /// The account of `phone`.
    pub fn account(&self, phone: &str) -> Option<&Account> {
        self.accounts.get(phone)
    }

    /// The account of `phone`, mutably.
    pub fn account_mut(&mut self, phone: &str) -> Option<&mut Account> {
        self.accounts.get_mut(phone)
    }

    /// The account a user part names (phone number or LID).
    pub fn account_of_user(&self, user: &str) -> Option<&Account> {
        self.accounts.get(user).or_else(|| {
            self.by_lid
                .get(user)
                .and_then(|phone| self.accounts.get(phone))
        })
    }

    /// The device `phone:device`.
    pub fn device(&self, phone: &str, device: u16) -> Option<&CompanionDevice> {
        self.accounts.get(phone)?.devices.get(&device)
    }

    /// The device `phone:device`, mutably.
    pub fn device_mut(&mut self, phone: &str, device: u16) -> Option<&mut CompanionDevice> {
        self.accounts.get_mut(phone)?.devices.get_mut(&device)
    }

    /// The device a JID names (PN or LID, with device).
    pub fn device_by_jid_mut(&mut self, jid: &Jid) -> Option<&mut CompanionDevice> {
        let phone = self.phone_of(jid)?;
        self.device_mut(&phone, jid.device)
    }

    /// The phone number behind a JID's user (PN or LID).
    pub fn phone_of(&self, jid: &Jid) -> Option<String> {
        match jid.server {
            Server::Lid => self.by_lid.get(&jid.user).cloned(),
            _ => self
                .accounts
                .contains_key(&jid.user)
                .then(|| jid.user.clone()),
        }
    }

    /// The phone numbers of every account.
    pub fn phones(&self) -> impl Iterator<Item = &String> {
        self.accounts.keys()
    }

    /// Moves the account of `old` to the phone number `new`, keeping its LID,
    /// identity and devices; false when `old` has no account or `new`
    /// already has one.
    pub fn change_number(&mut self, old: &str, new: &str) -> bool {
        if old == new || self.accounts.contains_key(new) {
            return false;
        }
        let Some(mut account) = self.accounts.remove(old) else {
            return false;
        };
        account.phone = new.to_owned();
        self.by_lid.insert(account.lid.clone(), new.to_owned());
        self.accounts.insert(new.to_owned(), account);
        true
    }

    /// Removes a device; true if it existed.
    pub fn remove_device(&mut self, phone: &str, device: u16) -> bool {
        self.accounts
            .get_mut(phone)
            .is_some_and(|account| account.devices.remove(&device).is_some())
    }
}

/// Never called: `add_account` inserts before looking up. Kept total
/// instead of panicking.
fn unreachable_account(phone: &str) -> Account {
    Account {
        phone: phone.to_owned(),
        lid: phone.to_owned(),
        primary: PrimaryAccount::generate(),
        devices: BTreeMap::new(),
        next_device_id: 1,
        next_key_index: 1,
        created: unix_now(),
        key_index_list_mode: KeyIndexListMode::default(),
    }
}

/// The signed list with the last bit of its account signature flipped.
fn flip_signature_bit(signed: Vec<u8>) -> Vec<u8> {
    use prost::Message as _;
    let Ok(mut list) = crate::proto::wa::AdvSignedKeyIndexList::decode(&signed[..]) else {
        return signed;
    };
    let mut signature = list.account_signature.clone().unwrap_or_default().to_vec();
    if let Some(last) = signature.last_mut() {
        *last ^= 1;
    }
    list.account_signature = Some(signature.into());
    list.encode_to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accounts_and_lids() {
        let mut directory = Directory::default();
        let lid = directory.add_account("15550001").lid.clone();
        let again = directory.add_account("15550001").lid.clone();
        assert_eq!(lid, again);
        assert_ne!(lid, "15550001");
        let account = directory.account_of_user(&lid).unwrap();
        assert_eq!(account.phone, "15550001");
        assert_eq!(
            directory.phone_of(&Jid::new(lid, Server::Lid)).as_deref(),
            Some("15550001")
        );
        let account = directory.account_mut("15550001").unwrap();
        assert_eq!(account.reserve_device(), (1, 1));
        assert_eq!(account.reserve_device(), (2, 2));
    }
}

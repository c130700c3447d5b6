//! The emulator's answers to client IQs, by namespace: `w:p` (keepalive),
//! `passive` (`<active/>` releases the offline queue), `encrypt` (prekey
//! count, upload, digest), `md` (logout, code linking), `w:m` (`media_conn`:
//! the media server and a fresh token), and an empty result
//! for anything else (`abt`, `w`, privacy, blocklist, dirty bits...), which
//! is what clients need to proceed.

use std::sync::Arc;

use bytes::Bytes;
use sha1::{Digest as _, Sha1};

use super::conn::{Role, ServerConn, result_for};
use super::directory::{UploadedPreKey, UploadedSignedPreKey};
use super::lock;
use super::pairing::iq_error;
use crate::binary::{Node, NodeRef, OwnedNodeRef};
use crate::client::pair::code_stanza::stage;
use crate::signal::PublicKey;

fn u24(bytes: &[u8]) -> Option<u32> {
    match bytes {
        [a, b, c] => Some(u32::from_be_bytes([0, *a, *b, *c])),
        _ => None,
    }
}

fn key32(bytes: Option<&[u8]>) -> Option<PublicKey> {
    let bytes = bytes?;
    let bytes = match bytes.len() {
        33 => bytes.get(1..)?,
        _ => bytes,
    };
    <[u8; 32]>::try_from(bytes).ok().map(PublicKey::from_raw)
}

fn child_bytes<'a>(node: &NodeRef<'a>, tag: &str) -> Option<&'a [u8]> {
    node.child(tag).and_then(|child| child.bytes())
}

impl ServerConn {
    pub(crate) async fn on_iq(&mut self, node: &Arc<OwnedNodeRef>) {
        let iq = node.get();
        let attrs = iq.attrs();
        let kind = attrs.optional_str("type").unwrap_or_default().into_owned();
        if kind == "result" || kind == "error" {
            if !self.on_pair_answer(iq).await {
                log::debug!("connection {}: answer {iq}", self.id);
            }
            return;
        }
        let xmlns = attrs.optional_str("xmlns").unwrap_or_default().into_owned();
        match xmlns.as_str() {
            "passive" => {
                self.send(&result_for(iq)).await;
                if iq.child("active").is_some() {
                    self.deliver_offline().await;
                }
            }
            "encrypt" if iq.child("key").is_some() => self.on_key_fetch(iq).await,
            "encrypt" => self.on_encrypt(iq).await,
            "usync" => self.on_usync(iq).await,
            "md" => self.on_md(iq).await,
            "w:g2" => self.on_groups_iq(iq).await,
            "newsletter" => self.on_newsletter_iq(iq).await,
            "w:mex" => self.on_mex_iq(iq).await,
            "w:sync:app:state" => self.on_app_state_iq(iq).await,
            "w:m" if iq.child("media_conn").is_some() => {
                let id = attrs.optional_str("id").unwrap_or_default().into_owned();
                let answer = self.state.media.media_conn_result(&id);
                self.send(&answer).await;
            }
            _ => self.send(&result_for(iq)).await,
        }
    }

    async fn on_md(&mut self, iq: &NodeRef<'_>) {
        match stage(iq).as_deref() {
            Some("companion_hello") => return self.on_companion_hello(iq).await,
            Some("companion_finish") => return self.on_companion_finish(iq).await,
            _ => {}
        }
        if let Some(remove) = iq.child("remove-companion-device") {
            let target = remove.attrs().optional_jid("jid").ok().flatten();
            let own = match &self.role {
                Role::Device { key, .. } => Some(key.clone()),
                Role::Registration(_) => None,
            };
            let key = target.and_then(|jid| self.state.device_key(&jid)).or(own);
            if let Some((phone, device)) = key {
                lock(&self.state.directory).remove_device(&phone, device);
                log::info!("connection {}: {phone}:{device} logged out", self.id);
            }
        }
        self.send(&result_for(iq)).await;
    }

    async fn on_encrypt(&mut self, iq: &NodeRef<'_>) {
        let Role::Device { key, .. } = &self.role else {
            self.send(&iq_error(iq, 401, "not-authorized")).await;
            return;
        };
        let key = key.clone();
        if iq.child("count").is_some() {
            let count = lock(&self.state.directory)
                .device(&key.0, key.1)
                .map_or(0, |device| device.prekeys.len());
            let answer = result_for(iq).children([Node::new("count").attr("value", count)]);
            self.send(&answer).await;
        } else if let Some(list) = iq.child("list") {
            let keys: Vec<UploadedPreKey> = list
                .children_by_tag("key")
                .filter_map(|key| {
                    Some(UploadedPreKey {
                        id: u24(child_bytes(key, "id")?)?,
                        public: key32(child_bytes(key, "value"))?,
                    })
                })
                .collect();
            let signed = iq.child("skey").and_then(|skey| {
                Some(UploadedSignedPreKey {
                    id: u24(child_bytes(skey, "id")?)?,
                    public: key32(child_bytes(skey, "value"))?,
                    signature: <[u8; 64]>::try_from(child_bytes(skey, "signature")?).ok()?,
                })
            });
            if let Some(device) = lock(&self.state.directory).device_mut(&key.0, key.1) {
                device.prekeys.extend(keys);
                if let Some(signed) = signed {
                    device.signed_pre_key = signed;
                }
            }
            self.send(&result_for(iq)).await;
        } else if iq.child("digest").is_some() {
            let digest = lock(&self.state.directory)
                .device(&key.0, key.1)
                .map(|device| {
                    let mut hash = Sha1::new();
                    hash.update(device.identity_key.as_bytes());
                    hash.update(device.signed_pre_key.public.as_bytes());
                    hash.update(device.signed_pre_key.signature);
                    for prekey in &device.prekeys {
                        hash.update(prekey.public.as_bytes());
                    }
                    Node::new("digest").children([
                        Node::new("registration").bytes(Bytes::copy_from_slice(
                            &device.registration_id.to_be_bytes(),
                        )),
                        Node::new("type").bytes(Bytes::from_static(&[5])),
                        Node::new("identity")
                            .bytes(Bytes::copy_from_slice(device.identity_key.as_bytes())),
                        Node::new("skey").children([Node::new("id").bytes(
                            Bytes::copy_from_slice(&crate::signal::prekeys::id_bytes(
                                device.signed_pre_key.id,
                            )),
                        )]),
                        Node::new("list").children(device.prekeys.iter().map(|prekey| {
                            Node::new("id").bytes(Bytes::copy_from_slice(
                                &crate::signal::prekeys::id_bytes(prekey.id),
                            ))
                        })),
                        Node::new("hash").bytes(Bytes::copy_from_slice(&hash.finalize())),
                    ])
                });
            let answer = match digest {
                Some(digest) => result_for(iq).children([digest]),
                None => iq_error(iq, 404, "item-not-found"),
            };
            self.send(&answer).await;
        } else {
            self.send(&result_for(iq)).await;
        }
    }
}

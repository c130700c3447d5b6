//! One-time prekeys on the server (`xmlns="encrypt"`): the count query, the
//! upload, and when to upload (812 at the first login, a refill when the
//! server holds fewer than 5, or says so with `<notification
//! type="encrypt"><count value/></notification>`).

use bytes::Bytes;

use super::error::{ClientError, IqError};
use super::lifecycle::Client;
use super::request::iq;
use crate::binary::{Node, NodeRef};
use crate::signal::keys::DJB_TYPE;
use crate::signal::prekeys::{PreKeyRecord, id_bytes};
use crate::signal::{OsKeys, SignedPreKeyRecord};
use crate::store::Device;

/// `<iq xmlns="encrypt" type="get"><count/></iq>`.
pub fn count_request(id: String) -> Node {
    iq(id, "encrypt", "get", vec![Node::new("count")])
}

/// The `value` of the answer's `<count>`.
pub fn parse_count(result: &NodeRef<'_>) -> Result<u32, IqError> {
    result
        .child("count")
        .and_then(|count| count.attrs().optional_u32("value").ok().flatten())
        .ok_or_else(|| IqError::UnexpectedAnswer("no <count value> in the prekey count".into()))
}

/// `<key><id>u24be</id><value>pub</value></key>`.
pub fn key_node(prekey: &PreKeyRecord) -> Node {
    Node::new("key").children([
        Node::new("id").bytes(Bytes::copy_from_slice(&prekey.id_bytes())),
        Node::new("value").bytes(Bytes::copy_from_slice(prekey.key_pair.public.as_bytes())),
    ])
}

/// `<skey><id/><value/><signature/></skey>`.
pub fn signed_key_node(signed: &SignedPreKeyRecord) -> Node {
    Node::new("skey").children([
        Node::new("id").bytes(Bytes::copy_from_slice(&id_bytes(signed.id))),
        Node::new("value").bytes(Bytes::copy_from_slice(signed.key_pair.public.as_bytes())),
        Node::new("signature").bytes(Bytes::copy_from_slice(&signed.signature)),
    ])
}

/// The upload: `<iq xmlns="encrypt" type="set"><registration/><type/>
/// <identity/><list><key/>…</list><skey/></iq>`.
pub fn upload_request(id: String, device: &Device, prekeys: &[PreKeyRecord]) -> Node {
    iq(
        id,
        "encrypt",
        "set",
        vec![
            Node::new("registration").bytes(Bytes::copy_from_slice(
                &device.registration_id.to_be_bytes(),
            )),
            Node::new("type").bytes(Bytes::from_static(&[DJB_TYPE])),
            Node::new("identity").bytes(Bytes::copy_from_slice(
                device.identity_key.public.as_bytes(),
            )),
            Node::new("list").children(prekeys.iter().map(key_node)),
            signed_key_node(&device.signed_prekey),
        ],
    )
}

/// Checks the server's stock and uploads when it is low (or on the first
/// login, `812`).
pub(crate) async fn ensure_prekeys(client: &Client) -> Result<(), ClientError> {
    let config = client.config();
    let store = client.store().clone();
    let server_count = parse_count(client.send_iq(count_request(client.next_id())).await?.get())?;
    let local_count = store.with_transaction(|tx| tx.uploaded_prekey_count())?;
    if server_count >= config.min_prekey_count && local_count >= config.min_prekey_count {
        log::debug!("{server_count} prekeys on the server, no upload needed");
        return Ok(());
    }
    let wanted = if server_count == 0 && local_count == 0 {
        config.initial_prekey_count
    } else {
        config.refill_prekey_count
    };
    upload_prekeys(client, wanted).await
}

/// Uploads `count` one-time prekeys and marks them uploaded once the
/// server accepted them.
pub(crate) async fn upload_prekeys(client: &Client, count: u32) -> Result<(), ClientError> {
    let store = client.store().clone();
    let (device, prekeys) = tokio::task::spawn_blocking(move || {
        store.with_transaction(|tx| {
            let device = tx.device()?;
            let prekeys = tx.prekeys_for_upload(count, &mut OsKeys)?;
            Ok::<_, crate::store::StoreError>((device, prekeys))
        })
    })
    .await
    .map_err(|error| ClientError::Protocol(format!("prekey generation task failed: {error}")))??;
    log::info!("uploading {} prekeys", prekeys.len());
    client
        .send_iq(upload_request(client.next_id(), &device, &prekeys))
        .await?;
    client
        .store()
        .with_transaction(|tx| tx.mark_prekeys_uploaded(prekeys.iter().map(|p| p.id)))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::binary::{Dictionary, decode, encode};

    #[test]
    fn upload_stanza_shape() {
        let device = Device::new_random();
        let prekeys = crate::signal::prekeys::generate_prekeys(1, 3, &mut OsKeys);
        let node = upload_request("1".into(), &device, &prekeys);
        let wire = encode(&node, Dictionary::V3).unwrap();
        let iq = decode(&wire, Dictionary::V3).unwrap();
        assert!(iq.attrs().is("xmlns", "encrypt"));
        assert_eq!(iq.child("registration").unwrap().bytes().unwrap().len(), 4);
        assert_eq!(iq.child("type").unwrap().bytes(), Some(&[5u8][..]));
        assert_eq!(iq.child("list").unwrap().children().len(), 3);
        let skey = iq.child("skey").unwrap();
        assert_eq!(skey.child("signature").unwrap().bytes().unwrap().len(), 64);
        assert_eq!(skey.child("id").unwrap().bytes().unwrap().len(), 3);
    }
}

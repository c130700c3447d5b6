//! Pairing by QR and by code, refusals of bad identities and certificate
//! chains, and login from the stored identity in a new client.

use std::time::Duration;

use wapy::client::{Client, ClientError};
use wapy::events::{DisconnectReason, Event};
use wapy::noise::{CertificateError, HandshakeError, TestCertificateAuthority};
use wapy::server::{PairingFault, ServerError};
use wapy::store::Store;

use crate::common::*;

#[tokio::test]
async fn pair_by_qr_then_login_from_the_sqlite_file() {
    let server = server().await;
    let phone = server.add_account("+1 555 000 1111");
    let (_dir, path) = temp_db();
    let jid = {
        let watched = Watched::new(Store::open(&path).unwrap(), config(&server));
        watched.client.connect().await.unwrap();
        let qr = watched.qr().await;
        assert!(qr.starts_with("https://wa.me/settings/linked_devices#2@"));
        let jid = phone.scan_qr(&qr).await.unwrap();
        let paired = watched
            .wait(|n| match n {
                Event::PairSuccess(success) => Some((success.id.clone(), success.lid.clone())),
                _ => None,
            })
            .await;
        assert_eq!(paired.0, jid);
        assert!(paired.1.is_some());
        watched.connected().await;
        assert!(watched.client.is_connected());
        assert_eq!(watched.client.jid(), Some(jid.clone()));
        assert!(server.is_online(&jid));
        assert_eq!(server.prekey_count(&jid), Some(30));
        watched.client.disconnect().await;
        assert!(!watched.client.is_connected());
        jid
    };
    // A new client on the same file logs in without pairing.
    let watched = Watched::new(Store::open(&path).unwrap(), config(&server));
    watched.client.connect().await.unwrap();
    assert!(watched.client.is_connected());
    assert_eq!(watched.client.jid(), Some(jid.clone()));
    assert!(server.wait_online(&jid, GUARD).await);
    watched.client.disconnect().await;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}

#[tokio::test]
async fn pair_by_code() {
    let server = server().await;
    let phone = server.add_account("15550002222");
    let watched = Watched::new(Store::open_in_memory().unwrap(), config(&server));
    watched.client.connect().await.unwrap();
    watched.qr().await;
    let code = watched.client.pair_phone("+1 555-000-2222").await.unwrap();
    assert_eq!(code.len(), 9);
    assert_eq!(&code[4..5], "-");
    let jid = phone.enter_pairing_code(&code).await.unwrap();
    watched.connected().await;
    assert_eq!(watched.client.jid(), Some(jid));
    watched.client.disconnect().await;
}

#[tokio::test]
async fn wrong_pairing_code_is_refused() {
    let server = server().await;
    let phone = server.add_account("15550002223");
    let watched = Watched::new(Store::open_in_memory().unwrap(), config(&server));
    watched.client.connect().await.unwrap();
    watched.qr().await;
    let code = watched.client.pair_phone("15550002223").await.unwrap();
    let wrong = if code.starts_with('A') {
        "BBBB-BBBB"
    } else {
        "AAAA-AAAA"
    };
    let error = phone.enter_pairing_code(wrong).await.unwrap_err();
    assert!(matches!(error, ServerError::PairCode(_)), "{error:?}");
    assert!(watched.client.jid().is_none());
    watched.client.disconnect().await;
}

async fn refused(fault: PairingFault, text: &str) {
    let server = server().await;
    let phone = server.add_account("15550003333");
    let watched = Watched::new(Store::open_in_memory().unwrap(), config(&server));
    watched.client.connect().await.unwrap();
    let qr = watched.qr().await;
    let error = phone.scan_qr_with_fault(&qr, fault).await.unwrap_err();
    assert_eq!(
        error,
        ServerError::PairingRefused {
            code: 401,
            text: text.into()
        }
    );
    watched
        .wait(|n| matches!(n, Event::PairError(_)).then_some(()))
        .await;
    assert!(watched.client.jid().is_none());
    // The QR stays usable: a correct scan still links.
    phone.scan_qr(&qr).await.unwrap();
    watched.connected().await;
    watched.client.disconnect().await;
}

#[tokio::test]
async fn bad_adv_hmac_is_refused() {
    refused(PairingFault::BadHmac, "hmac-mismatch").await;
}

#[tokio::test]
async fn bad_account_signature_is_refused() {
    refused(PairingFault::BadAccountSignature, "signature-mismatch").await;
}

#[tokio::test]
async fn certificate_chain_from_another_root_is_refused() {
    let server = server().await;
    let mut config = config(&server);
    config.trusted_root = TestCertificateAuthority::generate().root_public_key();
    let client = Client::new(Store::open_in_memory().unwrap(), config);
    let error = client.connect().await.unwrap_err();
    assert!(
        matches!(
            error,
            ClientError::Handshake(HandshakeError::Certificate(
                CertificateError::BadSignature { .. }
            ))
        ),
        "{error:?}"
    );
    assert!(error.to_string().contains("certificate"));
    assert!(!client.is_running());
}

#[tokio::test]
async fn whatsapp_root_is_the_default_and_refuses_the_emulator() {
    let server = server().await;
    let mut config = config(&server);
    config.trusted_root = wapy::client::ClientConfig::default().trusted_root;
    let client = Client::new(Store::open_in_memory().unwrap(), config);
    let error = client.connect().await.unwrap_err();
    assert!(matches!(
        error,
        ClientError::Handshake(HandshakeError::Certificate(_))
    ));
}

#[tokio::test]
async fn qr_refs_run_out() {
    let server = server().await;
    let mut config = config(&server);
    config.qr_timeouts = Some((Duration::from_millis(50), Duration::from_millis(20)));
    let watched = Watched::new(Store::open_in_memory().unwrap(), config);
    watched.client.connect().await.unwrap();
    let mut shown = 0;
    let reason = watched
        .wait(|n| match n {
            Event::QrCode(_) => {
                shown += 1;
                None
            }
            Event::Disconnected(d) => Some(d.reason.clone()),
            _ => None,
        })
        .await;
    assert_eq!(reason, DisconnectReason::QrTimeout);
    assert_eq!(shown, 6);
    tokio::time::timeout(GUARD, async {
        while watched.client.is_running() {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await
    .unwrap();
}

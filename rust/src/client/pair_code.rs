//! Code linking, the connection's side: [`Client::pair_phone`] sends
//! `companion_hello` and returns the code to type on the phone; the phone's
//! `primary_hello` notification is answered with `companion_finish`, and the
//! derived ADV secret is stored so that the `<pair-success>` that follows
//! verifies.

use bytes::Bytes;

use super::connection::Conn;
use super::error::ClientError;
use super::lifecycle::{Client, lock};
use super::pair::CompanionPairCode;
use super::pair::code_stanza::{
    CompanionFinishStanza, CompanionHello, PrimaryHello, parse_pairing_ref,
};
use crate::binary::{Jid, NodeRef, Server};

/// A code-linking exchange waiting for the phone.
#[derive(Debug)]
pub(crate) struct PairCodeState {
    code: CompanionPairCode,
    pairing_ref: Bytes,
    phone: Jid,
}

/// How long WhatsApp accepts a linking code once shown (the phone's
/// linking screen expires it after about three minutes).
const PAIRING_CODE_VALIDITY: std::time::Duration = std::time::Duration::from_secs(180);

impl Client {
    /// Starts linking with a code instead of a QR: returns the code
    /// (`XXXX-XXXX`, also emitted as a `PairingCode` event) the user types on the
    /// phone of `phone` (international
    /// number, digits with or without `+`, spaces or dashes). The client must
    /// be connected and unpaired (after the first QR code). `Connected`
    /// follows once the phone accepts.
    pub async fn pair_phone(&self, phone: &str) -> Result<String, ClientError> {
        let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
        if digits.len() <= 6 {
            return Err(ClientError::InvalidArgument(format!(
                "{phone:?} is too short for a phone number"
            )));
        }
        if digits.starts_with('0') {
            return Err(ClientError::InvalidArgument(format!(
                "{phone:?} is not in international format"
            )));
        }
        let device = self.store().device()?.ok_or(ClientError::NotConnected)?;
        if device.jid.is_some() {
            return Err(ClientError::AlreadyPaired);
        }
        // PBKDF2 with 2^17 iterations: off the async threads.
        let code = tokio::task::spawn_blocking(CompanionPairCode::new)
            .await
            .map_err(|error| ClientError::Protocol(format!("pair code task failed: {error}")))?;
        let phone = Jid::new(digits, Server::User);
        let hello = CompanionHello {
            phone: phone.clone(),
            wrapped_ephemeral: Bytes::copy_from_slice(code.wrapped_ephemeral()),
            noise_key: Bytes::copy_from_slice(device.noise_key.public.as_bytes()),
            platform_id: self.config().platform.as_char().to_string(),
            platform_display: self.config().platform_display.clone(),
            show_push_notification: true,
        };
        let answer = self.send_iq(hello.to_iq(&self.next_id())).await?;
        let pairing_ref = parse_pairing_ref(answer.get())?;
        let shown = code.code().to_string();
        *lock(&self.inner.pair_code) = Some(PairCodeState {
            code,
            pairing_ref,
            phone,
        });
        self.inner.emit(crate::events::Event::PairingCode(
            crate::events::PairingCode {
                code: shown.clone(),
                timeout: PAIRING_CODE_VALIDITY,
            },
        ));
        Ok(shown)
    }
}

impl Conn<'_> {
    pub(crate) fn on_primary_hello(&mut self, notification: &NodeRef<'_>) {
        let hello = match PrimaryHello::parse(notification) {
            Ok(hello) => hello,
            Err(error) => {
                log::warn!("unreadable primary_hello: {error}");
                return;
            }
        };
        let state = lock(&self.client.inner.pair_code).take();
        let Some(state) = state else {
            log::warn!("primary_hello without a pending pair code");
            return;
        };
        if state.pairing_ref != hello.pairing_ref {
            log::warn!("primary_hello for another pairing ref");
            *lock(&self.client.inner.pair_code) = Some(state);
            return;
        }
        let client = self.client.clone();
        tokio::spawn(async move {
            if let Err(error) = finish(&client, state, hello).await {
                log::warn!("code linking failed: {error}");
            }
        });
    }
}

/// `companion_finish`: seal the key bundle, store the derived ADV secret,
/// send the bundle.
async fn finish(
    client: &Client,
    state: PairCodeState,
    hello: PrimaryHello,
) -> Result<(), ClientError> {
    let store = client.store().clone();
    let (state, finished) = tokio::task::spawn_blocking(move || {
        let device = store.device()?.ok_or(ClientError::NotConnected)?;
        let finished = state.code.finish(
            &hello.wrapped_primary_ephemeral,
            &hello.primary_identity,
            &device.identity_key,
        )?;
        let mut updated = (*device).clone();
        updated.adv_secret_key = *finished.adv_secret.as_bytes();
        store.save_device(&updated)?;
        Ok::<_, ClientError>((
            state,
            (finished.wrapped_key_bundle, updated.identity_key.public),
        ))
    })
    .await
    .map_err(|error| ClientError::Protocol(format!("pair code task failed: {error}")))??;
    let (bundle, identity) = finished;
    let stanza = CompanionFinishStanza {
        phone: state.phone.clone(),
        wrapped_key_bundle: Bytes::from(bundle),
        companion_identity: Bytes::copy_from_slice(identity.as_bytes()),
        pairing_ref: state.pairing_ref.clone(),
    };
    client.send_iq(stanza.to_iq(&client.next_id())).await?;
    Ok(())
}

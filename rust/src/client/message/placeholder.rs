//! Content our phone could not send to this device (`<unavailable>`): the
//! placeholder's `MessageInfo` is kept while a placeholder-resend request
//! goes to the phone (peer data operation); the phone's answer carries the
//! message as `WebMessageInfo` bytes, emitted as a `Message` with the
//! original info. Answers come only from our own primary device and only
//! for placeholders we asked about.

use std::sync::Arc;

use prost::Message as _;

use super::MessagingState;
use crate::client::lifecycle::{Inner, lock};
use crate::events::message::MessageInfo;
use crate::events::{Event, EventKind};
use crate::proto::wa;

/// Placeholders kept while waiting for the phone.
const PLACEHOLDERS_KEPT: usize = 256;

impl MessagingState {
    /// Keeps `info` until the phone answers for it (bounded: the oldest go).
    pub(crate) fn await_placeholder(&self, info: Arc<MessageInfo>) {
        let mut placeholders = lock(&self.placeholders);
        let (map, order) = &mut *placeholders;
        if map.insert(info.id.clone(), info.clone()).is_none() {
            order.push_back(info.id.clone());
        }
        while order.len() > PLACEHOLDERS_KEPT {
            if let Some(old) = order.pop_front() {
                map.remove(&old);
            }
        }
    }

    fn take_placeholder(&self, id: &str) -> Option<Arc<MessageInfo>> {
        let mut placeholders = lock(&self.placeholders);
        let (map, order) = &mut *placeholders;
        let info = map.remove(id)?;
        order.retain(|kept| kept != id);
        Some(info)
    }
}

/// Whether `message` is our phone's answer to a placeholder-resend request.
pub(crate) fn is_placeholder_answer(message: &wa::Message) -> bool {
    message
        .protocol_message
        .as_ref()
        .and_then(|protocol| {
            protocol
                .peer_data_operation_request_response_message
                .as_ref()
        })
        .is_some_and(|response| {
            response.peer_data_operation_request_type
                == Some(wa::PeerDataOperationRequestType::PlaceholderMessageResend as i32)
        })
}

/// Emits the messages a placeholder-resend answer carries, each with the
/// info of the placeholder it replaces; returns how many.
pub(crate) fn emit_placeholder_answer(inner: &Inner, message: &wa::Message) -> usize {
    let Some(response) = message.protocol_message.as_ref().and_then(|protocol| {
        protocol
            .peer_data_operation_request_response_message
            .as_ref()
    }) else {
        return 0;
    };
    let mut emitted = 0;
    for result in &response.peer_data_operation_result {
        let Some(bytes) = result
            .placeholder_message_resend_response
            .as_ref()
            .and_then(|answer| answer.web_message_info_bytes.as_deref())
        else {
            continue;
        };
        let web = match wa::WebMessageInfo::decode(bytes) {
            Ok(web) => web,
            Err(error) => {
                log::warn!("placeholder answer does not decode: {error}");
                continue;
            }
        };
        let Some(id) = web.key.as_ref().and_then(|key| key.id.clone()) else {
            log::warn!("placeholder answer without a message key: ignored");
            continue;
        };
        let Some(info) = inner.messaging.take_placeholder(&id) else {
            log::info!("placeholder answer for {id}, which we did not ask about: ignored");
            continue;
        };
        let Some(content) = web.message else {
            log::info!("placeholder answer for {id} without content");
            continue;
        };
        log::debug!("message {id} recovered from the phone");
        inner.emit_with(EventKind::Message, || Event::Message(content, info));
        emitted += 1;
    }
    emitted
}

//! The WebSocket under the Noise transport: `wss://` (rustls with the webpki
//! roots) for WhatsApp, plain `ws://` for the local emulator; binary messages
//! only, with the `Origin` header WhatsApp Web sends.

use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest as _;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use super::config::ClientConfig;
use super::error::ClientError;

/// The client's WebSocket.
pub(crate) type ClientWebSocket = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// Largest WebSocket message accepted: a frame is below 16 MiB, and a
/// message may carry a few of them.
pub(crate) const MAX_MESSAGE_LEN: usize = 32 << 20;

/// WebSocket settings for one connection: small eagerly-allocated buffers
/// (an idle client should cost little), messages written at once.
pub(crate) fn websocket_config() -> WebSocketConfig {
    WebSocketConfig::default()
        .read_buffer_size(4 * 1024)
        .write_buffer_size(0)
        .max_message_size(Some(MAX_MESSAGE_LEN))
        .max_frame_size(Some(MAX_MESSAGE_LEN))
}

/// Opens the WebSocket to `config.url`.
pub(crate) async fn connect(config: &ClientConfig) -> Result<ClientWebSocket, ClientError> {
    let bad_url = |reason: String| ClientError::BadUrl {
        url: config.url.clone(),
        reason,
    };
    if !(config.url.starts_with("wss://") || config.url.starts_with("ws://")) {
        return Err(bad_url("the scheme must be wss:// or ws://".into()));
    }
    let mut request = config
        .url
        .as_str()
        .into_client_request()
        .map_err(|error| bad_url(error.to_string()))?;
    let origin = HeaderValue::from_str(&config.origin)
        .map_err(|error| bad_url(format!("bad origin header: {error}")))?;
    request.headers_mut().insert("Origin", origin);
    let (ws, _response) =
        tokio_tungstenite::connect_async_with_config(request, Some(websocket_config()), true)
            .await
            .map_err(|error| ClientError::WebSocket(error.to_string()))?;
    Ok(ws)
}

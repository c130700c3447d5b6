//! The client: connection state machine and one module per protocol concern.
//!
//! * [`pair`]: device linking, companion side: QR code, `<pair-success>`,
//!   pair code, signed key-index lists.
//! * [`payload`]: the `ClientPayload` sent in the Noise handshake (login and
//!   registration), and its validation on the server side.

pub mod pair;
pub mod payload;

//! The client: connection state machine and one module per protocol concern.
//!
//! * [`payload`]: the `ClientPayload` sent in the Noise handshake (login and
//!   registration), and its validation on the server side.

pub mod payload;

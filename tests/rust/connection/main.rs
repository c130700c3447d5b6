//! Connection lifecycle against the local emulator, over real loopback
//! sockets and real SQLite files: pairing (QR and code), login from the
//! stored identity, reconnection, permanent stops, offline sync, keepalive,
//! malformed input, many clients. Timeouts only guard against hangs.

mod common;
mod lifecycle;
mod malformed;
mod offline;
mod pairing;
mod scale;

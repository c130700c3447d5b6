//! Account synchronisation: app-state (syncd) cryptography and history sync
//! helpers. The network side (fetching collections, downloading blobs) calls
//! into these pure functions.
//!
//! * [`app_state`]: keys, LT-hash, MACs, verified patch/snapshot decoding,
//!   patch encoding and the index schema table.
//! * [`history`]: bounded zlib inflation and a header scan of `HistorySync`.

pub mod app_state;
pub mod history;

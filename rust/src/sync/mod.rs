//! Account synchronisation: app-state (syncd) cryptography and history sync
//! helpers. The network side (fetching collections, downloading blobs) calls
//! into these pure functions.
//!
//! * [`history`]: bounded zlib inflation and a header scan of `HistorySync`.

pub mod history;

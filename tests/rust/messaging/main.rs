//! End-to-end messaging against the local emulator, over real loopback
//! sockets: wapy clients and simulated phones that run real Signal, 1:1
//! and group messages both ways, receipts, offline delivery, redelivery
//! after a lost ack, the retry flow and decrypt-fail modes. Timeouts only
//! guard against hangs.

mod common;
mod device_identity;
mod direct;
mod failures;
mod groups;
mod identity;
mod key_index;
mod lid_groups;
mod status;

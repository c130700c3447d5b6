//! The WhatsApp wire schema (`proto/wa.proto`), generated with prost at build time.
//!
//! Every message of the protocol lives in [`wa`]; its Rust names follow prost's
//! conventions (`wa::Message`, `wa::message::SenderKeyDistributionMessage`,
//! snake_case fields).

/// Generated types of package `proto` (see `proto/wa.proto`).
#[allow(clippy::all, missing_docs, rustdoc::all)]
pub mod wa {
    include!(concat!(env!("OUT_DIR"), "/proto.rs"));
}

/// The encoded `FileDescriptorSet` of `proto/*.proto`, for reflection.
pub const FILE_DESCRIPTOR_SET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/wa.fds"));

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

#[cfg(test)]
mod tests {
    use super::wa;

    /// Singular sub-messages are boxed (see `rust/build.rs`): the types a
    /// history chunk decodes into by the thousand stay under a kilobyte
    /// instead of carrying every possible sub-message inline (18.7 KB for
    /// `WebMessageInfo` unboxed).
    #[test]
    fn decoded_messages_stay_small() {
        for (name, size) in [
            ("HistorySyncMsg", size_of::<wa::HistorySyncMsg>()),
            ("WebMessageInfo", size_of::<wa::WebMessageInfo>()),
            ("Message", size_of::<wa::Message>()),
            ("ContextInfo", size_of::<wa::ContextInfo>()),
            ("SyncActionValue", size_of::<wa::SyncActionValue>()),
        ] {
            assert!(size <= 1024, "wa::{name} takes {size} bytes inline");
        }
    }
}

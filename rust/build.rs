//! Build script: compiles `proto/*.proto` into Rust types with prost.
//!
//! The schema is parsed by `protox` (a pure-Rust protobuf compiler), so building
//! wapy needs no `protoc` binary.

use std::path::PathBuf;

use prost_types::field_descriptor_proto::{Label, Type};
use prost_types::{DescriptorProto, FileDescriptorSet};

/// The fields to box: every singular message-typed field outside a oneof,
/// as prost-build paths (`.package.Message.field`).
///
/// prost keeps singular sub-messages inline, so a type's size is the sum of
/// every sub-message it could hold, present or not: unboxed, a
/// `wa::WebMessageInfo` takes 18.7 KB and a `wa::Message` 6.9 KB even when
/// they carry one line of text, and decoding a history chunk costs about a
/// hundred times its encoded size. Boxed, an absent sub-message costs one
/// pointer (8 bytes) and a present one its own size on the heap: 920 and
/// 912 bytes for those two types. Oneof members and repeated fields are
/// left alone (a oneof holds one member at a time; a `Vec` is on the heap
/// already), as are recursive fields, which prost boxes itself.
fn boxed_fields(descriptors: &FileDescriptorSet) -> Vec<String> {
    fn walk(prefix: &str, messages: &[DescriptorProto], out: &mut Vec<String>) {
        for message in messages {
            let path = format!("{prefix}.{}", message.name());
            walk(&path, &message.nested_type, out);
            out.extend(
                message
                    .field
                    .iter()
                    .filter(|field| {
                        field.r#type() == Type::Message
                            && field.label() != Label::Repeated
                            && field.oneof_index.is_none()
                    })
                    .map(|field| format!("{path}.{}", field.name())),
            );
        }
    }
    let mut out = Vec::new();
    for file in &descriptors.file {
        let package = match file.package() {
            "" => String::new(),
            package => format!(".{package}"),
        };
        walk(&package, &file.message_type, &mut out);
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let proto_dir = PathBuf::from("proto");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&proto_dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "proto"))
        .collect();
    files.sort();
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
    }
    println!("cargo:rerun-if-changed=rust/build.rs");

    let descriptors = protox::compile(&files, [&proto_dir])?;
    // The descriptor set is embedded too (`proto::FILE_DESCRIPTOR_SET`) for
    // reflection: JSON forms of messages and schema checks.
    let out_dir = PathBuf::from(std::env::var("OUT_DIR")?);
    std::fs::write(
        out_dir.join("wa.fds"),
        prost::Message::encode_to_vec(&descriptors),
    )?;
    let mut config = prost_build::Config::new();
    // `bytes` fields borrow from the decode buffer instead of copying.
    config.bytes(["."]);
    for path in boxed_fields(&descriptors) {
        config.boxed(path);
    }
    config.compile_fds(descriptors)?;
    Ok(())
}

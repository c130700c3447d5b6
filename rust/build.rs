//! Build script: compiles `proto/*.proto` into Rust types with prost.
//!
//! The schema is parsed by `protox` (a pure-Rust protobuf compiler), so building
//! wapy needs no `protoc` binary.

use std::path::PathBuf;

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
    prost_build::Config::new()
        // `bytes` fields borrow from the decode buffer instead of copying.
        .bytes(["."])
        .compile_fds(descriptors)?;
    Ok(())
}

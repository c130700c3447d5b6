//! Codec benchmarks over the shared workloads (`shared/bench/workloads/W*.json`,
//! or `$WAPY_BENCH_WORKLOADS`): for each workload,
//!
//! * `decode`: wire bytes -> borrowed [`NodeRef`] (zero-copy);
//! * `decode_owned`: a `Bytes` frame body -> [`OwnedNodeRef`] (what the receive path keeps);
//! * `decode_to_node`: wire bytes -> owned [`Node`] (copies every string and byte field);
//! * `encode`: [`Node`] -> a new `Vec<u8>`;
//! * `encode_into`: [`Node`] -> a reused buffer (what the transport does).
//!
//! `benches/run.sh` turns the medians into ops/s next to the peer anchors.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use bytes::Bytes;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use serde_json::Value;
use wapy::binary::{Dictionary, Node, OwnedNodeRef, decode, encode, encode_into};

struct Workload {
    name: String,
    node: Node,
    wire: Vec<u8>,
}

fn workloads_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("WAPY_BENCH_WORKLOADS") {
        return PathBuf::from(dir);
    }
    // `shared/` sits beside the checkout (or beside its parent, for worktrees).
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    root.ancestors()
        .skip(1)
        .map(|dir| dir.join("shared/bench/workloads"))
        .find(|dir| dir.is_dir())
        .unwrap_or_else(|| root.join("../shared/bench/workloads"))
}

fn node_from_json(json: &Value) -> Node {
    let mut node = Node::new(json["tag"].as_str().unwrap_or_default().to_owned());
    for pair in json["attrs"].as_array().into_iter().flatten() {
        let key = pair[0].as_str().unwrap_or_default().to_owned();
        node = node.attr(key, pair[1].as_str().unwrap_or_default().to_owned());
    }
    let content = &json["content"];
    if let Some(children) = content.as_array() {
        node = node.children(children.iter().map(node_from_json));
    } else if let Some(text) = content["string"].as_str() {
        node = node.text(text.to_owned());
    } else if let Some(hex_text) = content["bytes"].as_str() {
        node = node.bytes(hex::decode(hex_text).unwrap_or_default());
    } else if let Some(pattern) = content.get("bytes_pattern") {
        let field = |name: &str| pattern[name].as_u64().unwrap_or_default();
        let (len, mul, add) = (field("len"), field("mul"), field("add"));
        node = node.bytes(
            (0..len)
                .map(|i| ((i * mul + add) % 256) as u8)
                .collect::<Vec<u8>>(),
        );
    }
    node
}

fn load() -> Vec<Workload> {
    let dir = workloads_dir();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!(
            "no workloads in {} (set WAPY_BENCH_WORKLOADS): nothing to measure",
            dir.display()
        );
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let doc: Value =
                serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_default())
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let name = format!(
                "{}-{}",
                doc["id"].as_str().unwrap_or("W?"),
                doc["name"].as_str().unwrap_or("")
            );
            let wire =
                hex::decode(doc["wire_hex"].as_str().unwrap_or_default()).unwrap_or_default();
            let node = node_from_json(&doc["node"]);
            let ours = encode(&node, Dictionary::V3).unwrap_or_default();
            assert!(
                ours == wire,
                "{name}: our encoding differs from the workload's wire bytes"
            );
            Workload { name, node, wire }
        })
        .collect()
}

fn codec(c: &mut Criterion) {
    for workload in load() {
        let mut group = c.benchmark_group(&workload.name);
        group.throughput(Throughput::Bytes(workload.wire.len() as u64));
        let wire = workload.wire.as_slice();
        group.bench_function("decode", |b| {
            b.iter(|| {
                black_box(decode(black_box(wire), Dictionary::V3).map(|n| n.attr_pairs().len()))
            })
        });
        let shared = Bytes::from(workload.wire.clone());
        group.bench_function("decode_owned", |b| {
            b.iter(|| {
                black_box(OwnedNodeRef::decode(black_box(shared.clone()), Dictionary::V3).is_ok())
            })
        });
        group.bench_function("decode_to_node", |b| {
            b.iter(|| black_box(decode(black_box(wire), Dictionary::V3).map(|n| n.to_node())))
        });
        group.bench_function("encode", |b| {
            b.iter(|| black_box(encode(black_box(&workload.node), Dictionary::V3).map(|w| w.len())))
        });
        let mut buffer = Vec::with_capacity(workload.wire.len() + 1);
        group.bench_function("encode_into", |b| {
            b.iter(|| {
                buffer.clear();
                buffer.push(0);
                black_box(
                    encode_into(black_box(&workload.node), Dictionary::V3, &mut buffer).is_ok(),
                );
            })
        });
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(30);
    targets = codec
}
criterion_main!(benches);

//! History-sync chunk handling on a realistic account: 1,000 chats of 50
//! messages (50,000 messages, about 10 MB of protobuf, 1.9 MB as zlib).
//!
//! * `history/inflate`: the bounded zlib inflation of the chunk (MB/s of
//!   inflated protobuf);
//! * `history/scan_header`: what building a `LazyHistorySync` costs (type,
//!   order and progress read without decoding);
//! * `history/decode`: the full prost decode `LazyHistorySync::get` runs;
//! * `history/inflate_decode`: both, as a user calling `get()` on every
//!   chunk pays.
//!
//! Run: `cargo bench --bench history`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use prost::Message as _;
use wapy::events::LazyHistorySync;
use wapy::proto::wa;
use wapy::sync::history::{DEFAULT_MAX_INFLATED, inflate, scan_header};

#[path = "history_chunk.rs"]
mod history_chunk;

fn history(c: &mut Criterion) {
    let (raw, packed) = history_chunk::encoded(1000, 50);
    eprintln!(
        "history chunk: 1,000 chats, 50,000 messages, {} bytes, {} compressed",
        raw.len(),
        packed.len()
    );
    let mut group = c.benchmark_group("history");
    group.sample_size(20);
    group.throughput(Throughput::Bytes(raw.len() as u64));
    group.bench_function("inflate", |b| {
        b.iter(|| black_box(inflate(&packed, DEFAULT_MAX_INFLATED).expect("inflates")))
    });
    group.bench_function("scan_header", |b| {
        b.iter(|| black_box(scan_header(&raw).expect("scans")))
    });
    group.bench_function("decode", |b| {
        b.iter(|| black_box(wa::HistorySync::decode(raw.as_slice()).expect("decodes")))
    });
    group.bench_function("inflate_decode", |b| {
        b.iter(|| {
            let inflated = inflate(&packed, DEFAULT_MAX_INFLATED).expect("inflates");
            let chunk = LazyHistorySync::new(inflated);
            black_box(chunk.get().map(|h| h.conversations.len()))
        })
    });
    group.finish();
}

criterion_group!(benches, history);
criterion_main!(benches);

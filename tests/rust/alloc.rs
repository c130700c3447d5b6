//! Proof that zero-copy decoding allocates nothing per string or byte field:
//! a counting global allocator watches `decode` of realistic stanzas (the
//! vectors' stanza cases and the bench workloads when present) and the count
//! must equal the number of attribute and child vectors, one per non-empty
//! list, whatever the number of strings, JIDs and byte fields.
//!
//! Runs as `cargo test --test alloc` (no libtest harness: one thread, so no
//! other allocations interleave).

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;
use wapy::binary::{ContentRef, Dictionary, NodeRef, decode};

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator unchanged; only counts calls.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// (vectors that must be allocated, string/byte/JID fields) of a node tree.
fn expected(node: &NodeRef<'_>) -> (usize, usize) {
    let mut vectors = usize::from(!node.attr_pairs().is_empty());
    let mut fields = 1 + 2 * node.attr_pairs().len();
    match node.content() {
        Some(ContentRef::Nodes(children)) => {
            vectors += usize::from(!children.is_empty());
            for child in children {
                let (v, f) = expected(child);
                vectors += v;
                fields += f;
            }
        }
        Some(_) => fields += 1,
        None => {}
    }
    (vectors, fields)
}

fn check(name: &str, wire: &[u8]) -> Result<(), String> {
    // Token index built before counting (it is built once per process).
    let _ = Dictionary::V3.lookup("message");
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    let node = decode(wire, Dictionary::V3).map_err(|e| format!("{name}: {e}"))?;
    let allocations = ALLOCATIONS.load(Ordering::Relaxed) - before;
    let (vectors, fields) = expected(&node);
    println!(
        "{name}: {} bytes, {fields} string/byte fields, {allocations} allocations ({vectors} vectors)",
        wire.len()
    );
    if allocations != vectors {
        return Err(format!(
            "{name}: {allocations} allocations, expected exactly {vectors} (one per vector)"
        ));
    }
    Ok(())
}

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut inputs: Vec<(String, Vec<u8>)> = Vec::new();
    let shared = root.join("../shared/vectors/binary_nodes_v3.json");
    let vectors = if shared.is_file() {
        shared
    } else {
        root.join("tests/vectors/binary_nodes_v3.json")
    };
    let doc: Value = match std::fs::read_to_string(&vectors).map(|t| serde_json::from_str(&t)) {
        Ok(Ok(doc)) => doc,
        _ => {
            eprintln!("cannot read {}", vectors.display());
            return ExitCode::FAILURE;
        }
    };
    for case in doc["cases"].as_array().into_iter().flatten() {
        if case["group"] == "stanza"
            && let Some(hex_text) = case["wire_hex"].as_str()
        {
            inputs.push((
                case["id"].as_str().unwrap_or("?").to_owned(),
                hex::decode(hex_text).unwrap_or_default(),
            ));
        }
    }
    // `shared/` sits beside the checkout (or beside its parent, for worktrees).
    let workloads = root
        .ancestors()
        .skip(1)
        .map(|dir| dir.join("shared/bench/workloads"))
        .find(|dir| dir.is_dir());
    if let Some(Ok(entries)) = workloads.map(std::fs::read_dir) {
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
        {
            let Ok(Ok(doc)) =
                std::fs::read_to_string(path).map(|t| serde_json::from_str::<Value>(&t))
            else {
                continue;
            };
            if let Some(hex_text) = doc["wire_hex"].as_str() {
                inputs.push((
                    doc["id"].as_str().unwrap_or("W?").to_owned(),
                    hex::decode(hex_text).unwrap_or_default(),
                ));
            }
        }
    }
    let mut failed = 0;
    for (name, wire) in &inputs {
        if let Err(reason) = check(name, wire) {
            println!("  FAILED {reason}");
            failed += 1;
        }
    }
    println!("alloc: {} passed, {failed} failed", inputs.len() - failed);
    if failed == 0 && !inputs.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

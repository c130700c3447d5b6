//! Interoperability vector runner: `cargo test --test vectors`.
//!
//! Reads every `*.json` file in `$WAPY_VECTORS_DIR` (default `../shared/vectors`,
//! or the copy of the public set in `tests/vectors` when that is absent),
//! dispatches it on `header.family` to the module that checks that family, and
//! prints one line per file: `<file stem>: N passed, M failed, K skipped`.
//! Families (or cases) not implemented yet are counted as skipped, never as
//! passed. Exits non-zero when any case fails or a file cannot be read.

mod app_state;
mod binary;
mod common;
mod media_crypto;
mod noise_handshake;
mod pairing;
mod protobuf;
mod signal_1to1;
mod signal_sender_keys;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use common::Report;
use serde_json::Value;

/// Checks one vector file of a known family.
type FamilyRunner = fn(&Value) -> Report;

fn runner_for(family: &str) -> Option<FamilyRunner> {
    Some(match family {
        "app_state" => app_state::run,
        "media_crypto" => media_crypto::run,
        "noise_handshake" => noise_handshake::run,
        "pairing" => pairing::run,
        "protobuf" => protobuf::run,
        "binary_nodes_v3" => binary::run_v3,
        "binary_nodes_v2_baileys6" => binary::run_v2,
        "binary_nodes_v3_invalid" => binary::run_invalid,
        "binary_nodes_v3_divergent" => binary::run_divergent,
        "token_dictionaries" => binary::run_tokens,
        "signal_1to1" => signal_1to1::run,
        "signal_sender_keys" => signal_sender_keys::run,
        _ => return None,
    })
}

/// `$WAPY_VECTORS_DIR`, else `../shared/vectors` beside the checkout, else the
/// copy of the public set in `tests/vectors`.
fn vectors_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("WAPY_VECTORS_DIR") {
        return PathBuf::from(dir);
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared/vectors");
    if shared.is_dir() {
        shared
    } else {
        root.join("tests/vectors")
    }
}

fn run_file(path: &Path) -> Result<Report, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let doc: Value = serde_json::from_str(&text).map_err(|e| format!("not JSON: {e}"))?;
    let family = doc["header"]["family"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    Ok(match runner_for(&family) {
        Some(run) => run(&doc),
        None => Report::all_skipped(&doc),
    })
}

fn main() -> ExitCode {
    let dir = vectors_dir();
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
            .collect(),
        Err(error) => {
            eprintln!("cannot read vectors directory {}: {error}", dir.display());
            return ExitCode::FAILURE;
        }
    };
    files.sort();
    let mut ok = true;
    for path in &files {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        match run_file(path) {
            Ok(report) => {
                println!(
                    "{stem}: {} passed, {} failed, {} skipped",
                    report.passed,
                    report.failed.len(),
                    report.skipped
                );
                for (case, reason) in &report.failed {
                    println!("  FAILED {stem}/{case}: {reason}");
                }
                ok &= report.failed.is_empty();
            }
            Err(error) => {
                println!("{stem}: 0 passed, 1 failed, 0 skipped");
                println!("  FAILED {stem}: {error}");
                ok = false;
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

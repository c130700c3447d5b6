#!/usr/bin/env bash
# Runs wapy's benchmarks and, with --anchors, the peer anchors side by side,
# then prints one table with ratios. Every measurement is one JSON line
# ({"anchor", "workload", "op", "ops_per_s_median", "runs"}) appended to
# target/bench/results-<time>.jsonl.
#
#   benches/run.sh                       every section
#   benches/run.sh rust-codec            one section (see SECTIONS below)
#   benches/run.sh --anchors             also the peers (shared/bench/anchors/run.sh codec;
#                                        installs the pinned npm packages unless $ANCHORS is set)
#
# Env: BENCH_RUNS, BENCH_MIN_S (Python and anchors), PYTHON (default: .venv/bin/python
# if present), WAPY_BENCH_WORKLOADS. The machine is shared: compare figures
# from one run only.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# Sections: name -> function. Add a section by writing section_<name> and
# listing it here.
SECTIONS=(rust-codec rust-signal rust-noise rust-media rust-connection rust-history rust-history-memory python-codec python-events python-messaging python-clients)

find_shared() {
    local dir="$ROOT"
    while [ "$dir" != "/" ]; do
        dir="$(dirname "$dir")"
        if [ -d "$dir/shared/bench" ]; then echo "$dir/shared"; return 0; fi
    done
    return 1
}

PYTHON="${PYTHON:-}"
if [ -z "$PYTHON" ]; then
    if [ -x "$ROOT/.venv/bin/python" ]; then PYTHON="$ROOT/.venv/bin/python"; else PYTHON=python3; fi
fi
VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
mkdir -p target/bench
RESULTS="target/bench/results-$(date -u +%Y%m%dT%H%M%SZ).jsonl"
: > "$RESULTS"

section_rust-codec() {
    echo "== rust-codec: criterion (benches/codec.rs)" >&2
    rm -rf target/criterion
    cargo bench --bench codec -- --noplot >&2
    "$PYTHON" benches/summarize.py criterion target/criterion "wapy-rust-$VERSION" >> "$RESULTS"
}

section_python-codec() {
    echo "== python-codec: benches/python_codec.py (extension built in release by pip install -e .)" >&2
    "$PYTHON" benches/python_codec.py >> "$RESULTS"
}

section_python-clients() {
    echo "== python-clients: benches/python_clients.py (200 idle clients, RSS and connect time)" >&2
    "$PYTHON" benches/python_clients.py >> "$RESULTS"
}

# Criterion benches other than the codec: printed as criterion reports them
# (their ops are not the anchors' workloads, so they stay out of the table).
criterion_section() {
    echo "== rust-$1: criterion (benches/$1.rs)" >&2
    cargo bench --bench "$1" -- --noplot >&2
}

section_rust-signal() { criterion_section signal; }
section_rust-noise() { criterion_section noise; }
section_rust-media() { criterion_section media; }

section_rust-connection() {
    echo "== rust-connection: benches/connection.rs (handshakes/s, connect, RSS per client)" >&2
    cargo bench --bench connection >&2
}

section_rust-history() {
    echo "== rust-history: criterion (benches/history.rs; chunks/s of 1,000 chats, 50,000 messages)" >&2
    rm -rf target/criterion/history
    cargo bench --bench history -- --noplot >&2
    "$PYTHON" benches/summarize.py criterion target/criterion "wapy-rust-$VERSION" \
        | grep '"workload": "history"' >> "$RESULTS" || true
}

section_rust-history-memory() {
    echo "== rust-history-memory: benches/history_memory.rs (peak RSS of one ~50 MB md-msg-hist chunk)" >&2
    cargo bench --bench history_memory >&2
}

section_python-events() {
    echo "== python-events: benches/python_events.py (Rust bus into Python handlers)" >&2
    "$PYTHON" benches/python_events.py >> "$RESULTS"
    "$PYTHON" benches/python_events.py --backend trio >> "$RESULTS"
}

section_python-messaging() {
    echo "== python-messaging: benches/python_messaging.py (phone -> whole pipeline -> async handler)" >&2
    "$PYTHON" benches/python_messaging.py >> "$RESULTS"
    "$PYTHON" benches/python_messaging.py --backend trio >> "$RESULTS"
}

section_anchors() {
    local shared
    shared="$(find_shared)" || { echo "shared/bench not found: no anchors" >&2; return 1; }
    echo "== anchors: $shared/bench/anchors/run.sh codec" >&2
    bash "$shared/bench/anchors/run.sh" codec >> "$RESULTS"
}

ANCHORS_TOO=0
CHOSEN=()
for arg in "$@"; do
    case "$arg" in
        --anchors) ANCHORS_TOO=1 ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) CHOSEN+=("$arg") ;;
    esac
done
[ ${#CHOSEN[@]} -eq 0 ] && CHOSEN=("${SECTIONS[@]}")

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) $(nproc) cpus, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
[ "$ANCHORS_TOO" = 1 ] && section_anchors
for name in "${CHOSEN[@]}"; do
    "section_$name"
done
echo "# results: $RESULTS" >&2
"$PYTHON" benches/summarize.py report "$RESULTS"

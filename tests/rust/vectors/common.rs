//! Shared helpers of the vector runner: the per-file report and JSON accessors.

use serde_json::Value;

/// Outcome of one vector file.
#[derive(Debug, Default)]
pub struct Report {
    /// Cases that were checked and matched.
    pub passed: usize,
    /// Cases that were checked and did not match: (case id, reason).
    pub failed: Vec<(String, String)>,
    /// Cases this build does not check (yet).
    pub skipped: usize,
}

impl Report {
    /// Every case of `doc` skipped: used for families not implemented yet.
    pub fn all_skipped(doc: &Value) -> Report {
        Report { skipped: count_cases(doc), ..Report::default() }
    }

    /// Records the result of one case.
    pub fn record(&mut self, case_id: &str, result: Result<(), String>) {
        match result {
            Ok(()) => self.passed += 1,
            Err(reason) => self.failed.push((case_id.to_owned(), reason)),
        }
    }

    /// Runs `check` on one case, turning a panic into a failure so that one
    /// bad case never hides the others.
    pub fn check(&mut self, case_id: &str, check: impl FnOnce() -> Result<(), String>) {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(check))
            .unwrap_or_else(|panic| Err(format!("panicked: {}", panic_text(&panic))));
        self.record(case_id, result);
    }
}

fn panic_text(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_else(|| "unknown panic".to_owned())
}

/// Number of cases in a vector document: every array at the top level
/// (`cases`, and `media_retry` in media_crypto.json).
pub fn count_cases(doc: &Value) -> usize {
    doc.as_object().map(|top| top.values().filter_map(Value::as_array).map(Vec::len).sum()).unwrap_or(0)
}

/// The `cases` array of a document (empty if absent).
pub fn cases(doc: &Value) -> &[Value] {
    doc["cases"].as_array().map(Vec::as_slice).unwrap_or(&[])
}

/// The case's `id` (or "?" when it has none).
pub fn case_id(case: &Value) -> &str {
    case["id"].as_str().unwrap_or("?")
}

/// Decodes a lowercase hex field.
pub fn hex_field(value: &Value, name: &str) -> Result<Vec<u8>, String> {
    let text = value[name].as_str().ok_or_else(|| format!("field {name} missing"))?;
    hex::decode(text).map_err(|e| format!("field {name} is not hex: {e}"))
}

/// A string field.
pub fn str_field<'a>(value: &'a Value, name: &str) -> Result<&'a str, String> {
    value[name].as_str().ok_or_else(|| format!("field {name} missing"))
}

/// Compares two byte strings, describing the first difference.
pub fn expect_bytes(what: &str, got: &[u8], want: &[u8]) -> Result<(), String> {
    if got == want {
        return Ok(());
    }
    let at = got.iter().zip(want).position(|(a, b)| a != b).unwrap_or(got.len().min(want.len()));
    let window = |b: &[u8]| hex::encode(&b[at.saturating_sub(4).min(b.len())..(at + 12).min(b.len())]);
    Err(format!(
        "{what}: {} bytes vs expected {}, first difference at {at}: got …{}…, want …{}…",
        got.len(),
        want.len(),
        window(got),
        window(want)
    ))
}

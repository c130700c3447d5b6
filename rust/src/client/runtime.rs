//! The process-wide tokio runtime for callers that have none (the Python
//! bindings): created on first use, multi-threaded, never shut down.

use std::sync::OnceLock;

use tokio::runtime::Runtime;

static RUNTIME: OnceLock<Runtime> = OnceLock::new();

/// The shared runtime (worker threads = CPU count, named `wapy-worker`).
pub fn runtime() -> Result<&'static Runtime, std::io::Error> {
    if let Some(runtime) = RUNTIME.get() {
        return Ok(runtime);
    }
    let built = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("wapy-worker")
        .build()?;
    // Two first callers may race; the loser's runtime is dropped unused.
    Ok(RUNTIME.get_or_init(|| built))
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_runtime_per_process() {
        let a = super::runtime().unwrap() as *const _;
        let b = super::runtime().unwrap() as *const _;
        assert_eq!(a, b);
        assert_eq!(super::runtime().unwrap().block_on(async { 1 + 1 }), 2);
    }
}

//! PyO3 bindings: conversion at the boundary only, no protocol logic.

use pyo3::prelude::*;

mod binary;
mod errors;
mod jid;

/// The extension module `wapy._core`.
#[pymodule]
fn _core(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    binary::register(module)?;
    Ok(())
}

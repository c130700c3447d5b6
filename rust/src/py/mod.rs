//! PyO3 bindings: conversion at the boundary only, no protocol logic.

use pyo3::prelude::*;

/// The extension module `wapy._core`.
#[pymodule]
fn _core(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

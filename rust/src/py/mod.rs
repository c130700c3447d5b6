//! PyO3 bindings: conversion at the boundary only, no protocol logic.

use pyo3::prelude::*;

mod binary;
mod call;
mod client;
mod errors;
mod events;
mod groups;
mod jid;
mod media;
mod messaging;
mod newsletter;
mod phone;
mod phone_sync;
mod qr;
mod server;
mod server_controls;
mod sync;

/// The extension module `wapy._core`.
#[pymodule]
fn _core(module: &Bound<'_, PyModule>) -> PyResult<()> {
    // Rust `log` records go to Python's `logging` (loggers named `wapy...`).
    if let Err(error) = pyo3_log::try_init() {
        log::debug!("a logger was already installed: {error}");
    }
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    binary::register(module)?;
    events::register(module)?;
    client::register(module)?;
    call::register(module)?;
    server::register(module)?;
    groups::register(module)?;
    newsletter::register(module)?;
    media::register(module)?;
    server_controls::register(module)?;
    qr::register(module)?;
    messaging::register(module)?;
    phone::register(module)?;
    sync::register(module)?;
    phone_sync::register(module)?;
    Ok(())
}

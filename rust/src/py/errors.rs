//! The one place where Rust errors become Python exceptions. The classes live
//! in `wapy._errors` (the documented tree); each is imported once, lazily.

use std::fmt::Display;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyType;

use crate::binary::{DecodeError, EncodeError, JidError};

static DECODE_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// An instance of the `wapy._errors` class cached in `cell`, with `message`.
fn wapy_error(
    py: Python<'_>,
    cell: &'static PyOnceLock<Py<PyType>>,
    name: &str,
    message: String,
) -> PyErr {
    match cell.import(py, "wapy._errors", name) {
        Ok(class) => PyErr::from_type(class.clone(), message),
        Err(import_failed) => import_failed,
    }
}

/// `wapy.DecodeError` with `message`.
pub(crate) fn decode_error(py: Python<'_>, message: impl Display) -> PyErr {
    wapy_error(py, &DECODE_ERROR, "DecodeError", message.to_string())
}

/// Conversion of the core's error types.
pub(crate) trait ToPyErr {
    /// The Python exception for this error.
    fn to_py_err(&self, py: Python<'_>) -> PyErr;
}

impl ToPyErr for DecodeError {
    fn to_py_err(&self, py: Python<'_>) -> PyErr {
        log::debug!("stanza rejected: {self}");
        decode_error(py, self)
    }
}

impl ToPyErr for JidError {
    fn to_py_err(&self, py: Python<'_>) -> PyErr {
        decode_error(py, self)
    }
}

impl ToPyErr for EncodeError {
    fn to_py_err(&self, _py: Python<'_>) -> PyErr {
        PyValueError::new_err(self.to_string())
    }
}

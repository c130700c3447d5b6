//! `wapy.events`: one frozen class per event, the records they hold, and the
//! conversion of payload fields to Python values.

mod classes;
mod convert;
mod records;

use pyo3::prelude::*;
use pyo3::types::{PyList, PyModule};

pub(crate) use classes::{PyEvent, event_to_py};
pub(crate) use convert::ToPy;
pub(crate) use records::{MessageInfo as PyMessageInfo, match_args, repr_fields};

/// The serde JSON of an event object (private: the tests compare it with
/// `to_dict()`).
#[pyfunction]
fn _event_json(event: &Bound<'_, PyEvent>) -> PyResult<String> {
    serde_json::to_string(event.get().event().as_ref()).map_err(|error| {
        pyo3::exceptions::PyValueError::new_err(format!("cannot serialize: {error}"))
    })
}

/// Every event class, indexed by the Rust `EventKind` discriminant (private:
/// the client maps classes to interest bits with it).
#[pyfunction]
fn _event_classes(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    PyList::new(py, classes::event_classes(py)?)
}

/// The known values of every wire enum on the Rust side (private: the tests
/// check the Python enums against it).
#[pyfunction]
fn _wire_enum_values(py: Python<'_>) -> PyResult<Bound<'_, pyo3::types::PyDict>> {
    convert::wire_enum_values(py)
}

/// Adds the event classes and their helpers to `wapy._core`.
pub(crate) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    records::register(module)?;
    classes::register(module)?;
    module.add_function(wrap_pyfunction!(_event_json, module)?)?;
    module.add_function(wrap_pyfunction!(_event_classes, module)?)?;
    module.add_function(wrap_pyfunction!(_wire_enum_values, module)?)?;
    Ok(())
}

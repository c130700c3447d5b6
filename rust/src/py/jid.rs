//! `wapy.Jid`: an immutable, hashable JID.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use super::errors::ToPyErr;
use crate::binary::{Jid, Server};

/// A WhatsApp JID: `user[.agent][:device]@server`.
#[pyclass(module = "wapy", name = "Jid", frozen, eq, hash, ord, from_py_object)]
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PyJid(pub(crate) Jid);

#[pymethods]
impl PyJid {
    #[new]
    #[pyo3(signature = (user, server, device = 0, agent = 0, integrator = 0))]
    fn new(user: &str, server: &str, device: u16, agent: u8, integrator: u16) -> PyResult<PyJid> {
        if server.is_empty() || server.contains('@') {
            return Err(PyValueError::new_err(format!(
                "invalid JID server {server:?}"
            )));
        }
        if user.contains(['@', ':']) {
            return Err(PyValueError::new_err(format!("invalid JID user {user:?}")));
        }
        Ok(PyJid(Jid {
            user: user.to_owned(),
            server: Server::from_name(server),
            agent,
            device,
            integrator,
        }))
    }

    /// Parses `user[.agent][:device]@server` (or a bare server name).
    #[staticmethod]
    fn parse(py: Python<'_>, text: &str) -> PyResult<PyJid> {
        Jid::parse(text).map(PyJid).map_err(|e| e.to_py_err(py))
    }

    /// The user part (empty for the server JID).
    #[getter]
    fn user(&self) -> &str {
        &self.0.user
    }

    /// The server name.
    #[getter]
    fn server(&self) -> &str {
        self.0.server.as_str()
    }

    /// The device (0 for a primary device or a non-device JID).
    #[getter]
    fn device(&self) -> u16 {
        self.0.device
    }

    /// The legacy agent (0 when absent).
    #[getter]
    fn agent(&self) -> u8 {
        self.0.agent
    }

    /// The interop integrator (0 when absent).
    #[getter]
    fn integrator(&self) -> u16 {
        self.0.integrator
    }

    /// True for a group (`g.us`).
    #[getter]
    fn is_group(&self) -> bool {
        self.0.is_group()
    }

    /// True for a LID user (`lid`).
    #[getter]
    fn is_lid(&self) -> bool {
        self.0.is_lid()
    }

    /// True for the service JID (empty user).
    #[getter]
    fn is_server(&self) -> bool {
        self.0.is_server()
    }

    /// The account of this device: the same JID without agent and device.
    fn to_non_ad(&self) -> PyJid {
        PyJid(self.0.to_non_ad())
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let text = pyo3::types::PyString::new(py, &self.0.to_string());
        Ok(format!("Jid({})", text.repr()?))
    }
}

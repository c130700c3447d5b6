//! Conversion of payload fields to Python values.
//!
//! JIDs become `wapy.Jid`, timestamps timezone-aware `datetime`s (UTC),
//! durations `timedelta`s, wire enums members of the enums in `wapy.events`,
//! protobuf messages `wapy.proto` objects, stanzas `wapy.Node`s, binary data
//! `bytes`. `to_dict()` goes through serde instead (see [`json_to_py`]).

use std::time::Duration;

use bytes::Bytes;
use prost::Message as _;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBool, PyBytes, PyDict, PyList, PyString, PyType};

use crate::binary::{Jid, Node};
use crate::events::{self as ev, Timestamp};
use crate::proto::wa;
use crate::py::binary::node_to_py;
use crate::py::jid::PyJid;

/// A payload field that has a Python form.
pub(crate) trait ToPy {
    /// The Python value.
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>>;
}

impl ToPy for String {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(PyString::new(py, self).into_any())
    }
}

impl ToPy for bool {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(PyBool::new(py, *self).to_owned().into_any())
    }
}

macro_rules! int_to_py {
    ($($ty:ty),+) => {
        $(impl ToPy for $ty {
            fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                Ok((*self).into_pyobject(py)?.into_any())
            }
        })+
    };
}
int_to_py!(u8, u16, u32, u64, i32, i64, usize);

impl<T: ToPy> ToPy for Option<T> {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match self {
            Some(value) => value.to_py(py),
            None => Ok(py.None().into_bound(py)),
        }
    }
}

impl<T: ToPy> ToPy for Vec<T> {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let items = self
            .iter()
            .map(|item| item.to_py(py))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(PyList::new(py, items)?.into_any())
    }
}

impl<T: ToPy + ?Sized> ToPy for Box<T> {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        (**self).to_py(py)
    }
}

impl ToPy for Jid {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, PyJid(self.clone()))?.into_any())
    }
}

impl ToPy for Bytes {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(PyBytes::new(py, self).into_any())
    }
}

impl ToPy for Node {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(node_to_py(py, self)?.into_any())
    }
}

static FROM_TIMESTAMP: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
static UTC: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
static TIMEDELTA: PyOnceLock<Py<PyType>> = PyOnceLock::new();

impl ToPy for Timestamp {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let from_timestamp = FROM_TIMESTAMP.get_or_try_init(py, || {
            py.import("datetime")?
                .getattr("datetime")?
                .getattr("fromtimestamp")
                .map(Bound::unbind)
        })?;
        let utc = UTC.get_or_try_init(py, || {
            py.import("datetime")?
                .getattr("timezone")?
                .getattr("utc")
                .map(Bound::unbind)
        })?;
        from_timestamp.bind(py).call1((self.0, utc.bind(py)))
    }
}

impl ToPy for Duration {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let timedelta = TIMEDELTA.import(py, "datetime", "timedelta")?;
        let kwargs = PyDict::new(py);
        kwargs.set_item("seconds", self.as_secs())?;
        timedelta.call((), Some(&kwargs))
    }
}

/// Wire enums become members of the enum of the same role in `wapy.events`
/// (unknown values become pseudo-members that keep the value).
macro_rules! enum_to_py {
    ($($ty:ty => $name:literal by $value:ident,)+) => {
        $(impl ToPy for $ty {
            fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                static CLASS: PyOnceLock<Py<PyType>> = PyOnceLock::new();
                CLASS.import(py, "wapy.events", $name)?.call1((self.$value(),))
            }
        })+

        /// The enums converted to Python: name and the known values of the Rust
        /// side (as the Python value: a `str` or an `int`).
        pub(crate) fn wire_enum_values(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
            let dict = PyDict::new(py);
            $(dict.set_item($name, <$ty>::KNOWN.to_vec())?;)+
            Ok(dict)
        }
    };
}

enum_to_py! {
    ev::AddressingMode => "AddressingMode" by as_str,
    ev::EditAttribute => "EditAttribute" by as_str,
    ev::DecryptFailMode => "DecryptFailMode" by as_str,
    ev::UnavailableType => "UnavailableType" by as_str,
    ev::ReceiptType => "ReceiptType" by as_str,
    ev::ChatPresenceState => "ChatPresenceState" by as_str,
    ev::ChatPresenceMedia => "ChatPresenceMedia" by as_str,
    ev::DisconnectReason => "DisconnectReason" by as_str,
    ev::ConnectFailureReason => "ConnectFailureReason" by code,
    ev::TempBanReason => "TempBanReason" by code,
    ev::ParticipantType => "ParticipantType" by as_str,
    ev::MembershipRequestMethod => "MembershipRequestMethod" by as_str,
    ev::DeviceListUpdateType => "DeviceListUpdateType" by as_str,
    ev::BlocklistAction => "BlocklistAction" by as_str,
    ev::BlocklistChangeAction => "BlocklistChangeAction" by as_str,
}

/// Protobuf messages become the `wapy.proto` class of the same name, decoded
/// from their encoding.
macro_rules! proto_to_py {
    ($($ty:ty => $name:literal,)+) => {
        $(impl ToPy for $ty {
            fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                static CLASS: PyOnceLock<Py<PyType>> = PyOnceLock::new();
                let class = CLASS.import(py, "wapy.proto", $name)?;
                proto_from_bytes(class, &self.encode_to_vec())
            }
        })+
    };
}

proto_to_py! {
    wa::Message => "Message",
    wa::ContactAction => "ContactAction",
    wa::PinAction => "PinAction",
    wa::MuteAction => "MuteAction",
    wa::ArchiveChatAction => "ArchiveChatAction",
    wa::StarAction => "StarAction",
    wa::MarkChatAsReadAction => "MarkChatAsReadAction",
    wa::DeleteChatAction => "DeleteChatAction",
    wa::ClearChatAction => "ClearChatAction",
    wa::DeleteMessageForMeAction => "DeleteMessageForMeAction",
    wa::PushNameSetting => "PushNameSetting",
}

/// `class.FromString(data)` for a `wapy.proto` class.
pub(crate) fn proto_from_bytes<'py>(
    class: &Bound<'py, PyType>,
    data: &[u8],
) -> PyResult<Bound<'py, PyAny>> {
    class.call_method1("FromString", (PyBytes::new(class.py(), data),))
}

/// How deep [`json_to_py`] goes before refusing (serde values of events are
/// shallow; protobuf JSON is bounded by the decoder's recursion limit).
const MAX_JSON_DEPTH: usize = 128;

/// The Python form of a serde JSON value: dicts, lists, str, int, float,
/// bool and None.
pub(crate) fn json_to_py<'py>(
    py: Python<'py>,
    value: &serde_json::Value,
) -> PyResult<Bound<'py, PyAny>> {
    json_to_py_at(py, value, 0)
}

fn json_to_py_at<'py>(
    py: Python<'py>,
    value: &serde_json::Value,
    depth: usize,
) -> PyResult<Bound<'py, PyAny>> {
    use serde_json::Value;
    if depth > MAX_JSON_DEPTH {
        return Err(PyValueError::new_err("value nested too deeply"));
    }
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(flag) => PyBool::new(py, *flag).to_owned().into_any(),
        Value::Number(number) => {
            if let Some(unsigned) = number.as_u64() {
                unsigned.into_pyobject(py)?.into_any()
            } else if let Some(signed) = number.as_i64() {
                signed.into_pyobject(py)?.into_any()
            } else {
                number
                    .as_f64()
                    .unwrap_or(f64::NAN)
                    .into_pyobject(py)?
                    .into_any()
            }
        }
        Value::String(text) => PyString::new(py, text).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(json_to_py_at(py, item, depth + 1)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (key, item) in map {
                dict.set_item(key, json_to_py_at(py, item, depth + 1)?)?;
            }
            dict.into_any()
        }
    })
}

/// The Python form of the serde value of `value`.
pub(crate) fn serde_to_py<'py, T: serde::Serialize + ?Sized>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    let json = serde_json::to_value(value)
        .map_err(|error| PyValueError::new_err(format!("cannot serialize: {error}")))?;
    json_to_py(py, &json)
}

//! `wapy.Node` and the codec functions behind `wapy.binary`.
//!
//! A decoded stanza becomes a tree of frozen `Node` objects at once: walking it
//! afterwards is plain attribute access. Token strings (tags, most attribute
//! keys and many values) are interned Python strings created once per
//! dictionary, so decoding creates Python strings only for the rest.

use std::borrow::Cow;

use bytes::Bytes;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyMappingProxy, PyString, PyTuple};

use super::errors::ToPyErr;
use super::jid::PyJid;
use crate::binary::frame::{DEFAULT_MAX_INFLATED, payload_body};
use crate::binary::{
    Content, ContentRef, Dictionary, JidRef, MAX_DEPTH, Node, NodeRef, StrRef, TOKEN_CODE_COUNT,
    Value, ValueRef, decode, encode, token_code,
};

/// An immutable stanza: `tag`, `attrs` and `content`.
///
/// `attrs` is a read-only mapping in wire order (built from a dict or a list of
/// pairs; values may be `str`, `Jid` or `int` and are kept as `str`; a repeated
/// key keeps its last value). `content` is `None`, `str` (tokens, packed
/// numbers, JIDs), `bytes` (raw binary) or a list of nodes. Nodes compare by
/// value (attribute order aside) and are not hashable.
#[pyclass(module = "wapy", name = "Node", frozen)]
pub struct PyNode {
    tag: Py<PyString>,
    /// Never handed out: `attrs` returns a read-only proxy.
    attrs: Py<PyDict>,
    /// `None`, a `str`, a `bytes` or a `list` of nodes (never handed out: copied).
    content: Option<Py<PyAny>>,
}

fn dictionary(dict_version: u8) -> PyResult<Dictionary> {
    Dictionary::from_version(dict_version).ok_or_else(|| {
        PyValueError::new_err(format!(
            "unknown dictionary version {dict_version} (2 or 3)"
        ))
    })
}

/// Text accepted as an attribute value or content: `str`, `Jid` or `int`.
fn text_value<'py>(value: &Bound<'py, PyAny>) -> PyResult<Option<Bound<'py, PyString>>> {
    if let Ok(text) = value.cast::<PyString>() {
        return Ok(Some(text.clone()));
    }
    if let Ok(jid) = value.cast::<PyJid>() {
        return Ok(Some(PyString::new(value.py(), &jid.get().0.to_string())));
    }
    if value.is_instance_of::<pyo3::types::PyInt>()
        && !value.is_instance_of::<pyo3::types::PyBool>()
    {
        return Ok(Some(value.str()?));
    }
    Ok(None)
}

#[pymethods]
impl PyNode {
    #[new]
    #[pyo3(signature = (tag, attrs = None, content = None))]
    fn new(
        py: Python<'_>,
        tag: &Bound<'_, PyAny>,
        attrs: Option<&Bound<'_, PyAny>>,
        content: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyNode> {
        let tag = tag
            .cast::<PyString>()
            .map_err(|_| PyTypeError::new_err("Node tag must be a str"))?;
        if tag.to_str()?.is_empty() {
            return Err(PyValueError::new_err("Node tag must not be empty"));
        }
        let dict = PyDict::new(py);
        if let Some(attrs) = attrs {
            let pairs = if let Ok(mapping) = attrs.cast::<PyDict>() {
                mapping.items().into_any()
            } else {
                attrs.clone()
            };
            for pair in pairs.try_iter()? {
                let pair = pair?;
                let (key, value): (Bound<'_, PyAny>, Bound<'_, PyAny>) =
                    pair.extract().map_err(|_| {
                        PyTypeError::new_err(
                            "Node attrs must be a dict or a list of (key, value) pairs",
                        )
                    })?;
                let key = key
                    .cast_into::<PyString>()
                    .map_err(|_| PyTypeError::new_err("attribute keys must be str"))?;
                if key.to_str()?.is_empty() {
                    return Err(PyValueError::new_err("attribute keys must not be empty"));
                }
                let value = text_value(&value)?.ok_or_else(|| {
                    PyTypeError::new_err(format!("attribute {key} must be a str, Jid or int"))
                })?;
                dict.set_item(key, value)?;
            }
        }
        let content = match content {
            None => None,
            Some(content) if content.is_none() => None,
            Some(content) => Some(content_object(content)?),
        };
        Ok(PyNode {
            tag: tag.clone().unbind(),
            attrs: dict.unbind(),
            content,
        })
    }

    /// The tag.
    #[getter]
    fn tag(&self, py: Python<'_>) -> Py<PyString> {
        self.tag.clone_ref(py)
    }

    /// The attributes in wire order (a read-only mapping).
    #[getter]
    fn attrs<'py>(&self, py: Python<'py>) -> Bound<'py, PyMappingProxy> {
        PyMappingProxy::new(py, self.attrs.bind(py).as_mapping())
    }

    /// `None`, `str` (tokens, packed numbers, JIDs), `bytes` or a list of nodes.
    #[getter]
    fn content(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        Ok(match &self.content {
            None => None,
            Some(content) => match content.bind(py).cast::<PyList>() {
                Ok(list) => Some(list.get_slice(0, list.len()).into_any().unbind()),
                Err(_) => Some(content.clone_ref(py)),
            },
        })
    }

    /// The child nodes (empty unless the content is a list).
    #[getter]
    fn children<'py>(&self, py: Python<'py>) -> Bound<'py, PyList> {
        match self
            .content
            .as_ref()
            .map(|content| content.bind(py).cast::<PyList>())
        {
            Some(Ok(list)) => list.get_slice(0, list.len()),
            _ => PyList::empty(py),
        }
    }

    /// The first child with tag `tag`, or `None`.
    fn get_child(&self, py: Python<'_>, tag: &str) -> PyResult<Option<Py<PyNode>>> {
        if let Some(Ok(list)) = self
            .content
            .as_ref()
            .map(|content| content.bind(py).cast::<PyList>())
        {
            for child in list.iter() {
                let child = child.cast_into::<PyNode>()?;
                if child.get().tag.bind(py).to_str()? == tag {
                    return Ok(Some(child.unbind()));
                }
            }
        }
        Ok(None)
    }

    /// Every child with tag `tag`.
    fn children_by_tag<'py>(
        &self,
        py: Python<'py>,
        tag: &str,
    ) -> PyResult<Vec<Bound<'py, PyNode>>> {
        let mut found = Vec::new();
        if let Some(Ok(list)) = self
            .content
            .as_ref()
            .map(|content| content.bind(py).cast::<PyList>())
        {
            for child in list.iter() {
                let child = child.cast_into::<PyNode>()?;
                if child.get().tag.bind(py).to_str()? == tag {
                    found.push(child);
                }
            }
        }
        Ok(found)
    }

    /// The value of attribute `key`, or `default`.
    #[pyo3(signature = (key, default = None))]
    fn get(
        &self,
        py: Python<'_>,
        key: &str,
        default: Option<Py<PyAny>>,
    ) -> PyResult<Option<Py<PyAny>>> {
        Ok(self
            .attrs
            .bind(py)
            .get_item(key)?
            .map(Bound::unbind)
            .or(default))
    }

    /// XML-like text; `pretty=True` indents children on their own lines.
    #[pyo3(signature = (pretty = false))]
    fn to_xml(&self, py: Python<'_>, pretty: bool) -> PyResult<String> {
        let node = self.to_rust(py, 0)?;
        Ok(if pretty {
            format!("{node:#}")
        } else {
            node.to_string()
        })
    }

    #[classattr]
    fn __match_args__() -> (&'static str, &'static str, &'static str) {
        ("tag", "attrs", "content")
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        self.to_xml(py, false)
    }

    fn __richcmp__(
        &self,
        py: Python<'_>,
        other: &Bound<'_, PyAny>,
        op: pyo3::basic::CompareOp,
    ) -> PyResult<Py<PyAny>> {
        let Ok(other) = other.cast::<PyNode>() else {
            return Ok(py.NotImplemented());
        };
        let equal = self.equals(py, other.get())?;
        match op {
            pyo3::basic::CompareOp::Eq => {
                Ok(equal.into_pyobject(py)?.to_owned().into_any().unbind())
            }
            pyo3::basic::CompareOp::Ne => {
                Ok((!equal).into_pyobject(py)?.to_owned().into_any().unbind())
            }
            _ => Ok(py.NotImplemented()),
        }
    }
}

/// Validates and normalises content given to `Node(...)`.
fn content_object(content: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    let py = content.py();
    if let Ok(bytes) = content.cast::<PyBytes>() {
        return Ok(bytes.clone().into_any().unbind());
    }
    if let Ok(bytes) = content.cast::<PyByteArray>() {
        return Ok(PyBytes::new(py, &bytes.to_vec()).into_any().unbind());
    }
    if let Some(text) = text_value(content)? {
        return Ok(text.into_any().unbind());
    }
    if content.is_instance_of::<PyList>() || content.is_instance_of::<PyTuple>() {
        let children = PyList::empty(py);
        for child in content.try_iter()? {
            let child = child?;
            if !child.is_instance_of::<PyNode>() {
                return Err(PyTypeError::new_err("Node children must be Node objects"));
            }
            children.append(child)?;
        }
        return Ok(children.into_any().unbind());
    }
    Err(PyTypeError::new_err(
        "Node content must be None, str, bytes, Jid or a list of Node",
    ))
}

impl PyNode {
    fn equals(&self, py: Python<'_>, other: &PyNode) -> PyResult<bool> {
        if !PyAnyMethods::eq(self.tag.bind(py).as_any(), other.tag.bind(py))?
            || !PyAnyMethods::eq(self.attrs.bind(py).as_any(), other.attrs.bind(py))?
        {
            return Ok(false);
        }
        match (&self.content, &other.content) {
            (None, None) => Ok(true),
            (Some(a), Some(b)) => PyAnyMethods::eq(a.bind(py), b.bind(py)),
            _ => Ok(false),
        }
    }

    /// The Rust node (for encoding and rendering).
    fn to_rust(&self, py: Python<'_>, depth: usize) -> PyResult<Node> {
        if depth > MAX_DEPTH {
            return Err(PyValueError::new_err(format!(
                "nodes nested deeper than {MAX_DEPTH} levels"
            )));
        }
        let mut node = Node::new(self.tag.bind(py).to_str()?.to_owned());
        for (key, value) in self.attrs.bind(py).iter() {
            let key: String = key.extract()?;
            let value: String = value.extract()?;
            node.attrs
                .push((Cow::Owned(key), Value::Str(Cow::Owned(value))));
        }
        node.content = match &self.content {
            None => None,
            Some(content) => {
                let content = content.bind(py);
                if let Ok(text) = content.cast::<PyString>() {
                    Some(Content::Str(Cow::Owned(text.to_str()?.to_owned())))
                } else if let Ok(bytes) = content.cast::<PyBytes>() {
                    Some(Content::Bytes(Bytes::copy_from_slice(bytes.as_bytes())))
                } else {
                    let list = content.cast::<PyList>()?;
                    let mut children = Vec::with_capacity(list.len());
                    for child in list.iter() {
                        children.push(child.cast_into::<PyNode>()?.get().to_rust(py, depth + 1)?);
                    }
                    Some(Content::Nodes(children))
                }
            }
        };
        Ok(node)
    }
}

static TOKENS_V2: PyOnceLock<Vec<Py<PyString>>> = PyOnceLock::new();
static TOKENS_V3: PyOnceLock<Vec<Py<PyString>>> = PyOnceLock::new();

/// The interned Python string of every token code of `dict`.
fn token_strings(py: Python<'_>, dict: Dictionary) -> &'static [Py<PyString>] {
    let cell = match dict {
        Dictionary::V2 => &TOKENS_V2,
        _ => &TOKENS_V3,
    };
    cell.get_or_init(py, || {
        let empty = PyString::intern(py, "");
        let mut table: Vec<Py<PyString>> = (0..TOKEN_CODE_COUNT)
            .map(|_| empty.clone().unbind())
            .collect();
        let singles = dict.single_byte_table().iter().enumerate().skip(1);
        for (index, text) in singles {
            if let Ok(index) = u8::try_from(index) {
                let code = usize::from(token_code(crate::binary::Token::Single(index)));
                if let Some(slot) = table.get_mut(code) {
                    *slot = PyString::intern(py, text).unbind();
                }
            }
        }
        for (d, texts) in dict.double_byte_tables().iter().enumerate() {
            for (j, text) in texts.iter().enumerate() {
                if let (Ok(d), Ok(j)) = (u8::try_from(d), u8::try_from(j)) {
                    let code = usize::from(token_code(crate::binary::Token::Double {
                        dict: d,
                        index: j,
                    }));
                    if let Some(slot) = table.get_mut(code) {
                        *slot = PyString::intern(py, text).unbind();
                    }
                }
            }
        }
        table
    })
}

/// Stops the cyclic garbage collector from tracking `object`.
///
/// Decoded trees cannot hold cycles: a node's children exist before it, and
/// neither the node nor its internal child list is ever handed out mutable.
/// Reference counting frees them; leaving them tracked makes every decode of
/// a large stanza pay for several generation-0 collections that walk the new
/// tree for nothing.
fn untrack(object: &Bound<'_, PyAny>) {
    // SAFETY: `object` is a live, GC-tracked object (a `Node` or a `list`)
    // that was just created and is owned by the caller; untracking only
    // removes it from the collector's lists.
    unsafe { pyo3::ffi::PyObject_GC_UnTrack(object.as_ptr().cast()) }
}

/// Builds the Python tree of a decoded node.
struct Builder<'py> {
    py: Python<'py>,
    tokens: &'static [Py<PyString>],
    scratch: String,
}

impl<'py> Builder<'py> {
    fn new(py: Python<'py>, dict: Dictionary) -> Builder<'py> {
        Builder {
            py,
            tokens: token_strings(py, dict),
            scratch: String::new(),
        }
    }

    #[inline]
    fn string(&mut self, text: &StrRef<'_>) -> Bound<'py, PyString> {
        match text {
            StrRef::Token { code, text } => match self.tokens.get(usize::from(*code)) {
                Some(interned) => interned.bind(self.py).clone(),
                None => PyString::new(self.py, text),
            },
            StrRef::Raw(text) => PyString::new(self.py, text),
            StrRef::Packed { .. } => {
                self.scratch.clear();
                text.write_to(&mut self.scratch);
                PyString::new(self.py, &self.scratch)
            }
        }
    }

    fn jid(&mut self, jid: &JidRef<'_>) -> Bound<'py, PyString> {
        self.scratch.clear();
        // Writing into a String cannot fail.
        let _ = jid.write_into(&mut self.scratch);
        PyString::new(self.py, &self.scratch)
    }

    fn node(&mut self, node: &NodeRef<'_>) -> PyResult<Bound<'py, PyNode>> {
        let py = self.py;
        let attrs = PyDict::new(py);
        for (key, value) in node.attr_pairs() {
            let key = self.string(key);
            let value = match value {
                ValueRef::Str(text) => self.string(text),
                ValueRef::Jid(jid) => self.jid(jid),
            };
            attrs.set_item(key, value)?;
        }
        let content = match node.content() {
            None => None,
            Some(ContentRef::Nodes(children)) => {
                let mut built = Vec::with_capacity(children.len());
                for child in children {
                    built.push(self.node(child)?);
                }
                let list = PyList::new(py, built)?.into_any();
                untrack(&list);
                Some(list.unbind())
            }
            Some(ContentRef::Bytes(bytes)) => Some(PyBytes::new(py, bytes).into_any().unbind()),
            Some(ContentRef::Str(text)) => Some(self.string(text).into_any().unbind()),
            Some(ContentRef::Jid(jid)) => Some(self.jid(jid).into_any().unbind()),
        };
        let tag = self.string(&node.tag()).unbind();
        let node = Bound::new(
            py,
            PyNode {
                tag,
                attrs: attrs.unbind(),
                content,
            },
        )?;
        untrack(node.as_any());
        Ok(node)
    }
}

/// Bytes of a `bytes`, `bytearray` or `memoryview` argument (borrowed for `bytes`).
fn input_bytes<'a>(data: &'a Bound<'_, PyAny>) -> PyResult<Cow<'a, [u8]>> {
    if let Ok(bytes) = data.cast::<PyBytes>() {
        return Ok(Cow::Borrowed(bytes.as_bytes()));
    }
    if let Ok(bytes) = data.cast::<PyByteArray>() {
        return Ok(Cow::Owned(bytes.to_vec()));
    }
    if data.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "expected bytes, not str (use bytes.fromhex for hex)",
        ));
    }
    let copied = data.py().get_type::<PyBytes>().call1((data,))?;
    Ok(Cow::Owned(copied.cast::<PyBytes>()?.as_bytes().to_vec()))
}

/// Encodes a node to wire bytes (without the frame flags byte).
#[pyfunction]
#[pyo3(signature = (node, dict_version = 3))]
fn encode_node<'py>(
    py: Python<'py>,
    node: &Bound<'py, PyNode>,
    dict_version: u8,
) -> PyResult<Bound<'py, PyBytes>> {
    let dict = dictionary(dict_version)?;
    let node = node.get().to_rust(py, 0)?;
    let wire = encode(&node, dict).map_err(|e| e.to_py_err(py))?;
    Ok(PyBytes::new(py, &wire))
}

/// Decodes wire bytes (without the frame flags byte) to a node.
#[pyfunction]
#[pyo3(signature = (data, dict_version = 3))]
fn decode_node<'py>(
    py: Python<'py>,
    data: &Bound<'py, PyAny>,
    dict_version: u8,
) -> PyResult<Bound<'py, PyNode>> {
    let dict = dictionary(dict_version)?;
    let data = input_bytes(data)?;
    let node = decode(&data, dict).map_err(|e| e.to_py_err(py))?;
    Builder::new(py, dict).node(&node)
}

/// Decodes a frame payload: flags byte, then node bytes (zlib when flag 0x02 is set).
#[pyfunction]
#[pyo3(signature = (payload, dict_version = 3, max_inflated = DEFAULT_MAX_INFLATED))]
fn unpack_frame<'py>(
    py: Python<'py>,
    payload: &Bound<'py, PyAny>,
    dict_version: u8,
    max_inflated: usize,
) -> PyResult<Bound<'py, PyNode>> {
    let dict = dictionary(dict_version)?;
    let payload = input_bytes(payload)?;
    let body = payload_body(&payload, max_inflated).map_err(|e| e.to_py_err(py))?;
    let node = decode(&body, dict).map_err(|e| e.to_py_err(py))?;
    Builder::new(py, dict).node(&node)
}

/// A `wapy.Node` for an owned stanza (its strings are all copied, so the
/// dictionary it was decoded with does not matter).
pub(crate) fn node_to_py<'py>(py: Python<'py>, node: &Node) -> PyResult<Bound<'py, PyNode>> {
    Builder::new(py, Dictionary::V3).node(&node.as_node_ref())
}

/// Adds the classes and functions of this module to `wapy._core`.
pub(crate) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyNode>()?;
    module.add_class::<PyJid>()?;
    module.add_function(wrap_pyfunction!(encode_node, module)?)?;
    module.add_function(wrap_pyfunction!(decode_node, module)?)?;
    module.add_function(wrap_pyfunction!(unpack_frame, module)?)?;
    module.add("DEFAULT_MAX_INFLATED", DEFAULT_MAX_INFLATED)?;
    Ok(())
}

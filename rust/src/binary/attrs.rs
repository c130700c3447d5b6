//! Typed attribute getters shared by [`Node`](super::Node) and
//! [`NodeRef`](super::NodeRef): `node.attrs().jid("from")?`,
//! `attrs.u64("t")?`, `attrs.optional_jid("participant")?`. Errors name the
//! node and the attribute that was missing or invalid.

use std::borrow::Cow;

use super::jid::{Jid, JidRef};
use super::node::Value;
use super::node_ref::ValueRef;
use super::strref::StrRef;

/// Why an attribute could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AttrError {
    /// The attribute is absent.
    #[error("<{tag}> has no attribute {key:?}")]
    Missing {
        /// The node's tag.
        tag: String,
        /// The attribute.
        key: String,
    },
    /// The attribute is present but does not hold what was asked for.
    #[error("attribute {key:?} of <{tag}> is not {expected}: {value:?}")]
    Invalid {
        /// The node's tag.
        tag: String,
        /// The attribute.
        key: String,
        /// What was expected ("a JID", "an unsigned integer", ...).
        expected: &'static str,
        /// The value found.
        value: String,
    },
}

#[derive(Clone, Copy)]
enum Pairs<'n> {
    Ref(&'n [(StrRef<'n>, ValueRef<'n>)]),
    Owned(&'n [(Cow<'static, str>, Value)]),
}

/// A node's attributes with typed getters.
#[derive(Clone, Copy)]
pub struct Attrs<'n> {
    tag: StrRef<'n>,
    pairs: Pairs<'n>,
}

fn owned_value(value: &Value) -> ValueRef<'_> {
    match value {
        Value::Str(text) => ValueRef::Str(StrRef::Raw(text)),
        Value::Jid(jid) => ValueRef::Jid(jid.as_jid_ref()),
    }
}

impl<'n> Attrs<'n> {
    pub(crate) fn from_ref(tag: StrRef<'n>, pairs: &'n [(StrRef<'n>, ValueRef<'n>)]) -> Attrs<'n> {
        Attrs {
            tag,
            pairs: Pairs::Ref(pairs),
        }
    }

    pub(crate) fn from_owned(tag: &'n str, pairs: &'n [(Cow<'static, str>, Value)]) -> Attrs<'n> {
        Attrs {
            tag: StrRef::Raw(tag),
            pairs: Pairs::Owned(pairs),
        }
    }

    /// Number of attributes.
    pub fn len(&self) -> usize {
        match self.pairs {
            Pairs::Ref(pairs) => pairs.len(),
            Pairs::Owned(pairs) => pairs.len(),
        }
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The pairs in wire order.
    pub fn iter(&self) -> impl Iterator<Item = (StrRef<'n>, ValueRef<'n>)> + 'n {
        let (refs, owned) = match self.pairs {
            Pairs::Ref(pairs) => (pairs, &[][..]),
            Pairs::Owned(pairs) => (&[][..], pairs),
        };
        refs.iter().copied().chain(
            owned
                .iter()
                .map(|(key, value)| (StrRef::Raw(key.as_ref()), owned_value(value))),
        )
    }

    /// The value of `key` (the first one if repeated).
    pub fn get(&self, key: &str) -> Option<ValueRef<'n>> {
        match self.pairs {
            Pairs::Ref(pairs) => pairs.iter().find(|(k, _)| k.eq_str(key)).map(|(_, v)| *v),
            Pairs::Owned(pairs) => pairs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| owned_value(v)),
        }
    }

    /// True when `key` is present.
    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    fn missing(&self, key: &str) -> AttrError {
        AttrError::Missing {
            tag: self.tag.to_string(),
            key: key.to_owned(),
        }
    }

    fn invalid(&self, key: &str, expected: &'static str, value: &ValueRef<'_>) -> AttrError {
        AttrError::Invalid {
            tag: self.tag.to_string(),
            key: key.to_owned(),
            expected,
            value: value.as_str().into_owned(),
        }
    }

    fn required(&self, key: &str) -> Result<ValueRef<'n>, AttrError> {
        self.get(key).ok_or_else(|| self.missing(key))
    }

    /// The text of `key`.
    pub fn str(&self, key: &str) -> Result<Cow<'n, str>, AttrError> {
        self.required(key).map(|value| value.as_str())
    }

    /// The text of `key`, if present.
    pub fn optional_str(&self, key: &str) -> Option<Cow<'n, str>> {
        self.get(key).map(|value| value.as_str())
    }

    /// True when `key` is present and its text is `expected`.
    pub fn is(&self, key: &str, expected: &str) -> bool {
        self.get(key).is_some_and(|value| value.eq_str(expected))
    }

    /// `key` as a borrowed JID.
    pub fn jid_ref(&self, key: &str) -> Result<JidRef<'n>, AttrError> {
        let value = self.required(key)?;
        value
            .to_jid_ref()
            .ok_or_else(|| self.invalid(key, "a JID", &value))
    }

    /// `key` as a JID.
    pub fn jid(&self, key: &str) -> Result<Jid, AttrError> {
        self.jid_ref(key).map(|jid| jid.to_jid())
    }

    /// `key` as a JID if present; an error if present but not a JID.
    pub fn optional_jid(&self, key: &str) -> Result<Option<Jid>, AttrError> {
        match self.get(key) {
            None => Ok(None),
            Some(value) => value
                .to_jid_ref()
                .map(|jid| Some(jid.to_jid()))
                .ok_or_else(|| self.invalid(key, "a JID", &value)),
        }
    }

    fn parse<T>(
        &self,
        key: &str,
        expected: &'static str,
        parse: impl Fn(&ValueRef<'n>) -> Option<T>,
    ) -> Result<Option<T>, AttrError> {
        match self.get(key) {
            None => Ok(None),
            Some(value) => parse(&value)
                .map(Some)
                .ok_or_else(|| self.invalid(key, expected, &value)),
        }
    }

    fn unsigned(value: &ValueRef<'_>) -> Option<u64> {
        match value {
            ValueRef::Str(text) => text.parse_u64(),
            ValueRef::Jid(_) => None,
        }
    }

    fn signed(value: &ValueRef<'_>) -> Option<i64> {
        match value {
            ValueRef::Str(text) => text.parse_i64(),
            ValueRef::Jid(_) => None,
        }
    }

    /// `key` as an unsigned decimal integer.
    pub fn u64(&self, key: &str) -> Result<u64, AttrError> {
        self.optional_u64(key)?.ok_or_else(|| self.missing(key))
    }

    /// `key` as an unsigned decimal integer, if present.
    pub fn optional_u64(&self, key: &str) -> Result<Option<u64>, AttrError> {
        self.parse(key, "an unsigned integer", Self::unsigned)
    }

    /// `key` as a 32-bit unsigned decimal integer.
    pub fn u32(&self, key: &str) -> Result<u32, AttrError> {
        self.optional_u32(key)?.ok_or_else(|| self.missing(key))
    }

    /// `key` as a 32-bit unsigned decimal integer, if present.
    pub fn optional_u32(&self, key: &str) -> Result<Option<u32>, AttrError> {
        self.parse(key, "a 32-bit unsigned integer", |v| {
            Self::unsigned(v).and_then(|n| u32::try_from(n).ok())
        })
    }

    /// `key` as a signed decimal integer.
    pub fn i64(&self, key: &str) -> Result<i64, AttrError> {
        self.optional_i64(key)?.ok_or_else(|| self.missing(key))
    }

    /// `key` as a signed decimal integer, if present.
    pub fn optional_i64(&self, key: &str) -> Result<Option<i64>, AttrError> {
        self.parse(key, "an integer", Self::signed)
    }

    /// `key` as a boolean (`true`/`false`, `1`/`0`).
    pub fn bool(&self, key: &str) -> Result<bool, AttrError> {
        self.optional_bool(key)?.ok_or_else(|| self.missing(key))
    }

    /// `key` as a boolean, if present.
    pub fn optional_bool(&self, key: &str) -> Result<Option<bool>, AttrError> {
        self.parse(key, "a boolean", |value| {
            if value.eq_str("true") || value.eq_str("1") {
                Some(true)
            } else if value.eq_str("false") || value.eq_str("0") {
                Some(false)
            } else {
                None
            }
        })
    }
}

impl std::fmt::Debug for Attrs<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map()
            .entries(
                self.iter()
                    .map(|(k, v)| (k.to_string(), v.as_str().into_owned())),
            )
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::binary::{Dictionary, Node, Server, decode, encode};

    fn sample() -> Node {
        Node::new("message")
            .attr("from", Jid::with_device("62736511039", Server::User, 5))
            .attr("participant", "120363025246125888@g.us")
            .attr("t", "1712947765")
            .attr("offset", "-12")
            .attr("retry", "true")
            .attr("id", "ABC")
    }

    fn check(attrs: Attrs<'_>) {
        assert_eq!(
            attrs.jid("from").unwrap().to_string(),
            "62736511039:5@s.whatsapp.net"
        );
        assert!(
            attrs
                .optional_jid("participant")
                .unwrap()
                .unwrap()
                .is_group()
        );
        assert_eq!(attrs.optional_jid("recipient").unwrap(), None);
        assert_eq!(attrs.u64("t").unwrap(), 1_712_947_765);
        assert_eq!(attrs.u32("t").unwrap(), 1_712_947_765);
        assert_eq!(attrs.i64("offset").unwrap(), -12);
        assert!(attrs.bool("retry").unwrap());
        assert_eq!(attrs.str("id").unwrap(), "ABC");
        assert!(attrs.is("id", "ABC"));
        assert_eq!(attrs.optional_u64("count").unwrap(), None);
        assert_eq!(
            attrs.u64("count").unwrap_err().to_string(),
            "<message> has no attribute \"count\""
        );
        let err = attrs.jid("id").unwrap_err();
        assert_eq!(
            err,
            AttrError::Invalid {
                tag: "message".into(),
                key: "id".into(),
                expected: "a JID",
                value: "ABC".into()
            }
        );
        assert!(matches!(
            attrs.u64("offset"),
            Err(AttrError::Invalid { .. })
        ));
        assert!(matches!(attrs.bool("id"), Err(AttrError::Invalid { .. })));
        assert_eq!(attrs.len(), 6);
    }

    #[test]
    fn getters_on_owned_and_borrowed_nodes() {
        let node = sample();
        check(node.attrs());
        let wire = encode(&node, Dictionary::V3).unwrap();
        let decoded = decode(&wire, Dictionary::V3).unwrap();
        check(decoded.attrs());
    }
}

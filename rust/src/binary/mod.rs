//! WhatsApp's binary XML stanza format and the JIDs it carries.
//!
//! * [`Node`]: an owned stanza, built by the client and encoded with
//!   [`encode`] / [`encode_into`].
//! * [`NodeRef`]: a stanza decoded by [`decode`] without copying: strings and
//!   bytes borrow the input; [`OwnedNodeRef`] couples it with its buffer
//!   (frame payloads: [`unpack`]).
//! * [`Attrs`]: typed attribute getters whose errors name the attribute.
//! * [`Dictionary`]: the token tables (v3 by default, v2 for Baileys 6.x).

mod attrs;
mod decode;
mod encode;
mod error;
pub mod frame;
pub mod jid;
mod node;
mod node_ref;
mod strref;
mod tokens;
pub mod wire;
mod xml;

pub use attrs::{AttrError, Attrs};
pub use decode::{MAX_DEPTH, decode};
pub use encode::{encode, encode_into, encode_ref, encode_ref_into, pack};
pub use error::{DecodeError, EncodeError, JidProblem, WireItem};
pub use frame::{DEFAULT_MAX_INFLATED, unpack, unpack_with_limit};
pub use jid::{Jid, JidError, JidParts, JidRef, Server};
pub use node::{Content, Node, Value};
pub use node_ref::{ContentRef, NodeRef, OwnedNodeRef, ValueRef};
pub use strref::{Packed, PackedKind, StrRef};
pub use tokens::{Dictionary, TOKEN_CODE_COUNT, Token, token_code};

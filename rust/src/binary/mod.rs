//! WhatsApp's binary XML stanza format and the JIDs it carries.

pub mod jid;

pub use jid::{Jid, JidError, Server};

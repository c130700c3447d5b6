//! Events: what the client tells its user, and how it gets to them.
//!
//! Every observable thing the client learns (a message, a receipt, a group
//! change, a logout...) becomes one [`Event`] value, built once, wrapped in one
//! `Arc` and handed to every interested [`EventHandler`] registered on the
//! [`CoreEventBus`]. Payloads are plain data: they derive `Debug`, `Clone` and
//! `Serialize` (the JSON form of an event is documented on [`Event`]).
//!
//! * [`bus`]: [`EventHandler`], [`CoreEventBus`], [`ChannelEventHandler`].
//! * [`kind`]: [`EventKind`] and the [`EventInterest`] bit set that lets the
//!   bus skip events nobody listens to.
//! * [`event`]: the [`Event`] enum and its serde form.
//! * [`message`]: [`MessageInfo`], [`MessageSource`] and message events.
//! * [`connection`], [`group`], [`sync`], [`device`], [`misc`]: the payloads of
//!   the other events, by domain.
//! * [`history`]: [`LazyHistorySync`], a history chunk decoded on demand.
//! * [`serde_util`]: the JSON conventions (timestamps, durations, bytes,
//!   protobuf messages, stanzas).

pub mod bus;
pub mod connection;
pub mod device;
pub mod event;
pub mod group;
pub mod history;
pub mod kind;
pub mod message;
pub mod misc;
pub mod serde_util;
pub mod sync;

pub use bus::{ChannelEventHandler, CoreEventBus, EventHandler, HandlerId};
pub use connection::*;
pub use device::*;
pub use event::Event;
pub use group::*;
pub use history::LazyHistorySync;
pub use kind::{EventInterest, EventKind};
pub use message::*;
pub use misc::*;
pub use serde_util::{Timestamp, WireEnumError};
pub use sync::*;

//! [`EventInterest`]: the set of [`EventKind`]s a handler wants.
//!
//! The bus keeps the union of its handlers' interests in two atomics, so a
//! producer can ask "does anyone want this?" without a lock and skip building
//! a payload nobody would receive.

pub use super::event::EventKind;

/// How many kinds an [`EventInterest`] can hold.
pub const INTEREST_CAPACITY: usize = 128;

// Adding a kind past the capacity fails the build instead of corrupting masks.
const _: () = assert!(EventKind::ALL.len() <= INTEREST_CAPACITY);

/// A set of [`EventKind`]s (a 128-bit mask indexed by the kind's discriminant).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct EventInterest(u128);

impl EventInterest {
    /// Every kind.
    pub const ALL: EventInterest = EventInterest(u128::MAX);
    /// No kind.
    pub const NONE: EventInterest = EventInterest(0);

    /// Exactly `kinds`.
    pub fn of(kinds: &[EventKind]) -> EventInterest {
        kinds
            .iter()
            .fold(EventInterest::NONE, |set, kind| set.with(*kind))
    }

    /// This set plus `kind`.
    pub const fn with(self, kind: EventKind) -> EventInterest {
        EventInterest(self.0 | (1u128 << (kind as u8)))
    }

    /// This set without `kind`.
    pub const fn without(self, kind: EventKind) -> EventInterest {
        EventInterest(self.0 & !(1u128 << (kind as u8)))
    }

    /// True when `kind` is in the set.
    #[inline]
    pub const fn wants(self, kind: EventKind) -> bool {
        self.0 & (1u128 << (kind as u8)) != 0
    }

    /// The union of two sets.
    pub const fn union(self, other: EventInterest) -> EventInterest {
        EventInterest(self.0 | other.0)
    }

    /// True when no kind is in the set.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The raw mask.
    pub const fn bits(self) -> u128 {
        self.0
    }

    /// A set from a raw mask.
    pub const fn from_bits(bits: u128) -> EventInterest {
        EventInterest(bits)
    }

    /// The set as (low, high) 64-bit words.
    pub(crate) const fn words(self) -> (u64, u64) {
        (self.0 as u64, (self.0 >> 64) as u64)
    }
}

impl FromIterator<EventKind> for EventInterest {
    fn from_iter<I: IntoIterator<Item = EventKind>>(kinds: I) -> EventInterest {
        kinds
            .into_iter()
            .fold(EventInterest::NONE, |set, kind| set.with(kind))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_operations() {
        let set = EventInterest::of(&[EventKind::Message, EventKind::Receipt]);
        assert!(set.wants(EventKind::Message));
        assert!(set.wants(EventKind::Receipt));
        assert!(!set.wants(EventKind::Connected));
        assert!(!set.without(EventKind::Message).wants(EventKind::Message));
        assert!(EventInterest::ALL.wants(*EventKind::ALL.last().unwrap()));
        assert!(EventInterest::NONE.is_empty());
        let collected: EventInterest = [EventKind::Connected].into_iter().collect();
        assert_eq!(collected.union(set).bits().count_ones(), 3);
        let (low, high) = EventInterest::ALL.words();
        assert_eq!((low, high), (u64::MAX, u64::MAX));
    }
}

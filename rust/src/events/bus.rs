//! The event bus: handlers register with an interest; each event is built
//! once, wrapped in one `Arc` and handed to every handler that wants it.
//!
//! Dispatch takes no lock while handlers run: the handler list is an
//! immutable snapshot (`Arc<[Entry]>`) swapped on registration changes, and the
//! union of interests lives in two atomics read before anything is built.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};

use super::event::Event;
use super::kind::{EventInterest, EventKind};

/// Receives events. Implementations must be cheap and must not block: the
/// bus calls them on the producer's thread (the connection's), in
/// registration order. Hand work off to a queue or a task.
pub trait EventHandler: Send + Sync {
    /// One event, shared with every other handler.
    fn handle_event(&self, event: Arc<Event>);
}

/// Identifies a registration on a [`CoreEventBus`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct HandlerId(u64);

#[derive(Clone)]
struct Entry {
    id: HandlerId,
    interest: EventInterest,
    handler: Arc<dyn EventHandler>,
}

/// The event bus. Cheap to share (`Arc<CoreEventBus>`); every method takes `&self`.
pub struct CoreEventBus {
    handlers: RwLock<Arc<[Entry]>>,
    next_id: AtomicU64,
    count: AtomicUsize,
    interest_low: AtomicU64,
    interest_high: AtomicU64,
}

impl Default for CoreEventBus {
    fn default() -> CoreEventBus {
        CoreEventBus::new()
    }
}

impl std::fmt::Debug for CoreEventBus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CoreEventBus")
            .field("handlers", &self.count.load(Ordering::Relaxed))
            .finish()
    }
}

impl CoreEventBus {
    /// A bus without handlers.
    pub fn new() -> CoreEventBus {
        CoreEventBus {
            handlers: RwLock::new(Arc::from(Vec::new())),
            next_id: AtomicU64::new(1),
            count: AtomicUsize::new(0),
            interest_low: AtomicU64::new(0),
            interest_high: AtomicU64::new(0),
        }
    }

    fn snapshot(&self) -> Arc<[Entry]> {
        match self.handlers.read() {
            Ok(guard) => Arc::clone(&guard),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// Replaces the handler list with `change(current)` and republishes the
    /// interest union; returns what `change` returned.
    fn update<R>(&self, change: impl FnOnce(&mut Vec<Entry>) -> R) -> R {
        let mut guard = match self.handlers.write() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        let mut entries = guard.to_vec();
        let result = change(&mut entries);
        let union = entries
            .iter()
            .fold(EventInterest::NONE, |all, entry| all.union(entry.interest));
        let (low, high) = union.words();
        // Widen before publishing the new list and narrow after, so that a
        // producer reading the mask never skips a kind the list wants.
        self.interest_low.fetch_or(low, Ordering::AcqRel);
        self.interest_high.fetch_or(high, Ordering::AcqRel);
        self.count.store(entries.len(), Ordering::Release);
        *guard = Arc::from(entries);
        self.interest_low.store(low, Ordering::Release);
        self.interest_high.store(high, Ordering::Release);
        result
    }

    /// Registers `handler` for every kind.
    pub fn add_handler(&self, handler: Arc<dyn EventHandler>) -> HandlerId {
        self.add_handler_with_interest(handler, EventInterest::ALL)
    }

    /// Registers `handler` for the kinds in `interest`.
    pub fn add_handler_with_interest(
        &self,
        handler: Arc<dyn EventHandler>,
        interest: EventInterest,
    ) -> HandlerId {
        let id = HandlerId(self.next_id.fetch_add(1, Ordering::Relaxed));
        self.update(|entries| {
            entries.push(Entry {
                id,
                interest,
                handler,
            })
        });
        id
    }

    /// Changes what a registered handler wants; false if `id` is not registered.
    pub fn set_interest(&self, id: HandlerId, interest: EventInterest) -> bool {
        self.update(
            |entries| match entries.iter_mut().find(|entry| entry.id == id) {
                Some(entry) => {
                    entry.interest = interest;
                    true
                }
                None => false,
            },
        )
    }

    /// Unregisters a handler; false if `id` is not registered. An event being
    /// dispatched concurrently may still reach it once.
    pub fn remove_handler(&self, id: HandlerId) -> bool {
        self.update(|entries| {
            let before = entries.len();
            entries.retain(|entry| entry.id != id);
            entries.len() != before
        })
    }

    /// True when any handler is registered (one atomic load).
    pub fn has_handlers(&self) -> bool {
        self.count.load(Ordering::Acquire) != 0
    }

    /// True when some handler wants `kind` (one atomic load): producers check
    /// this before building a costly payload.
    #[inline]
    pub fn has_handler_for(&self, kind: EventKind) -> bool {
        let bit = kind as u32;
        if bit < 64 {
            self.interest_low.load(Ordering::Acquire) & (1u64 << bit) != 0
        } else {
            self.interest_high.load(Ordering::Acquire) & (1u64 << (bit - 64)) != 0
        }
    }

    /// Delivers `event` to every handler that wants its kind, as one shared
    /// `Arc`. Nothing is allocated when nobody wants it. A handler that
    /// panics is logged and skipped; the others still get the event.
    pub fn dispatch(&self, event: Event) {
        let kind = event.kind();
        if !self.has_handler_for(kind) {
            return;
        }
        self.dispatch_arc(Arc::new(event));
    }

    /// [`dispatch`](Self::dispatch) for an event that is already shared.
    pub fn dispatch_arc(&self, event: Arc<Event>) {
        let kind = event.kind();
        let handlers = self.snapshot();
        for entry in handlers.iter().filter(|entry| entry.interest.wants(kind)) {
            let shared = Arc::clone(&event);
            if catch_unwind(AssertUnwindSafe(|| entry.handler.handle_event(shared))).is_err() {
                log::error!(
                    "event handler {:?} panicked on a {} event",
                    entry.id,
                    kind.name()
                );
            }
        }
    }

    /// Builds and dispatches an event only if some handler wants `kind`
    /// (which must be the kind `build` returns).
    pub fn dispatch_with(&self, kind: EventKind, build: impl FnOnce() -> Event) {
        if self.has_handler_for(kind) {
            let event = build();
            debug_assert_eq!(event.kind(), kind, "dispatch_with built another kind");
            self.dispatch_arc(Arc::new(event));
        }
    }
}

impl CoreEventBus {
    /// A channel receiving every event dispatched from now on (unbounded).
    /// The registration removes itself at the first event after the
    /// receiver was dropped.
    pub fn subscribe(self: &Arc<Self>) -> async_channel::Receiver<Arc<Event>> {
        let (sender, receiver) = async_channel::unbounded();
        let handler = Arc::new(Subscription {
            sender,
            bus: Arc::downgrade(self),
            id: std::sync::OnceLock::new(),
        });
        let id = self.add_handler(handler.clone());
        let _ = handler.id.set(id);
        receiver
    }
}

/// The handler behind [`CoreEventBus::subscribe`].
struct Subscription {
    sender: async_channel::Sender<Arc<Event>>,
    bus: std::sync::Weak<CoreEventBus>,
    id: std::sync::OnceLock<HandlerId>,
}

impl EventHandler for Subscription {
    fn handle_event(&self, event: Arc<Event>) {
        if self.sender.try_send(event).is_err()
            && let (Some(bus), Some(id)) = (self.bus.upgrade(), self.id.get())
        {
            bus.remove_handler(*id);
        }
    }
}

/// A handler that forwards events into an unbounded `async_channel`, for
/// consumers on any async runtime (or a thread calling `recv_blocking`).
/// Events are never dropped while the receiver lives; once it is dropped the
/// handler discards them (remove it from the bus then).
#[derive(Debug)]
pub struct ChannelEventHandler {
    sender: async_channel::Sender<Arc<Event>>,
}

impl ChannelEventHandler {
    /// The handler and the receiving end of its channel.
    #[allow(clippy::new_ret_no_self)]
    pub fn new() -> (
        Arc<ChannelEventHandler>,
        async_channel::Receiver<Arc<Event>>,
    ) {
        let (sender, receiver) = async_channel::unbounded();
        (Arc::new(ChannelEventHandler { sender }), receiver)
    }

    /// True once the receiver was dropped.
    pub fn is_closed(&self) -> bool {
        self.sender.is_closed()
    }
}

impl EventHandler for ChannelEventHandler {
    fn handle_event(&self, event: Arc<Event>) {
        if self.sender.try_send(event).is_err() {
            log::trace!("event channel closed; event discarded");
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::events::connection::{Connected, OfflineSyncCompleted};

    #[derive(Default)]
    struct Recorder {
        seen: Mutex<Vec<Arc<Event>>>,
    }

    impl EventHandler for Recorder {
        fn handle_event(&self, event: Arc<Event>) {
            self.seen.lock().unwrap().push(event);
        }
    }

    struct Panics;

    impl EventHandler for Panics {
        fn handle_event(&self, _event: Arc<Event>) {
            panic!("handler bug");
        }
    }

    fn completed(count: u32) -> Event {
        Event::OfflineSyncCompleted(OfflineSyncCompleted { count })
    }

    #[test]
    fn every_handler_gets_the_same_arc() {
        let bus = CoreEventBus::new();
        let (a, b) = (Arc::new(Recorder::default()), Arc::new(Recorder::default()));
        bus.add_handler(a.clone());
        bus.add_handler(b.clone());
        bus.dispatch(completed(1));
        let (seen_a, seen_b) = (a.seen.lock().unwrap(), b.seen.lock().unwrap());
        assert_eq!(seen_a.len(), 1);
        assert!(Arc::ptr_eq(&seen_a[0], &seen_b[0]));
        assert_eq!(
            Arc::strong_count(&seen_a[0]),
            2,
            "one Arc, held by the two handlers"
        );
    }

    #[test]
    fn interest_filters_and_has_handlers() {
        let bus = CoreEventBus::new();
        assert!(!bus.has_handlers());
        assert!(!bus.has_handler_for(EventKind::Connected));
        let recorder = Arc::new(Recorder::default());
        let id = bus.add_handler_with_interest(
            recorder.clone(),
            EventInterest::of(&[EventKind::OfflineSyncCompleted]),
        );
        assert!(bus.has_handlers());
        assert!(bus.has_handler_for(EventKind::OfflineSyncCompleted));
        assert!(!bus.has_handler_for(EventKind::Connected));
        bus.dispatch(Event::Connected(Connected {}));
        bus.dispatch(completed(2));
        let mut built = false;
        bus.dispatch_with(EventKind::Connected, || {
            built = true;
            Event::Connected(Connected {})
        });
        assert!(!built, "nobody wants Connected: the payload is never built");
        assert_eq!(recorder.seen.lock().unwrap().len(), 1);

        assert!(bus.set_interest(id, EventInterest::ALL));
        assert!(bus.has_handler_for(EventKind::Connected));
        bus.dispatch(Event::Connected(Connected {}));
        assert_eq!(recorder.seen.lock().unwrap().len(), 2);
    }

    #[test]
    fn removal() {
        let bus = CoreEventBus::new();
        let recorder = Arc::new(Recorder::default());
        let id = bus.add_handler(recorder.clone());
        bus.dispatch(completed(1));
        assert!(bus.remove_handler(id));
        assert!(!bus.remove_handler(id));
        assert!(!bus.set_interest(id, EventInterest::ALL));
        assert!(!bus.has_handlers());
        assert!(!bus.has_handler_for(EventKind::OfflineSyncCompleted));
        bus.dispatch(completed(2));
        assert_eq!(recorder.seen.lock().unwrap().len(), 1);
    }

    #[test]
    fn a_panicking_handler_does_not_stop_the_others() {
        let bus = CoreEventBus::new();
        let recorder = Arc::new(Recorder::default());
        bus.add_handler(Arc::new(Panics));
        bus.add_handler(recorder.clone());
        bus.dispatch(completed(1));
        bus.dispatch(completed(2));
        assert_eq!(recorder.seen.lock().unwrap().len(), 2);
    }

    #[test]
    fn channel_handler_keeps_order_across_threads() {
        let bus = Arc::new(CoreEventBus::new());
        let (handler, receiver) = ChannelEventHandler::new();
        let id = bus.add_handler(handler.clone());
        let producer = {
            let bus = Arc::clone(&bus);
            std::thread::spawn(move || {
                for count in 0..1000 {
                    bus.dispatch(completed(count));
                }
            })
        };
        producer.join().unwrap();
        let counts: Vec<u32> = (0..1000)
            .map(|_| match &*receiver.recv_blocking().unwrap() {
                Event::OfflineSyncCompleted(done) => done.count,
                other => panic!("unexpected {other:?}"),
            })
            .collect();
        assert_eq!(counts, (0..1000).collect::<Vec<_>>());
        assert!(receiver.try_recv().is_err());
        drop(receiver);
        assert!(handler.is_closed());
        bus.dispatch(completed(5));
        assert!(bus.remove_handler(id));
    }

    #[test]
    fn subscriptions_remove_themselves_once_dropped() {
        let bus = Arc::new(CoreEventBus::new());
        let first = bus.subscribe();
        let second = bus.subscribe();
        bus.dispatch(completed(1));
        assert!(
            matches!(&*first.try_recv().unwrap(), Event::OfflineSyncCompleted(d) if d.count == 1)
        );
        assert!(
            matches!(&*second.try_recv().unwrap(), Event::OfflineSyncCompleted(d) if d.count == 1)
        );
        drop(first);
        bus.dispatch(completed(2));
        assert!(bus.has_handlers());
        assert!(
            matches!(&*second.try_recv().unwrap(), Event::OfflineSyncCompleted(d) if d.count == 2)
        );
        drop(second);
        bus.dispatch(completed(3));
        assert!(!bus.has_handlers());
    }
}

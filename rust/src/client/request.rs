//! IQ requests: ids, the map of requests waiting for their answer, and the
//! classification of answers (`type="result"` or `type="error"` with
//! `<error code text/>`).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::oneshot;

use super::error::IqError;
use crate::binary::{Jid, Node, NodeRef, OwnedNodeRef};
use crate::signal::keys::random_array;

/// An answer as delivered to the waiting request.
pub(crate) type Answer = Result<Arc<OwnedNodeRef>, IqError>;

/// Requests waiting for answers, and the id generator.
pub(crate) struct Requests {
    prefix: String,
    counter: AtomicU64,
    pending: Mutex<HashMap<String, oneshot::Sender<Answer>>>,
}

impl Default for Requests {
    fn default() -> Requests {
        let [a, b] = random_array::<2>();
        Requests {
            // whatsmeow's shape: a random per-client prefix, then a counter.
            prefix: format!("{a}.{b}-"),
            counter: AtomicU64::new(1),
            pending: Mutex::new(HashMap::new()),
        }
    }
}

impl Requests {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, oneshot::Sender<Answer>>> {
        self.pending.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A fresh request id.
    pub(crate) fn next_id(&self) -> String {
        let n = self.counter.fetch_add(1, Ordering::Relaxed);
        format!("{}{n}", self.prefix)
    }

    /// Registers a request before it is sent.
    pub(crate) fn register(&self, id: String) -> oneshot::Receiver<Answer> {
        let (tx, rx) = oneshot::channel();
        self.lock().insert(id, tx);
        rx
    }

    /// Forgets a request (timed out, or its send failed).
    pub(crate) fn forget(&self, id: &str) {
        self.lock().remove(id);
    }

    /// Delivers an `<iq type="result|error">` to its request. Returns false
    /// when nobody waits for that id.
    pub(crate) fn resolve(&self, node: &Arc<OwnedNodeRef>) -> bool {
        let iq = node.get();
        let Some(id) = iq.attr("id") else {
            return false;
        };
        let Some(waiter) = self.lock().remove(id.as_str().as_ref()) else {
            return false;
        };
        let answer = if iq.attrs().is("type", "error") {
            Err(iq_error(iq))
        } else {
            Ok(node.clone())
        };
        let _ = waiter.send(answer);
        true
    }

    /// Fails every waiting request (the connection closed).
    pub(crate) fn cancel_all(&self) {
        for (_, waiter) in self.lock().drain() {
            let _ = waiter.send(Err(IqError::Disconnected));
        }
    }

    /// Number of waiting requests.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.lock().len()
    }
}

/// The `<error code text/>` of an `<iq type="error">`.
pub(crate) fn iq_error(iq: &NodeRef<'_>) -> IqError {
    let error = iq.child("error");
    let code = error
        .and_then(|e| e.attrs().optional_u32("code").ok().flatten())
        .and_then(|code| u16::try_from(code).ok())
        .unwrap_or(0);
    let text = error
        .and_then(|e| e.attrs().optional_str("text"))
        .map(|t| t.into_owned())
        .unwrap_or_default();
    IqError::Server { code, text }
}

/// `<iq id xmlns type to="s.whatsapp.net">children</iq>`.
pub fn iq(id: String, xmlns: &'static str, kind: &'static str, children: Vec<Node>) -> Node {
    let node = Node::new("iq")
        .attr("id", id)
        .attr("xmlns", xmlns)
        .attr("type", kind)
        .attr("to", Jid::server_jid());
    if children.is_empty() {
        node
    } else {
        node.children(children)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::binary::{Dictionary, encode};

    fn owned(node: &Node) -> Arc<OwnedNodeRef> {
        let wire = encode(node, Dictionary::V3).unwrap();
        Arc::new(OwnedNodeRef::decode(wire.into(), Dictionary::V3).unwrap())
    }

    #[tokio::test]
    async fn results_and_errors_reach_their_request() {
        let requests = Requests::default();
        let a = requests.next_id();
        let b = requests.next_id();
        assert_ne!(a, b);
        let rx_a = requests.register(a.clone());
        let rx_b = requests.register(b.clone());
        let ok = owned(&Node::new("iq").attr("id", a).attr("type", "result"));
        let err = owned(
            &Node::new("iq")
                .attr("id", b)
                .attr("type", "error")
                .children([Node::new("error")
                    .attr("code", "404")
                    .attr("text", "item-not-found")]),
        );
        assert!(requests.resolve(&ok));
        assert!(requests.resolve(&err));
        assert!(!requests.resolve(&ok));
        assert!(rx_a.await.unwrap().is_ok());
        assert_eq!(
            rx_b.await.unwrap().unwrap_err(),
            IqError::Server {
                code: 404,
                text: "item-not-found".into()
            }
        );
        let rx = requests.register(requests.next_id());
        requests.cancel_all();
        assert_eq!(rx.await.unwrap().unwrap_err(), IqError::Disconnected);
        assert_eq!(requests.len(), 0);
    }
}

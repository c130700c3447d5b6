//! `newsletter`: live counters of a newsletter we subscribed to
//! (`<live_updates>`), both nestings: `<live_updates><messages jid t>
//! <message server_id>…` and `<live_updates><message server_id>…`. Each
//! `<message>` may carry `<reactions><reaction code count/></reactions>` and
//! `<views_count count/>`.

use std::collections::HashMap;
use std::sync::Mutex;

use tokio::task::AbortHandle;

use super::{NotificationError, required_child, timestamp};
use crate::binary::{Jid, NodeRef};
use crate::client::lifecycle::{Inner, lock};
use crate::events::{
    Event, NewsletterLiveMessage, NewsletterLiveUpdate, NewsletterReaction, Timestamp,
};

fn message(node: &NodeRef<'_>) -> Result<NewsletterLiveMessage, NotificationError> {
    let reactions = match node.child("reactions") {
        None => Vec::new(),
        Some(reactions) => reactions
            .children_by_tag("reaction")
            .map(|reaction| {
                let attrs = reaction.attrs();
                Ok(NewsletterReaction {
                    code: attrs.str("code")?.into_owned(),
                    count: attrs.u64("count")?,
                })
            })
            .collect::<Result<_, NotificationError>>()?,
    };
    let views = match node.child("views_count") {
        None => None,
        Some(views) => Some(views.attrs().u64("count")?),
    };
    Ok(NewsletterLiveMessage {
        server_id: node.attrs().u64("server_id")?,
        reactions,
        views,
    })
}

/// The live update of a `newsletter` notification.
pub fn parse(notification: &NodeRef<'_>) -> Result<NewsletterLiveUpdate, NotificationError> {
    let attrs = notification.attrs();
    let live = required_child(notification, "live_updates")?;
    let mut newsletter_jid = attrs.jid("from")?;
    let mut time = timestamp(notification)?;
    let mut messages = Vec::new();
    for child in live.children() {
        if child.is("message") {
            messages.push(message(child)?);
        } else if child.is("messages") {
            let group = child.attrs();
            if let Some(jid) = group.optional_jid("jid")? {
                newsletter_jid = jid;
            }
            if let Some(t) = group.optional_i64("t")? {
                time = Timestamp(t);
            }
            for item in child.children_by_tag("message") {
                messages.push(message(item)?);
            }
        }
    }
    Ok(NewsletterLiveUpdate {
        newsletter_jid,
        timestamp: time,
        messages,
    })
}

pub(super) fn apply(inner: &Inner, notification: &NodeRef<'_>) -> Result<(), NotificationError> {
    inner.emit(Event::NewsletterLiveUpdate(parse(notification)?));
    Ok(())
}

/// Live-update subscriptions kept alive by a renewal task each.
#[derive(Debug, Default)]
pub(crate) struct Subscriptions {
    tasks: Mutex<HashMap<Jid, AbortHandle>>,
}

impl Subscriptions {
    /// Records the renewal task of `newsletter`, cancelling an earlier one.
    pub(crate) fn replace(&self, newsletter: Jid, task: AbortHandle) {
        if let Some(old) = lock(&self.tasks).insert(newsletter, task) {
            old.abort();
        }
    }

    /// Cancels the subscription of `newsletter`; false if there was none.
    pub(crate) fn cancel(&self, newsletter: &Jid) -> bool {
        match lock(&self.tasks).remove(newsletter) {
            Some(task) => {
                task.abort();
                true
            }
            None => false,
        }
    }

    /// Whether `newsletter` has a live subscription.
    pub(crate) fn is_active(&self, newsletter: &Jid) -> bool {
        lock(&self.tasks)
            .get(newsletter)
            .is_some_and(|task| !task.is_finished())
    }
}

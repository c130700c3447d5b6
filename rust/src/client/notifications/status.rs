//! `status`: a user changed their "about" text (`<set>text</set>`).

use super::{NotificationError, required_child, text_content, timestamp};
use crate::binary::NodeRef;
use crate::client::lifecycle::Inner;
use crate::events::{Event, UserAboutUpdate};

/// The about change of the notification.
pub fn parse(notification: &NodeRef<'_>) -> Result<UserAboutUpdate, NotificationError> {
    Ok(UserAboutUpdate {
        jid: notification.attrs().jid("from")?,
        status: text_content(required_child(notification, "set")?)?,
        timestamp: timestamp(notification)?,
    })
}

pub(super) fn apply(inner: &Inner, notification: &NodeRef<'_>) -> Result<(), NotificationError> {
    inner.emit(Event::UserAboutUpdate(parse(notification)?));
    Ok(())
}

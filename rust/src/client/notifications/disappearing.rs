//! `disappearing_mode`: a contact changed their default disappearing
//! timer (`<disappearing_mode duration t/>`).

use super::{NotificationError, required_child};
use crate::binary::NodeRef;
use crate::client::lifecycle::Inner;
use crate::events::{DisappearingModeChanged, Event, Timestamp};

/// The timer change of the notification.
pub fn parse(notification: &NodeRef<'_>) -> Result<DisappearingModeChanged, NotificationError> {
    let mode = required_child(notification, "disappearing_mode")?;
    let attrs = mode.attrs();
    Ok(DisappearingModeChanged {
        from: notification.attrs().jid("from")?,
        duration: attrs.u32("duration")?,
        setting_timestamp: Timestamp(attrs.i64("t")?),
    })
}

pub(super) fn apply(inner: &Inner, notification: &NodeRef<'_>) -> Result<(), NotificationError> {
    inner.emit(Event::DisappearingModeChanged(parse(notification)?));
    Ok(())
}

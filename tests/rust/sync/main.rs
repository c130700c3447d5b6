//! App-state sync against the local emulator over real sockets: the
//! phone's key share, fetches of snapshots and patches, the typed events
//! of changes made on the phone, recovery from a patch with a wrong MAC,
//! and mutations sent by a client reaching the phone and a second
//! companion; history sync chunks inline, as blobs and on demand. Timeouts
//! only guard against hangs.

mod app_state;
#[path = "../connection/common.rs"]
#[allow(dead_code)]
mod common;
mod history;

use std::collections::HashSet;

use wapy::events::Event;
use wapy::sync::app_state::Collection;

use common::Watched;

/// Waits until every collection reported `AppStateSyncComplete`.
pub async fn synced_all(watched: &Watched) {
    let mut seen = HashSet::new();
    while seen.len() < Collection::ALL.len() {
        let name = watched
            .wait(|event| match event {
                Event::AppStateSyncComplete(done) => Some(done.name.clone()),
                _ => None,
            })
            .await;
        seen.insert(name);
    }
}

//! Many clients against one emulator.

use wapy::events::Event;
use wapy::store::Store;

use crate::common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_clients_log_in_and_stay_connected() {
    let server = server().await;
    let phone = server.add_account("15554000001");
    let mut clients = Vec::new();
    for _ in 0..200 {
        let store = Store::open_in_memory().unwrap();
        phone.provision_companion(&store).unwrap();
        clients.push(Watched::new(store, config(&server)));
    }
    let connects = clients.iter().map(|watched| watched.client.connect());
    for result in futures_util::future::join_all(connects).await {
        result.unwrap();
    }
    assert!(clients.iter().all(|watched| watched.client.is_connected()));
    assert_eq!(
        server
            .connections()
            .iter()
            .filter(|c| c.device.is_some())
            .count(),
        200
    );
    // Each got exactly its own identity.
    let mut jids: Vec<_> = clients.iter().map(|w| w.client.jid().unwrap()).collect();
    jids.sort();
    jids.dedup();
    assert_eq!(jids.len(), 200);
    for watched in &clients {
        watched.connected().await;
        watched
            .wait(|n| matches!(n, Event::OfflineSyncCompleted(_)).then_some(()))
            .await;
    }
    let disconnects = clients.iter().map(|watched| watched.client.disconnect());
    futures_util::future::join_all(disconnects).await;
    assert!(clients.iter().all(|watched| !watched.client.is_running()));
}

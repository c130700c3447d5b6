use wapy::signal::store as protocol;
use wapy::signal::{MemorySignalStore, OsKeys, ProtocolAddress};
fn main() {
    let mut alice = MemorySignalStore::generate(&mut OsKeys);
    let mut bob = MemorySignalStore::generate(&mut OsKeys);
    let bundle = bob.bundle(1, Some(1), &mut OsKeys).unwrap();
    for i in 0..300 {
        protocol::process_bundle(&mut alice, &ProtocolAddress::new(format!("p{i}"), 1), &bundle, &mut OsKeys).unwrap();
    }
}

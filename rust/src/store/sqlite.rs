//! The SQLite store: one connection per store, shared behind a mutex.
//!
//! # Threading model
//!
//! [`Store`] is `Send + Sync` and cheap to clone (an `Arc`). It owns one
//! SQLite connection guarded by a mutex: every call takes the mutex for the
//! duration of one short SQLite operation or one [`Transaction`]. SQLite
//! allows a single writer anyway, and a single connection keeps the memory
//! footprint of an idle client small. Calls block the calling thread for
//! microseconds (a commit writes to the WAL without fsync); async code may call
//! them directly for single protocol steps, and should use
//! `tokio::task::spawn_blocking` for large batches. A [`Transaction`] holds the
//! mutex guard, which is not `Send`: the compiler refuses to keep one across
//! an `.await` in a spawned task, so a transaction can never stall other tasks
//! while waiting on the network.
//!
//! # Durability
//!
//! File databases use WAL with `synchronous = NORMAL`: a committed transaction
//! survives a crash of the process (it is in the WAL file); only an operating
//! system crash or power loss can lose the last commits. The database file is
//! created with mode 0600 before SQLite opens it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::device::Device;
use super::error::StoreError;
use super::migrations::{MIGRATIONS, latest_version};

/// How long a connection waits for another process's lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);
/// SQLite page cache per store, in KiB. Small on purpose: the working set of a
/// client (device row, a few hot sessions and sender keys) is tiny, and the
/// operating system caches the file anyway.
const CACHE_KIB: i64 = 256;
/// Prepared statements kept per connection.
const STATEMENT_CACHE: usize = 48;

pub(crate) struct Inner {
    conn: Mutex<Connection>,
    path: Option<PathBuf>,
    /// The device identity, once loaded or saved.
    device: Mutex<Option<Arc<Device>>>,
}

/// The durable store of one client: device identity, Signal state, buffered
/// events (and, as the client grows, everything else it persists).
#[derive(Clone)]
pub struct Store {
    pub(crate) inner: Arc<Inner>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.inner.path)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (creating if needed) the database at `path`; `":memory:"` opens
    /// a private in-memory database.
    pub fn open(path: impl AsRef<Path>) -> Result<Store, StoreError> {
        let path = path.as_ref();
        if path.as_os_str() == ":memory:" {
            return Store::open_in_memory();
        }
        create_private_file(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)?;
        // WAL returns the new mode as a row.
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            log::warn!(
                "SQLite refused WAL mode for {} (journal mode {mode})",
                path.display()
            );
        }
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        Store::finish_open(conn, Some(path.to_path_buf()))
    }

    /// A private in-memory database (for tests and throwaway clients).
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let conn = Connection::open_in_memory()?;
        Store::finish_open(conn, None)
    }

    fn finish_open(conn: Connection, path: Option<PathBuf>) -> Result<Store, StoreError> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "cache_size", -CACHE_KIB)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        migrate(&conn)?;
        Ok(Store {
            inner: Arc::new(Inner {
                conn: Mutex::new(conn),
                path,
                device: Mutex::new(None),
            }),
        })
    }

    /// The database file, or `None` for an in-memory store.
    pub fn path(&self) -> Option<&Path> {
        self.inner.path.as_deref()
    }

    /// Begins a write transaction (`BEGIN IMMEDIATE`). It commits with
    /// [`Transaction::commit`] and rolls back when dropped uncommitted.
    pub fn transaction(&self) -> Result<Transaction<'_>, StoreError> {
        let conn = lock(&self.inner.conn);
        conn.execute_batch("BEGIN IMMEDIATE")?;
        Ok(Transaction {
            conn,
            inner: &self.inner,
            open: true,
            saved_device: None,
        })
    }

    /// Runs `step` in one transaction: committed if it returns `Ok`, rolled
    /// back if it returns `Err`.
    pub fn with_transaction<T, E: From<StoreError>>(
        &self,
        step: impl FnOnce(&mut Transaction<'_>) -> Result<T, E>,
    ) -> Result<T, E> {
        let mut tx = self.transaction()?;
        let value = step(&mut tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// The saved device identity, if any.
    pub fn device(&self) -> Result<Option<Arc<Device>>, StoreError> {
        if let Some(device) = lock(&self.inner.device).as_ref() {
            return Ok(Some(device.clone()));
        }
        let device = {
            let conn = lock(&self.inner.conn);
            super::device::load(&conn)?
        };
        let device = device.map(Arc::new);
        if let Some(device) = &device {
            *lock(&self.inner.device) = Some(device.clone());
        }
        Ok(device)
    }

    /// The saved device identity, or a new unpaired one (saved now).
    pub fn load_or_create_device(&self) -> Result<Arc<Device>, StoreError> {
        if let Some(device) = self.device()? {
            return Ok(device);
        }
        let device = Device::new_random();
        self.with_transaction(|tx| {
            // Another caller may have created it meanwhile.
            if let Some(existing) = super::device::load(&tx.conn)? {
                return Ok(Arc::new(existing));
            }
            tx.save_device(&device)?;
            Ok::<_, StoreError>(Arc::new(device))
        })
        .inspect(|device| *lock(&self.inner.device) = Some(device.clone()))
    }

    /// Saves the device identity (replacing the stored one).
    pub fn save_device(&self, device: &Device) -> Result<(), StoreError> {
        self.with_transaction(|tx| tx.save_device(device))
    }

    /// Deletes the device identity and the Signal state tied to it
    /// (identities, sessions, prekeys, signed prekeys, sender keys, buffered
    /// events): what a logout leaves behind. The next
    /// [`load_or_create_device`](Store::load_or_create_device) makes a fresh,
    /// unpaired identity.
    pub fn delete_device(&self) -> Result<(), StoreError> {
        self.with_transaction(|tx| {
            tx.conn.execute_batch(
                "DELETE FROM device; DELETE FROM identities; DELETE FROM sessions;
                 DELETE FROM prekeys; DELETE FROM signed_prekeys; DELETE FROM sender_keys;
                 DELETE FROM event_buffer;",
            )?;
            Ok::<_, StoreError>(())
        })?;
        *lock(&self.inner.device) = None;
        Ok(())
    }
}

/// One transaction on the store: every protocol step runs in one, and commits
/// all of its changes (ratchet state, identities, prekey removal, buffered
/// plaintext) at once or none of them.
pub struct Transaction<'s> {
    pub(crate) conn: MutexGuard<'s, Connection>,
    inner: &'s Inner,
    open: bool,
    saved_device: Option<Arc<Device>>,
}

impl Transaction<'_> {
    /// Commits every change made in this transaction.
    pub fn commit(mut self) -> Result<(), StoreError> {
        self.conn.execute_batch("COMMIT")?;
        self.open = false;
        if let Some(device) = self.saved_device.take() {
            *lock(&self.inner.device) = Some(device);
        }
        Ok(())
    }

    /// Discards every change made in this transaction (dropping it does the same).
    pub fn rollback(mut self) -> Result<(), StoreError> {
        self.open = false;
        self.conn.execute_batch("ROLLBACK")?;
        Ok(())
    }

    /// The device identity: the one saved in this transaction, else the
    /// store's.
    pub fn device(&mut self) -> Result<Arc<Device>, StoreError> {
        if let Some(device) = &self.saved_device {
            return Ok(device.clone());
        }
        if let Some(device) = lock(&self.inner.device).as_ref() {
            return Ok(device.clone());
        }
        let device = Arc::new(super::device::load(&self.conn)?.ok_or(StoreError::NoDevice)?);
        *lock(&self.inner.device) = Some(device.clone());
        Ok(device)
    }

    /// Saves the device identity; the store sees it once this transaction commits.
    pub fn save_device(&mut self, device: &Device) -> Result<(), StoreError> {
        super::device::save(&self.conn, device)?;
        self.saved_device = Some(Arc::new(device.clone()));
        Ok(())
    }

    /// The connection, for modules that keep their own tables in this store.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

impl Drop for Transaction<'_> {
    fn drop(&mut self) {
        if self.open
            && let Err(error) = self.conn.execute_batch("ROLLBACK")
        {
            log::error!("rolling back a store transaction failed: {error}");
        }
    }
}

/// Locks a mutex, recovering from poisoning: a panic while holding it left at
/// most an open SQLite transaction, which the dropped [`Transaction`] rolled back.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Creates the database file with mode 0600 if it does not exist, and
/// tightens an existing file's mode to 0600.
fn create_private_file(path: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .mode(0o600)
            .open(path)?;
        let mode = std::fs::metadata(path)?.permissions().mode() & 0o777;
        if mode != 0o600 {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
        }
    }
    #[cfg(not(unix))]
    {
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)?;
    }
    Ok(())
}

/// Applies every migration newer than the file's `user_version`.
fn migrate(conn: &Connection) -> Result<(), StoreError> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    let latest = latest_version();
    if found > latest {
        return Err(StoreError::SchemaTooNew {
            found,
            supported: latest,
        });
    }
    for (index, sql) in MIGRATIONS
        .iter()
        .enumerate()
        .skip(usize::try_from(found).unwrap_or(0))
    {
        let version = index as i64 + 1;
        conn.execute_batch("BEGIN IMMEDIATE")?;
        let applied = conn
            .execute_batch(sql)
            .and_then(|()| conn.execute_batch(&format!("PRAGMA user_version = {version}")))
            .and_then(|()| conn.execute_batch("COMMIT"));
        if let Err(error) = applied {
            let _ = conn.execute_batch("ROLLBACK");
            return Err(error.into());
        }
        log::info!("store schema migrated to version {version}");
    }
    Ok(())
}

/// Runs a query expected to return at most one row.
pub(crate) fn optional_row<T>(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
    map: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<Option<T>, StoreError> {
    Ok(conn
        .prepare_cached(sql)?
        .query_row(params, map)
        .optional()?)
}

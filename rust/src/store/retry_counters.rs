//! Retry counters that survive restarts: how many retry receipts we sent for
//! a message we could not decrypt, and how many times we resent a message of
//! ours to a device that asked. Kept in memory they reset with the process,
//! so a peer could make us loop or we would give up too early.
//!
//! The table is bounded: each bump stamps its row with a sequence number and
//! rows beyond [`MAX_RETRY_COUNTERS`] are pruned, oldest stamp first.

use rusqlite::params;

use super::error::StoreError;
use super::sqlite::{Store, Transaction, optional_row};
use crate::binary::Jid;

/// Counter rows kept; older ones are pruned on the next bump.
pub const MAX_RETRY_COUNTERS: u32 = 2048;

/// Which count a counter keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetryCounter {
    /// Retry receipts we sent for a received message (by its id).
    Requested,
    /// Resends we made of one of our messages (by its id and the device
    /// that asked).
    Resent,
}

impl RetryCounter {
    fn code(self) -> i64 {
        match self {
            RetryCounter::Requested => 0,
            RetryCounter::Resent => 1,
        }
    }
}

fn device_key(device: Option<&Jid>) -> String {
    device.map(Jid::to_string).unwrap_or_default()
}

impl Transaction<'_> {
    /// Adds one to the counter of `message_id` (and `device`, for resends)
    /// and returns the new count; prunes the oldest counters beyond
    /// [`MAX_RETRY_COUNTERS`].
    pub fn bump_retry_counter(
        &mut self,
        counter: RetryCounter,
        message_id: &str,
        device: Option<&Jid>,
    ) -> Result<u32, StoreError> {
        self.bump_retry_counter_bounded(counter, message_id, device, MAX_RETRY_COUNTERS)
    }

    /// [`bump_retry_counter`](Self::bump_retry_counter) keeping at most
    /// `limit` rows.
    pub fn bump_retry_counter_bounded(
        &mut self,
        counter: RetryCounter,
        message_id: &str,
        device: Option<&Jid>,
        limit: u32,
    ) -> Result<u32, StoreError> {
        let device = device_key(device);
        let count: i64 = self
            .conn
            .prepare_cached(
                "INSERT INTO retry_counters (kind, message_id, device, count, touched)
                 VALUES (?1, ?2, ?3, 1,
                         (SELECT COALESCE(MAX(touched), 0) + 1 FROM retry_counters))
                 ON CONFLICT (kind, message_id, device) DO UPDATE SET
                     count = count + 1,
                     touched = (SELECT COALESCE(MAX(touched), 0) + 1 FROM retry_counters)
                 RETURNING count",
            )?
            .query_row(params![counter.code(), message_id, device], |row| {
                row.get(0)
            })?;
        self.conn
            .prepare_cached(
                "DELETE FROM retry_counters WHERE touched <= (
                     SELECT touched FROM retry_counters
                     ORDER BY touched DESC LIMIT 1 OFFSET ?1)",
            )?
            .execute([i64::from(limit)])?;
        u32::try_from(count).map_err(|_| StoreError::OutOfRange {
            table: "retry_counters",
            column: "count",
        })
    }

    /// The current count of `message_id` (and `device`), 0 when none.
    pub fn retry_counter(
        &mut self,
        counter: RetryCounter,
        message_id: &str,
        device: Option<&Jid>,
    ) -> Result<u32, StoreError> {
        let count: Option<i64> = optional_row(
            &self.conn,
            "SELECT count FROM retry_counters
             WHERE kind = ?1 AND message_id = ?2 AND device = ?3",
            params![counter.code(), message_id, device_key(device)],
            |row| row.get(0),
        )?;
        u32::try_from(count.unwrap_or(0)).map_err(|_| StoreError::OutOfRange {
            table: "retry_counters",
            column: "count",
        })
    }
}

impl Store {
    /// Adds one to a retry counter and returns the new count (one transaction).
    pub fn bump_retry_counter(
        &self,
        counter: RetryCounter,
        message_id: &str,
        device: Option<&Jid>,
    ) -> Result<u32, StoreError> {
        self.with_transaction(|tx| tx.bump_retry_counter(counter, message_id, device))
    }

    /// The current count of a retry counter, 0 when none.
    pub fn retry_counter(
        &self,
        counter: RetryCounter,
        message_id: &str,
        device: Option<&Jid>,
    ) -> Result<u32, StoreError> {
        self.with_transaction(|tx| tx.retry_counter(counter, message_id, device))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_count_per_kind_message_and_device() {
        let store = Store::open_in_memory().unwrap();
        let a = Jid::parse("111:1@s.whatsapp.net").unwrap();
        let b = Jid::parse("111:2@s.whatsapp.net").unwrap();
        assert_eq!(
            store
                .retry_counter(RetryCounter::Requested, "X", None)
                .unwrap(),
            0
        );
        assert_eq!(
            store
                .bump_retry_counter(RetryCounter::Requested, "X", None)
                .unwrap(),
            1
        );
        assert_eq!(
            store
                .bump_retry_counter(RetryCounter::Requested, "X", None)
                .unwrap(),
            2
        );
        assert_eq!(
            store
                .bump_retry_counter(RetryCounter::Resent, "X", Some(&a))
                .unwrap(),
            1
        );
        assert_eq!(
            store
                .bump_retry_counter(RetryCounter::Resent, "X", Some(&b))
                .unwrap(),
            1
        );
        assert_eq!(
            store
                .bump_retry_counter(RetryCounter::Resent, "X", Some(&a))
                .unwrap(),
            2
        );
        assert_eq!(
            store
                .retry_counter(RetryCounter::Requested, "X", None)
                .unwrap(),
            2
        );
        assert_eq!(
            store
                .retry_counter(RetryCounter::Resent, "X", Some(&a))
                .unwrap(),
            2
        );
        assert_eq!(
            store
                .retry_counter(RetryCounter::Requested, "Y", None)
                .unwrap(),
            0
        );
    }

    #[test]
    fn the_oldest_counters_are_pruned_beyond_the_limit() {
        let store = Store::open_in_memory().unwrap();
        store
            .with_transaction(|tx| {
                for i in 0..10 {
                    tx.bump_retry_counter_bounded(
                        RetryCounter::Requested,
                        &format!("m{i}"),
                        None,
                        4,
                    )?;
                }
                // Touching an old one keeps it.
                tx.bump_retry_counter_bounded(RetryCounter::Requested, "m7", None, 4)?;
                tx.bump_retry_counter_bounded(RetryCounter::Requested, "new", None, 4)
            })
            .unwrap();
        let rows: i64 = store
            .with_transaction(|tx| {
                Ok::<_, StoreError>(tx.connection().query_row(
                    "SELECT COUNT(*) FROM retry_counters",
                    [],
                    |row| row.get(0),
                )?)
            })
            .unwrap();
        assert_eq!(rows, 4);
        let kept: Vec<u32> = ["m7", "m8", "m9", "new", "m6", "m0"]
            .iter()
            .map(|id| {
                store
                    .retry_counter(RetryCounter::Requested, id, None)
                    .unwrap()
            })
            .collect();
        assert_eq!(kept, vec![2, 1, 1, 1, 0, 0]);
    }

    #[test]
    fn counters_survive_reopening_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("retry.db");
        {
            let store = Store::open(&path).unwrap();
            store
                .bump_retry_counter(RetryCounter::Requested, "X", None)
                .unwrap();
            store
                .bump_retry_counter(RetryCounter::Requested, "X", None)
                .unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(
            store
                .bump_retry_counter(RetryCounter::Requested, "X", None)
                .unwrap(),
            3
        );
    }
}

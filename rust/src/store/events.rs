//! Buffered events: decrypted plaintexts kept until the event is handled.
//!
//! Decrypting a message advances the ratchet, so the same ciphertext cannot be
//! decrypted twice. If the process dies after the new ratchet state was
//! committed but before the message was handled and acked, the server
//! redelivers a ciphertext we can no longer open. So the messaging layer
//! writes the plaintext here **in the same transaction** as the decrypt, keyed
//! by [`buffer_key`] of the ciphertext; on redelivery it finds the plaintext
//! here instead of decrypting; once the event was handled it deletes the row.

use rusqlite::params;
use sha2::{Digest, Sha256};

use super::error::StoreError;
use super::sqlite::{Transaction, optional_row};

/// A buffered plaintext.
#[derive(Clone, PartialEq, Eq)]
pub struct BufferedEvent {
    /// The decrypted plaintext.
    pub plaintext: Vec<u8>,
    /// The message's server timestamp (Unix seconds).
    pub server_timestamp: i64,
    /// When it was buffered (Unix seconds).
    pub insert_timestamp: i64,
}

impl std::fmt::Debug for BufferedEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BufferedEvent")
            .field("plaintext_len", &self.plaintext.len())
            .field("server_timestamp", &self.server_timestamp)
            .field("insert_timestamp", &self.insert_timestamp)
            .finish()
    }
}

/// The buffer key of a ciphertext: its SHA-256.
pub fn buffer_key(ciphertext: &[u8]) -> [u8; 32] {
    Sha256::digest(ciphertext).into()
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

impl Transaction<'_> {
    /// Buffers `plaintext` under `key` (replacing an earlier entry).
    pub fn put_buffered_event(
        &mut self,
        key: &[u8],
        plaintext: &[u8],
        server_timestamp: i64,
    ) -> Result<(), StoreError> {
        self.conn
            .prepare_cached(
                "INSERT OR REPLACE INTO event_buffer (key, plaintext, server_timestamp, insert_timestamp)
                 VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![key, plaintext, server_timestamp, now()])?;
        Ok(())
    }

    /// The event buffered under `key`.
    pub fn buffered_event(&mut self, key: &[u8]) -> Result<Option<BufferedEvent>, StoreError> {
        optional_row(
            &self.conn,
            "SELECT plaintext, server_timestamp, insert_timestamp FROM event_buffer WHERE key = ?1",
            [key],
            |row| {
                Ok(BufferedEvent {
                    plaintext: row.get(0)?,
                    server_timestamp: row.get(1)?,
                    insert_timestamp: row.get(2)?,
                })
            },
        )
    }

    /// Deletes the event buffered under `key` (after it was handled).
    pub fn delete_buffered_event(&mut self, key: &[u8]) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .prepare_cached("DELETE FROM event_buffer WHERE key = ?1")?
            .execute([key])?
            > 0)
    }

    /// Deletes events buffered before `insert_timestamp`; returns how many.
    pub fn delete_buffered_events_before(
        &mut self,
        insert_timestamp: i64,
    ) -> Result<usize, StoreError> {
        Ok(self
            .conn
            .prepare_cached("DELETE FROM event_buffer WHERE insert_timestamp < ?1")?
            .execute([insert_timestamp])?)
    }
}

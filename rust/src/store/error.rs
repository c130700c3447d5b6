//! Errors of the store.

use crate::signal::error::{Malformed, MessageKind};

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// SQLite reported an error.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The database file could not be created or its permissions set.
    #[error("cannot prepare the database file: {0}")]
    Io(#[from] std::io::Error),
    /// The database was written by a newer version of wapy.
    #[error("database schema version {found} is newer than this build supports ({supported})")]
    SchemaTooNew {
        /// The version found in the file.
        found: i64,
        /// The newest version this build knows.
        supported: i64,
    },
    /// No device identity has been saved yet.
    #[error("the store has no device identity yet")]
    NoDevice,
    /// A stored value does not decode.
    #[error("corrupt {kind} in table {table}: {reason}")]
    Corrupt {
        /// The table it came from.
        table: &'static str,
        /// What was being read.
        kind: MessageKind,
        /// What was wrong.
        reason: Malformed,
    },
    /// A stored number is out of its range.
    #[error("corrupt value in {table}.{column}")]
    OutOfRange {
        /// The table.
        table: &'static str,
        /// The column.
        column: &'static str,
    },
}

//! The schema, as an ordered list of migrations.
//!
//! Migration `i` (0-based) brings a database from `PRAGMA user_version = i`
//! to `i + 1`. A module that needs tables appends a migration; existing ones
//! are never edited once released. Every migration runs in the same
//! transaction as the version bump, so a crash leaves the old version intact.

/// The migrations, oldest first.
pub(crate) const MIGRATIONS: &[&str] = &[
    // 1: device identity, Signal state, buffered events.
    r"
    CREATE TABLE device (
        id                    INTEGER PRIMARY KEY CHECK (id = 1),
        noise_public          BLOB    NOT NULL CHECK (length(noise_public) = 32),
        noise_private         BLOB    NOT NULL CHECK (length(noise_private) = 32),
        identity_public       BLOB    NOT NULL CHECK (length(identity_public) = 32),
        identity_private      BLOB    NOT NULL CHECK (length(identity_private) = 32),
        registration_id       INTEGER NOT NULL,
        signed_prekey_id      INTEGER NOT NULL,
        adv_secret_key        BLOB    NOT NULL CHECK (length(adv_secret_key) = 32),
        jid                   TEXT,
        lid                   TEXT,
        push_name             TEXT    NOT NULL DEFAULT '',
        platform              TEXT    NOT NULL DEFAULT '',
        business_name         TEXT    NOT NULL DEFAULT '',
        account               BLOB,
        account_signature_key BLOB    CHECK (account_signature_key IS NULL OR length(account_signature_key) = 32),
        next_prekey_id        INTEGER NOT NULL DEFAULT 1
    ) STRICT;

    CREATE TABLE identities (
        name     TEXT    NOT NULL,
        device   INTEGER NOT NULL,
        identity BLOB    NOT NULL CHECK (length(identity) = 32),
        PRIMARY KEY (name, device)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE sessions (
        name   TEXT    NOT NULL,
        device INTEGER NOT NULL,
        record BLOB    NOT NULL,
        PRIMARY KEY (name, device)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE prekeys (
        id       INTEGER PRIMARY KEY,
        private  BLOB    NOT NULL CHECK (length(private) = 32),
        public   BLOB    NOT NULL CHECK (length(public) = 32),
        uploaded INTEGER NOT NULL DEFAULT 0
    ) STRICT;

    CREATE TABLE signed_prekeys (
        id        INTEGER PRIMARY KEY,
        private   BLOB    NOT NULL CHECK (length(private) = 32),
        public    BLOB    NOT NULL CHECK (length(public) = 32),
        signature BLOB    NOT NULL CHECK (length(signature) = 64),
        timestamp INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE sender_keys (
        group_id      TEXT    NOT NULL,
        sender_name   TEXT    NOT NULL,
        sender_device INTEGER NOT NULL,
        record        BLOB    NOT NULL,
        PRIMARY KEY (group_id, sender_name, sender_device)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE event_buffer (
        key              BLOB    PRIMARY KEY,
        plaintext        BLOB    NOT NULL,
        server_timestamp INTEGER NOT NULL,
        insert_timestamp INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX event_buffer_insert_timestamp ON event_buffer (insert_timestamp);
    ",
    // 2: LID <-> phone-number pairs, privacy (trusted-contact) tokens.
    r"
    CREATE TABLE IF NOT EXISTS lid_pn_mapping (
        lid TEXT NOT NULL PRIMARY KEY,
        pn  TEXT NOT NULL UNIQUE
    ) STRICT;

    CREATE TABLE IF NOT EXISTS privacy_tokens (
        jid       TEXT    NOT NULL PRIMARY KEY,
        token     BLOB    NOT NULL,
        timestamp INTEGER NOT NULL
    ) STRICT;
    ",
    // 3: the devices that hold our sender key, per group.
    r"
    CREATE TABLE IF NOT EXISTS sender_key_devices (
        group_id TEXT    NOT NULL,
        user     TEXT    NOT NULL,
        device   INTEGER NOT NULL,
        PRIMARY KEY (group_id, user, device)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS sender_key_devices_user ON sender_key_devices (user);
    ",
    // 4: app-state sync keys, collection versions and LT-hashes, value MACs;
    // contacts' push names (from history sync).
    r"
    CREATE TABLE IF NOT EXISTS app_state_sync_keys (
        key_id    BLOB    NOT NULL PRIMARY KEY,
        key_data  BLOB    NOT NULL CHECK (length(key_data) = 32),
        timestamp INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE IF NOT EXISTS app_state_versions (
        name    TEXT    NOT NULL PRIMARY KEY,
        version INTEGER NOT NULL,
        hash    BLOB    NOT NULL CHECK (length(hash) = 128)
    ) STRICT;

    CREATE TABLE IF NOT EXISTS app_state_mutation_macs (
        name      TEXT NOT NULL,
        index_mac BLOB NOT NULL CHECK (length(index_mac) = 32),
        value_mac BLOB NOT NULL CHECK (length(value_mac) = 32),
        PRIMARY KEY (name, index_mac)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE IF NOT EXISTS push_names (
        jid       TEXT NOT NULL PRIMARY KEY,
        push_name TEXT NOT NULL
    ) STRICT;
    ",
    // 5: retry counters (retry receipts sent per received message, resends
    // made per sent message and device), bounded by pruning the oldest.
    r"
    CREATE TABLE IF NOT EXISTS retry_counters (
        kind       INTEGER NOT NULL,
        message_id TEXT    NOT NULL,
        device     TEXT    NOT NULL,
        count      INTEGER NOT NULL,
        touched    INTEGER NOT NULL,
        PRIMARY KEY (kind, message_id, device)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS retry_counters_touched ON retry_counters (touched);
    ",
];

/// The schema version this build writes.
pub(crate) fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}

//! Media encryption: the file format of every attachment, history blob and
//! app-state blob, plus the crypto of media re-upload requests.
//!
//! An encrypted file is `AES-256-CBC(cipherKey, iv, file) ||
//! HMAC-SHA256(macKey, iv || ciphertext)[0:10]`, the keys coming from the
//! message's `mediaKey` ([`MediaKeys`]). Messages carry `fileSha256` (of the
//! plaintext), `fileEncSha256` (of the whole encrypted file) and `fileLength`.
//!
//! * [`keys`]: [`MediaType`], [`MediaKey`], [`MediaKeys`].
//! * [`mod@encrypt`]: streaming [`MediaEncryptor`], an [`EncryptWriter`] adapter,
//!   [`encrypt_stream`], [`encrypt_file`] and the in-memory [`encrypt()`].
//! * [`mod@decrypt`]: streaming [`MediaDecryptor`], [`decrypt_stream`],
//!   [`decrypt_to_path`] / [`decrypt_file`] (never leave a partial file) and
//!   the in-memory [`decrypt()`].
//! * `probe`: MIME type, dimensions and duration read from a file's
//!   header ([`MediaProbe`]), for the fields of outgoing media messages.
//! * [`retry`]: the AES-GCM payloads of media retry receipts and notifications.
//! * [`retry_stanza`]: the media retry stanzas both ways ([`MediaRetryReceipt`],
//!   [`MediaRetryNotice`] → [`MediaRetryOutcome`]).
//! * [`conn`]: `media_conn` ([`MediaConn`], [`media_conn_request`]) and its
//!   TTL cache ([`MediaConnCache`]).
//! * [`transfer`], [`upload`], [`download`]: [`MediaClient`], which streams
//!   uploads and downloads over HTTPS with retries across hosts, progress
//!   reports, and verification before anything is handed out.
//!
//! Memory stays bounded whatever the file size: the streaming types hold one
//! cipher block and the MAC back, and the stream helpers use a fixed buffer.

pub mod conn;
pub mod decrypt;
pub mod download;
pub mod encrypt;
pub mod keys;
pub mod probe;
pub mod retry;
pub mod retry_stanza;
pub mod thumbnail;
pub mod transfer;
pub mod upload;

pub use conn::{
    HostKind, MediaConn, MediaConnCache, MediaConnError, MediaConnFetch, MediaHost,
    media_conn_request,
};
pub use decrypt::{
    DecryptedMedia, MediaChecks, MediaDecryptor, decrypt, decrypt_file, decrypt_stream,
    decrypt_to_path,
};
pub use download::{DownloadOptions, DownloadRequest, Downloadable, DownloadedMedia, MediaOrigin};
pub use encrypt::{
    EncryptWriter, EncryptedMedia, MediaEncryptor, encrypt, encrypt_file, encrypt_stream,
};
pub use keys::{MAC_LEN, MEDIA_KEY_LEN, MediaKey, MediaKeys, MediaType};
pub use probe::{MediaProbe, probe, probe_head, sniff_mimetype};
pub use retry::{
    MediaRetryRequest, decrypt_media_retry_notification, decrypt_server_error_receipt,
    encrypt_media_retry_notification, media_retry_key,
};
pub use retry_stanza::{
    MediaRetryNotice, MediaRetryOutcome, MediaRetryPayload, MediaRetryReceipt,
    MediaRetryStanzaError, RetryTarget,
};
pub use thumbnail::{THUMBNAIL_WIDTH, Thumbnail, ThumbnailError, jpeg_thumbnail};
pub use transfer::{
    MediaClient, NetworkFailure, ProgressFn, Scheme, TransferConfig, TransferError,
    TransferProgress, media_token,
};
pub use upload::{UploadOptions, UploadSource, UploadedMedia};

/// Size of the read buffer of the stream helpers and of the pieces the
/// streaming types work on (small enough to stay in the L1/L2 cache between
/// the cipher and hash passes).
pub(crate) const PIECE: usize = 16 * 1024;
/// Read buffer of the stream helpers.
pub(crate) const READ_BUFFER: usize = 64 * 1024;

/// Which hash of a media file did not match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum HashKind {
    /// `fileEncSha256`: SHA-256 of the encrypted file (ciphertext and MAC).
    FileEncSha256,
    /// `fileSha256`: SHA-256 of the decrypted file.
    FileSha256,
}

impl std::fmt::Display for HashKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            HashKind::FileEncSha256 => "fileEncSha256",
            HashKind::FileSha256 => "fileSha256",
        })
    }
}

/// Why media could not be encrypted, decrypted or verified.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MediaError {
    /// The file's HMAC does not match: wrong key or tampered file.
    #[error("media MAC mismatch: wrong media key or tampered file")]
    MacMismatch,
    /// A hash announced by the message does not match the file.
    #[error("{0} of the media file does not match the expected value")]
    HashMismatch(HashKind),
    /// The decrypted last block does not end in valid PKCS#7 padding.
    #[error("invalid PKCS#7 padding in the last block")]
    BadPadding,
    /// The encrypted file is too short to hold one block and the MAC.
    #[error("encrypted media of {len} bytes is truncated (at least 26 needed)")]
    Truncated {
        /// Bytes received.
        len: u64,
    },
    /// The ciphertext (file minus the 10-byte MAC) is not whole AES blocks.
    #[error("encrypted media of {len} bytes is not whole AES blocks plus a 10-byte MAC")]
    BadLength {
        /// Bytes received.
        len: u64,
    },
    /// The decrypted size differs from the announced `fileLength`.
    #[error("decrypted media has {got} bytes, the message announced {expected}")]
    LengthMismatch {
        /// Announced length.
        expected: u64,
        /// Decrypted length.
        got: u64,
    },
    /// A field read from a message has the wrong size.
    #[error("{field} must have {expected} bytes, got {got}")]
    BadFieldLength {
        /// The field's protobuf name.
        field: &'static str,
        /// Required length.
        expected: usize,
        /// Actual length.
        got: usize,
    },
    /// A media type name that is not known (or names an unencrypted kind).
    #[error("unknown or unencrypted media type {0:?}")]
    UnknownMediaType(String),
    /// AES-GCM refused a media retry payload: wrong key, IV, message id or tampered bytes.
    #[error("media retry payload does not authenticate (wrong key, IV or message id)")]
    RetryAuthentication,
    /// An authenticated media retry payload is not the expected protobuf.
    #[error("media retry payload does not decode: {0}")]
    RetryDecode(#[from] prost::DecodeError),
    /// Reading the source or writing the destination failed.
    #[error("media I/O failed: {0}")]
    Io(#[from] std::io::Error),
}

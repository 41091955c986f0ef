//! Envelope encryption of reports: AES-256-GCM, with keys in three layers.
//!
//! A key-encryption key (KEK) from the configuration wraps each tenant's data key; the tenant
//! key wraps one key per report; the report's key seals its title, body, messages, step notes
//! and files. The primitives and the KEK keyring are the shared [`crate::sealing`]; each
//! sealed value is bound by its associated data to the tenant, the report and the field.

pub use crate::sealing::{
    KEY_LEN, Key, Keyring, format_entry, new_key, open, open_text, seal, unwrap, wrap,
};

//! Sealing small values at rest: AES-256-GCM under keys from a configured keyring.
//!
//! A sealed value is `nonce (12 bytes) ‖ ciphertext ‖ tag`, bound by its associated data to
//! where it is stored, so a ciphertext copied into another row does not open there. The
//! platform's key-encryption keys (KEKs, `reports.kek` and `reports.retired_keks`) form a
//! [`Keyring`]: the current KEK seals new values, retired ones still open old values.
//! Whistleblowing wraps its tenant keys with it (see `whistleblowing::keys`); identity seals
//! second-factor secrets with it directly. Nothing here knows about either.

use crate::config::ReportsConfig;
use crate::{AppError, AppResult};
use aes_gcm::{
    Aes256Gcm, Nonce,
    aead::{Aead, KeyInit, Payload},
};
use anyhow::{Context, anyhow};
use base64::Engine;
use std::collections::HashMap;
use std::path::Path;

/// Bytes of a key.
pub const KEY_LEN: usize = 32;
const NONCE_LEN: usize = 12;

/// A 256-bit key.
pub type Key = [u8; KEY_LEN];

/// A fresh random key.
pub fn new_key() -> Key {
    let mut key = [0u8; KEY_LEN];
    rand::fill(&mut key);
    key
}

/// Seals `plain` under `key`, bound to `aad`.
pub fn seal(key: &Key, aad: &[u8], plain: &[u8]) -> Vec<u8> {
    let cipher = Aes256Gcm::new_from_slice(key).expect("a 32-byte key");
    let mut nonce = [0u8; NONCE_LEN];
    rand::fill(&mut nonce);
    let sealed = cipher
        .encrypt(&Nonce::from(nonce), Payload { msg: plain, aad })
        .expect("AES-GCM encryption of an in-memory buffer");
    let mut out = Vec::with_capacity(NONCE_LEN + sealed.len());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&sealed);
    out
}

/// Opens what [`seal`] made. A wrong key, a changed byte or other associated data is an
/// error: the stored value or the configured keys are not what they should be.
pub fn open(key: &Key, aad: &[u8], sealed: &[u8]) -> AppResult<Vec<u8>> {
    if sealed.len() < NONCE_LEN + 16 {
        return Err(AppError::Internal(anyhow!("sealed value too short")));
    }
    let (nonce, body) = sealed.split_at(NONCE_LEN);
    let nonce: [u8; NONCE_LEN] = nonce.try_into().expect("split at the nonce's length");
    let cipher = Aes256Gcm::new_from_slice(key).expect("a 32-byte key");
    cipher
        .decrypt(&Nonce::from(nonce), Payload { msg: body, aad })
        .map_err(|_| AppError::Internal(anyhow!("a sealed value did not open")))
}

/// Opens a sealed text.
pub fn open_text(key: &Key, aad: &[u8], sealed: &[u8]) -> AppResult<String> {
    String::from_utf8(open(key, aad, sealed)?)
        .map_err(|_| AppError::Internal(anyhow!("a sealed text is not UTF-8")))
}

/// A key as stored wrapped: the 32 bytes, sealed.
pub fn wrap(kek: &Key, aad: &[u8], key: &Key) -> Vec<u8> {
    seal(kek, aad, key)
}

/// The key inside a wrapped key.
pub fn unwrap(kek: &Key, aad: &[u8], wrapped: &[u8]) -> AppResult<Key> {
    open(kek, aad, wrapped)?
        .try_into()
        .map_err(|_| AppError::Internal(anyhow!("a wrapped key is not 32 bytes")))
}

/// The key-encryption keys this node knows: the current one, which seals new values and wraps
/// new and rotated keys, and retired ones, which still open what they sealed.
#[derive(Clone)]
pub struct Keyring {
    current: String,
    keys: HashMap<String, Key>,
}

impl std::fmt::Debug for Keyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut ids: Vec<_> = self.keys.keys().collect();
        ids.sort();
        f.debug_struct("Keyring")
            .field("current", &self.current)
            .field("ids", &ids)
            .finish()
    }
}

/// The file a node without a configured KEK keeps one in (development and tests only).
const DEV_KEK_FILE: &str = "report-kek";

impl Keyring {
    /// The keys of `reports.kek` and `reports.retired_keks` (each `id:base64`). Without a
    /// configured KEK, a development node makes one in `{data_dir}/report-kek` and keeps it;
    /// a `prod` node refuses to start.
    pub fn from_config(cfg: &ReportsConfig, env: &str, data_dir: &Path) -> anyhow::Result<Self> {
        let current = match cfg.kek.as_deref().filter(|k| !k.trim().is_empty()) {
            Some(k) => k.trim().to_string(),
            None if env == "prod" => {
                anyhow::bail!("reports.kek (TONGXIN_REPORTS__KEK) must be set in prod")
            }
            None => dev_kek(data_dir)?,
        };
        let (id, key) = parse_entry(&current)?;
        let mut keys = HashMap::from([(id.clone(), key)]);
        for entry in cfg
            .retired_keks
            .as_deref()
            .unwrap_or("")
            .split(',')
            .map(str::trim)
            .filter(|e| !e.is_empty())
        {
            let (rid, rkey) = parse_entry(entry)?;
            if rid == id && rkey != key {
                anyhow::bail!("retired KEK {rid} has the current KEK's id");
            }
            keys.entry(rid).or_insert(rkey);
        }
        Ok(Self { current: id, keys })
    }

    /// A keyring of one key (tests and tools).
    pub fn single(id: &str, key: Key) -> Self {
        Self {
            current: id.to_string(),
            keys: HashMap::from([(id.to_string(), key)]),
        }
    }

    /// The id of the KEK that wraps new tenant keys.
    pub fn current_id(&self) -> &str {
        &self.current
    }

    /// The current KEK.
    pub fn current(&self) -> &Key {
        &self.keys[&self.current]
    }

    /// The KEK with this id, if this node has it.
    pub fn get(&self, id: &str) -> AppResult<&Key> {
        self.keys.get(id).ok_or_else(|| {
            AppError::Internal(anyhow!(
                "the report KEK {id} is not configured (reports.retired_keks)"
            ))
        })
    }
}

/// `id:base64-of-32-bytes`.
fn parse_entry(entry: &str) -> anyhow::Result<(String, Key)> {
    let (id, b64) = entry
        .split_once(':')
        .context("a report KEK is written id:base64")?;
    let id = id.trim();
    if id.is_empty() || id.len() > 64 || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        anyhow::bail!("a report KEK id is 1–64 letters, digits or hyphens");
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(b64.trim())
        .context("a report KEK is base64")?;
    let key: Key = bytes
        .try_into()
        .map_err(|_| anyhow!("a report KEK is 32 bytes"))?;
    Ok((id.to_string(), key))
}

/// Formats a KEK entry for the configuration.
pub fn format_entry(id: &str, key: &Key) -> String {
    format!(
        "{id}:{}",
        base64::engine::general_purpose::STANDARD.encode(key)
    )
}

fn dev_kek(data_dir: &Path) -> anyhow::Result<String> {
    use std::io::Write;
    std::fs::create_dir_all(data_dir).ok();
    let path = data_dir.join(DEV_KEK_FILE);
    let entry = format_entry("dev", &new_key());
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(&path) {
        Ok(mut f) => {
            f.write_all(entry.as_bytes())?;
            Ok(entry)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            // Another process may be writing it this instant.
            for _ in 0..50 {
                let text = std::fs::read_to_string(&path)?;
                if !text.trim().is_empty() {
                    return Ok(text.trim().to_string());
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            anyhow::bail!("{} is empty", path.display())
        }
        Err(e) => Err(e).with_context(|| format!("creating {}", path.display())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_value_opens_with_its_key_and_associated_data_only() {
        let key = new_key();
        let sealed = seal(&key, b"t:r:body", "举报内容".as_bytes());
        assert_ne!(&sealed[NONCE_LEN..], "举报内容".as_bytes());
        assert_eq!(open_text(&key, b"t:r:body", &sealed).unwrap(), "举报内容");
        assert!(open(&key, b"t:r:title", &sealed).is_err());
        assert!(open(&new_key(), b"t:r:body", &sealed).is_err());
        let mut changed = sealed.clone();
        changed[NONCE_LEN] ^= 1;
        assert!(open(&key, b"t:r:body", &changed).is_err());
        assert!(open(&key, b"t:r:body", &sealed[..10]).is_err());
    }

    #[test]
    fn two_seals_of_one_value_differ() {
        let key = new_key();
        assert_ne!(seal(&key, b"a", b"x"), seal(&key, b"a", b"x"));
    }

    #[test]
    fn a_wrapped_key_unwraps_under_its_kek_only() {
        let kek = new_key();
        let dek = new_key();
        let wrapped = wrap(&kek, b"tenant", &dek);
        assert_eq!(unwrap(&kek, b"tenant", &wrapped).unwrap(), dek);
        assert!(unwrap(&new_key(), b"tenant", &wrapped).is_err());
    }

    #[test]
    fn the_keyring_reads_current_and_retired_keys_and_refuses_bad_ones() {
        let (a, b) = (new_key(), new_key());
        let cfg = ReportsConfig {
            kek: Some(format_entry("k2", &a)),
            retired_keks: Some(format!(" {} ", format_entry("k1", &b))),
        };
        let ring = Keyring::from_config(&cfg, "prod", Path::new("/nonexistent")).unwrap();
        assert_eq!(ring.current_id(), "k2");
        assert_eq!(ring.current(), &a);
        assert_eq!(ring.get("k1").unwrap(), &b);
        assert!(ring.get("k0").is_err());
        for bad in ["k1", "k1:notbase64!", "k1:AAAA", ":AAAA", "k 1:AAAA"] {
            let cfg = ReportsConfig {
                kek: Some(bad.into()),
                retired_keks: None,
            };
            assert!(
                Keyring::from_config(&cfg, "dev", Path::new("/tmp")).is_err(),
                "{bad}"
            );
        }
        let none = ReportsConfig::default();
        assert!(Keyring::from_config(&none, "prod", Path::new("/tmp")).is_err());
    }

    #[test]
    fn a_development_node_keeps_the_kek_it_made() {
        let dir = std::env::temp_dir().join(format!("tx-kek-{}", crate::new_id()));
        let none = ReportsConfig::default();
        let first = Keyring::from_config(&none, "dev", &dir).unwrap();
        let second = Keyring::from_config(&none, "dev", &dir).unwrap();
        assert_eq!(first.current(), second.current());
        std::fs::remove_dir_all(&dir).ok();
    }
}

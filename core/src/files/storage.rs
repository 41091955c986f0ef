//! The object store behind files: a local directory by default, S3 (or an S3-compatible
//! server) when a bucket is configured. Only S3 can presign; the local store is reached
//! through the API's own upload and download routes.

use crate::config::Config;
use bytes::Bytes;
use futures::stream::BoxStream;
use object_store::{
    ObjectStore, ObjectStoreExt, PutPayload,
    aws::{AmazonS3, AmazonS3Builder},
    local::LocalFileSystem,
    path::Path,
    signer::{Method, SignedUrlOptions, Signer},
};
use std::{sync::Arc, time::Duration};

/// Files' object store.
#[derive(Clone)]
pub struct Storage {
    store: Arc<dyn ObjectStore>,
    s3: Option<Arc<AmazonS3>>,
}

impl std::fmt::Debug for Storage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.s3.is_some() {
            "Storage(S3)"
        } else {
            "Storage(local)"
        })
    }
}

impl Storage {
    /// From configuration: S3 when `storage.s3_bucket` is set, else `{data_dir}/files`.
    pub fn from_config(config: &Config) -> anyhow::Result<Self> {
        let c = &config.storage;
        if let Some(bucket) = c.s3_bucket.as_deref().filter(|b| !b.is_empty()) {
            let mut b = AmazonS3Builder::new()
                .with_bucket_name(bucket)
                .with_region(c.s3_region.as_deref().unwrap_or("us-east-1"));
            if let Some(endpoint) = c.s3_endpoint.as_deref().filter(|e| !e.is_empty()) {
                b = b
                    .with_endpoint(endpoint)
                    .with_allow_http(endpoint.starts_with("http://"))
                    .with_virtual_hosted_style_request(false);
            }
            if let (Some(id), Some(secret)) = (&c.s3_access_key_id, &c.s3_secret_access_key) {
                b = b.with_access_key_id(id).with_secret_access_key(secret);
            }
            let s3 = Arc::new(b.build()?);
            return Ok(Self {
                store: s3.clone(),
                s3: Some(s3),
            });
        }
        let dir = config.data_dir.join("files");
        std::fs::create_dir_all(&dir)?;
        Ok(Self {
            store: Arc::new(LocalFileSystem::new_with_prefix(dir)?),
            s3: None,
        })
    }

    /// Whether clients upload straight to the store with presigned URLs.
    pub fn presigns(&self) -> bool {
        self.s3.is_some()
    }

    /// Stores an object.
    pub async fn put(&self, key: &str, body: Bytes) -> object_store::Result<()> {
        self.store
            .put(&Path::from(key), PutPayload::from_bytes(body))
            .await?;
        Ok(())
    }

    /// Deletes an object (nothing when it does not exist).
    pub async fn delete(&self, key: &str) -> object_store::Result<()> {
        match self.store.delete(&Path::from(key)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// The size of an object, or `None` when it does not exist.
    pub async fn size(&self, key: &str) -> object_store::Result<Option<u64>> {
        match self.store.head(&Path::from(key)).await {
            Ok(meta) => Ok(Some(meta.size)),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// An object's bytes as a stream.
    pub async fn stream(
        &self,
        key: &str,
    ) -> object_store::Result<BoxStream<'static, object_store::Result<Bytes>>> {
        Ok(self.store.get(&Path::from(key)).await?.into_stream())
    }

    /// A presigned PUT for an upload that must carry `content_type` (S3 only).
    pub async fn presign_put(
        &self,
        key: &str,
        content_type: &str,
        ttl: Duration,
    ) -> object_store::Result<Option<String>> {
        let Some(s3) = &self.s3 else { return Ok(None) };
        let mut opts = SignedUrlOptions::new();
        if let Ok(v) = content_type.parse() {
            opts = opts.with_signed_header(
                object_store::signer::HeaderName::from_static("content-type"),
                v,
            );
        }
        let url = s3
            .signed_url_opts(Method::PUT, &Path::from(key), ttl, &opts)
            .await?;
        Ok(Some(url.to_string()))
    }

    /// A presigned GET that names the file for the browser (S3 only).
    pub async fn presign_get(
        &self,
        key: &str,
        disposition: &str,
        ttl: Duration,
    ) -> object_store::Result<Option<String>> {
        let Some(s3) = &self.s3 else { return Ok(None) };
        let opts = SignedUrlOptions::new()
            .with_query([("response-content-disposition", disposition.to_string())]);
        let url = s3
            .signed_url_opts(Method::GET, &Path::from(key), ttl, &opts)
            .await?;
        Ok(Some(url.to_string()))
    }
}

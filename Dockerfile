# syntax=docker/dockerfile:1
#
# One image for every Tongxin process: `tongxin-api serve` (the default), `tongxin-api migrate`,
# `tongxin-api seed-demo` and `tongxin-worker`. The build steps are those of `make run`
# (scripts/run.sh): `npm ci` and `npm run build` in web/, then a release `cargo build` of the
# two binaries, which embeds web/dist. Checked by hadolint in `make test` (scripts/chart.sh).
#
#   docker build -t tongxin:0.1.0 .
#   docker run --rm -e TONGXIN_DATABASE__URL=postgres://… tongxin:0.1.0 tongxin-api migrate

ARG RUST_VERSION=1.95
ARG NODE_VERSION=20
ARG DEBIAN_RELEASE=bookworm

# 1. The web app. The API embeds web/dist at compile time (rust-embed), so this comes first.
FROM node:${NODE_VERSION}-${DEBIAN_RELEASE}-slim AS web
WORKDIR /src/web
# Browsers are for the end-to-end tests only; nothing may download one here.
ENV PUPPETEER_SKIP_DOWNLOAD=1 \
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
    npm_config_fund=false \
    npm_config_audit=false
COPY web/package.json web/package-lock.json ./
RUN npm ci
# The generated operations are committed; codegen's config names ../schema.graphql.
COPY schema.graphql /src/schema.graphql
COPY web/ ./
RUN npm run build

# 2. The binaries, built against the committed query descriptions (.sqlx/, SQLX_OFFLINE from
# .cargo/config.toml), so no database is needed.
FROM rust:${RUST_VERSION}-${DEBIAN_RELEASE} AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock rustfmt.toml ./
COPY .cargo/ .cargo/
COPY .sqlx/ .sqlx/
COPY migrations/ migrations/
COPY core/ core/
COPY api/ api/
COPY worker/ worker/
# A workspace member: cargo reads its manifest even when only the binaries are built.
COPY tests/ tests/
COPY --from=web /src/web/dist/ web/dist/
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked --bin tongxin-api --bin tongxin-worker \
    && install -D -m 0755 target/release/tongxin-api /out/tongxin-api \
    && install -D -m 0755 target/release/tongxin-worker /out/tongxin-worker

# 3. The runtime: Debian slim, CA roots for TLS to PostgreSQL, Redis, S3 and SMTP, a non-root
# user with a fixed uid (the chart's securityContext names it), nothing else.
FROM debian:${DEBIAN_RELEASE}-slim AS runtime
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates tzdata \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 tongxin \
    && useradd --system --uid 10001 --gid tongxin --home-dir /var/lib/tongxin \
       --create-home --shell /usr/sbin/nologin tongxin
COPY --from=build /out/tongxin-api /out/tongxin-worker /usr/local/bin/
# Listen on every interface inside the container; the data dir holds local files and `.eml`
# mail only when S3 and SMTP are not configured (the chart configures both for production).
ENV TONGXIN_ENV=prod \
    TONGXIN_HTTP__HOST=0.0.0.0 \
    TONGXIN_HTTP__PORT=8080 \
    TONGXIN_DATA_DIR=/var/lib/tongxin \
    RUST_LOG=info,sqlx=warn
WORKDIR /var/lib/tongxin
USER 10001:10001
# 8080: HTTP, GraphQL and WebSocket; 9464: the worker's /metrics when
# TONGXIN_WORKER__METRICS_ADDR=0.0.0.0:9464.
EXPOSE 8080 9464
# Kubernetes probes /healthz and /readyz (see helm/tongxin); the image carries no HTTP client
# for a HEALTHCHECK of its own.
CMD ["tongxin-api", "serve"]

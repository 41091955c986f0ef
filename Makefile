# Tongxin developer entry points; `make` alone is `make run`.
SHELL := bash
.DEFAULT_GOAL := run
.PHONY: run test lint fmt schema sqlx bench cluster clean-data

# Private PostgreSQL in .data, web build, migrate, seed demo data, worker + API on :8080.
run:
	bash scripts/run.sh

# Everything CI checks, against throwaway PostgreSQL and Redis instances.
test:
	bash scripts/test.sh

lint:
	cargo fmt --all --check && cargo clippy --workspace --all-targets -- -D warnings

fmt:
	cargo fmt --all

# Written through a temp file so a failed build never leaves a truncated schema.graphql.
schema:
	cargo run -q --bin tongxin-api -- print-schema > schema.graphql.tmp
	mv schema.graphql.tmp schema.graphql

# Refreshes .sqlx/ (the checked queries' descriptions) against a private, freshly migrated database.
sqlx:
	bash scripts/sqlx.sh

# Three API nodes and two workers behind a private nginx; every node restarted under load.
cluster:
	bash scripts/cluster.sh

bench:
	@if [ -f tests/bench/run.sh ]; then bash tests/bench/run.sh; else echo "bench: not yet (tests/bench/run.sh is missing)"; fi

# Stops the private cluster (and Redis, if any) in .data, then deletes .data.
clean-data:
	@if [ -d .data/pg ]; then bash scripts/pg.sh stop .data/pg; fi
	@if [ -d .data/redis ]; then bash scripts/redis.sh stop .data/redis; fi
	rm -rf .data

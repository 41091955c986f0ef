//! Black-box integration tests against real API nodes and a real PostgreSQL (and Redis for
//! the multi-node tests). Run through `make test`, which provisions both.

mod auth_flows;
mod authz_nodes;
mod catalog_gate;
mod chat;
mod chat_manage;
mod cross_tenant;
mod demo_seed;
mod dues;
mod files;
mod grid_board;
mod grid_cases;
mod hardening;
mod hostile_strings;
mod job_backlog;
mod jobs_and_mail;
mod joining;
mod live_notifications;
mod meetings;
mod notices;
mod operator;
mod outage;
mod pipeline;
mod pool_hygiene;
mod preferences_digests;
mod reminders;
mod roster_files;
mod rules;
mod schema_file;
mod sent_notices;
mod subscription_setup;
mod transfers;
mod websocket;
mod ws_protocol;

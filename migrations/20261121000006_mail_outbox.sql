-- Outgoing email, written in the same transaction as the business change that causes it and
-- sent by the worker. `key` makes each email idempotent: the same key is written once, and
-- every send of it carries the same Message-ID.
create table mail_outbox (
  id          uuid primary key,
  key         text not null unique,
  to_addr     text not null,
  subject     text not null,
  text_body   text not null,
  html_body   text not null,
  created_at  timestamptz not null default now(),
  sent_at     timestamptz,
  attempts    integer not null default 0,
  last_error  text
);
-- The runtime role adds mail only through tongxin_enqueue_mail() (created with the job queue);
-- reading and marking it sent is the worker's (system) job.
grant select, update on mail_outbox to tongxin_system;

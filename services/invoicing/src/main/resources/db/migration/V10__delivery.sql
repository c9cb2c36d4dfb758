-- Each invoice and credit note to a buyer with a Peppol endpoint is delivered over Peppol AS4: recorded with the
-- document (in its transaction) and sent afterwards, retried with backoff under one AS4 message id, so the receiving
-- access point recognises a retry of something it already has.
create table delivery (
    document_id     uuid primary key references invoice (id),
    channel         varchar(10)  not null,
    receiver        varchar(100) not null,
    message_id      varchar(100) not null unique,
    status          varchar(20)  not null,
    attempts        int          not null default 0,
    next_attempt_at timestamptz,
    last_error      varchar(1000),
    delivered_at    timestamptz,
    created_at      timestamptz  not null
);
create index delivery_due_idx on delivery (next_attempt_at) where status = 'PENDING';

-- Written by the platform module, applied by every service before its own migrations (V1 and up).

-- Events written with the state change they report; the relay deletes a row once Kafka acknowledged it.
create table outbox (
    id           bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    aggregate_id text        not null,
    event_type   text        not null,
    envelope     text        not null,
    created_at   timestamptz not null
);

-- Events a consumer has applied, recorded in the transaction of the effect: a redelivery finds its row.
create table inbox (
    event_id      uuid        not null,
    consumer      text        not null,
    event_type    text        not null,
    topic         text        not null,
    partition_no  int         not null,
    record_offset bigint      not null,
    applied_at    timestamptz not null,
    primary key (event_id, consumer)
);

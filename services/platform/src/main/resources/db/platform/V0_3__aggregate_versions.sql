-- Each aggregate's last event version, counted by the outbox: the next event of the aggregate gets one more.
create table outbox_aggregate_version (
    aggregate_type text   not null,
    aggregate_id   text   not null,
    version        bigint not null,
    primary key (aggregate_type, aggregate_id)
);

-- The newest version of each aggregate a consumer has applied: an event older than it is not applied again.
create table inbox_aggregate_version (
    consumer       text   not null,
    aggregate_type text   not null,
    aggregate_id   text   not null,
    version        bigint not null,
    primary key (consumer, aggregate_type, aggregate_id)
);

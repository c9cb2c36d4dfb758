-- Occasions as the catalogue announces them, with the seats this service has given out.
create table occasion_fact (
    occasion_id     uuid primary key,
    course_id       uuid          not null,
    university      varchar(10)   not null,
    course_code     varchar(20)   not null,
    title           varchar(200)  not null,
    credits         numeric(5, 1) not null,
    start_date      date          not null,
    order_deadline  date          not null,
    list_price      numeric(12, 2) not null,
    seats           int           not null,
    status          varchar(10)   not null,
    -- Enrolments holding a seat (pending, confirmed, completed, not completed): never above seats.
    seats_taken     int           not null default 0,
    next_waitlist_position int    not null default 1,
    updated_at      timestamptz   not null,
    check (seats_taken >= 0)
);

-- Agreements as partner-agreement announces them, with the quota this service has used.
create table agreement_fact (
    agreement_id     uuid primary key,
    university       varchar(10) not null,
    employer         varchar(10) not null,
    status           varchar(20) not null,
    version          int         not null,
    valid_from       date        not null,
    valid_to         date        not null,
    termination_date date,
    seat_quota       int         not null,
    -- Enrolments under the agreement holding a seat: never above seat_quota.
    seats_used       int         not null default 0,
    updated_at       timestamptz not null,
    check (seats_used >= 0)
);

-- Every version of the terms; an order is priced by the version in force on its date.
create table agreement_terms (
    agreement_id   uuid  not null references agreement_fact (agreement_id),
    version        int   not null,
    effective_from date  not null,
    terms          jsonb not null,
    primary key (agreement_id, version)
);

create table customer_order (
    id              uuid primary key,
    employer        varchar(10)  not null,
    agreement_id    uuid         not null,
    occasion_id     uuid         not null,
    purpose         varchar(20)  not null,
    idempotency_key varchar(200) not null,
    -- A retried order (same key) answers what the first did; the same key with another request is refused.
    request_hash    varchar(64)  not null,
    created_at      timestamptz  not null,
    unique (employer, idempotency_key)
);
create index customer_order_occasion_idx on customer_order (occasion_id);

create table enrolment (
    id                       uuid primary key,
    order_id                 uuid          not null references customer_order (id),
    occasion_id              uuid          not null references occasion_fact (occasion_id),
    agreement_id             uuid          not null references agreement_fact (agreement_id),
    agreement_version        int           not null,
    employer                 varchar(10)   not null,
    university               varchar(10)   not null,
    course_id                uuid          not null,
    status                   varchar(20)   not null,
    given_name               varchar(100)  not null,
    family_name              varchar(100)  not null,
    email                    varchar(254)  not null,
    employee_number          varchar(50)   not null,
    -- Kept only where the course awards credits; shown only to the university, never logged or published.
    personal_identity_number varchar(13),
    price                    numeric(12, 2) not null,
    fee                      numeric(12, 2),
    waitlist_position        int,
    status_reason            text,
    credits_awarded          numeric(5, 1),
    grade                    varchar(20),
    created_at               timestamptz   not null,
    updated_at               timestamptz   not null,
    row_version              bigint        not null
);
create index enrolment_order_idx on enrolment (order_id);
create index enrolment_waitlist_idx on enrolment (occasion_id, status, waitlist_position);
create index enrolment_employer_idx on enrolment (employer, occasion_id);

-- Organisations that take part: universities (sellers) and employers (buyers).
create table organisation (
    org_number      varchar(10)  primary key,
    name            varchar(200) not null,
    kind            varchar(20)  not null,
    buyer_type      varchar(30),
    street          varchar(200) not null,
    postal_code     varchar(20)  not null,
    city            varchar(100) not null,
    country         varchar(2)   not null,
    peppol_endpoint varchar(100),
    bankgiro        varchar(20),
    created_at      timestamptz  not null,
    check (kind in ('UNIVERSITY', 'EMPLOYER')),
    check (kind <> 'EMPLOYER' or buyer_type is not null),
    check (kind <> 'UNIVERSITY' or bankgiro is not null)
);

-- Courses as the catalogue announces them: an agreement may only cover its own university's courses.
create table known_course (
    course_id  uuid primary key,
    university varchar(10)  not null,
    code       varchar(20)  not null,
    title      varchar(200) not null,
    updated_at timestamptz  not null
);

create table agreement (
    id                 uuid primary key,
    university         varchar(10) not null references organisation (org_number),
    employer           varchar(10) not null references organisation (org_number),
    status             varchar(20) not null,
    -- The version of the terms below: the draft's (1) until activation, then the latest accepted.
    version            int         not null,
    terms              jsonb       not null,
    valid_from         date        not null,
    valid_to           date        not null,
    termination_date   date,
    termination_reason text,
    terminated_by      varchar(10),
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    row_version        bigint      not null,
    check (valid_to >= valid_from)
);
create index agreement_university_idx on agreement (university, status);
create index agreement_employer_idx on agreement (employer, status);
create index agreement_expiry_idx on agreement (status, valid_to);

-- Every accepted version of the terms; the one in force on a date is the latest effective on or before it.
create table agreement_version (
    agreement_id   uuid        not null references agreement (id),
    version        int         not null,
    terms          jsonb       not null,
    effective_from date        not null,
    accepted_at    timestamptz not null,
    primary key (agreement_id, version)
);

create table amendment (
    id             uuid primary key,
    agreement_id   uuid        not null references agreement (id),
    status         varchar(20) not null,
    terms          jsonb       not null,
    -- Requested start of the new terms; absent means from the day the employer accepts.
    effective_from date,
    proposed_at    timestamptz not null,
    decided_at     timestamptz
);
-- At most one amendment waits for the employer at a time.
create unique index amendment_one_pending_idx on amendment (agreement_id) where status = 'PROPOSED';

create table course (
    id            uuid primary key,
    university    varchar(10)  not null,
    code          varchar(20)  not null,
    title         varchar(200) not null,
    description   text         not null,
    credits       numeric(5, 1) not null check (credits > 0),
    cycle         varchar(20)  not null,
    subject       varchar(100) not null,
    language      varchar(2)   not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null,
    -- One course code per university, as in the universities' own course catalogues.
    unique (university, code),
    -- Searched by the occasion search's free text.
    search_text   tsvector generated always as (
        to_tsvector('simple', coalesce(code, '') || ' ' || coalesce(title, '') || ' ' || coalesce(subject, '') || ' ' || coalesce(description, ''))
    ) stored
);
create index course_search_idx on course using gin (search_text);
create index course_university_idx on course (university);

create table course_learning_outcome (
    course_id uuid not null references course (id) on delete cascade,
    position  int  not null,
    outcome   text not null,
    primary key (course_id, position)
);

create table occasion (
    id             uuid primary key,
    course_id      uuid          not null references course (id),
    university     varchar(10)   not null,
    start_date     date          not null,
    end_date       date          not null,
    pace           int           not null check (pace between 1 and 100),
    delivery_mode  varchar(10)   not null,
    location       varchar(200)  not null,
    seats          int           not null check (seats >= 1),
    seats_taken    int           not null default 0 check (seats_taken >= 0),
    order_deadline date          not null,
    list_price     numeric(12, 2) not null check (list_price >= 0),
    status         varchar(10)   not null,
    withdrawn_on   date,
    withdraw_reason text,
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    version        bigint        not null,
    check (end_date >= start_date),
    check (order_deadline <= start_date)
);
create index occasion_course_idx on occasion (course_id);
create index occasion_search_idx on occasion (status, start_date);

-- Which enrolments hold a seat on which occasion, from enrolment's events: seats_taken is their count.
create table enrolment_seat (
    enrolment_id uuid primary key,
    occasion_id  uuid        not null references occasion (id),
    status       varchar(20) not null,
    holds_seat   boolean     not null,
    updated_at   timestamptz not null
);
create index enrolment_seat_occasion_idx on enrolment_seat (occasion_id);

create table learning_path (
    id           uuid primary key,
    title        varchar(200) not null,
    description  text         not null,
    published_by varchar(10)  not null,
    created_at   timestamptz  not null
);

create table learning_path_course (
    learning_path_id uuid not null references learning_path (id) on delete cascade,
    position         int  not null,
    course_id        uuid not null references course (id),
    primary key (learning_path_id, position)
);

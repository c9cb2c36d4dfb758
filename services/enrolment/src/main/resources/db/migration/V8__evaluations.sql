-- Course evaluations. Each participant who took part in an occasion that ended is invited once, by a link that names
-- the invitation and is signed by the service (HMAC), and answers once. The answers are kept apart with nothing that
-- leads back to a participant: no invitation or enrolment, no time; the invitation only says it was used.
create table evaluation_invitation (
    id           uuid        primary key,
    enrolment_id uuid        not null unique references enrolment (id),
    occasion_id  uuid        not null,
    created_at   timestamptz not null,
    reminded_at  timestamptz,
    used         boolean     not null default false
);
create index evaluation_invitation_occasion_idx on evaluation_invitation (occasion_id);
create index evaluation_invitation_reminder_idx on evaluation_invitation (created_at)
    where not used and reminded_at is null;

-- A university's own questions for a course, asked after the standard ones (1-5, like them).
create table evaluation_question (
    id         uuid         primary key,
    course_id  uuid         not null,
    university varchar(10)  not null,
    position   int          not null,
    text       varchar(300) not null,
    created_at timestamptz  not null
);
create index evaluation_question_course_idx on evaluation_question (course_id, position);

create table evaluation_answer (
    id           uuid        primary key,
    occasion_id  uuid        not null,
    course_id    uuid        not null,
    university   varchar(10) not null,
    employer     varchar(10) not null,
    overall      smallint    not null check (overall between 1 and 5),
    relevance    smallint    not null check (relevance between 1 and 5),
    teaching     smallint    not null check (teaching between 1 and 5),
    organisation smallint    not null check (organisation between 1 and 5),
    -- The course's own questions answered: question id to 1-5.
    custom       jsonb       not null default '{}',
    comment      varchar(2000)
);
create index evaluation_answer_occasion_idx on evaluation_answer (occasion_id);
create index evaluation_answer_course_idx on evaluation_answer (course_id);

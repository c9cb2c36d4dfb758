-- Written by the platform-mail module, applied by every service that sends mail (its flyway locations name db/mail).
-- Numbered 0.100 to stay clear of the platform's own 0.x migrations and below every service's V1.

-- Mails recorded in the transaction of the state change that causes them, sent afterwards by a worker with retries.
-- The Message-ID is fixed when the mail is recorded, so a mail sent again after a crash is recognisably the same one.
create table mail_outbox (
    id              uuid         primary key,
    message_id      varchar(255) not null unique,
    kind            varchar(40)  not null,
    -- What the mail is about (an enrolment), so its fate can be shown beside it.
    about           uuid,
    recipient       varchar(254) not null,
    sender_name     varchar(200),
    subject         varchar(300) not null,
    text_body       text         not null,
    html_body       text,
    -- An iCalendar object (RFC 5545) sent with the mail, and its METHOD (REQUEST, CANCEL).
    calendar        text,
    calendar_method varchar(10),
    status          varchar(10)  not null check (status in ('PENDING', 'SENT', 'REFUSED', 'FAILED')),
    attempts        int          not null default 0,
    next_attempt_at timestamptz,
    last_error      varchar(1000),
    sent_at         timestamptz,
    created_at      timestamptz  not null
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_about_idx on mail_outbox (about, created_at);

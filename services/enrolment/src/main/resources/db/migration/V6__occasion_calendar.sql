-- What a participant's calendar invitation says of the occasion: its last day, how and where it is given, the
-- course's language (the mail's), and a sequence raised whenever one of those or the start changes, so the update
-- replaces the invitation already sent. Occasions known before this learn them from their next event.
alter table occasion_fact
    add column end_date          date,
    add column delivery_mode     varchar(10),
    add column location          varchar(200),
    add column language          varchar(10),
    add column calendar_sequence int not null default 0;

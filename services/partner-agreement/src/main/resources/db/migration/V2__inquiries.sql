-- An employer's need for a tailored course, sent to named universities or to all of them.
create table inquiry (
    id                 uuid primary key,
    employer           varchar(10) not null references organisation (org_number),
    status             varchar(20) not null,
    -- What the employer asks for (title, outcomes, participants, period, procurement, recipients).
    need               jsonb       not null,
    title              varchar(200) not null,
    offer_deadline     timestamptz not null,
    published_at       timestamptz,
    awarded_offer_id   uuid,
    agreement_id       uuid references agreement (id),
    cancel_reason      text,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    row_version        bigint      not null,
    check (status in ('DRAFT', 'PUBLISHED', 'AWARDED', 'CANCELLED')),
    check (status <> 'AWARDED' or (awarded_offer_id is not null and agreement_id is not null))
);
create index inquiry_employer_idx on inquiry (employer, created_at desc);

-- The universities a published inquiry was sent to ("all" resolved when it was published).
create table inquiry_recipient (
    inquiry_id uuid        not null references inquiry (id),
    university varchar(10) not null references organisation (org_number),
    primary key (inquiry_id, university)
);
create index inquiry_recipient_university_idx on inquiry_recipient (university, inquiry_id);

-- A recipient's question; the employer's one answer is shown to every recipient, without who asked.
create table inquiry_question (
    id          uuid primary key,
    inquiry_id  uuid        not null references inquiry (id),
    asked_by    varchar(10) not null references organisation (org_number),
    question    text        not null,
    answer      text,
    asked_at    timestamptz not null,
    answered_at timestamptz
);
create index inquiry_question_inquiry_idx on inquiry_question (inquiry_id, asked_at);

-- A recipient's answer to an inquiry: an offer (revisable until the deadline) or a decline, one per university.
create table offer (
    id          uuid primary key,
    inquiry_id  uuid        not null references inquiry (id),
    university  varchar(10) not null references organisation (org_number),
    status      varchar(20) not null,
    revision    int         not null,
    -- The course, occasions, price and terms offered; absent for a decline.
    content     jsonb,
    decline_reason text,
    -- The university a declining one refers the employer to.
    referral    varchar(10) references organisation (org_number),
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    row_version bigint      not null,
    unique (inquiry_id, university),
    check (status in ('SUBMITTED', 'WITHDRAWN', 'DECLINED', 'AWARDED', 'NOT_CHOSEN')),
    check (status = 'DECLINED' or content is not null)
);

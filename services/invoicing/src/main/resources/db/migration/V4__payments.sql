-- What has been credited and paid of each invoice (incl. VAT), kept beside the issued amounts, which never change.
alter table invoice add column credited numeric(14, 2) not null default 0;
alter table invoice add column paid numeric(14, 2) not null default 0;
update invoice i set credited = coalesce((select sum(c.total) from invoice c where c.credited_invoice_id = i.id), 0)
 where i.kind = 'INVOICE';
create index invoice_ocr_idx on invoice (seller, ocr) where kind = 'INVOICE';

-- One imported bank file; the same file imported again by the same seller is recognised by its digest.
create table payment_import (
    id           uuid primary key,
    seller       varchar(10) not null,
    format       varchar(10) not null,
    sha256       varchar(64) not null,
    imported_at  timestamptz not null,
    read         int         not null,
    matched      int         not null,
    unmatched    int         not null,
    already_seen int         not null,
    unique (seller, sha256)
);

-- One incoming payment as the bank reported it, and the invoice it settles once matched.
create table payment (
    id           uuid primary key,
    seller       varchar(10)    not null,
    -- The bank's own identity of the payment (camt.054 reference, BgMax deposit and serial): the same payment in
    -- another file is recognised by it.
    source_key   varchar(200)   not null,
    import_id    uuid           not null references payment_import (id),
    booking_date date           not null,
    amount       numeric(14, 2) not null,
    reference    varchar(35),
    payer        varchar(140),
    status       varchar(12)    not null,
    invoice_id   uuid references invoice (id),
    manual       boolean        not null default false,
    allocated_on date,
    unique (seller, source_key),
    check (status in ('MATCHED', 'UNMATCHED')),
    check ((status = 'MATCHED') = (invoice_id is not null))
);
create index payment_unmatched_idx on payment (seller, booking_date) where status = 'UNMATCHED';
create index payment_invoice_idx on payment (invoice_id);
create index payment_booking_idx on payment (seller, booking_date);

-- Every version of every agreement's terms as partner-agreement announced them: parties, invoicing terms.
create table agreement_terms (
    agreement_id   uuid  not null,
    version        int   not null,
    effective_from date  not null,
    terms          jsonb not null,
    primary key (agreement_id, version)
);

-- What this service knows of each enrolment, and whether (and on what) it has been billed.
create table billable (
    enrolment_id uuid primary key,
    order_id     uuid           not null,
    agreement_id uuid           not null,
    seller       varchar(10)    not null,
    buyer        varchar(10)    not null,
    participant  varchar(250)   not null,
    status       varchar(20)    not null,
    price        numeric(14, 2) not null,
    fee          numeric(14, 2),
    -- Set when the terms say the enrolment is to be invoiced now (CONFIRMATION, COMPLETION) or a fee is due
    -- (CANCELLATION); cleared when the invoice is issued.
    due_moment   varchar(20),
    due_since    timestamptz,
    invoice_id   uuid,
    updated_at   timestamptz    not null
);
create index billable_due_idx on billable (due_moment, order_id) where due_moment is not null;

-- One gap-free series of numbers per seller, shared by its invoices and credit notes.
create table invoice_series (
    seller      varchar(10) primary key,
    next_number bigint      not null
);

create table invoice (
    id                  uuid primary key,
    kind                varchar(12)    not null,
    number              varchar(30)    not null,
    seller              varchar(10)    not null,
    buyer               varchar(10)    not null,
    order_id            uuid           not null,
    agreement_id        uuid           not null,
    credited_invoice_id uuid references invoice (id),
    issue_date          date           not null,
    due_date            date,
    ocr                 varchar(25),
    buyer_reference     varchar(100),
    tax_category        varchar(1)     not null,
    vat_percent         numeric(5, 2)  not null,
    net                 numeric(14, 2) not null,
    vat                 numeric(14, 2) not null,
    total               numeric(14, 2) not null,
    status              varchar(20)    not null,
    -- Seller and buyer as they were when the document was issued; never changed afterwards.
    parties             jsonb          not null,
    created_at          timestamptz    not null,
    unique (seller, number),
    check (kind in ('INVOICE', 'CREDIT_NOTE')),
    check (total = net + vat)
);
create index invoice_seller_idx on invoice (seller, issue_date);
create index invoice_buyer_idx on invoice (buyer, issue_date);
create index invoice_order_idx on invoice (order_id);

create table invoice_line (
    invoice_id   uuid           not null references invoice (id),
    line_no      int            not null,
    enrolment_id uuid           not null,
    -- PRICE (the participant's seat), FEE (a cancellation fee) or CREDIT (a credit note's line).
    line_kind    varchar(10)    not null,
    description  varchar(300)   not null,
    amount       numeric(14, 2) not null,
    primary key (invoice_id, line_no),
    -- The database itself refuses to bill an enrolment's seat, fee or credit twice.
    unique (enrolment_id, line_kind)
);

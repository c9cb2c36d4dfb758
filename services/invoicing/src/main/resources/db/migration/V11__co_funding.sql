-- Co-funded orders. On the seat: the funder's share, which the employer's invoice left out (billed to the funder, or
-- shown as an allowance), and the invoice that billed that share (the funder's, or the employer's when the funder
-- does not pay for a participant who did not complete).
alter table billable
    add column funded           numeric(14, 2),
    add column share_invoice_id uuid;
-- On the document: the scheme it was issued under (a copy, as the terms said then), and on a funder's invoice the
-- employer whose order it co-funds.
alter table invoice
    add column funding         jsonb,
    add column funded_employer varchar(10);
-- On the line: a subsidy shown as an allowance (the amount is after it), and under a claim-back scheme whether the
-- employer may claim the funder's share of it (a cancellation fee may not).
alter table invoice_line
    add column allowance numeric(14, 2),
    add column fundable  boolean;
create index invoice_funded_employer on invoice (funded_employer) where funded_employer is not null;
-- Line kinds for a funder's share (and its credit) are longer than the first ones.
alter table invoice_line alter column line_kind type varchar(20);

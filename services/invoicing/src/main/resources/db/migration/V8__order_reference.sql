-- The employer's own order number and cost centre, as enrolment's events carry them, onto the invoice: its order
-- reference (Peppol BT-13) and accounting cost (BT-19), by which a buyer routes and books it.
alter table billable
    add column order_reference varchar(100),
    add column cost_centre     varchar(100);
alter table invoice
    add column order_reference varchar(100),
    add column accounting_cost varchar(100);

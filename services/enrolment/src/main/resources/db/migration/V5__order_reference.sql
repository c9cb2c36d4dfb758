-- The employer's own order number and cost centre, kept with the order and with each of its enrolments (whose
-- events carry them to invoicing, for the invoice's order reference and accounting cost).
alter table customer_order
    add column order_reference varchar(100),
    add column cost_centre     varchar(100);
alter table enrolment
    add column order_reference varchar(100),
    add column cost_centre     varchar(100);

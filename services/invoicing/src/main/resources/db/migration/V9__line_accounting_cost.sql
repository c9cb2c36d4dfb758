-- Each line's cost centre (Peppol BT-133), as the seat was charged: a participant may be charged to a cost centre
-- other than the order's, and a credit note's line repeats the line it credits.
alter table invoice_line
    add column accounting_cost varchar(100);

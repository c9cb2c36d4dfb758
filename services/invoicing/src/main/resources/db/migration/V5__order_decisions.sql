-- The issuer asks, per order, whether any enrolment still waits for a decision.
create index billable_order_idx on billable (order_id, status);

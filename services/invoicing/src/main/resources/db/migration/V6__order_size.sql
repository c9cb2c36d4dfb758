-- How many participants the enrolment's order named (from enrolment events that carry it): once every one of them
-- has been heard of and none awaits a decision, the order is billed at once rather than after the settle pause.
alter table billable add column order_size int;

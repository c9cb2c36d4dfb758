-- Every enrolment event says how many participants its order named, so consumers (invoicing) know when they have
-- heard of the whole order and need not wait to be sure.
alter table enrolment add column order_size int;
update enrolment e set order_size = (select count(*) from enrolment o where o.order_id = e.order_id);
alter table enrolment alter column order_size set not null;
alter table enrolment add check (order_size >= 1);

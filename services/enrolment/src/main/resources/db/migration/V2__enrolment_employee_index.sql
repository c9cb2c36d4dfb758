-- The already-enrolled check of every order looks up one employee on one occasion; without this it read all of
-- the occasion's enrolments, which grows with every order.
create index enrolment_employee_idx on enrolment (occasion_id, employee_number);

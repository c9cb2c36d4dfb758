-- The seat's course, as enrolment's events carry it, so money invoiced and paid can be followed up per course.
alter table billable add column course_id uuid;

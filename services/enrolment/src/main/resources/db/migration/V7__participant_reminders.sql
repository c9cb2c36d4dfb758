-- When the participant was reminded of the start (or needed no reminder: confirmed with the start already near), so
-- the reminder job sends each one once.
alter table enrolment add column reminded_at timestamptz;
create index enrolment_reminder_idx on enrolment (occasion_id) where status = 'CONFIRMED' and reminded_at is null;

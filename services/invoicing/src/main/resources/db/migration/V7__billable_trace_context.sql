-- The trace of the event that last made the enrolment due (W3C traceparent): its invoice is issued in that trace.
alter table billable add column trace_parent text;

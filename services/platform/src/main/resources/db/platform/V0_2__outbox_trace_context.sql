-- The trace an event was written in (W3C traceparent), sent along as a Kafka header so that its consumers continue it.
-- Added after services had migrations of their own: applied out of order (quarkus.flyway.out-of-order).
alter table outbox add column trace_parent text;

-- Occasions' start dates, from the catalogue's events: terms that invoice at the start bill on that day.
create table occasion_start (
    occasion_id uuid primary key,
    start_date  date not null
);
alter table billable add column occasion_id uuid;

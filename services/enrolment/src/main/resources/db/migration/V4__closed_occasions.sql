-- A closed occasion (made for one employer after an awarded inquiry) takes orders from that employer only, under the
-- awarded agreement only; both null for an occasion open to every employer.
alter table occasion_fact
    add column closed_to        varchar(10),
    add column closed_agreement uuid;

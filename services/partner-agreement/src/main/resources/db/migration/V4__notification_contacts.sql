-- Where an organisation wants the platform's notices, per role (HR at an employer or funder; administrators and finance
-- at a university), and in which language: role mailboxes, kept here and edited by the organisation or the operator.
alter table organisation
    add column notifications jsonb not null default '{"language": "sv", "employer": [], "university": [], "finance": []}';

-- A database and a user per service (password = name: for local and compose runs only), as deploy/local/up makes.
create role catalogue login password 'catalogue';
create database catalogue owner catalogue;
create role partner_agreement login password 'partner_agreement';
create database partner_agreement owner partner_agreement;
create role enrolment login password 'enrolment';
create database enrolment owner enrolment;
create role invoicing login password 'invoicing';
create database invoicing owner invoicing;

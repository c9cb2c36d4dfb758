-- Funders: organisations that pay part of an employer's orders under a co-funding scheme. Like an employer, a funder
-- is invoiced, so its buyer type (which decides the VAT) is required.
alter table organisation drop constraint organisation_kind_check;
alter table organisation add constraint organisation_kind_check check (kind in ('UNIVERSITY', 'EMPLOYER', 'FUNDER'));
alter table organisation add constraint organisation_funder_buyer_type_check
    check (kind <> 'FUNDER' or buyer_type is not null);

-- The exemption reason (code and text) travels with the issued document, so its UBL can always be written again.
alter table invoice add column tax_exemption_reason_code varchar(30);
alter table invoice add column tax_exemption_reason varchar(300);

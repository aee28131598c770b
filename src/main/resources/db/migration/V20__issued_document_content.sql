-- A signed document keeps the content composed at signing; its DOCX and PDF are written from it at the first
-- download and kept from then on, byte for byte (documents issued before keep the files they were issued with).
alter table issued_document add column content bytea;
alter table issued_document alter column docx_bytes drop not null;
alter table issued_document alter column pdf_bytes drop not null;

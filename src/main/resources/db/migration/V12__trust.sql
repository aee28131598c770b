-- The record can be trusted (issue 15).

-- A signature is the signed-in person's, in a role they hold; a signed document may be withdrawn with a reason
-- and issued again under a new number. The withdrawn one keeps its number (void, never reused): withdrawn_key is
-- 0 while in force and the row's own id once withdrawn, so the unique key lets one document per slot be in force.
alter table issued_document add column capacity varchar(32);
alter table issued_document add column withdrawn_key bigint default 0 not null;
alter table issued_document add column withdrawn_at timestamp;
alter table issued_document add column withdrawn_by varchar(80);
alter table issued_document add column withdrawal_reason varchar(500);
alter table issued_document drop constraint uq_issued_document;
alter table issued_document add constraint uq_issued_document_in_force
    unique (assembly_id, kind, department_ref, withdrawn_key);

-- A recognition after its 5-working-day deadline is saved with its reason (shown, never silent).
alter table board_election add column recognition_late_reason varchar(500);

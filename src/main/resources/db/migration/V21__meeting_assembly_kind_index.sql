-- The tracker's row reads each assembly's last plenary convocation (kind and max id) from the index instead of
-- every meeting of the assembly (about 11 with the departments'): half the first page's time at 2,500 schools.
create index ix_meeting_assembly_kind on meeting (assembly_id, kind, id);

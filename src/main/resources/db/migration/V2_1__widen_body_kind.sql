-- PROVINCIAL_DEPARTMENT_OF_EDUCATION is 34 characters long.
alter table supervising_body alter column kind set data type varchar(64);

-- The school's practice "news within N days" is a task of the union chair: when the news went up, and where.
alter table plenary_record add column news_posted_on date;
alter table plenary_record add column news_link varchar(500);

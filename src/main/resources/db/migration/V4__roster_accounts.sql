-- Roster import, accounts and the school's local practice.

-- Personal details from the roster; search_key/sort_key are diacritic-free copies kept by the application
-- (Texts.searchKey), so the staff list can search and page in SQL.
alter table staff add column date_of_birth date;
alter table staff add column gender varchar(8);
alter table staff add column phone varchar(40);
alter table staff add column search_key varchar(600);
alter table staff add column sort_key varchar(600);

-- Accounts: a forced change after an initial or reset password, and lock-out after repeated failures.
alter table staff add column must_change_password boolean default false not null;
alter table staff add column failed_logins int default 0 not null;
alter table staff add column locked_until timestamp;
create index ix_staff_school_sort on staff(school_id, sort_key);
create index ix_role_department on role_assignment(department_id);

alter table supervisor_account add column failed_logins int default 0 not null;
alter table supervisor_account add column locked_until timestamp;

-- Where the law leaves room, each school records its own habit (defaults: the seed school's plan).
create table school_setting (
    school_id bigint primary key references school(id),
    separate_meetings boolean default true not null,
    presidium_size int default 3 not null,
    secretary_count int default 2 not null,
    presidium_show_of_hands boolean default true not null,
    board_union_executives int default 1 not null,
    board_without_post int default 2 not null,
    board_excludes_finance boolean default true not null,
    board_officers_within_days int default 5 not null,
    discussion_share_percent int default 33 not null,
    news_post_within_days int default 3 not null,
    dossier_contents varchar(2000),
    dossier_format varchar(500),
    dossier_days_after_plenary int default 2 not null,
    union_substitute_id bigint references staff(id),
    union_substitute_title varchar(200)
);

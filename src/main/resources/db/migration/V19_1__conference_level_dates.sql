-- The plan's dates of the school-level conferences (seed 003: THCS on 23/8, TH on 26/8, MN on 27/8), one row per
-- school level, with the school that hosts it.
create table conference_level_date (
    conference_id bigint not null references conference(id),
    position integer not null,
    school_level varchar(20) not null,
    held_on date not null,
    place varchar(300),
    primary key (conference_id, position)
);

-- The goals module: the concrete goals of a theme section and their expected effect.
-- plan_id is kept beside section_id so a whole plan's goals are read in one query.

create sequence gol_goal_seq start with 50 increment by 50;

create table gol_goal (
    id               bigint primary key,
    section_id       bigint not null references thm_section (id),
    plan_id          bigint not null references thm_plan (id),
    text             varchar(4000) not null,
    expected_effect  varchar(4000),
    position         integer not null,
    version          bigint not null,
    archived         boolean not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);
create index gol_goal_section on gol_goal (section_id);
create index gol_goal_plan on gol_goal (plan_id);

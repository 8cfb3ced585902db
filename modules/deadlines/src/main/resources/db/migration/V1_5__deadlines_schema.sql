-- The deadlines module: milestones (dated events of an activity, optionally with a time of day).

create sequence ddl_milestone_seq start with 50 increment by 50;

create table ddl_milestone (
    id            bigint primary key,
    activity_id   bigint not null references act_activity (id),
    plan_id       bigint not null references thm_plan (id),
    title         varchar(200) not null,
    event_date    date not null,
    start_time    time,
    end_time      time,
    version       bigint not null,
    archived      boolean not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);
create index ddl_milestone_activity on ddl_milestone (activity_id);
create index ddl_milestone_plan on ddl_milestone (plan_id);
create index ddl_milestone_date on ddl_milestone (event_date);

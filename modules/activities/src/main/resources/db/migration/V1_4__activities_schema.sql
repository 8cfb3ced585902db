-- The activities module: activities with time frame, responsible and status, and progress notes.
-- start_date and end_date hold what start_spec and end_spec resolve to, for deadline queries.

create sequence act_activity_seq start with 50 increment by 50;
create sequence act_note_seq start with 50 increment by 50;

create table act_activity (
    id             bigint primary key,
    goal_id        bigint not null references gol_goal (id),
    plan_id        bigint not null references thm_plan (id),
    description    varchar(4000) not null,
    documentation  varchar(4000),
    start_spec     varchar(40),
    end_spec       varchar(40),
    start_date     date,
    end_date       date,
    status         varchar(20) not null,
    completed_on   date,
    cancel_reason  varchar(4000),
    position       integer not null,
    version        bigint not null,
    archived       boolean not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null
);
create index act_activity_goal on act_activity (goal_id);
create index act_activity_plan on act_activity (plan_id);
create index act_activity_end on act_activity (end_date);

-- Who is responsible: each row a named person or a role (never both).
create table act_responsible (
    activity_id  bigint not null references act_activity (id),
    position     integer not null,
    person_id    bigint references ppl_person (id),
    role         varchar(30),
    primary key (activity_id, position),
    constraint act_responsible_one check ((person_id is null) <> (role is null))
);
create index act_responsible_person on act_responsible (person_id);

create table act_note (
    id           bigint primary key,
    activity_id  bigint not null references act_activity (id),
    plan_id      bigint not null references thm_plan (id),
    note_date    date not null,
    text         varchar(4000) not null,
    author       varchar(200),
    version      bigint not null,
    archived     boolean not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index act_note_activity on act_note (activity_id);
create index act_note_plan on act_note (plan_id);

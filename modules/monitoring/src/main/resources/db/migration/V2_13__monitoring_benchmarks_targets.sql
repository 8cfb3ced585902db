-- Benchmarks (comparison series such as the municipality's average, per quarter or per year, with
-- their source and method; for all offers when offer_id is null) and targets (a department's or an
-- offer's aim for a figure: a value, or "below benchmark X"), optionally linked to the plan goal they
-- measure. Nothing is deleted: values and targets are archived.

create sequence mon_benchmark_seq start with 50 increment by 50;

create table mon_benchmark (
    id          bigint primary key,
    offer_id    bigint references ppl_offer (id),
    figure      varchar(40) not null,
    name        varchar(200) not null,
    source      varchar(1000),
    method      varchar(2000),
    version     bigint not null,
    archived    boolean not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null
);
create index mon_benchmark_offer on mon_benchmark (offer_id);

create sequence mon_benchmark_value_seq start with 50 increment by 50;

create table mon_benchmark_value (
    id            bigint primary key,
    benchmark_id  bigint not null references mon_benchmark (id),
    period        varchar(7) not null,
    figure_value  numeric(12, 2) not null,
    version       bigint not null,
    archived      boolean not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint mon_benchmark_value_once unique (benchmark_id, period)
);

create sequence mon_target_seq start with 50 increment by 50;

create table mon_target (
    id             bigint primary key,
    offer_id       bigint not null references ppl_offer (id),
    department_id  bigint references ppl_department (id),
    figure         varchar(40) not null,
    rolling_year   boolean not null,
    target_value   numeric(12, 2),
    benchmark_id   bigint references mon_benchmark (id),
    goal_id        bigint references gol_goal (id),
    note           varchar(1000),
    version        bigint not null,
    archived       boolean not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null
);
create index mon_target_offer on mon_target (offer_id);
create index mon_target_goal on mon_target (goal_id);

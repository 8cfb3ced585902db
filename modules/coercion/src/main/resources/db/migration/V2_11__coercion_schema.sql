-- The coercion module: the kinds of measure (versioned reference data: a kind is never deleted, it is
-- retired with valid_to, so old cases keep theirs), the cases, and their follow-up steps.
-- A case stores a pseudonym only, never a CPR number (checked by the application). reduced = true:
-- the retention job has removed the pseudonym and the free texts; the rest feeds the statistics.
-- A follow-up step's activity_id names an activity of the plan (module activities) by id only: the
-- application checks it, so this module's tables reference nothing above it.

-- Starts at 100: EclipseLink takes a block of 50 below the value it reads, so its first ids are
-- 51-100, clear of the seeded kinds (1-18).
create sequence coe_measure_kind_seq start with 100 increment by 50;
create sequence coe_case_seq start with 50 increment by 50;
create sequence coe_follow_up_seq start with 50 increment by 50;

create table coe_measure_kind (
    id            bigint primary key,
    code          varchar(40) not null,
    name          varchar(200) not null,
    for_adults    boolean not null,
    for_children  boolean not null,
    valid_from    date not null,
    valid_to      date,
    version       bigint not null,
    archived      boolean not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint coe_measure_kind_code unique (code)
);

create table coe_case (
    id                        bigint primary key,
    offer_id                  bigint not null references ppl_offer (id),
    department_id             bigint not null references ppl_department (id),
    occurred_at               timestamp not null,
    resident_ref              varchar(40),
    measure_kind_id           bigint not null references coe_measure_kind (id),
    rule_set                  varchar(10) not null,
    duration_minutes          integer,
    staff_count               integer,
    staff_names               varchar(1000),
    acute                     boolean not null,
    registered_at             timestamp not null,
    municipality_reported_at  timestamp,
    socialtilsyn_reported_at  timestamp,
    relatives_informed_at     timestamp,
    reduced                   boolean not null,
    reduced_at                timestamp with time zone,
    version                   bigint not null,
    archived                  boolean not null,
    created_at                timestamp with time zone not null,
    updated_at                timestamp with time zone not null
);
create index coe_case_offer on coe_case (offer_id, occurred_at);
create index coe_case_department on coe_case (department_id, occurred_at);

create table coe_follow_up (
    id           bigint primary key,
    case_id      bigint not null references coe_case (id),
    offer_id     bigint not null references ppl_offer (id),
    kind         varchar(30) not null,
    step_date    date not null,
    text         varchar(4000),
    learning     varchar(4000),
    who          varchar(200),
    activity_id  bigint,
    version      bigint not null,
    archived     boolean not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index coe_follow_up_case on coe_follow_up (case_id);

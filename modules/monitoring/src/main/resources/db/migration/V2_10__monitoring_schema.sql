-- The monitoring module: each department's staff figures per quarter (one row per department and
-- quarter). Leavers are kept per reason, so the turnover can be computed with or without internal moves.

create sequence mon_staff_quarter_seq start with 50 increment by 50;

create table mon_staff_quarter (
    id                   bigint primary key,
    department_id        bigint not null references ppl_department (id),
    offer_id             bigint not null references ppl_offer (id),
    quarter              varchar(7) not null,
    headcount_start      integer,
    headcount_end        integer,
    employment_days      numeric(12, 2),
    left_resigned        integer not null,
    left_dismissed       integer not null,
    left_retired         integer not null,
    left_fixed_term      integer not null,
    left_internal_move   integer not null,
    hires                integer not null,
    sick_days            integer not null,
    parental_leave_days  integer not null,
    planned_hours        numeric(12, 2) not null,
    internal_temp_hours  numeric(12, 2) not null,
    external_temp_hours  numeric(12, 2) not null,
    version              bigint not null,
    archived             boolean not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    constraint mon_staff_quarter_once unique (department_id, quarter)
);
create index mon_staff_quarter_offer on mon_staff_quarter (offer_id, quarter);

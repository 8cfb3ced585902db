-- The organisation module (people): offers, departments, persons and role assignments.
-- Sequences start and step by 50 to match the entities' allocationSize.

create sequence ppl_offer_seq start with 50 increment by 50;
create sequence ppl_department_seq start with 50 increment by 50;
create sequence ppl_person_seq start with 50 increment by 50;
create sequence ppl_role_assignment_seq start with 50 increment by 50;

create table ppl_offer (
    id            bigint primary key,
    name          varchar(200) not null,
    municipality  varchar(200),
    version       bigint not null,
    archived      boolean not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);

create table ppl_department (
    id            bigint primary key,
    offer_id      bigint not null references ppl_offer (id),
    name          varchar(200) not null,
    version       bigint not null,
    archived      boolean not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);
create index ppl_department_offer on ppl_department (offer_id);

create table ppl_person (
    id            bigint primary key,
    name          varchar(200) not null,
    email         varchar(200),
    job_title     varchar(200),
    version       bigint not null,
    archived      boolean not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);

create table ppl_role_assignment (
    id            bigint primary key,
    person_id     bigint not null references ppl_person (id),
    role          varchar(30) not null,
    offer_id      bigint not null references ppl_offer (id),
    department_id bigint references ppl_department (id),
    version       bigint not null,
    archived      boolean not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);
create index ppl_role_assignment_person on ppl_role_assignment (person_id);
create index ppl_role_assignment_offer on ppl_role_assignment (offer_id);

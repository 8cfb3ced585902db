-- The themes module: the versioned quality-model catalogue, action plans and their theme sections.

create table thm_catalogue (
    id          bigint primary key,
    code        varchar(40) not null unique,
    name        varchar(200) not null,
    valid_from  date not null
);

create table thm_theme (
    id                bigint primary key,
    catalogue_id      bigint not null references thm_catalogue (id),
    code              varchar(40) not null,
    number            integer,
    name              varchar(200) not null,
    position          integer not null,
    in_quality_model  boolean not null,
    constraint thm_theme_code_unique unique (catalogue_id, code)
);

-- The quality model for offers (Lov om socialtilsyn §6, bilag 1), seven themes, plus Økonomi,
-- which the supervisor assesses outside the model. A revised model gets a new catalogue row.
insert into thm_catalogue (id, code, name, valid_from)
values (1, 'KVALITETSMODEL-2014', 'Kvalitetsmodellen for socialtilsyn, tilbud', date '2014-01-01');

insert into thm_theme (id, catalogue_id, code, number, name, position, in_quality_model) values
    (1, 1, 'UDDANNELSE_OG_BESKAEFTIGELSE', 1, 'Uddannelse og beskæftigelse', 1, true),
    (2, 1, 'SELVSTAENDIGHED_OG_RELATIONER', 2, 'Selvstændighed og relationer', 2, true),
    (3, 1, 'MAALGRUPPER_METODER_OG_RESULTATER', 3, 'Målgrupper, metoder og resultater', 3, true),
    (4, 1, 'SUNDHED_OG_TRIVSEL', 4, 'Sundhed og trivsel', 4, true),
    (5, 1, 'ORGANISATION_OG_LEDELSE', 5, 'Organisation og ledelse', 5, true),
    (6, 1, 'KOMPETENCER', 6, 'Kompetencer', 6, true),
    (7, 1, 'FYSISKE_RAMMER', 7, 'Fysiske rammer', 7, true),
    (8, 1, 'OEKONOMI', null, 'Økonomi', 8, false);

create sequence thm_plan_seq start with 50 increment by 50;
create sequence thm_section_seq start with 50 increment by 50;

create table thm_plan (
    id            bigint primary key,
    offer_id      bigint not null references ppl_offer (id),
    catalogue_id  bigint not null references thm_catalogue (id),
    title         varchar(200) not null,
    authority     varchar(200),
    visit_date    date,
    report_date   date,
    status        varchar(20) not null,
    version       bigint not null,
    archived      boolean not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);
create index thm_plan_offer on thm_plan (offer_id);

create table thm_section (
    id             bigint primary key,
    plan_id        bigint not null references thm_plan (id),
    theme_id       bigint not null references thm_theme (id),
    subject        varchar(4000) not null,
    indicator_ref  varchar(40),
    department_id  bigint references ppl_department (id),
    position       integer not null,
    version        bigint not null,
    archived       boolean not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null
);
create index thm_section_plan on thm_section (plan_id);

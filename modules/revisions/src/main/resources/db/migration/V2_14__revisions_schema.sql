-- The revisions module: published revisions of a plan. The snapshot (the plan as JSON, exactly as it
-- was when published) is written once and never changed; review fields record the sign-off.

create sequence rev_revision_seq start with 50 increment by 50;

create table rev_revision (
    id              bigint primary key,
    plan_id         bigint not null references thm_plan (id),
    number          integer not null,
    published_on    date not null,
    published_by    varchar(200) not null,
    publish_comment varchar(4000),
    status          varchar(20) not null,
    reviewed_by     varchar(200),
    reviewed_at     timestamp with time zone,
    review_comment  varchar(4000),
    snapshot        text not null,
    version         bigint not null,
    archived        boolean not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint rev_revision_number unique (plan_id, number)
);

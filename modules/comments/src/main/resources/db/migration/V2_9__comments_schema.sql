-- The comments module: remarks on a plan or one of its elements (the aftaleholder's review, the
-- leaders' answers), marked resolved when dealt with. Archived instead of deleted.

create sequence cmt_comment_seq start with 50 increment by 50;

create table cmt_comment (
    id            bigint primary key,
    plan_id       bigint not null references thm_plan (id),
    offer_id      bigint not null references ppl_offer (id),
    element_type  varchar(20) not null,
    element_id    bigint not null,
    author        varchar(200) not null,
    body          varchar(4000) not null,
    resolved_by   varchar(200),
    resolved_at   timestamp with time zone,
    version       bigint not null,
    archived      boolean not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);
create index cmt_comment_plan on cmt_comment (plan_id);
create index cmt_comment_element on cmt_comment (element_type, element_id);

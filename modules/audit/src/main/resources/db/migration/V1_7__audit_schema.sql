-- The audit module: an append-only trail. The application only ever inserts and reads these rows.

create sequence aud_event_seq start with 50 increment by 50;

create table aud_event (
    id            bigint primary key,
    occurred_at   timestamp with time zone not null,
    username      varchar(100),
    action        varchar(40) not null,
    offer_id      bigint,
    element_type  varchar(40),
    element_id    bigint,
    field         varchar(100),
    old_value     varchar(4000),
    new_value     varchar(4000)
);
create index aud_event_offer on aud_event (offer_id, occurred_at);
create index aud_event_element on aud_event (element_type, element_id);
create index aud_event_user on aud_event (username, occurred_at);

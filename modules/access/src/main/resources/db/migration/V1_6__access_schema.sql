-- The access module: sign-in accounts (read by the application's identity store) and supervisors' access.

create sequence acc_user_seq start with 50 increment by 50;

create table acc_user (
    id                    bigint primary key,
    username              varchar(100) not null,
    password_hash         varchar(400) not null,
    person_id             bigint references ppl_person (id),
    administrator         boolean not null,
    active                boolean not null,
    must_change_password  boolean not null,
    failed_sign_ins       integer not null default 0,
    locked_until          timestamp with time zone,
    version               bigint not null,
    archived              boolean not null,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    constraint acc_user_username_unique unique (username)
);


-- Read-only access of a supervisor (tilsyn) account to one offer, for a limited period.
create sequence acc_supervisor_grant_seq start with 50 increment by 50;

create table acc_supervisor_grant (
    id           bigint primary key,
    username     varchar(100) not null references acc_user (username),
    offer_id     bigint not null references ppl_offer (id),
    valid_until  date not null,
    granted_by   varchar(100) not null,
    version      bigint not null,
    archived     boolean not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null
);
create index acc_supervisor_grant_user on acc_supervisor_grant (username);

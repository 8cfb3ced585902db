-- The reminders module: the secret addresses of personal calendar feeds, and the e-mails sent, so
-- that no digest or reminder goes out twice (the unique constraints decide between parallel runs).

create sequence rem_feed_token_seq start with 50 increment by 50;
create sequence rem_digest_seq start with 50 increment by 50;
create sequence rem_reminder_seq start with 50 increment by 50;

-- One feed address per account; only the SHA-256 hash (hex) of its secret token is kept.
create table rem_feed_token (
    id          bigint primary key,
    user_id     bigint not null references acc_user (id),
    token_hash  varchar(64) not null,
    created_at  timestamp with time zone not null,
    constraint rem_feed_token_user_unique unique (user_id),
    constraint rem_feed_token_hash_unique unique (token_hash)
);

-- The weekly digest of a person for an ISO week ("2025-W11"); items = 0: nothing was due, no e-mail.
create table rem_digest (
    id         bigint primary key,
    person_id  bigint not null references ppl_person (id),
    iso_week   varchar(8) not null,
    items      integer not null,
    sent_at    timestamp with time zone not null,
    constraint rem_digest_once unique (person_id, iso_week)
);

-- A reminder of one deadline (an activity's end or a milestone) on one date to one person.
create table rem_reminder (
    id         bigint primary key,
    person_id  bigint not null references ppl_person (id),
    item_kind  varchar(20) not null,
    item_id    bigint not null,
    due_date   date not null,
    sent_at    timestamp with time zone not null,
    constraint rem_reminder_once unique (person_id, item_kind, item_id, due_date)
);

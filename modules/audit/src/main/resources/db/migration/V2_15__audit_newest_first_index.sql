-- An offer's trail newest first straight from the index (the overview's "last changed", the trail page):
-- H2 cannot scan an index backwards, so the old (offer_id, occurred_at) index made it read every entry
-- of the offer. Queries order by offer_id, occurred_at desc, id desc to match it (docs/performance.md).
create index aud_event_offer_newest on aud_event (offer_id, occurred_at desc, id desc);
drop index aud_event_offer;

-- The kinds of coercive measure as of 2025 (docs/coercion.md). Adults: Serviceloven chapter 24
-- (revised 2020, and from 1 July 2024); children and young people: voksenansvarsloven (in force
-- 1 January 2019). Kinds in force before Handleplan get valid_from 2000-01-01: their exact date
-- does not matter for cases recorded here. Administrators add and retire kinds through the API
-- when the law changes; nothing is ever deleted.

insert into coe_measure_kind (id, code, name, for_adults, for_children, valid_from, valid_to, version, archived, created_at, updated_at) values
(1, 'ALARM_TRACKING', 'Alarm- og pejlesystemer', true, false, date '2000-01-01', null, 0, false, current_timestamp, current_timestamp),
(2, 'DOOR_OPENER', 'Særlige døråbnere', true, false, date '2000-01-01', null, 0, false, current_timestamp, current_timestamp),
(3, 'ACUTE_HOLDING', 'Fastholdelse eller føren til andet rum (akut)', true, false, date '2000-01-01', null, 0, false, current_timestamp, current_timestamp),
(4, 'HYGIENE_HOLDING', 'Fastholdelse i hygiejnesituationer', true, false, date '2000-01-01', null, 0, false, current_timestamp, current_timestamp),
(5, 'KEEP_IN_HOME', 'Tilbageholdelse i boligen', true, false, date '2000-01-01', null, 0, false, current_timestamp, current_timestamp),
(6, 'RESTRAINT_BELT', 'Stofseler', true, false, date '2000-01-01', null, 0, false, current_timestamp, current_timestamp),
(7, 'MOVE_WITHOUT_CONSENT', 'Flytning uden samtykke', true, false, date '2000-01-01', null, 0, false, current_timestamp, current_timestamp),
(8, 'HOUSE_RULES', 'Husordensregler', true, false, date '2000-01-01', null, 0, false, current_timestamp, current_timestamp),
(9, 'PHYSICAL_GUIDING', 'Fysisk guidning', true, false, date '2000-01-01', null, 0, false, current_timestamp, current_timestamp),
(10, 'WARD_OFF_DANGER', 'Hjælp til at afværge fare', true, false, date '2000-01-01', null, 0, false, current_timestamp, current_timestamp),
(11, 'CAMERA_LOOK_IN', 'Kameraindkig', true, false, date '2024-07-01', null, 0, false, current_timestamp, current_timestamp),
(12, 'LOCKED_COMMON_ROOMS', 'Aflåsning af fællesarealer', true, false, date '2024-07-01', null, 0, false, current_timestamp, current_timestamp),
(13, 'CHILD_PHYSICAL_GUIDING', 'Fysisk guidning', false, true, date '2019-01-01', null, 0, false, current_timestamp, current_timestamp),
(14, 'CHILD_HOLDING', 'Fastholdelse', false, true, date '2019-01-01', null, 0, false, current_timestamp, current_timestamp),
(15, 'CHILD_LEADING', 'Føren til et andet rum', false, true, date '2019-01-01', null, 0, false, current_timestamp, current_timestamp),
(16, 'CHILD_DETENTION', 'Tilbageholdelse i døgninstitutionen', false, true, date '2019-01-01', null, 0, false, current_timestamp, current_timestamp),
(17, 'CHILD_ROOM_SEARCH', 'Undersøgelse af opholdsrum og ejendele', false, true, date '2019-01-01', null, 0, false, current_timestamp, current_timestamp),
(18, 'CHILD_BODY_SEARCH', 'Kropsvisitation', false, true, date '2019-01-01', null, 0, false, current_timestamp, current_timestamp);

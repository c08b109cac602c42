-- Data generator for benchmarks and large demos. Run with psql on a database already migrated and
-- holding the demo data (programmes, services, users):
--   psql -v scale=50000 -v seed=0.42 -f bench/generate.sql
-- scale = households; per household: 2 measures over 2021–2026 (70 % of them ended), one period
-- each, 20 contacts per measure (40 % home visits, 30 % office appointments, 20 % calls, 10 % other).
-- At 50,000: 100,000 measures and 2,000,000 contacts. Seeded: the same seed makes the same data.
\set ON_ERROR_STOP on
\if :{?scale} \else \set scale 50000 \endif
\if :{?seed} \else \set seed 0.42 \endif
SELECT setseed(:seed);

CREATE TEMP TABLE staff AS
SELECT u.service_unit_id, array_agg(u.id ORDER BY u.id) AS workers
  FROM user_account u JOIN user_role r ON r.user_account_id = u.id
 WHERE r.role = 'social-worker' AND u.service_unit_id IS NOT NULL GROUP BY 1;
CREATE TEMP TABLE units AS SELECT array_agg(service_unit_id ORDER BY service_unit_id) AS ids FROM staff;
CREATE TEMP TABLE programmes AS SELECT array_agg(id ORDER BY id) AS ids FROM programme WHERE active;

CREATE TEMP TABLE gen_household AS
SELECT g AS n, nextval('household_seq') AS id,
       (SELECT ids[1 + floor(random() * array_length(ids, 1))::int] FROM units) AS unit,
       (ARRAY['SINGLE','COUPLE','SINGLE_PARENT','COUPLE_WITH_CHILDREN','OTHER'])[1 + floor(random() * 5)::int] AS composition,
       (ARRAY['SALARY','RSA','AAH','UNEMPLOYMENT_BENEFIT','PENSION','FAMILY_ALLOWANCES','NONE'])[1 + floor(random() * 7)::int] AS resource,
       date '1945-01-01' + floor(random() * 20000)::int AS born
  FROM generate_series(1, :scale) g;

INSERT INTO household (id, reference, service_unit_id, composition, main_resource, monthly_resources, version)
SELECT id, 'B-' || n, unit, composition, resource, round((300 + random() * 1700)::numeric, 2), 0 FROM gen_household;

INSERT INTO person (id, household_id, last_name, first_name, birth_date, sex, relationship)
SELECT nextval('person_seq'), id,
       (ARRAY['Martin','Bernard','Dubois','Thomas','Robert','Richard','Petit','Durand','Leroy','Moreau','Simon','Laurent',
              'Lefebvre','Michel','Garcia','David','Bertrand','Roux','Vincent','Fournier','Diallo','Traoré','Nguyen','Benali'])
           [1 + floor(random() * 24)::int] || '-' || n,
       (ARRAY['Marie','Jean','Fatou','Karim','Sophie','Lucas','Aïcha','Paul','Inès','Nicolas'])[1 + floor(random() * 10)::int],
       born, (ARRAY['F','M'])[1 + floor(random() * 2)::int], 'HEAD'
  FROM gen_household;

CREATE TEMP TABLE gen_measure AS
SELECT nextval('measure_seq') AS id, h.id AS household, h.unit,
       (SELECT ids[1 + floor(random() * array_length(ids, 1))::int] FROM programmes) AS programme,
       (SELECT workers[1 + floor(random() * array_length(workers, 1))::int] FROM staff s WHERE s.service_unit_id = h.unit)
           AS worker,
       s.start, CASE WHEN random() < 0.7 THEN s.start + 90 + floor(random() * 630)::int END AS finish
  FROM gen_household h CROSS JOIN generate_series(1, 2) k
  CROSS JOIN LATERAL (SELECT date '2021-01-01' + floor(random() * 2000)::int + k * 0 AS start) s;
UPDATE gen_measure SET finish = NULL WHERE finish > date '2026-10-31';

INSERT INTO measure (id, household_id, programme_id, referent_worker_id, service_unit_id, start_date, status, end_date,
                     end_reason, housing_outcome, version)
SELECT id, household, programme, worker, unit, start, CASE WHEN finish IS NULL THEN 'OPEN' ELSE 'ENDED' END, finish,
       CASE WHEN finish IS NOT NULL THEN 'OBJECTIVES_REACHED' END,
       CASE WHEN finish IS NOT NULL THEN (ARRAY['STAYED_IN_DWELLING','LEASE_TRANSFERRED','OTHER_AUTONOMOUS_HOUSING',
                                              'SHELTER_OR_CARE_HOME','UNKNOWN'])[1 + floor(random() * 5)::int] END, 0
  FROM gen_measure;

INSERT INTO measure_referent (id, measure_id, from_date, worker_id, service_unit_id)
SELECT nextval('measure_referent_seq'), id, start, worker, unit FROM gen_measure;

INSERT INTO measure_period (id, measure_id, number, kind, start_date, end_date)
SELECT nextval('measure_period_seq'), id, 1, 'INITIAL', start, coalesce(finish, start + 364) FROM gen_measure;

INSERT INTO contact (id, measure_id, household_id, occurred_at, duration_minutes, type, worker_id, topics, version)
SELECT nextval('contact_seq'), m.id, m.household,
       (m.start + floor(random() * greatest(1, coalesce(m.finish, date '2026-10-31') - m.start))::int) + time '09:00'
           + floor(random() * 8) * interval '1 hour',
       30 + floor(random() * 90)::int,
       CASE WHEN t < 0.4 THEN 'HOME_VISIT' WHEN t < 0.7 THEN 'OFFICE_APPOINTMENT' WHEN t < 0.9 THEN 'PHONE_CALL'
            WHEN t < 0.95 THEN 'ACCOMPANIMENT' ELSE 'MISSED_APPOINTMENT' END,
       m.worker, 'Suivi budgétaire', 0
  FROM gen_measure m CROSS JOIN generate_series(1, 20) c CROSS JOIN LATERAL (SELECT random() + c * 0 AS t) r;

ANALYZE household; ANALYZE person; ANALYZE measure; ANALYZE measure_period; ANALYZE contact;
SELECT (SELECT count(*) FROM household) AS households, (SELECT count(*) FROM measure) AS measures,
       (SELECT count(*) FROM contact) AS contacts;

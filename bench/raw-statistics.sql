-- The statistics job's figures for one year, as raw SQL: the same aggregates for every programme,
-- for the association and per service, in one statement per indicator family (GROUPING SETS).
-- psql -v year=2025 -f bench/raw-statistics.sql
\set ON_ERROR_STOP on
\set first '''' :year '-01-01'''
\set last '''' :year '-12-31'''
CREATE TEMP TABLE m AS SELECT id, household_id, programme_id, service_unit_id, start_date, end_date, housing_outcome
  FROM measure WHERE start_date <= date :last AND (end_date IS NULL OR end_date >= date :first);
SELECT programme_id, service_unit_id, count(DISTINCT household_id), count(*) FILTER (WHERE start_date >= date :first),
       count(*) FILTER (WHERE end_date <= date :last),
       sum((extract(year FROM least(coalesce(end_date, date :last), date :last)) * 12
            + extract(month FROM least(coalesce(end_date, date :last), date :last)))
         - (extract(year FROM greatest(start_date, date :first)) * 12 + extract(month FROM greatest(start_date, date :first)))
         + 1)
  FROM m GROUP BY GROUPING SETS ((programme_id), (programme_id, service_unit_id)) \g /dev/null
SELECT m.programme_id, m.service_unit_id, count(*) FILTER (WHERE c.type = 'HOME_VISIT'),
       count(*) FILTER (WHERE c.type = 'OFFICE_APPOINTMENT')
  FROM contact c JOIN m ON m.id = c.measure_id
 WHERE c.occurred_at >= date :first AND c.occurred_at < date :last + 1
 GROUP BY GROUPING SETS ((m.programme_id), (m.programme_id, m.service_unit_id)) \g /dev/null
SELECT programme_id, service_unit_id, housing_outcome, count(*) FROM m WHERE end_date <= date :last
 GROUP BY GROUPING SETS ((programme_id, housing_outcome), (programme_id, service_unit_id, housing_outcome)) \g /dev/null
SELECT m.programme_id, m.service_unit_id, h.composition, h.main_resource, :year - extract(year FROM p.birth_date), count(*)
  FROM (SELECT DISTINCT programme_id, service_unit_id, household_id FROM m) m JOIN household h ON h.id = m.household_id
  LEFT JOIN person p ON p.household_id = h.id AND p.relationship = 'HEAD'
 GROUP BY GROUPING SETS ((m.programme_id, h.composition), (m.programme_id, h.main_resource),
                         (m.programme_id, 5), (m.programme_id, m.service_unit_id, h.composition),
                         (m.programme_id, m.service_unit_id, h.main_resource), (m.programme_id, m.service_unit_id, 5))
 \g /dev/null

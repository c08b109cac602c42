-- The deadline reminders of one day as one raw INSERT … SELECT (same rules as reminders.MeasureWatch:
-- evaluation due, period ending, maximum duration, contact late, insurance, follow-up; the referent,
-- and the coordinators of the service once late). psql -v today=2026-11-26 -f bench/raw-reminders.sql
\set ON_ERROR_STOP on
\set day '''' :today ''''
DROP TABLE IF EXISTS alert_raw;
CREATE TABLE alert_raw (LIKE alert INCLUDING DEFAULTS);
ALTER TABLE alert_raw ADD CONSTRAINT alert_raw_once UNIQUE (kind, measure_id, due_date, recipient_id);
WITH w AS (
  SELECT m.id, m.household_id, m.service_unit_id, m.referent_worker_id AS referent, m.status = 'OPEN' AS open,
         m.start_date, m.follow_up_due, p.number, p.end_date AS period_end, pr.evaluation_lead_days AS lead,
         pr.evaluation_before_renewal AS required, pr.max_total_months, pr.cadence_contacts, pr.cadence_per_days,
         EXISTS (SELECT 1 FROM evaluation e WHERE e.measure_id = m.id AND e.period_number = p.number) AS evaluated,
         (SELECT max(c.occurred_at)::date FROM contact c WHERE c.measure_id = m.id
             AND (pr.cadence_types IS NULL OR c.type = ANY (string_to_array(pr.cadence_types, ',')))) AS last_contact,
         (SELECT coalesce(max(i.expires_on), o.start_date) FROM insurance_certificate i
           WHERE i.household_id = m.household_id) AS insured_until, o.start_date AS housed_since
    FROM measure m JOIN programme pr ON pr.id = m.programme_id
    LEFT JOIN LATERAL (SELECT mp.number, mp.end_date FROM measure_period mp WHERE mp.measure_id = m.id
                       ORDER BY mp.number DESC LIMIT 1) p ON true
    LEFT JOIN LATERAL (SELECT oc.start_date FROM occupancy oc WHERE oc.household_id = m.household_id
                       AND oc.end_date IS NULL LIMIT 1) o ON true
   WHERE m.status = 'OPEN' OR m.follow_up_due IS NOT NULL),
d AS (
  SELECT id, household_id, service_unit_id, referent, 'EVALUATION_DUE' AS kind, period_end - lead AS due, 14 AS notice
    FROM w WHERE open AND number IS NOT NULL AND period_end IS NOT NULL AND NOT evaluated AND (lead > 0 OR required)
  UNION ALL SELECT id, household_id, service_unit_id, referent, 'PERIOD_ENDING', period_end, 30
    FROM w WHERE open AND number IS NOT NULL AND period_end IS NOT NULL
  UNION ALL SELECT id, household_id, service_unit_id, referent, 'MAXIMUM_DURATION',
         (start_date + make_interval(months => max_total_months))::date - 1, 60
    FROM w WHERE open AND number IS NOT NULL AND max_total_months IS NOT NULL
  UNION ALL SELECT id, household_id, service_unit_id, referent, 'CONTACT_LATE',
         coalesce(last_contact, start_date) + greatest(1, cadence_per_days / cadence_contacts), 0
    FROM w WHERE open AND number IS NOT NULL AND cadence_contacts IS NOT NULL
  UNION ALL SELECT id, household_id, service_unit_id, referent, 'INSURANCE_EXPIRING', insured_until, 30
    FROM w WHERE open AND number IS NOT NULL AND housed_since IS NOT NULL
  UNION ALL SELECT id, household_id, service_unit_id, referent, 'FOLLOW_UP_DUE', follow_up_due, 14
    FROM w WHERE NOT open AND follow_up_due IS NOT NULL AND follow_up_due >= date :day - 90),
noticed AS (SELECT * FROM d WHERE date :day >= due - notice)
INSERT INTO alert_raw (kind, measure_id, household_id, recipient_id, due_date)
SELECT kind, id, household_id, referent, due FROM noticed
UNION ALL
SELECT n.kind, n.id, n.household_id, u.id, n.due FROM noticed n
  JOIN user_account u ON u.service_unit_id = n.service_unit_id AND u.active AND u.id <> n.referent
  JOIN user_role r ON r.user_account_id = u.id AND r.role = 'coordinator'
 WHERE date :day > n.due
ON CONFLICT DO NOTHING;

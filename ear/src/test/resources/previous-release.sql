-- The database of the previous release of Ancrage, for the upgrade test (server-config/test-ops).
-- The previous release: main as it landed on 2026-11-26 (commit 3dec166, the last state CI passed
-- before this round), whose migrations end at V7 (V7__alert_mail). Made by running that release's
-- quick start on PostgreSQL 15 with its demo data, 40 households of bench/generate.sql
-- (scale=40, seed=0.21), and its deadline reminders (twice) and statistics jobs through its API; then
--   pg_dump --no-owner --no-privileges --exclude-table='"EJB__TIMER__TBL"' ancrage
-- The EJB timers' table is left out: it belongs to the domain's deployment (the guide's §2 makes it),
-- and the new deployment makes its own schedules. Restored with psql by the schema's owner.
--
-- PostgreSQL database dump
--

\restrict IqTg2D6Wd2mK9CheqrBpmml6lIOyhFtipV3GuHDMvlplB2mLuZUO4STn3jMa15G

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: audit_entry_is_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_entry_is_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$;


--
-- Name: alert_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.alert_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: alert; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alert (
    id bigint DEFAULT nextval('public.alert_seq'::regclass) NOT NULL,
    kind character varying(32) NOT NULL,
    measure_id bigint NOT NULL,
    household_id bigint NOT NULL,
    recipient_id bigint NOT NULL,
    due_date date NOT NULL,
    raised_at timestamp with time zone DEFAULT now() NOT NULL,
    seen_at timestamp with time zone,
    version bigint DEFAULT 0 NOT NULL,
    emailed_at timestamp with time zone
);


--
-- Name: audit_entry_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.audit_entry_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: audit_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_entry (
    id bigint DEFAULT nextval('public.audit_entry_seq'::regclass) NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL,
    username character varying(64) NOT NULL,
    action character varying(16) NOT NULL,
    entity_type character varying(64) NOT NULL,
    entity_id bigint,
    household_id bigint,
    changes text,
    CONSTRAINT audit_entry_action_check CHECK (((action)::text = ANY ((ARRAY['READ'::character varying, 'CREATE'::character varying, 'UPDATE'::character varying, 'DELETE'::character varying, 'EXPORT'::character varying, 'REFUSED'::character varying, 'PURGE'::character varying])::text[])))
);


--
-- Name: checkpointdata; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.checkpointdata (
    id character varying(512),
    obj bytea
);


--
-- Name: contact; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contact (
    id bigint NOT NULL,
    measure_id bigint NOT NULL,
    household_id bigint NOT NULL,
    occurred_at timestamp without time zone NOT NULL,
    duration_minutes integer,
    type character varying(24) NOT NULL,
    worker_id bigint NOT NULL,
    topics character varying(500),
    confidential_note character varying(8000),
    version bigint DEFAULT 0 NOT NULL,
    CONSTRAINT contact_duration_minutes_check CHECK (((duration_minutes >= 0) AND (duration_minutes <= 1440)))
);


--
-- Name: contact_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.contact_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: document; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.document (
    id bigint NOT NULL,
    household_id bigint NOT NULL,
    referral_id bigint,
    file_name character varying(200) NOT NULL,
    kind character varying(16) NOT NULL,
    size_bytes bigint NOT NULL,
    sha256 character(64) NOT NULL,
    added_at timestamp with time zone NOT NULL,
    CONSTRAINT document_size_bytes_check CHECK ((size_bytes > 0))
);


--
-- Name: document_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.document_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: dwelling; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dwelling (
    id bigint NOT NULL,
    landlord_id bigint NOT NULL,
    service_unit_id bigint NOT NULL,
    address character varying(240) NOT NULL,
    postcode character varying(10) NOT NULL,
    city character varying(120) NOT NULL,
    size character varying(4) NOT NULL,
    surface numeric(7,2) NOT NULL,
    floor integer,
    lift boolean DEFAULT false NOT NULL,
    step_free boolean DEFAULT false NOT NULL,
    rent numeric(12,2) NOT NULL,
    charges numeric(12,2) NOT NULL,
    programme_id bigint,
    places integer DEFAULT 1 NOT NULL,
    state character varying(24) NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    CONSTRAINT dwelling_charges_check CHECK ((charges >= (0)::numeric)),
    CONSTRAINT dwelling_places_check CHECK ((places > 0)),
    CONSTRAINT dwelling_rent_check CHECK ((rent >= (0)::numeric)),
    CONSTRAINT dwelling_size_check CHECK (((size)::text = ANY ((ARRAY['T1'::character varying, 'T2'::character varying, 'T3'::character varying, 'T4'::character varying, 'T5'::character varying, 'T6'::character varying])::text[]))),
    CONSTRAINT dwelling_surface_check CHECK ((surface > (0)::numeric))
);


--
-- Name: dwelling_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.dwelling_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: evaluation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation (
    id bigint NOT NULL,
    measure_id bigint NOT NULL,
    period_number integer NOT NULL,
    written_on date NOT NULL,
    author_id bigint,
    assessment character varying(8000) NOT NULL,
    gains character varying(8000),
    remaining_needs character varying(8000),
    proposed_decision character varying(24) NOT NULL
);


--
-- Name: evaluation_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.evaluation_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: executioninstancedata; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.executioninstancedata (
    jobexecid integer NOT NULL,
    jobinstanceid bigint NOT NULL,
    createtime timestamp without time zone,
    starttime timestamp without time zone,
    endtime timestamp without time zone,
    updatetime timestamp without time zone,
    parameters bytea,
    batchstatus character varying(512),
    exitstatus character varying(512)
);


--
-- Name: executioninstancedata_jobexecid_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.executioninstancedata_jobexecid_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: executioninstancedata_jobexecid_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.executioninstancedata_jobexecid_seq OWNED BY public.executioninstancedata.jobexecid;


--
-- Name: financed_capacity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.financed_capacity (
    id bigint NOT NULL,
    programme_id bigint NOT NULL,
    places integer NOT NULL,
    valid_from date NOT NULL,
    valid_to date,
    funder_reference character varying(80),
    version bigint DEFAULT 0 NOT NULL,
    CONSTRAINT financed_capacity_check CHECK (((valid_to IS NULL) OR (valid_to >= valid_from))),
    CONSTRAINT financed_capacity_places_check CHECK ((places >= 0))
);


--
-- Name: financed_capacity_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.financed_capacity_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: flyway_schema_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: household; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.household (
    id bigint NOT NULL,
    reference character varying(20),
    service_unit_id bigint NOT NULL,
    composition character varying(24),
    main_resource character varying(24),
    monthly_resources numeric(12,2),
    residence_status_valid_until date,
    address character varying(240),
    phone character varying(30),
    email character varying(254),
    version bigint DEFAULT 0 NOT NULL,
    anonymised_on date
);


--
-- Name: household_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.household_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: housing_contract; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.housing_contract (
    id bigint NOT NULL,
    dwelling_id bigint NOT NULL,
    landlord_id bigint NOT NULL,
    kind character varying(24) NOT NULL,
    start_date date NOT NULL,
    end_date date,
    rent numeric(12,2) NOT NULL,
    guarantee character varying(16) NOT NULL,
    guarantee_reference character varying(80),
    notice_months integer NOT NULL,
    tacit_renewal boolean DEFAULT true NOT NULL,
    after_lease_transfer character varying(24) NOT NULL,
    ended_by character varying(24),
    version bigint DEFAULT 0 NOT NULL,
    CONSTRAINT housing_contract_check CHECK (((end_date IS NULL) OR (end_date >= start_date))),
    CONSTRAINT housing_contract_notice_months_check CHECK ((notice_months >= 0)),
    CONSTRAINT housing_contract_rent_check CHECK ((rent >= (0)::numeric))
);


--
-- Name: housing_contract_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.housing_contract_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: incident; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.incident (
    id bigint NOT NULL,
    kind character varying(32) NOT NULL,
    household_id bigint,
    dwelling_id bigint,
    landlord_id bigint,
    occurred_on date NOT NULL,
    description character varying(4000) NOT NULL,
    parties character varying(120) NOT NULL,
    resolved_on date,
    resolution character varying(4000),
    version bigint DEFAULT 0 NOT NULL,
    CONSTRAINT incident_check CHECK (((household_id IS NOT NULL) OR (dwelling_id IS NOT NULL)))
);


--
-- Name: incident_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.incident_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: insurance_certificate; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.insurance_certificate (
    id bigint NOT NULL,
    household_id bigint NOT NULL,
    occupancy_id bigint,
    insurer character varying(120) NOT NULL,
    policy_number character varying(60),
    valid_from date NOT NULL,
    expires_on date NOT NULL,
    CONSTRAINT insurance_certificate_check CHECK ((expires_on >= valid_from))
);


--
-- Name: insurance_certificate_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.insurance_certificate_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: job_problem_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.job_problem_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: job_problem; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.job_problem (
    id bigint DEFAULT nextval('public.job_problem_seq'::regclass) NOT NULL,
    execution_id bigint NOT NULL,
    job_name character varying(64) NOT NULL,
    item character varying(120) NOT NULL,
    reason character varying(1000) NOT NULL,
    occurred_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: jobinstancedata; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.jobinstancedata (
    jobinstanceid integer NOT NULL,
    name character varying(512),
    apptag character varying(512)
);


--
-- Name: jobinstancedata_jobinstanceid_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.jobinstancedata_jobinstanceid_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: jobinstancedata_jobinstanceid_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.jobinstancedata_jobinstanceid_seq OWNED BY public.jobinstancedata.jobinstanceid;


--
-- Name: jobstatus; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.jobstatus (
    id bigint NOT NULL,
    obj bytea
);


--
-- Name: landlord; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.landlord (
    id bigint NOT NULL,
    kind character varying(16) NOT NULL,
    name character varying(160) NOT NULL,
    contact_person character varying(120),
    address character varying(240),
    phone character varying(30),
    email character varying(254),
    version bigint DEFAULT 0 NOT NULL
);


--
-- Name: landlord_exchange; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.landlord_exchange (
    id bigint NOT NULL,
    landlord_id bigint NOT NULL,
    occurred_on date NOT NULL,
    channel character varying(16) NOT NULL,
    summary character varying(2000) NOT NULL,
    recorded_by character varying(80)
);


--
-- Name: landlord_exchange_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.landlord_exchange_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: landlord_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.landlord_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: measure; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.measure (
    id bigint NOT NULL,
    household_id bigint NOT NULL,
    programme_id bigint NOT NULL,
    referent_worker_id bigint NOT NULL,
    service_unit_id bigint NOT NULL,
    start_date date NOT NULL,
    status character varying(16) NOT NULL,
    end_date date,
    end_reason character varying(32),
    housing_outcome character varying(32),
    follow_up_due date,
    version bigint DEFAULT 0 NOT NULL,
    contract_signed_on date,
    CONSTRAINT measure_check CHECK (((end_date IS NULL) OR (end_date >= start_date)))
);


--
-- Name: measure_period; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.measure_period (
    id bigint NOT NULL,
    measure_id bigint NOT NULL,
    number integer NOT NULL,
    kind character varying(16) NOT NULL,
    start_date date NOT NULL,
    end_date date,
    derogation_granted_by character varying(120),
    derogation_granted_on date,
    derogation_reference character varying(80),
    CONSTRAINT measure_period_check CHECK ((((kind)::text <> 'DEROGATION'::text) OR ((derogation_granted_by IS NOT NULL) AND (derogation_granted_on IS NOT NULL))))
);


--
-- Name: measure_period_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.measure_period_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: measure_referent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.measure_referent (
    id bigint NOT NULL,
    measure_id bigint NOT NULL,
    from_date date NOT NULL,
    worker_id bigint NOT NULL,
    service_unit_id bigint NOT NULL
);


--
-- Name: measure_referent_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.measure_referent_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: measure_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.measure_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: measure_suspension; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.measure_suspension (
    id bigint NOT NULL,
    measure_id bigint NOT NULL,
    from_date date NOT NULL,
    to_date date NOT NULL,
    reason character varying(500),
    CONSTRAINT measure_suspension_check CHECK ((to_date >= from_date))
);


--
-- Name: measure_suspension_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.measure_suspension_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mediation_action; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mediation_action (
    id bigint NOT NULL,
    incident_id bigint NOT NULL,
    taken_on date NOT NULL,
    party character varying(16) NOT NULL,
    description character varying(2000) NOT NULL,
    taken_by character varying(80)
);


--
-- Name: mediation_action_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.mediation_action_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: objective; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.objective (
    id bigint NOT NULL,
    measure_id bigint NOT NULL,
    domain character varying(32) NOT NULL,
    description character varying(1000) NOT NULL,
    progress character varying(16) NOT NULL,
    progress_on date
);


--
-- Name: objective_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.objective_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: occupancy; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.occupancy (
    id bigint NOT NULL,
    dwelling_id bigint NOT NULL,
    household_id bigint NOT NULL,
    measure_id bigint,
    programme_id bigint,
    agreement character varying(24) NOT NULL,
    start_date date NOT NULL,
    rent numeric(12,2) NOT NULL,
    charges numeric(12,2) NOT NULL,
    housing_benefit numeric(12,2) NOT NULL,
    end_date date,
    ended_by character varying(24),
    exit_state character varying(2000),
    version bigint DEFAULT 0 NOT NULL,
    CONSTRAINT occupancy_charges_check CHECK ((charges >= (0)::numeric)),
    CONSTRAINT occupancy_check CHECK (((end_date IS NULL) OR (end_date >= start_date))),
    CONSTRAINT occupancy_housing_benefit_check CHECK ((housing_benefit >= (0)::numeric)),
    CONSTRAINT occupancy_rent_check CHECK ((rent >= (0)::numeric))
);


--
-- Name: occupancy_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.occupancy_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: payment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.payment (
    id bigint NOT NULL,
    occupancy_id bigint NOT NULL,
    household_id bigint NOT NULL,
    paid_on date NOT NULL,
    amount numeric(12,2) NOT NULL,
    payer character varying(16) NOT NULL,
    reference character varying(80),
    recorded_at timestamp without time zone NOT NULL,
    repayment_plan_id bigint,
    CONSTRAINT payment_amount_check CHECK ((amount > (0)::numeric))
);


--
-- Name: payment_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.payment_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: person; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person (
    id bigint NOT NULL,
    household_id bigint NOT NULL,
    last_name character varying(80) NOT NULL,
    first_name character varying(80) NOT NULL,
    birth_date date,
    sex character(1),
    relationship character varying(16) NOT NULL,
    CONSTRAINT person_sex_check CHECK ((sex = ANY (ARRAY['F'::bpchar, 'M'::bpchar, 'X'::bpchar])))
);


--
-- Name: person_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.person_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: programme; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programme (
    id bigint NOT NULL,
    code character varying(40) NOT NULL,
    name character varying(160) NOT NULL,
    funder character varying(120) NOT NULL,
    kind character varying(32) NOT NULL,
    first_period_months integer,
    max_total_months integer,
    cadence_contacts integer,
    cadence_per_days integer,
    cadence_types character varying(200),
    evaluation_lead_days integer DEFAULT 0 NOT NULL,
    evaluation_before_renewal boolean DEFAULT false NOT NULL,
    follow_up_months integer,
    financed_capacity integer,
    housing_included boolean DEFAULT false NOT NULL,
    residence_status_required boolean DEFAULT false NOT NULL,
    eligibility_notes character varying(2000),
    active boolean DEFAULT true NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    CONSTRAINT programme_cadence_contacts_check CHECK ((cadence_contacts > 0)),
    CONSTRAINT programme_cadence_per_days_check CHECK ((cadence_per_days > 0)),
    CONSTRAINT programme_evaluation_lead_days_check CHECK ((evaluation_lead_days >= 0)),
    CONSTRAINT programme_financed_capacity_check CHECK ((financed_capacity >= 0)),
    CONSTRAINT programme_first_period_months_check CHECK ((first_period_months > 0)),
    CONSTRAINT programme_follow_up_months_check CHECK ((follow_up_months > 0)),
    CONSTRAINT programme_max_total_months_check CHECK ((max_total_months > 0))
);


--
-- Name: programme_renewal_step; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programme_renewal_step (
    programme_id bigint NOT NULL,
    step_index integer NOT NULL,
    months integer NOT NULL,
    derogation_required boolean DEFAULT false NOT NULL,
    derogation_authority character varying(120),
    CONSTRAINT programme_renewal_step_months_check CHECK ((months > 0))
);


--
-- Name: programme_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.programme_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: referral; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.referral (
    id bigint NOT NULL,
    household_id bigint NOT NULL,
    programme_id bigint NOT NULL,
    orienting_body character varying(24) NOT NULL,
    received_on date NOT NULL,
    status character varying(16) NOT NULL,
    interview_on date,
    decided_on date,
    decision_reason character varying(1000),
    measure_id bigint,
    version bigint DEFAULT 0 NOT NULL,
    CONSTRAINT referral_check CHECK ((((status)::text <> 'REFUSED'::text) OR (decision_reason IS NOT NULL)))
);


--
-- Name: referral_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.referral_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: rent_call; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rent_call (
    id bigint NOT NULL,
    occupancy_id bigint NOT NULL,
    household_id bigint NOT NULL,
    month date NOT NULL,
    rent numeric(12,2) NOT NULL,
    charges numeric(12,2) NOT NULL,
    housing_benefit numeric(12,2) NOT NULL,
    amount_due numeric(12,2) NOT NULL,
    due_date date NOT NULL,
    issued_at timestamp without time zone NOT NULL,
    CONSTRAINT rent_call_month_check CHECK ((EXTRACT(day FROM month) = (1)::numeric))
);


--
-- Name: rent_call_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.rent_call_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: repayment_instalment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.repayment_instalment (
    plan_id bigint NOT NULL,
    number integer NOT NULL,
    due_date date NOT NULL,
    amount numeric(12,2) NOT NULL,
    CONSTRAINT repayment_instalment_amount_check CHECK ((amount > (0)::numeric)),
    CONSTRAINT repayment_instalment_number_check CHECK ((number > 0))
);


--
-- Name: repayment_plan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.repayment_plan (
    id bigint NOT NULL,
    occupancy_id bigint NOT NULL,
    household_id bigint NOT NULL,
    agreed_on date NOT NULL,
    debt numeric(12,2) NOT NULL,
    cancelled_on date,
    version bigint DEFAULT 0 NOT NULL,
    CONSTRAINT repayment_plan_debt_check CHECK ((debt > (0)::numeric))
);


--
-- Name: repayment_plan_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.repayment_plan_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: retention_rule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.retention_rule (
    category character varying(32) NOT NULL,
    retention_months integer NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    CONSTRAINT retention_rule_retention_months_check CHECK (((retention_months >= 1) AND (retention_months <= 1200)))
);


--
-- Name: service_unit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.service_unit (
    id bigint NOT NULL,
    code character varying(20) NOT NULL,
    name character varying(120) NOT NULL,
    active boolean DEFAULT true NOT NULL,
    version bigint DEFAULT 0 NOT NULL
);


--
-- Name: service_unit_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.service_unit_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: statistics_snapshot_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.statistics_snapshot_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: statistics_snapshot; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.statistics_snapshot (
    id bigint DEFAULT nextval('public.statistics_snapshot_seq'::regclass) NOT NULL,
    programme_id bigint NOT NULL,
    service_scope bigint DEFAULT 0 NOT NULL,
    year integer NOT NULL,
    computed_at timestamp with time zone DEFAULT now() NOT NULL,
    indicators text NOT NULL,
    CONSTRAINT statistics_snapshot_year_check CHECK (((year >= 1990) AND (year <= 2200)))
);


--
-- Name: stepexecutioninstancedata; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stepexecutioninstancedata (
    stepexecid integer NOT NULL,
    jobexecid bigint NOT NULL,
    batchstatus character varying(512),
    exitstatus character varying(512),
    stepname character varying(512),
    readcount integer,
    writecount integer,
    commitcount integer,
    rollbackcount integer,
    readskipcount integer,
    processskipcount integer,
    filtercount integer,
    writeskipcount integer,
    starttime timestamp without time zone,
    endtime timestamp without time zone,
    persistentdata bytea
);


--
-- Name: stepexecutioninstancedata_stepexecid_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.stepexecutioninstancedata_stepexecid_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: stepexecutioninstancedata_stepexecid_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.stepexecutioninstancedata_stepexecid_seq OWNED BY public.stepexecutioninstancedata.stepexecid;


--
-- Name: stepstatus; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stepstatus (
    id bigint NOT NULL,
    obj bytea
);


--
-- Name: user_account; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_account (
    id bigint NOT NULL,
    username character varying(64) NOT NULL,
    display_name character varying(120) NOT NULL,
    email character varying(254),
    password_hash character varying(256) NOT NULL,
    service_unit_id bigint,
    active boolean DEFAULT true NOT NULL,
    failed_logins integer DEFAULT 0 NOT NULL,
    first_failed_login_at timestamp with time zone,
    locked_until timestamp with time zone,
    last_login_at timestamp with time zone,
    email_alerts boolean DEFAULT false NOT NULL,
    preferred_locale character varying(8),
    version bigint DEFAULT 0 NOT NULL
);


--
-- Name: user_account_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.user_account_seq
    START WITH 50
    INCREMENT BY 50
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: user_role; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_role (
    user_account_id bigint NOT NULL,
    role character varying(32) NOT NULL
);


--
-- Name: executioninstancedata jobexecid; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.executioninstancedata ALTER COLUMN jobexecid SET DEFAULT nextval('public.executioninstancedata_jobexecid_seq'::regclass);


--
-- Name: jobinstancedata jobinstanceid; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jobinstancedata ALTER COLUMN jobinstanceid SET DEFAULT nextval('public.jobinstancedata_jobinstanceid_seq'::regclass);


--
-- Name: stepexecutioninstancedata stepexecid; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stepexecutioninstancedata ALTER COLUMN stepexecid SET DEFAULT nextval('public.stepexecutioninstancedata_stepexecid_seq'::regclass);


--
-- Data for Name: alert; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.alert (id, kind, measure_id, household_id, recipient_id, due_date, raised_at, seen_at, version, emailed_at) FROM stdin;
1	PERIOD_ENDING	1	1	3	2027-01-01	2026-12-02 08:35:40.497497+00	\N	0	\N
2	CONTACT_LATE	1	1	3	2026-08-11	2026-12-02 08:35:40.497497+00	\N	0	\N
3	CONTACT_LATE	1	1	2	2026-08-11	2026-12-02 08:35:40.497497+00	\N	0	\N
4	PERIOD_ENDING	2	2	3	2027-01-01	2026-12-02 08:35:40.497497+00	\N	0	\N
5	CONTACT_LATE	2	2	3	2026-10-27	2026-12-02 08:35:40.497497+00	\N	0	\N
6	CONTACT_LATE	2	2	2	2026-10-27	2026-12-02 08:35:40.497497+00	\N	0	\N
13	EVALUATION_DUE	200	150	3	2025-06-17	2026-12-02 08:36:31.038751+00	\N	0	\N
14	EVALUATION_DUE	200	150	2	2025-06-17	2026-12-02 08:36:31.038751+00	\N	0	\N
15	PERIOD_ENDING	200	150	3	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
16	PERIOD_ENDING	200	150	2	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
17	MAXIMUM_DURATION	200	150	3	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
18	MAXIMUM_DURATION	200	150	2	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
19	CONTACT_LATE	200	150	3	2026-09-26	2026-12-02 08:36:31.038751+00	\N	0	\N
20	CONTACT_LATE	200	150	2	2026-09-26	2026-12-02 08:36:31.038751+00	\N	0	\N
21	EVALUATION_DUE	300	200	3	2025-06-17	2026-12-02 08:36:31.038751+00	\N	0	\N
22	EVALUATION_DUE	300	200	2	2025-06-17	2026-12-02 08:36:31.038751+00	\N	0	\N
23	PERIOD_ENDING	300	200	3	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
24	PERIOD_ENDING	300	200	2	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
25	MAXIMUM_DURATION	300	200	3	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
26	MAXIMUM_DURATION	300	200	2	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
27	CONTACT_LATE	300	200	3	2026-07-25	2026-12-02 08:36:31.038751+00	\N	0	\N
28	CONTACT_LATE	300	200	2	2026-07-25	2026-12-02 08:36:31.038751+00	\N	0	\N
29	EVALUATION_DUE	350	200	3	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
30	EVALUATION_DUE	350	200	2	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
31	PERIOD_ENDING	350	200	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
32	PERIOD_ENDING	350	200	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
33	MAXIMUM_DURATION	350	200	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
34	MAXIMUM_DURATION	350	200	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
35	CONTACT_LATE	350	200	3	2026-05-26	2026-12-02 08:36:31.038751+00	\N	0	\N
36	CONTACT_LATE	350	200	2	2026-05-26	2026-12-02 08:36:31.038751+00	\N	0	\N
37	EVALUATION_DUE	400	250	3	2025-06-17	2026-12-02 08:36:31.038751+00	\N	0	\N
38	EVALUATION_DUE	400	250	2	2025-06-17	2026-12-02 08:36:31.038751+00	\N	0	\N
39	PERIOD_ENDING	400	250	3	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
40	PERIOD_ENDING	400	250	2	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
41	MAXIMUM_DURATION	400	250	3	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
42	MAXIMUM_DURATION	400	250	2	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
43	CONTACT_LATE	400	250	3	2026-10-28	2026-12-02 08:36:31.038751+00	\N	0	\N
44	CONTACT_LATE	400	250	2	2026-10-28	2026-12-02 08:36:31.038751+00	\N	0	\N
45	EVALUATION_DUE	550	300	3	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
46	EVALUATION_DUE	550	300	2	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
47	PERIOD_ENDING	550	300	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
48	PERIOD_ENDING	550	300	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
49	MAXIMUM_DURATION	550	300	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
50	MAXIMUM_DURATION	550	300	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
51	CONTACT_LATE	550	300	3	2026-05-23	2026-12-02 08:36:31.038751+00	\N	0	\N
52	CONTACT_LATE	550	300	2	2026-05-23	2026-12-02 08:36:31.038751+00	\N	0	\N
53	EVALUATION_DUE	650	350	3	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
54	EVALUATION_DUE	650	350	2	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
55	PERIOD_ENDING	650	350	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
56	PERIOD_ENDING	650	350	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
57	MAXIMUM_DURATION	650	350	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
58	MAXIMUM_DURATION	650	350	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
59	CONTACT_LATE	650	350	3	2026-06-26	2026-12-02 08:36:31.038751+00	\N	0	\N
60	CONTACT_LATE	650	350	2	2026-06-26	2026-12-02 08:36:31.038751+00	\N	0	\N
61	EVALUATION_DUE	750	400	3	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
62	EVALUATION_DUE	750	400	2	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
63	PERIOD_ENDING	750	400	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
64	PERIOD_ENDING	750	400	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
65	MAXIMUM_DURATION	750	400	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
66	MAXIMUM_DURATION	750	400	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
67	CONTACT_LATE	750	400	3	2026-07-22	2026-12-02 08:36:31.038751+00	\N	0	\N
68	CONTACT_LATE	750	400	2	2026-07-22	2026-12-02 08:36:31.038751+00	\N	0	\N
69	EVALUATION_DUE	850	450	3	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
70	EVALUATION_DUE	850	450	2	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
71	PERIOD_ENDING	850	450	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
72	PERIOD_ENDING	850	450	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
73	MAXIMUM_DURATION	850	450	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
74	MAXIMUM_DURATION	850	450	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
75	CONTACT_LATE	850	450	3	2026-10-06	2026-12-02 08:36:31.038751+00	\N	0	\N
76	CONTACT_LATE	850	450	2	2026-10-06	2026-12-02 08:36:31.038751+00	\N	0	\N
77	EVALUATION_DUE	1450	750	3	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
78	EVALUATION_DUE	1450	750	2	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
79	PERIOD_ENDING	1450	750	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
80	PERIOD_ENDING	1450	750	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
81	MAXIMUM_DURATION	1450	750	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
82	MAXIMUM_DURATION	1450	750	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
83	CONTACT_LATE	1450	750	3	2026-05-15	2026-12-02 08:36:31.038751+00	\N	0	\N
84	CONTACT_LATE	1450	750	2	2026-05-15	2026-12-02 08:36:31.038751+00	\N	0	\N
85	EVALUATION_DUE	2000	1050	3	2025-06-17	2026-12-02 08:36:31.038751+00	\N	0	\N
86	EVALUATION_DUE	2000	1050	2	2025-06-17	2026-12-02 08:36:31.038751+00	\N	0	\N
87	PERIOD_ENDING	2000	1050	3	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
88	PERIOD_ENDING	2000	1050	2	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
89	MAXIMUM_DURATION	2000	1050	3	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
90	MAXIMUM_DURATION	2000	1050	2	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
91	CONTACT_LATE	2000	1050	3	2026-11-12	2026-12-02 08:36:31.038751+00	\N	0	\N
92	CONTACT_LATE	2000	1050	2	2026-11-12	2026-12-02 08:36:31.038751+00	\N	0	\N
93	EVALUATION_DUE	2050	1050	3	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
94	EVALUATION_DUE	2050	1050	2	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
95	PERIOD_ENDING	2050	1050	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
96	PERIOD_ENDING	2050	1050	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
97	MAXIMUM_DURATION	2050	1050	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
98	MAXIMUM_DURATION	2050	1050	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
99	CONTACT_LATE	2050	1050	3	2025-10-21	2026-12-02 08:36:31.038751+00	\N	0	\N
100	CONTACT_LATE	2050	1050	2	2025-10-21	2026-12-02 08:36:31.038751+00	\N	0	\N
101	EVALUATION_DUE	2150	1100	3	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
102	EVALUATION_DUE	2150	1100	2	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
103	PERIOD_ENDING	2150	1100	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
104	PERIOD_ENDING	2150	1100	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
105	MAXIMUM_DURATION	2150	1100	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
106	MAXIMUM_DURATION	2150	1100	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
107	CONTACT_LATE	2150	1100	3	2026-11-14	2026-12-02 08:36:31.038751+00	\N	0	\N
108	CONTACT_LATE	2150	1100	2	2026-11-14	2026-12-02 08:36:31.038751+00	\N	0	\N
109	EVALUATION_DUE	2500	1300	3	2025-06-17	2026-12-02 08:36:31.038751+00	\N	0	\N
110	EVALUATION_DUE	2500	1300	2	2025-06-17	2026-12-02 08:36:31.038751+00	\N	0	\N
111	PERIOD_ENDING	2500	1300	3	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
112	PERIOD_ENDING	2500	1300	2	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
113	MAXIMUM_DURATION	2500	1300	3	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
114	MAXIMUM_DURATION	2500	1300	2	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
115	CONTACT_LATE	2500	1300	3	2026-07-29	2026-12-02 08:36:31.038751+00	\N	0	\N
116	CONTACT_LATE	2500	1300	2	2026-07-29	2026-12-02 08:36:31.038751+00	\N	0	\N
117	EVALUATION_DUE	2550	1300	3	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
118	EVALUATION_DUE	2550	1300	2	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
119	PERIOD_ENDING	2550	1300	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
120	PERIOD_ENDING	2550	1300	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
121	MAXIMUM_DURATION	2550	1300	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
122	MAXIMUM_DURATION	2550	1300	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
123	CONTACT_LATE	2550	1300	3	2026-10-28	2026-12-02 08:36:31.038751+00	\N	0	\N
124	CONTACT_LATE	2550	1300	2	2026-10-28	2026-12-02 08:36:31.038751+00	\N	0	\N
125	EVALUATION_DUE	2650	1350	3	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
126	EVALUATION_DUE	2650	1350	2	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
127	PERIOD_ENDING	2650	1350	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
128	PERIOD_ENDING	2650	1350	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
129	MAXIMUM_DURATION	2650	1350	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
130	MAXIMUM_DURATION	2650	1350	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
131	CONTACT_LATE	2650	1350	3	2026-10-28	2026-12-02 08:36:31.038751+00	\N	0	\N
132	CONTACT_LATE	2650	1350	2	2026-10-28	2026-12-02 08:36:31.038751+00	\N	0	\N
133	EVALUATION_DUE	3300	1700	3	2025-06-17	2026-12-02 08:36:31.038751+00	\N	0	\N
134	EVALUATION_DUE	3300	1700	2	2025-06-17	2026-12-02 08:36:31.038751+00	\N	0	\N
135	PERIOD_ENDING	3300	1700	3	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
136	PERIOD_ENDING	3300	1700	2	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
137	MAXIMUM_DURATION	3300	1700	3	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
138	MAXIMUM_DURATION	3300	1700	2	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
139	CONTACT_LATE	3300	1700	3	2026-09-06	2026-12-02 08:36:31.038751+00	\N	0	\N
140	CONTACT_LATE	3300	1700	2	2026-09-06	2026-12-02 08:36:31.038751+00	\N	0	\N
141	EVALUATION_DUE	3450	1750	3	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
142	EVALUATION_DUE	3450	1750	2	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
143	PERIOD_ENDING	3450	1750	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
144	PERIOD_ENDING	3450	1750	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
145	MAXIMUM_DURATION	3450	1750	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
146	MAXIMUM_DURATION	3450	1750	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
147	CONTACT_LATE	3450	1750	3	2026-05-05	2026-12-02 08:36:31.038751+00	\N	0	\N
148	CONTACT_LATE	3450	1750	2	2026-05-05	2026-12-02 08:36:31.038751+00	\N	0	\N
149	EVALUATION_DUE	3850	1950	3	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
150	EVALUATION_DUE	3850	1950	2	2022-04-14	2026-12-02 08:36:31.038751+00	\N	0	\N
151	PERIOD_ENDING	3850	1950	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
152	PERIOD_ENDING	3850	1950	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
153	MAXIMUM_DURATION	3850	1950	3	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
154	MAXIMUM_DURATION	3850	1950	2	2022-04-24	2026-12-02 08:36:31.038751+00	\N	0	\N
155	CONTACT_LATE	3850	1950	3	2025-11-21	2026-12-02 08:36:31.038751+00	\N	0	\N
156	CONTACT_LATE	3850	1950	2	2025-11-21	2026-12-02 08:36:31.038751+00	\N	0	\N
157	EVALUATION_DUE	3900	2000	3	2025-06-17	2026-12-02 08:36:31.038751+00	\N	0	\N
158	EVALUATION_DUE	3900	2000	2	2025-06-17	2026-12-02 08:36:31.038751+00	\N	0	\N
159	PERIOD_ENDING	3900	2000	3	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
160	PERIOD_ENDING	3900	2000	2	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
161	MAXIMUM_DURATION	3900	2000	3	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
162	MAXIMUM_DURATION	3900	2000	2	2025-06-27	2026-12-02 08:36:31.038751+00	\N	0	\N
163	CONTACT_LATE	3900	2000	3	2026-08-20	2026-12-02 08:36:31.038751+00	\N	0	\N
164	CONTACT_LATE	3900	2000	2	2026-08-20	2026-12-02 08:36:31.038751+00	\N	0	\N
\.


--
-- Data for Name: audit_entry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_entry (id, occurred_at, username, action, entity_type, entity_id, household_id, changes) FROM stdin;
50	2026-12-02 08:33:54.641447+00	system	CREATE	UserAccount	1	\N	{"active":{"after":"true"},"displayName":{"after":"Administrateur"},"email":{"after":""},"emailAlerts":{"after":"false"},"failedLogins":{"after":"0"},"firstFailedLoginAt":{"after":""},"lastLoginAt":{"after":""},"lockedUntil":{"after":""},"passwordHash":{"after":"***"},"preferredLocale":{"after":""},"serviceUnitId":{"after":""},"username":{"after":"admin"},"version":{"after":"1"}}
100	2026-12-02 08:33:55.225297+00	system	CREATE	ServiceUnit	2	\N	{"active":{"after":"true"},"code":{"after":"SUD"},"name":{"after":"Service logement Sud"},"version":{"after":"1"}}
150	2026-12-02 08:33:55.225297+00	system	CREATE	ServiceUnit	1	\N	{"active":{"after":"true"},"code":{"after":"NORD"},"name":{"after":"Service logement Nord"},"version":{"after":"1"}}
200	2026-12-02 08:33:55.225297+00	system	CREATE	UserAccount	7	\N	{"active":{"after":"true"},"displayName":{"after":"Fanny Financeur (DDETS)"},"email":{"after":""},"emailAlerts":{"after":"false"},"failedLogins":{"after":"0"},"firstFailedLoginAt":{"after":""},"lastLoginAt":{"after":""},"lockedUntil":{"after":""},"passwordHash":{"after":"***"},"preferredLocale":{"after":""},"serviceUnitId":{"after":""},"username":{"after":"financeur"},"version":{"after":"1"}}
250	2026-12-02 08:33:55.225297+00	system	CREATE	UserAccount	2	\N	{"active":{"after":"true"},"displayName":{"after":"Claire Coordinatrice"},"email":{"after":""},"emailAlerts":{"after":"false"},"failedLogins":{"after":"0"},"firstFailedLoginAt":{"after":""},"lastLoginAt":{"after":""},"lockedUntil":{"after":""},"passwordHash":{"after":"***"},"preferredLocale":{"after":""},"serviceUnitId":{"after":"1"},"username":{"after":"coordinatrice"},"version":{"after":"1"}}
300	2026-12-02 08:33:55.225297+00	system	CREATE	UserAccount	5	\N	{"active":{"after":"true"},"displayName":{"after":"Sonia Travailleuse sociale (Sud)"},"email":{"after":""},"emailAlerts":{"after":"false"},"failedLogins":{"after":"0"},"firstFailedLoginAt":{"after":""},"lastLoginAt":{"after":""},"lockedUntil":{"after":""},"passwordHash":{"after":"***"},"preferredLocale":{"after":""},"serviceUnitId":{"after":"2"},"username":{"after":"travailleuse-sud"},"version":{"after":"1"}}
350	2026-12-02 08:33:55.225297+00	system	CREATE	UserAccount	3	\N	{"active":{"after":"true"},"displayName":{"after":"Thomas Travailleur social"},"email":{"after":""},"emailAlerts":{"after":"false"},"failedLogins":{"after":"0"},"firstFailedLoginAt":{"after":""},"lastLoginAt":{"after":""},"lockedUntil":{"after":""},"passwordHash":{"after":"***"},"preferredLocale":{"after":""},"serviceUnitId":{"after":"1"},"username":{"after":"travailleur"},"version":{"after":"1"}}
400	2026-12-02 08:33:55.225297+00	system	CREATE	UserAccount	8	\N	{"active":{"after":"true"},"displayName":{"after":"Alice Administratrice"},"email":{"after":""},"emailAlerts":{"after":"false"},"failedLogins":{"after":"0"},"firstFailedLoginAt":{"after":""},"lastLoginAt":{"after":""},"lockedUntil":{"after":""},"passwordHash":{"after":"***"},"preferredLocale":{"after":""},"serviceUnitId":{"after":""},"username":{"after":"administration"},"version":{"after":"1"}}
450	2026-12-02 08:33:55.225297+00	system	CREATE	UserAccount	4	\N	{"active":{"after":"true"},"displayName":{"after":"Gaëlle Gestion locative"},"email":{"after":""},"emailAlerts":{"after":"false"},"failedLogins":{"after":"0"},"firstFailedLoginAt":{"after":""},"lastLoginAt":{"after":""},"lockedUntil":{"after":""},"passwordHash":{"after":"***"},"preferredLocale":{"after":""},"serviceUnitId":{"after":"1"},"username":{"after":"gestion"},"version":{"after":"1"}}
500	2026-12-02 08:33:55.225297+00	system	CREATE	UserAccount	6	\N	{"active":{"after":"true"},"displayName":{"after":"Denis Directeur"},"email":{"after":""},"emailAlerts":{"after":"false"},"failedLogins":{"after":"0"},"firstFailedLoginAt":{"after":""},"lastLoginAt":{"after":""},"lockedUntil":{"after":""},"passwordHash":{"after":"***"},"preferredLocale":{"after":""},"serviceUnitId":{"after":""},"username":{"after":"direction"},"version":{"after":"1"}}
550	2026-12-02 08:33:55.225297+00	system	CREATE	Programme	1	\N	{"active":{"after":"true"},"code":{"after":"ALSA-IML-SOUS-LOCATION"},"eligibilityNotes":{"after":"Titre de séjour en cours de validité. À 6 mois, l’évaluation décide du renouvellement ou du glissement de bail."},"evaluationLeadDays":{"after":"15"},"evaluationRequiredBeforeRenewal":{"after":"true"},"financedCapacity":{"after":""},"firstPeriodMonths":{"after":"6"},"followUpMonths":{"after":""},"funder":{"after":"État (DDETSPP)"},"housingIncluded":{"after":"true"},"kind":{"after":"IML_SUBLEASE"},"maxTotalMonths":{"after":"18"},"name":{"after":"IML en sous-location (ALSA)"},"residenceStatusRequired":{"after":"true"},"version":{"after":"1"}}
600	2026-12-02 08:33:55.225297+00	system	CREATE	Programme	4	\N	{"active":{"after":"true"},"code":{"after":"ASL-IML-MANDAT"},"eligibilityNotes":{"after":"Phase préalable à l’entrée dans le logement ; adhésion du ménage contractualisée à la signature du bail, avec l’accord préalable du financeur."},"evaluationLeadDays":{"after":"15"},"evaluationRequiredBeforeRenewal":{"after":"false"},"financedCapacity":{"after":"20"},"firstPeriodMonths":{"after":"12"},"followUpMonths":{"after":""},"funder":{"after":"État (DDCS)"},"housingIncluded":{"after":"true"},"kind":{"after":"IML_MANAGEMENT_MANDATE"},"maxTotalMonths":{"after":"12"},"name":{"after":"IML en mandat de gestion (ASL)"},"residenceStatusRequired":{"after":"false"},"version":{"after":"1"}}
650	2026-12-02 08:33:55.225297+00	system	CREATE	Programme	5	\N	{"active":{"after":"true"},"code":{"after":"ASL-CAF-SIMPLE"},"eligibilityNotes":{"after":"Surtout pour les impayés de loyer : assainir d’abord la situation financière, puis traiter les causes."},"evaluationLeadDays":{"after":"0"},"evaluationRequiredBeforeRenewal":{"after":"false"},"financedCapacity":{"after":""},"firstPeriodMonths":{"after":""},"followUpMonths":{"after":""},"funder":{"after":"CAF"},"housingIncluded":{"after":"false"},"kind":{"after":"CAF_SIMPLE"},"maxTotalMonths":{"after":""},"name":{"after":"Accompagnement simple CAF (ASL)"},"residenceStatusRequired":{"after":"false"},"version":{"after":"1"}}
700	2026-12-02 08:33:55.225297+00	system	CREATE	Programme	2	\N	{"active":{"after":"true"},"code":{"after":"ASLD-IML-CLASSIQUE"},"eligibilityNotes":{"after":"Orientation SIAO, entretien avec la coordinatrice et un travailleur social ; contrat de sous-location et contrat d’accompagnement signés."},"evaluationLeadDays":{"after":"15"},"evaluationRequiredBeforeRenewal":{"after":"true"},"financedCapacity":{"after":"132"},"firstPeriodMonths":{"after":"6"},"followUpMonths":{"after":""},"funder":{"after":"État (DDETS)"},"housingIncluded":{"after":"true"},"kind":{"after":"IML_SUBLEASE"},"maxTotalMonths":{"after":"18"},"name":{"after":"IML classique (ASLD)"},"residenceStatusRequired":{"after":"false"},"version":{"after":"1"}}
750	2026-12-02 08:33:55.225297+00	system	CREATE	Programme	10	\N	{"active":{"after":"true"},"code":{"after":"UDAF55-ASLL"},"eligibilityNotes":{"after":"Bilan de fin de mesure adressé 10 jours avant l’échéance aux responsables MTAS et UTAS ; visite de suivi 6 mois après la fin avec l’assistante sociale de secteur. Non éligibles : ménages dont les déficiences excluent l’autonomie."},"evaluationLeadDays":{"after":"10"},"evaluationRequiredBeforeRenewal":{"after":"true"},"financedCapacity":{"after":""},"firstPeriodMonths":{"after":"3"},"followUpMonths":{"after":"6"},"funder":{"after":"Conseil départemental (FSL)"},"housingIncluded":{"after":"false"},"kind":{"after":"ASLL"},"maxTotalMonths":{"after":"12"},"name":{"after":"ASLL accès / maintien (UDAF 55)"},"residenceStatusRequired":{"after":"false"},"version":{"after":"1"}}
800	2026-12-02 08:33:55.225297+00	system	CREATE	Programme	7	\N	{"active":{"after":"true"},"code":{"after":"APAR-AVDL"},"eligibilityNotes":{"after":"Sur demande d’une commission DALO, de la CCAPEX, d’un CHRS ou d’un bailleur ; diagnostic ou accompagnement."},"evaluationLeadDays":{"after":"0"},"evaluationRequiredBeforeRenewal":{"after":"false"},"financedCapacity":{"after":""},"firstPeriodMonths":{"after":""},"followUpMonths":{"after":""},"funder":{"after":"État (DDCS, FNAVDL)"},"housingIncluded":{"after":"false"},"kind":{"after":"AVDL"},"maxTotalMonths":{"after":""},"name":{"after":"AVDL (APAR)"},"residenceStatusRequired":{"after":"false"},"version":{"after":"1"}}
850	2026-12-02 08:33:55.225297+00	system	CREATE	Programme	8	\N	{"active":{"after":"true"},"code":{"after":"APAR-IML"},"eligibilityNotes":{"after":"Publics prioritaires : DALO, commission PDALPD, sortants de structure, ménages de bonne foi menacés d’expulsion ou expulsés."},"evaluationLeadDays":{"after":"0"},"evaluationRequiredBeforeRenewal":{"after":"false"},"financedCapacity":{"after":""},"firstPeriodMonths":{"after":""},"followUpMonths":{"after":""},"funder":{"after":"État (DDETS)"},"housingIncluded":{"after":"true"},"kind":{"after":"IML_SUBLEASE"},"maxTotalMonths":{"after":""},"name":{"after":"IML (APAR)"},"residenceStatusRequired":{"after":"false"},"version":{"after":"1"}}
900	2026-12-02 08:33:55.225297+00	system	CREATE	Programme	9	\N	{"active":{"after":"true"},"code":{"after":"APAR-ASLL-71"},"eligibilityNotes":{"after":"Validé par la commission CUD ; accès ou maintien."},"evaluationLeadDays":{"after":"15"},"evaluationRequiredBeforeRenewal":{"after":"true"},"financedCapacity":{"after":""},"firstPeriodMonths":{"after":"6"},"followUpMonths":{"after":""},"funder":{"after":"Conseil départemental (FSL)"},"housingIncluded":{"after":"false"},"kind":{"after":"ASLL"},"maxTotalMonths":{"after":"12"},"name":{"after":"ASLL Saône-et-Loire (APAR)"},"residenceStatusRequired":{"after":"false"},"version":{"after":"1"}}
950	2026-12-02 08:33:55.225297+00	system	CREATE	Programme	6	\N	{"active":{"after":"true"},"code":{"after":"ASL-CAF-RENFORCE"},"eligibilityNotes":{"after":"Objectifs fixés dans un contrat ; fin si le ménage ne coopère pas."},"evaluationLeadDays":{"after":"0"},"evaluationRequiredBeforeRenewal":{"after":"false"},"financedCapacity":{"after":""},"firstPeriodMonths":{"after":""},"followUpMonths":{"after":""},"funder":{"after":"CAF"},"housingIncluded":{"after":"false"},"kind":{"after":"CAF_REINFORCED"},"maxTotalMonths":{"after":""},"name":{"after":"Accompagnement renforcé CAF (ASL)"},"residenceStatusRequired":{"after":"false"},"version":{"after":"1"}}
1000	2026-12-02 08:33:55.225297+00	system	CREATE	Programme	3	\N	{"active":{"after":"true"},"code":{"after":"ASLD-IML-PLUS"},"eligibilityNotes":{"after":"Accompagnement renforcé ; orientation SIAO."},"evaluationLeadDays":{"after":"15"},"evaluationRequiredBeforeRenewal":{"after":"true"},"financedCapacity":{"after":"10"},"firstPeriodMonths":{"after":"6"},"followUpMonths":{"after":""},"funder":{"after":"État (DDETS)"},"housingIncluded":{"after":"true"},"kind":{"after":"IML_SUBLEASE"},"maxTotalMonths":{"after":"18"},"name":{"after":"IML+ accompagnement renforcé (ASLD)"},"residenceStatusRequired":{"after":"false"},"version":{"after":"1"}}
1050	2026-12-02 08:33:55.225297+00	system	CREATE	Household	1	1	{"address":{"after":""},"composition":{"after":""},"email":{"after":""},"mainResource":{"after":""},"monthlyResources":{"after":""},"phone":{"after":""},"reference":{"after":""},"residenceStatusValidUntil":{"after":"2029-12-02"},"serviceUnitId":{"after":"1"},"version":{"after":"1"}}
1100	2026-12-02 08:33:55.225297+00	system	UPDATE	Household	1	1	{"reference":{"before":"","after":"M000001"}}
1150	2026-12-02 08:33:55.225297+00	system	CREATE	Measure	1	1	{"contractSignedOn":{"after":""},"endDate":{"after":""},"endReason":{"after":""},"followUpDue":{"after":""},"householdId":{"after":"1"},"housingOutcome":{"after":""},"referentWorkerId":{"after":"3"},"serviceUnitId":{"after":"1"},"start":{"after":"2026-07-02"},"status":{"after":"OPEN"},"version":{"after":"1"}}
1200	2026-12-02 08:33:55.225297+00	system	CREATE	Contact	1	1	{"confidentialNote":{"after":""},"durationMinutes":{"after":"60"},"householdId":{"after":"1"},"measureId":{"after":"1"},"occurredAt":{"after":"2026-07-12T10:00"},"topics":{"after":"Installation dans le logement"},"type":{"after":"HOME_VISIT"},"version":{"after":"1"},"workerId":{"after":"3"}}
1250	2026-12-02 08:33:55.225297+00	system	CREATE	Household	2	2	{"address":{"after":""},"composition":{"after":""},"email":{"after":""},"mainResource":{"after":""},"monthlyResources":{"after":""},"phone":{"after":""},"reference":{"after":""},"residenceStatusValidUntil":{"after":""},"serviceUnitId":{"after":"1"},"version":{"after":"1"}}
1300	2026-12-02 08:33:55.225297+00	system	UPDATE	Household	2	2	{"reference":{"before":"","after":"M000002"}}
1350	2026-12-02 08:33:55.225297+00	system	CREATE	Measure	2	2	{"contractSignedOn":{"after":""},"endDate":{"after":""},"endReason":{"after":""},"followUpDue":{"after":""},"householdId":{"after":"2"},"housingOutcome":{"after":""},"referentWorkerId":{"after":"3"},"serviceUnitId":{"after":"1"},"start":{"after":"2026-10-02"},"status":{"after":"OPEN"},"version":{"after":"1"}}
1400	2026-12-02 08:33:55.225297+00	system	CREATE	Contact	2	2	{"confidentialNote":{"after":""},"durationMinutes":{"after":"60"},"householdId":{"after":"2"},"measureId":{"after":"2"},"occurredAt":{"after":"2026-10-12T10:00"},"topics":{"after":"Installation dans le logement"},"type":{"after":"HOME_VISIT"},"version":{"after":"1"},"workerId":{"after":"3"}}
1450	2026-12-02 08:33:55.225297+00	system	CREATE	Household	3	3	{"address":{"after":""},"composition":{"after":""},"email":{"after":""},"mainResource":{"after":""},"monthlyResources":{"after":""},"phone":{"after":""},"reference":{"after":""},"residenceStatusValidUntil":{"after":""},"serviceUnitId":{"after":"1"},"version":{"after":"1"}}
1500	2026-12-02 08:33:55.225297+00	system	UPDATE	Household	3	3	{"reference":{"before":"","after":"M000003"}}
1550	2026-12-02 08:33:55.225297+00	system	CREATE	Measure	3	3	{"contractSignedOn":{"after":""},"endDate":{"after":""},"endReason":{"after":""},"followUpDue":{"after":""},"householdId":{"after":"3"},"housingOutcome":{"after":""},"referentWorkerId":{"after":"3"},"serviceUnitId":{"after":"1"},"start":{"after":"2026-11-12"},"status":{"after":"OPEN"},"version":{"after":"1"}}
1600	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	Contact	3	3	{"confidentialNote":{"after":""},"durationMinutes":{"after":"60"},"householdId":{"after":"3"},"measureId":{"after":"3"},"occurredAt":{"after":"2026-11-22T10:00"},"topics":{"after":"Installation dans le logement"},"type":{"after":"HOME_VISIT"},"version":{"after":"1"},"workerId":{"after":"3"}}
1650	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	Dwelling	1	\N	{"address":{"after":"8 rue du Bourg"},"charges":{"after":"70.00 EUR"},"city":{"after":"Bar-le-Duc"},"floor":{"after":"1"},"landlordId":{"after":"1"},"lift":{"after":"false"},"places":{"after":"1"},"postcode":{"after":"55000"},"programmeId":{"after":"1"},"rent":{"after":"480.00 EUR"},"serviceUnitId":{"after":"1"},"size":{"after":"T3"},"state":{"after":"AVAILABLE"},"stepFree":{"after":"false"},"surface":{"after":"62.50"},"version":{"after":"1"}}
1700	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	Landlord	1	\N	{"address":{"after":"12 rue de la Gare, 55000 Bar-le-Duc"},"contactPerson":{"after":"Service gestion locative"},"email":{"after":"gestion@oph.example"},"kind":{"after":"SOCIAL"},"name":{"after":"OPH de la Meuse"},"phone":{"after":"0329790000"},"version":{"after":"1"}}
1750	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	Landlord	2	\N	{"address":{"after":"3 place Reggio, 55000 Bar-le-Duc"},"contactPerson":{"after":"M. Bernard"},"email":{"after":"sci.tilleuls@example.org"},"kind":{"after":"PRIVATE"},"name":{"after":"SCI Les Tilleuls"},"phone":{"after":"0329000000"},"version":{"after":"1"}}
1800	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	Dwelling	2	\N	{"address":{"after":"21 avenue de la Libération"},"charges":{"after":"70.00 EUR"},"city":{"after":"Bar-le-Duc"},"floor":{"after":"1"},"landlordId":{"after":"1"},"lift":{"after":"false"},"places":{"after":"1"},"postcode":{"after":"55000"},"programmeId":{"after":"1"},"rent":{"after":"395.00 EUR"},"serviceUnitId":{"after":"1"},"size":{"after":"T2"},"state":{"after":"AVAILABLE"},"stepFree":{"after":"false"},"surface":{"after":"47.00"},"version":{"after":"1"}}
1850	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	HousingContract	1	\N	{"afterLeaseTransfer":{"after":"LEAVES_STOCK"},"dwellingId":{"after":"1"},"end":{"after":"2029-06-30"},"endedBy":{"after":""},"guarantee":{"after":"VISALE"},"guaranteeReference":{"after":"VISALE--1750221740"},"kind":{"after":"MAIN_LEASE"},"landlordId":{"after":"1"},"noticeMonths":{"after":"3"},"rent":{"after":"480.00 EUR"},"start":{"after":"2026-07-01"},"tacitRenewal":{"after":"true"},"version":{"after":"1"}}
1900	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	Dwelling	3	\N	{"address":{"after":"5 impasse des Lilas"},"charges":{"after":"70.00 EUR"},"city":{"after":"Bar-le-Duc"},"floor":{"after":"1"},"landlordId":{"after":"2"},"lift":{"after":"false"},"places":{"after":"1"},"postcode":{"after":"55000"},"programmeId":{"after":"1"},"rent":{"after":"330.00 EUR"},"serviceUnitId":{"after":"1"},"size":{"after":"T1"},"state":{"after":"AVAILABLE"},"stepFree":{"after":"true"},"surface":{"after":"29.00"},"version":{"after":"1"}}
1950	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	HousingContract	2	\N	{"afterLeaseTransfer":{"after":"LEAVES_STOCK"},"dwellingId":{"after":"2"},"end":{"after":"2029-06-30"},"endedBy":{"after":""},"guarantee":{"after":"VISALE"},"guaranteeReference":{"after":"VISALE-1677917284"},"kind":{"after":"MAIN_LEASE"},"landlordId":{"after":"1"},"noticeMonths":{"after":"3"},"rent":{"after":"395.00 EUR"},"start":{"after":"2026-07-01"},"tacitRenewal":{"after":"true"},"version":{"after":"1"}}
2000	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	HousingContract	3	\N	{"afterLeaseTransfer":{"after":"LEAVES_STOCK"},"dwellingId":{"after":"3"},"end":{"after":"2029-06-30"},"endedBy":{"after":""},"guarantee":{"after":"VISALE"},"guaranteeReference":{"after":"VISALE--228728360"},"kind":{"after":"MAIN_LEASE"},"landlordId":{"after":"2"},"noticeMonths":{"after":"3"},"rent":{"after":"330.00 EUR"},"start":{"after":"2026-07-01"},"tacitRenewal":{"after":"true"},"version":{"after":"1"}}
2050	2026-12-02 08:33:55.225297+00	rental-manager	UPDATE	Dwelling	1	\N	{"state":{"before":"AVAILABLE","after":"OCCUPIED"}}
2100	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	Occupancy	1	1	{"agreement":{"after":"SUB_LEASE"},"charges":{"after":"70.00 EUR"},"dwellingId":{"after":"1"},"end":{"after":""},"endedBy":{"after":""},"exitState":{"after":""},"householdId":{"after":"1"},"housingBenefit":{"after":"312.45 EUR"},"measureId":{"after":"1"},"programmeId":{"after":"1"},"rent":{"after":"480.00 EUR"},"start":{"after":"2026-07-09"},"version":{"after":"1"}}
2150	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	InsuranceCertificate	1	1	{"expiresOn":{"after":"2027-07-08"},"householdId":{"after":"1"},"insurer":{"after":"MAIF"},"occupancyId":{"after":"1"},"policyNumber":{"after":"HAB-2026-0412"},"validFrom":{"after":"2026-07-09"}}
2200	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	RentCall	1	1	{"amountDue":{"after":"237.55 EUR"},"calledMonth":{"after":"2026-07-01"},"charges":{"after":"70.00 EUR"},"dueDate":{"after":"2026-07-01"},"householdId":{"after":"1"},"housingBenefit":{"after":"312.45 EUR"},"issuedAt":{"after":"2026-12-02T08:34:05.800459045Z"},"occupancyId":{"after":"1"},"rent":{"after":"480.00 EUR"}}
2250	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	Payment	1	1	{"amount":{"after":"237.55 EUR"},"householdId":{"after":"1"},"occupancyId":{"after":"1"},"paidOn":{"after":"2026-07-08"},"payer":{"after":"HOUSEHOLD"},"recordedAt":{"after":"2026-12-02T08:34:06.004418222Z"},"reference":{"after":"VIR-2026-07"},"repaymentPlanId":{"after":""}}
2300	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	RentCall	2	1	{"amountDue":{"after":"237.55 EUR"},"calledMonth":{"after":"2026-08-01"},"charges":{"after":"70.00 EUR"},"dueDate":{"after":"2026-08-01"},"householdId":{"after":"1"},"housingBenefit":{"after":"312.45 EUR"},"issuedAt":{"after":"2026-12-02T08:34:06.233937161Z"},"occupancyId":{"after":"1"},"rent":{"after":"480.00 EUR"}}
2350	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	Payment	2	1	{"amount":{"after":"237.55 EUR"},"householdId":{"after":"1"},"occupancyId":{"after":"1"},"paidOn":{"after":"2026-08-08"},"payer":{"after":"HOUSEHOLD"},"recordedAt":{"after":"2026-12-02T08:34:06.379729119Z"},"reference":{"after":"VIR-2026-08"},"repaymentPlanId":{"after":""}}
2400	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	RentCall	3	1	{"amountDue":{"after":"237.55 EUR"},"calledMonth":{"after":"2026-09-01"},"charges":{"after":"70.00 EUR"},"dueDate":{"after":"2026-09-01"},"householdId":{"after":"1"},"housingBenefit":{"after":"312.45 EUR"},"issuedAt":{"after":"2026-12-02T08:34:06.474622841Z"},"occupancyId":{"after":"1"},"rent":{"after":"480.00 EUR"}}
2450	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	Payment	3	1	{"amount":{"after":"100.00 EUR"},"householdId":{"after":"1"},"occupancyId":{"after":"1"},"paidOn":{"after":"2026-09-08"},"payer":{"after":"HOUSEHOLD"},"recordedAt":{"after":"2026-12-02T08:34:06.557196084Z"},"reference":{"after":"VIR-2026-09"},"repaymentPlanId":{"after":""}}
2500	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	RentCall	4	1	{"amountDue":{"after":"237.55 EUR"},"calledMonth":{"after":"2026-10-01"},"charges":{"after":"70.00 EUR"},"dueDate":{"after":"2026-10-01"},"householdId":{"after":"1"},"housingBenefit":{"after":"312.45 EUR"},"issuedAt":{"after":"2026-12-02T08:34:06.646721809Z"},"occupancyId":{"after":"1"},"rent":{"after":"480.00 EUR"}}
2550	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	Payment	4	1	{"amount":{"after":"237.55 EUR"},"householdId":{"after":"1"},"occupancyId":{"after":"1"},"paidOn":{"after":"2026-10-08"},"payer":{"after":"HOUSEHOLD"},"recordedAt":{"after":"2026-12-02T08:34:06.735975969Z"},"reference":{"after":"VIR-2026-10"},"repaymentPlanId":{"after":""}}
2600	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	RentCall	5	1	{"amountDue":{"after":"237.55 EUR"},"calledMonth":{"after":"2026-11-01"},"charges":{"after":"70.00 EUR"},"dueDate":{"after":"2026-11-01"},"householdId":{"after":"1"},"housingBenefit":{"after":"312.45 EUR"},"issuedAt":{"after":"2026-12-02T08:34:06.892040580Z"},"occupancyId":{"after":"1"},"rent":{"after":"480.00 EUR"}}
2650	2026-12-02 08:33:55.225297+00	rental-manager	CREATE	RentCall	6	1	{"amountDue":{"after":"237.55 EUR"},"calledMonth":{"after":"2026-12-01"},"charges":{"after":"70.00 EUR"},"dueDate":{"after":"2026-12-01"},"householdId":{"after":"1"},"housingBenefit":{"after":"312.45 EUR"},"issuedAt":{"after":"2026-12-02T08:34:07.149925839Z"},"occupancyId":{"after":"1"},"rent":{"after":"480.00 EUR"}}
2700	2026-12-02 08:33:55.225297+00	system	CREATE	Incident	1	1	{"description":{"after":"Fuite sous l’évier de la cuisine signalée par le ménage."},"dwellingId":{"after":"1"},"householdId":{"after":"1"},"kind":{"after":"TECHNICAL_FAULT"},"landlordId":{"after":"1"},"occurredOn":{"after":"2026-11-20"},"parties":{"after":"[LANDLORD, HOUSEHOLD]"},"resolution":{"after":""},"resolvedOn":{"after":""},"version":{"after":"1"}}
2750	2026-12-02 08:35:32.980727+00	system	UPDATE	UserAccount	8	\N	{"lastLoginAt":{"before":"","after":"2026-12-02T08:35:30.364926393Z"}}
2800	2026-12-02 08:35:46.29051+00	system	UPDATE	UserAccount	8	\N	{"lastLoginAt":{"before":"2026-12-02T08:35:30.364926Z","after":"2026-12-02T08:35:43.157559836Z"}}
2850	2026-12-02 08:36:19.380987+00	system	UPDATE	UserAccount	8	\N	{"lastLoginAt":{"before":"2026-12-02T08:35:43.157560Z","after":"2026-12-02T08:36:18.353851503Z"}}
2900	2026-12-02 08:36:30.185668+00	system	UPDATE	UserAccount	8	\N	{"lastLoginAt":{"before":"2026-12-02T08:36:18.353852Z","after":"2026-12-02T08:36:29.353845820Z"}}
2950	2026-12-02 08:36:53.33153+00	system	UPDATE	UserAccount	8	\N	{"lastLoginAt":{"before":"2026-12-02T08:36:29.353846Z","after":"2026-12-02T08:36:52.016359062Z"}}
\.


--
-- Data for Name: checkpointdata; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.checkpointdata (id, obj) FROM stdin;
1,raise-alerts,READER	\\xaced000573720033636f6d2e69626d2e6a62617463682e636f6e7461696e65722e70657273697374656e63652e436865636b706f696e744461746100000000000000010200044a000e5f6a6f62496e7374616e636549644c00145f62617463684461746153747265616d4e616d657400124c6a6176612f6c616e672f537472696e673b5b000d5f72657374617274546f6b656e7400025b424c00095f737465704e616d6571007e000178700000000000000001740006524541444552757200025b42acf317f8060854e0020000787000000052aced00057372000e6a6176612e6c616e672e4c6f6e673b8be490cc8f23df0200014a000576616c7565787200106a6176612e6c616e672e4e756d62657286ac951d0b94e08b0200007870000000000000000374000c72616973652d616c65727473
1,raise-alerts,WRITER	\\xaced000573720033636f6d2e69626d2e6a62617463682e636f6e7461696e65722e70657273697374656e63652e436865636b706f696e744461746100000000000000010200044a000e5f6a6f62496e7374616e636549644c00145f62617463684461746153747265616d4e616d657400124c6a6176612f6c616e672f537472696e673b5b000d5f72657374617274546f6b656e7400025b424c00095f737465704e616d6571007e000178700000000000000001740006575249544552757200025b42acf317f8060854e0020000787000000005aced00057074000c72616973652d616c65727473
2,take-snapshots,READER	\\xaced000573720033636f6d2e69626d2e6a62617463682e636f6e7461696e65722e70657273697374656e63652e436865636b706f696e744461746100000000000000010200044a000e5f6a6f62496e7374616e636549644c00145f62617463684461746153747265616d4e616d657400124c6a6176612f6c616e672f537472696e673b5b000d5f72657374617274546f6b656e7400025b424c00095f737465704e616d6571007e000178700000000000000002740006524541444552757200025b42acf317f8060854e0020000787000000051aced0005737200116a6176612e6c616e672e496e746567657212e2a0a4f781873802000149000576616c7565787200106a6176612e6c616e672e4e756d62657286ac951d0b94e08b02000078700000000c74000e74616b652d736e617073686f7473
2,take-snapshots,WRITER	\\xaced000573720033636f6d2e69626d2e6a62617463682e636f6e7461696e65722e70657273697374656e63652e436865636b706f696e744461746100000000000000010200044a000e5f6a6f62496e7374616e636549644c00145f62617463684461746153747265616d4e616d657400124c6a6176612f6c616e672f537472696e673b5b000d5f72657374617274546f6b656e7400025b424c00095f737465704e616d6571007e000178700000000000000002740006575249544552757200025b42acf317f8060854e0020000787000000005aced00057074000e74616b652d736e617073686f7473
3,raise-alerts,READER	\\xaced000573720033636f6d2e69626d2e6a62617463682e636f6e7461696e65722e70657273697374656e63652e436865636b706f696e744461746100000000000000010200044a000e5f6a6f62496e7374616e636549644c00145f62617463684461746153747265616d4e616d657400124c6a6176612f6c616e672f537472696e673b5b000d5f72657374617274546f6b656e7400025b424c00095f737465704e616d6571007e000178700000000000000003740006524541444552757200025b42acf317f8060854e0020000787000000052aced00057372000e6a6176612e6c616e672e4c6f6e673b8be490cc8f23df0200014a000576616c7565787200106a6176612e6c616e672e4e756d62657286ac951d0b94e08b02000078700000000000000f3c74000c72616973652d616c65727473
3,raise-alerts,WRITER	\\xaced000573720033636f6d2e69626d2e6a62617463682e636f6e7461696e65722e70657273697374656e63652e436865636b706f696e744461746100000000000000010200044a000e5f6a6f62496e7374616e636549644c00145f62617463684461746153747265616d4e616d657400124c6a6176612f6c616e672f537472696e673b5b000d5f72657374617274546f6b656e7400025b424c00095f737465704e616d6571007e000178700000000000000003740006575249544552757200025b42acf317f8060854e0020000787000000005aced00057074000c72616973652d616c65727473
\.


--
-- Data for Name: contact; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.contact (id, measure_id, household_id, occurred_at, duration_minutes, type, worker_id, topics, confidential_note, version) FROM stdin;
1	1	1	2026-07-12 10:00:00	60	HOME_VISIT	3	Installation dans le logement	\N	1
2	2	2	2026-10-12 10:00:00	60	HOME_VISIT	3	Installation dans le logement	\N	1
3	3	3	2026-11-22 10:00:00	60	HOME_VISIT	3	Installation dans le logement	\N	1
100	100	100	2024-09-30 12:00:00	45	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
150	100	100	2025-01-14 10:00:00	56	HOME_VISIT	3	Suivi budgétaire	\N	0
200	100	100	2025-05-14 13:00:00	58	PHONE_CALL	3	Suivi budgétaire	\N	0
250	100	100	2024-07-14 14:00:00	100	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
300	100	100	2025-04-10 12:00:00	53	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
350	100	100	2025-01-28 15:00:00	113	HOME_VISIT	3	Suivi budgétaire	\N	0
400	100	100	2025-05-11 12:00:00	108	HOME_VISIT	3	Suivi budgétaire	\N	0
450	100	100	2025-01-10 14:00:00	75	HOME_VISIT	3	Suivi budgétaire	\N	0
500	100	100	2025-01-25 13:00:00	60	PHONE_CALL	3	Suivi budgétaire	\N	0
550	100	100	2024-12-17 14:00:00	67	PHONE_CALL	3	Suivi budgétaire	\N	0
600	100	100	2024-11-09 12:00:00	118	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
650	100	100	2025-05-08 12:00:00	99	HOME_VISIT	3	Suivi budgétaire	\N	0
700	100	100	2024-09-27 15:00:00	58	PHONE_CALL	3	Suivi budgétaire	\N	0
750	100	100	2025-05-07 14:00:00	104	PHONE_CALL	3	Suivi budgétaire	\N	0
800	100	100	2025-06-04 12:00:00	37	HOME_VISIT	3	Suivi budgétaire	\N	0
850	100	100	2024-12-08 11:00:00	57	HOME_VISIT	3	Suivi budgétaire	\N	0
900	100	100	2024-12-26 16:00:00	112	PHONE_CALL	3	Suivi budgétaire	\N	0
950	100	100	2025-04-14 09:00:00	106	HOME_VISIT	3	Suivi budgétaire	\N	0
1000	100	100	2025-01-20 11:00:00	73	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
1050	100	100	2024-10-10 11:00:00	71	PHONE_CALL	3	Suivi budgétaire	\N	0
1100	150	100	2021-11-18 14:00:00	115	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
1150	150	100	2021-10-02 11:00:00	41	HOME_VISIT	3	Suivi budgétaire	\N	0
1200	150	100	2022-05-26 12:00:00	49	PHONE_CALL	3	Suivi budgétaire	\N	0
1250	150	100	2022-03-26 13:00:00	31	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
1300	150	100	2021-08-08 11:00:00	97	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
1350	150	100	2021-07-03 15:00:00	97	HOME_VISIT	3	Suivi budgétaire	\N	0
1400	150	100	2021-08-26 15:00:00	78	HOME_VISIT	3	Suivi budgétaire	\N	0
1450	150	100	2021-06-18 11:00:00	99	HOME_VISIT	3	Suivi budgétaire	\N	0
1500	150	100	2021-05-18 14:00:00	58	PHONE_CALL	3	Suivi budgétaire	\N	0
1550	150	100	2021-05-07 13:00:00	67	PHONE_CALL	3	Suivi budgétaire	\N	0
1600	150	100	2022-06-19 16:00:00	107	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
1650	150	100	2021-09-16 09:00:00	52	HOME_VISIT	3	Suivi budgétaire	\N	0
1700	150	100	2021-10-30 12:00:00	92	PHONE_CALL	3	Suivi budgétaire	\N	0
1750	150	100	2021-06-06 16:00:00	88	PHONE_CALL	3	Suivi budgétaire	\N	0
1800	150	100	2021-05-25 13:00:00	60	HOME_VISIT	3	Suivi budgétaire	\N	0
1850	150	100	2021-06-09 09:00:00	89	HOME_VISIT	3	Suivi budgétaire	\N	0
1900	150	100	2021-09-07 10:00:00	66	PHONE_CALL	3	Suivi budgétaire	\N	0
1950	150	100	2022-01-31 13:00:00	78	HOME_VISIT	3	Suivi budgétaire	\N	0
2000	150	100	2021-05-25 12:00:00	112	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
2050	150	100	2021-11-29 16:00:00	99	PHONE_CALL	3	Suivi budgétaire	\N	0
2100	200	150	2026-07-23 15:00:00	100	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
2150	200	150	2026-09-11 16:00:00	77	HOME_VISIT	3	Suivi budgétaire	\N	0
2200	200	150	2025-07-18 15:00:00	43	PHONE_CALL	3	Suivi budgétaire	\N	0
2250	200	150	2025-06-15 15:00:00	63	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
2300	200	150	2026-07-10 09:00:00	65	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
2350	200	150	2025-11-21 09:00:00	94	HOME_VISIT	3	Suivi budgétaire	\N	0
2400	200	150	2024-09-07 12:00:00	103	HOME_VISIT	3	Suivi budgétaire	\N	0
2450	200	150	2024-12-30 09:00:00	87	HOME_VISIT	3	Suivi budgétaire	\N	0
2500	200	150	2024-09-24 12:00:00	57	PHONE_CALL	3	Suivi budgétaire	\N	0
2550	200	150	2026-01-26 10:00:00	118	PHONE_CALL	3	Suivi budgétaire	\N	0
2600	200	150	2024-09-22 16:00:00	60	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
2650	200	150	2025-02-04 14:00:00	92	HOME_VISIT	3	Suivi budgétaire	\N	0
2700	200	150	2025-12-23 10:00:00	84	PHONE_CALL	3	Suivi budgétaire	\N	0
2750	200	150	2025-09-13 14:00:00	75	PHONE_CALL	3	Suivi budgétaire	\N	0
2800	200	150	2026-05-15 11:00:00	63	HOME_VISIT	3	Suivi budgétaire	\N	0
2850	200	150	2026-07-09 16:00:00	57	HOME_VISIT	3	Suivi budgétaire	\N	0
2900	200	150	2025-03-26 09:00:00	98	PHONE_CALL	3	Suivi budgétaire	\N	0
2950	200	150	2025-06-16 10:00:00	102	HOME_VISIT	3	Suivi budgétaire	\N	0
3000	200	150	2025-02-19 11:00:00	55	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
3050	200	150	2025-07-11 15:00:00	68	PHONE_CALL	3	Suivi budgétaire	\N	0
3100	250	150	2021-11-25 16:00:00	85	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
3150	250	150	2021-12-29 15:00:00	90	HOME_VISIT	3	Suivi budgétaire	\N	0
3200	250	150	2022-01-02 15:00:00	38	PHONE_CALL	3	Suivi budgétaire	\N	0
3250	250	150	2022-05-02 15:00:00	101	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
3300	250	150	2022-03-28 12:00:00	41	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
3350	250	150	2022-05-20 09:00:00	94	HOME_VISIT	3	Suivi budgétaire	\N	0
3400	250	150	2022-02-21 11:00:00	31	HOME_VISIT	3	Suivi budgétaire	\N	0
3450	250	150	2021-12-09 10:00:00	42	HOME_VISIT	3	Suivi budgétaire	\N	0
3500	250	150	2022-06-12 16:00:00	40	PHONE_CALL	3	Suivi budgétaire	\N	0
3550	250	150	2021-08-26 16:00:00	63	PHONE_CALL	3	Suivi budgétaire	\N	0
3600	250	150	2021-12-01 16:00:00	60	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
3650	250	150	2021-11-10 15:00:00	40	HOME_VISIT	3	Suivi budgétaire	\N	0
3700	250	150	2021-09-13 14:00:00	38	PHONE_CALL	3	Suivi budgétaire	\N	0
3750	250	150	2021-12-14 13:00:00	55	PHONE_CALL	3	Suivi budgétaire	\N	0
3800	250	150	2022-05-25 15:00:00	31	HOME_VISIT	3	Suivi budgétaire	\N	0
3850	250	150	2021-06-02 12:00:00	117	HOME_VISIT	3	Suivi budgétaire	\N	0
3900	250	150	2021-10-27 09:00:00	100	PHONE_CALL	3	Suivi budgétaire	\N	0
3950	250	150	2022-03-19 09:00:00	111	HOME_VISIT	3	Suivi budgétaire	\N	0
4000	250	150	2021-09-14 13:00:00	96	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
4050	250	150	2022-05-26 15:00:00	96	PHONE_CALL	3	Suivi budgétaire	\N	0
4100	300	200	2026-01-01 11:00:00	71	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
4150	300	200	2025-12-29 11:00:00	77	HOME_VISIT	3	Suivi budgétaire	\N	0
4200	300	200	2025-07-01 14:00:00	53	PHONE_CALL	3	Suivi budgétaire	\N	0
4250	300	200	2025-03-12 13:00:00	92	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
4300	300	200	2024-10-12 12:00:00	41	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
4350	300	200	2025-03-30 11:00:00	115	HOME_VISIT	3	Suivi budgétaire	\N	0
4400	300	200	2026-03-30 14:00:00	50	HOME_VISIT	3	Suivi budgétaire	\N	0
4450	300	200	2026-03-09 13:00:00	90	HOME_VISIT	3	Suivi budgétaire	\N	0
4500	300	200	2025-06-29 14:00:00	92	PHONE_CALL	3	Suivi budgétaire	\N	0
4550	300	200	2025-08-16 16:00:00	74	PHONE_CALL	3	Suivi budgétaire	\N	0
4600	300	200	2025-08-11 14:00:00	39	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
4650	300	200	2025-01-01 11:00:00	42	HOME_VISIT	3	Suivi budgétaire	\N	0
4700	300	200	2025-02-04 14:00:00	46	PHONE_CALL	3	Suivi budgétaire	\N	0
4750	300	200	2024-08-13 12:00:00	107	PHONE_CALL	3	Suivi budgétaire	\N	0
4800	300	200	2026-03-29 14:00:00	36	HOME_VISIT	3	Suivi budgétaire	\N	0
4850	300	200	2025-12-27 12:00:00	70	HOME_VISIT	3	Suivi budgétaire	\N	0
4900	300	200	2024-10-10 15:00:00	70	PHONE_CALL	3	Suivi budgétaire	\N	0
4950	300	200	2025-09-29 14:00:00	81	HOME_VISIT	3	Suivi budgétaire	\N	0
5000	300	200	2026-07-10 10:00:00	108	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
5050	300	200	2025-05-31 11:00:00	50	PHONE_CALL	3	Suivi budgétaire	\N	0
5100	350	200	2021-11-22 15:00:00	36	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
5150	350	200	2024-06-29 10:00:00	62	HOME_VISIT	3	Suivi budgétaire	\N	0
5200	350	200	2023-11-20 13:00:00	78	PHONE_CALL	3	Suivi budgétaire	\N	0
5250	350	200	2021-09-26 12:00:00	87	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
5300	350	200	2022-01-30 15:00:00	52	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
5350	350	200	2025-11-14 12:00:00	78	HOME_VISIT	3	Suivi budgétaire	\N	0
5400	350	200	2025-10-22 15:00:00	91	HOME_VISIT	3	Suivi budgétaire	\N	0
5450	350	200	2024-10-24 09:00:00	113	HOME_VISIT	3	Suivi budgétaire	\N	0
5500	350	200	2021-08-02 10:00:00	39	PHONE_CALL	3	Suivi budgétaire	\N	0
5550	350	200	2022-02-23 13:00:00	42	PHONE_CALL	3	Suivi budgétaire	\N	0
5600	350	200	2023-02-05 12:00:00	46	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
5650	350	200	2026-05-11 09:00:00	42	HOME_VISIT	3	Suivi budgétaire	\N	0
5700	350	200	2024-03-18 16:00:00	99	PHONE_CALL	3	Suivi budgétaire	\N	0
5750	350	200	2022-07-10 12:00:00	63	PHONE_CALL	3	Suivi budgétaire	\N	0
5800	350	200	2023-05-03 15:00:00	84	HOME_VISIT	3	Suivi budgétaire	\N	0
5850	350	200	2025-12-07 15:00:00	49	HOME_VISIT	3	Suivi budgétaire	\N	0
5900	350	200	2025-01-15 16:00:00	47	PHONE_CALL	3	Suivi budgétaire	\N	0
5950	350	200	2022-09-02 16:00:00	115	HOME_VISIT	3	Suivi budgétaire	\N	0
6000	350	200	2025-06-05 12:00:00	76	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
6050	350	200	2026-02-22 09:00:00	56	PHONE_CALL	3	Suivi budgétaire	\N	0
6100	400	250	2025-02-24 13:00:00	68	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
6150	400	250	2025-01-21 16:00:00	93	HOME_VISIT	3	Suivi budgétaire	\N	0
6200	400	250	2026-04-14 10:00:00	94	PHONE_CALL	3	Suivi budgétaire	\N	0
6250	400	250	2024-08-16 15:00:00	62	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
6300	400	250	2025-04-07 14:00:00	94	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
6350	400	250	2024-09-03 14:00:00	52	HOME_VISIT	3	Suivi budgétaire	\N	0
6400	400	250	2026-10-13 10:00:00	95	HOME_VISIT	3	Suivi budgétaire	\N	0
6450	400	250	2026-04-18 15:00:00	48	HOME_VISIT	3	Suivi budgétaire	\N	0
6500	400	250	2026-03-23 13:00:00	36	PHONE_CALL	3	Suivi budgétaire	\N	0
6550	400	250	2025-07-25 15:00:00	30	PHONE_CALL	3	Suivi budgétaire	\N	0
6600	400	250	2026-05-14 15:00:00	108	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
6650	400	250	2026-06-08 14:00:00	101	HOME_VISIT	3	Suivi budgétaire	\N	0
6700	400	250	2024-07-23 09:00:00	56	PHONE_CALL	3	Suivi budgétaire	\N	0
6750	400	250	2026-08-11 12:00:00	92	PHONE_CALL	3	Suivi budgétaire	\N	0
6800	400	250	2025-03-13 12:00:00	66	HOME_VISIT	3	Suivi budgétaire	\N	0
6850	400	250	2026-05-31 12:00:00	92	HOME_VISIT	3	Suivi budgétaire	\N	0
6900	400	250	2025-07-21 11:00:00	70	PHONE_CALL	3	Suivi budgétaire	\N	0
6950	400	250	2026-07-30 14:00:00	87	HOME_VISIT	3	Suivi budgétaire	\N	0
7000	400	250	2024-10-27 10:00:00	66	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
7050	400	250	2025-04-15 09:00:00	118	PHONE_CALL	3	Suivi budgétaire	\N	0
7100	450	250	2021-07-20 12:00:00	70	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
7150	450	250	2021-11-30 13:00:00	41	HOME_VISIT	3	Suivi budgétaire	\N	0
7200	450	250	2021-07-10 11:00:00	31	PHONE_CALL	3	Suivi budgétaire	\N	0
7250	450	250	2021-10-16 10:00:00	88	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
7300	450	250	2021-10-19 12:00:00	36	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
7350	450	250	2021-08-07 12:00:00	91	HOME_VISIT	3	Suivi budgétaire	\N	0
7400	450	250	2021-09-03 15:00:00	76	HOME_VISIT	3	Suivi budgétaire	\N	0
7450	450	250	2021-09-04 16:00:00	81	HOME_VISIT	3	Suivi budgétaire	\N	0
7500	450	250	2021-10-11 09:00:00	48	PHONE_CALL	3	Suivi budgétaire	\N	0
7550	450	250	2021-11-28 11:00:00	90	PHONE_CALL	3	Suivi budgétaire	\N	0
7600	450	250	2022-01-01 14:00:00	48	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
7650	450	250	2021-12-03 10:00:00	44	HOME_VISIT	3	Suivi budgétaire	\N	0
7700	450	250	2021-12-13 16:00:00	47	PHONE_CALL	3	Suivi budgétaire	\N	0
7750	450	250	2022-02-07 09:00:00	47	PHONE_CALL	3	Suivi budgétaire	\N	0
7800	450	250	2022-01-31 11:00:00	43	HOME_VISIT	3	Suivi budgétaire	\N	0
7850	450	250	2021-10-18 09:00:00	61	HOME_VISIT	3	Suivi budgétaire	\N	0
7900	450	250	2021-08-20 12:00:00	106	PHONE_CALL	3	Suivi budgétaire	\N	0
7950	450	250	2021-10-07 10:00:00	37	HOME_VISIT	3	Suivi budgétaire	\N	0
8000	450	250	2021-07-19 12:00:00	118	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
8050	450	250	2022-02-02 13:00:00	85	PHONE_CALL	3	Suivi budgétaire	\N	0
8100	500	300	2024-08-30 14:00:00	38	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
8150	500	300	2024-07-03 12:00:00	45	HOME_VISIT	3	Suivi budgétaire	\N	0
8200	500	300	2026-02-17 10:00:00	77	PHONE_CALL	3	Suivi budgétaire	\N	0
8250	500	300	2025-03-06 14:00:00	36	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
8300	500	300	2025-07-04 14:00:00	83	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
8350	500	300	2025-05-27 14:00:00	64	HOME_VISIT	3	Suivi budgétaire	\N	0
8400	500	300	2026-03-12 14:00:00	72	HOME_VISIT	3	Suivi budgétaire	\N	0
8450	500	300	2024-07-23 11:00:00	61	HOME_VISIT	3	Suivi budgétaire	\N	0
8500	500	300	2025-08-07 14:00:00	51	PHONE_CALL	3	Suivi budgétaire	\N	0
8550	500	300	2024-08-19 13:00:00	37	PHONE_CALL	3	Suivi budgétaire	\N	0
8600	500	300	2024-06-29 15:00:00	64	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
8650	500	300	2024-11-17 16:00:00	39	HOME_VISIT	3	Suivi budgétaire	\N	0
8700	500	300	2025-10-15 14:00:00	105	PHONE_CALL	3	Suivi budgétaire	\N	0
8750	500	300	2024-10-25 09:00:00	58	PHONE_CALL	3	Suivi budgétaire	\N	0
8800	500	300	2025-03-28 13:00:00	108	HOME_VISIT	3	Suivi budgétaire	\N	0
8850	500	300	2025-08-17 14:00:00	113	HOME_VISIT	3	Suivi budgétaire	\N	0
8900	500	300	2024-10-13 14:00:00	96	PHONE_CALL	3	Suivi budgétaire	\N	0
8950	500	300	2024-07-26 11:00:00	107	HOME_VISIT	3	Suivi budgétaire	\N	0
9000	500	300	2025-02-07 16:00:00	60	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
9050	500	300	2025-03-23 14:00:00	118	PHONE_CALL	3	Suivi budgétaire	\N	0
9100	550	300	2021-05-27 15:00:00	89	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
9150	550	300	2021-05-31 09:00:00	57	HOME_VISIT	3	Suivi budgétaire	\N	0
9200	550	300	2021-05-26 11:00:00	98	PHONE_CALL	3	Suivi budgétaire	\N	0
9250	550	300	2022-08-05 15:00:00	56	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
9300	550	300	2025-05-31 09:00:00	63	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
9350	550	300	2025-06-16 16:00:00	44	HOME_VISIT	3	Suivi budgétaire	\N	0
9400	550	300	2022-03-01 15:00:00	115	HOME_VISIT	3	Suivi budgétaire	\N	0
9450	550	300	2026-04-07 13:00:00	109	HOME_VISIT	3	Suivi budgétaire	\N	0
9500	550	300	2022-10-20 14:00:00	31	PHONE_CALL	3	Suivi budgétaire	\N	0
9550	550	300	2021-07-18 15:00:00	61	PHONE_CALL	3	Suivi budgétaire	\N	0
9600	550	300	2024-09-17 12:00:00	119	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
9650	550	300	2023-12-06 09:00:00	109	HOME_VISIT	3	Suivi budgétaire	\N	0
9700	550	300	2024-06-03 15:00:00	83	PHONE_CALL	3	Suivi budgétaire	\N	0
9750	550	300	2022-07-21 11:00:00	58	PHONE_CALL	3	Suivi budgétaire	\N	0
9800	550	300	2026-05-08 09:00:00	51	HOME_VISIT	3	Suivi budgétaire	\N	0
9850	550	300	2024-07-03 09:00:00	69	HOME_VISIT	3	Suivi budgétaire	\N	0
9900	550	300	2021-07-16 11:00:00	44	PHONE_CALL	3	Suivi budgétaire	\N	0
9950	550	300	2024-04-04 09:00:00	83	HOME_VISIT	3	Suivi budgétaire	\N	0
10000	550	300	2025-05-17 16:00:00	111	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
10050	550	300	2024-12-06 13:00:00	57	PHONE_CALL	3	Suivi budgétaire	\N	0
10100	600	350	2025-06-02 12:00:00	80	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
10150	600	350	2025-04-25 12:00:00	74	HOME_VISIT	3	Suivi budgétaire	\N	0
10200	600	350	2025-07-08 10:00:00	117	PHONE_CALL	3	Suivi budgétaire	\N	0
10250	600	350	2025-08-03 11:00:00	47	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
10300	600	350	2025-01-10 10:00:00	63	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
10350	600	350	2025-07-16 09:00:00	43	HOME_VISIT	3	Suivi budgétaire	\N	0
10400	600	350	2024-12-25 15:00:00	110	HOME_VISIT	3	Suivi budgétaire	\N	0
10450	600	350	2024-09-24 10:00:00	32	HOME_VISIT	3	Suivi budgétaire	\N	0
10500	600	350	2024-12-03 10:00:00	79	PHONE_CALL	3	Suivi budgétaire	\N	0
10550	600	350	2025-10-10 11:00:00	88	PHONE_CALL	3	Suivi budgétaire	\N	0
10600	600	350	2024-12-10 11:00:00	79	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
10650	600	350	2025-05-31 11:00:00	41	HOME_VISIT	3	Suivi budgétaire	\N	0
10700	600	350	2025-07-19 15:00:00	34	PHONE_CALL	3	Suivi budgétaire	\N	0
10750	600	350	2025-03-20 15:00:00	111	PHONE_CALL	3	Suivi budgétaire	\N	0
10800	600	350	2025-07-31 16:00:00	103	HOME_VISIT	3	Suivi budgétaire	\N	0
10850	600	350	2024-10-09 09:00:00	119	HOME_VISIT	3	Suivi budgétaire	\N	0
10900	600	350	2025-04-21 11:00:00	58	PHONE_CALL	3	Suivi budgétaire	\N	0
10950	600	350	2025-08-18 15:00:00	99	HOME_VISIT	3	Suivi budgétaire	\N	0
11000	600	350	2024-12-18 14:00:00	79	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
11050	600	350	2024-07-20 13:00:00	73	PHONE_CALL	3	Suivi budgétaire	\N	0
11100	650	350	2026-06-11 10:00:00	79	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
11150	650	350	2024-05-19 15:00:00	59	HOME_VISIT	3	Suivi budgétaire	\N	0
11200	650	350	2022-10-08 12:00:00	36	PHONE_CALL	3	Suivi budgétaire	\N	0
11250	650	350	2026-01-08 13:00:00	31	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
11300	650	350	2023-10-09 13:00:00	51	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
11350	650	350	2022-03-08 13:00:00	87	HOME_VISIT	3	Suivi budgétaire	\N	0
11400	650	350	2023-05-10 13:00:00	107	HOME_VISIT	3	Suivi budgétaire	\N	0
11450	650	350	2026-01-13 09:00:00	95	HOME_VISIT	3	Suivi budgétaire	\N	0
11500	650	350	2022-08-10 11:00:00	119	PHONE_CALL	3	Suivi budgétaire	\N	0
11550	650	350	2024-07-18 10:00:00	105	PHONE_CALL	3	Suivi budgétaire	\N	0
11600	650	350	2023-11-16 13:00:00	37	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
11650	650	350	2024-08-09 15:00:00	58	HOME_VISIT	3	Suivi budgétaire	\N	0
11700	650	350	2022-02-24 09:00:00	92	PHONE_CALL	3	Suivi budgétaire	\N	0
11750	650	350	2026-02-11 12:00:00	109	PHONE_CALL	3	Suivi budgétaire	\N	0
11800	650	350	2022-07-20 13:00:00	53	HOME_VISIT	3	Suivi budgétaire	\N	0
11850	650	350	2025-06-17 15:00:00	74	HOME_VISIT	3	Suivi budgétaire	\N	0
11900	650	350	2024-04-06 14:00:00	56	PHONE_CALL	3	Suivi budgétaire	\N	0
11950	650	350	2022-03-02 11:00:00	118	HOME_VISIT	3	Suivi budgétaire	\N	0
12000	650	350	2024-02-08 11:00:00	48	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
12050	650	350	2021-04-29 12:00:00	51	PHONE_CALL	3	Suivi budgétaire	\N	0
12100	700	400	2025-10-02 11:00:00	39	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
12150	700	400	2024-08-26 11:00:00	60	HOME_VISIT	3	Suivi budgétaire	\N	0
12200	700	400	2025-12-18 16:00:00	104	PHONE_CALL	3	Suivi budgétaire	\N	0
12250	700	400	2026-03-01 15:00:00	36	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
12300	700	400	2024-08-04 16:00:00	104	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
12350	700	400	2026-04-06 16:00:00	36	HOME_VISIT	3	Suivi budgétaire	\N	0
12400	700	400	2024-11-20 11:00:00	96	HOME_VISIT	3	Suivi budgétaire	\N	0
12450	700	400	2025-10-15 12:00:00	52	HOME_VISIT	3	Suivi budgétaire	\N	0
12500	700	400	2026-01-05 13:00:00	69	PHONE_CALL	3	Suivi budgétaire	\N	0
12550	700	400	2026-03-01 13:00:00	111	PHONE_CALL	3	Suivi budgétaire	\N	0
12600	700	400	2024-09-26 13:00:00	67	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
12650	700	400	2024-10-31 15:00:00	104	HOME_VISIT	3	Suivi budgétaire	\N	0
12700	700	400	2025-10-22 10:00:00	111	PHONE_CALL	3	Suivi budgétaire	\N	0
12750	700	400	2024-12-13 16:00:00	52	PHONE_CALL	3	Suivi budgétaire	\N	0
12800	700	400	2025-09-11 10:00:00	85	HOME_VISIT	3	Suivi budgétaire	\N	0
12850	700	400	2024-07-29 11:00:00	49	HOME_VISIT	3	Suivi budgétaire	\N	0
12900	700	400	2025-03-22 09:00:00	35	PHONE_CALL	3	Suivi budgétaire	\N	0
12950	700	400	2026-03-02 14:00:00	99	HOME_VISIT	3	Suivi budgétaire	\N	0
13000	700	400	2026-04-06 14:00:00	66	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
13050	700	400	2025-05-08 15:00:00	61	PHONE_CALL	3	Suivi budgétaire	\N	0
13100	750	400	2025-01-23 09:00:00	44	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
13150	750	400	2026-07-07 10:00:00	46	HOME_VISIT	3	Suivi budgétaire	\N	0
13200	750	400	2024-09-14 11:00:00	78	PHONE_CALL	3	Suivi budgétaire	\N	0
13250	750	400	2026-04-28 13:00:00	56	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
13300	750	400	2022-02-03 14:00:00	97	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
13350	750	400	2025-07-24 10:00:00	112	HOME_VISIT	3	Suivi budgétaire	\N	0
13400	750	400	2025-05-02 11:00:00	59	HOME_VISIT	3	Suivi budgétaire	\N	0
13450	750	400	2026-06-22 15:00:00	49	HOME_VISIT	3	Suivi budgétaire	\N	0
13500	750	400	2026-10-04 10:00:00	51	PHONE_CALL	3	Suivi budgétaire	\N	0
13550	750	400	2026-03-08 11:00:00	63	PHONE_CALL	3	Suivi budgétaire	\N	0
13600	750	400	2022-09-16 16:00:00	41	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
13650	750	400	2021-08-15 14:00:00	117	HOME_VISIT	3	Suivi budgétaire	\N	0
13700	750	400	2025-04-25 16:00:00	71	PHONE_CALL	3	Suivi budgétaire	\N	0
13750	750	400	2022-11-30 11:00:00	92	PHONE_CALL	3	Suivi budgétaire	\N	0
13800	750	400	2024-08-22 16:00:00	51	HOME_VISIT	3	Suivi budgétaire	\N	0
13850	750	400	2021-08-04 14:00:00	44	HOME_VISIT	3	Suivi budgétaire	\N	0
13900	750	400	2021-08-15 10:00:00	63	PHONE_CALL	3	Suivi budgétaire	\N	0
13950	750	400	2026-06-11 16:00:00	103	HOME_VISIT	3	Suivi budgétaire	\N	0
14000	750	400	2023-11-25 10:00:00	92	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
14050	750	400	2023-01-13 15:00:00	88	PHONE_CALL	3	Suivi budgétaire	\N	0
14100	800	450	2025-12-02 10:00:00	78	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
14150	800	450	2025-06-02 14:00:00	90	HOME_VISIT	3	Suivi budgétaire	\N	0
14200	800	450	2025-05-01 16:00:00	40	PHONE_CALL	3	Suivi budgétaire	\N	0
14250	800	450	2025-10-26 16:00:00	41	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
14300	800	450	2025-12-01 14:00:00	72	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
14350	800	450	2025-03-14 12:00:00	98	HOME_VISIT	3	Suivi budgétaire	\N	0
14400	800	450	2024-09-12 16:00:00	96	HOME_VISIT	3	Suivi budgétaire	\N	0
14450	800	450	2024-12-08 11:00:00	51	HOME_VISIT	3	Suivi budgétaire	\N	0
14500	800	450	2025-08-13 11:00:00	76	PHONE_CALL	3	Suivi budgétaire	\N	0
14550	800	450	2025-09-16 15:00:00	84	PHONE_CALL	3	Suivi budgétaire	\N	0
14600	800	450	2025-02-28 15:00:00	108	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
14650	800	450	2025-08-01 10:00:00	108	HOME_VISIT	3	Suivi budgétaire	\N	0
14700	800	450	2025-09-14 13:00:00	64	PHONE_CALL	3	Suivi budgétaire	\N	0
14750	800	450	2025-10-19 09:00:00	40	PHONE_CALL	3	Suivi budgétaire	\N	0
14800	800	450	2026-01-09 12:00:00	40	HOME_VISIT	3	Suivi budgétaire	\N	0
14850	800	450	2024-07-05 16:00:00	72	HOME_VISIT	3	Suivi budgétaire	\N	0
14900	800	450	2025-09-30 10:00:00	100	PHONE_CALL	3	Suivi budgétaire	\N	0
14950	800	450	2025-09-30 10:00:00	103	HOME_VISIT	3	Suivi budgétaire	\N	0
15000	800	450	2024-12-21 15:00:00	34	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
15050	800	450	2025-02-25 11:00:00	93	PHONE_CALL	3	Suivi budgétaire	\N	0
15100	850	450	2026-02-13 15:00:00	115	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
15150	850	450	2023-01-17 14:00:00	78	HOME_VISIT	3	Suivi budgétaire	\N	0
15200	850	450	2023-10-22 13:00:00	66	PHONE_CALL	3	Suivi budgétaire	\N	0
15250	850	450	2024-01-17 16:00:00	78	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
15300	850	450	2024-04-18 11:00:00	106	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
15350	850	450	2022-07-30 16:00:00	92	HOME_VISIT	3	Suivi budgétaire	\N	0
15400	850	450	2022-06-20 13:00:00	37	HOME_VISIT	3	Suivi budgétaire	\N	0
15450	850	450	2022-03-11 09:00:00	50	HOME_VISIT	3	Suivi budgétaire	\N	0
15500	850	450	2026-08-02 16:00:00	40	PHONE_CALL	3	Suivi budgétaire	\N	0
15550	850	450	2022-11-10 16:00:00	36	PHONE_CALL	3	Suivi budgétaire	\N	0
15600	850	450	2026-01-27 16:00:00	31	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
15650	850	450	2026-09-21 10:00:00	81	HOME_VISIT	3	Suivi budgétaire	\N	0
15700	850	450	2024-02-11 12:00:00	109	PHONE_CALL	3	Suivi budgétaire	\N	0
15750	850	450	2022-10-13 15:00:00	104	PHONE_CALL	3	Suivi budgétaire	\N	0
15800	850	450	2022-09-08 11:00:00	81	HOME_VISIT	3	Suivi budgétaire	\N	0
15850	850	450	2022-07-28 13:00:00	106	HOME_VISIT	3	Suivi budgétaire	\N	0
15900	850	450	2021-05-09 10:00:00	53	PHONE_CALL	3	Suivi budgétaire	\N	0
15950	850	450	2021-09-21 13:00:00	89	HOME_VISIT	3	Suivi budgétaire	\N	0
16000	850	450	2024-10-03 10:00:00	50	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
16050	850	450	2023-10-20 11:00:00	36	PHONE_CALL	3	Suivi budgétaire	\N	0
16100	900	500	2025-01-21 11:00:00	97	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
16150	900	500	2025-07-23 09:00:00	57	HOME_VISIT	3	Suivi budgétaire	\N	0
16200	900	500	2025-05-12 10:00:00	92	PHONE_CALL	3	Suivi budgétaire	\N	0
16250	900	500	2024-12-20 12:00:00	33	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
16300	900	500	2024-11-06 12:00:00	71	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
16350	900	500	2025-09-10 11:00:00	57	HOME_VISIT	3	Suivi budgétaire	\N	0
16400	900	500	2025-07-17 09:00:00	109	HOME_VISIT	3	Suivi budgétaire	\N	0
16450	900	500	2025-05-15 11:00:00	88	HOME_VISIT	3	Suivi budgétaire	\N	0
16500	900	500	2025-05-23 16:00:00	94	PHONE_CALL	3	Suivi budgétaire	\N	0
16550	900	500	2025-01-01 11:00:00	34	PHONE_CALL	3	Suivi budgétaire	\N	0
16600	900	500	2025-09-29 11:00:00	75	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
16650	900	500	2024-11-08 11:00:00	66	HOME_VISIT	3	Suivi budgétaire	\N	0
16700	900	500	2025-02-15 09:00:00	52	PHONE_CALL	3	Suivi budgétaire	\N	0
16750	900	500	2024-10-28 10:00:00	73	PHONE_CALL	3	Suivi budgétaire	\N	0
16800	900	500	2025-08-12 10:00:00	33	HOME_VISIT	3	Suivi budgétaire	\N	0
16850	900	500	2025-07-27 14:00:00	102	HOME_VISIT	3	Suivi budgétaire	\N	0
16900	900	500	2024-08-13 15:00:00	104	PHONE_CALL	3	Suivi budgétaire	\N	0
16950	900	500	2025-08-09 13:00:00	91	HOME_VISIT	3	Suivi budgétaire	\N	0
17000	900	500	2024-12-09 10:00:00	30	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
17050	900	500	2025-02-06 13:00:00	62	PHONE_CALL	3	Suivi budgétaire	\N	0
17100	950	500	2022-02-03 11:00:00	48	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
17150	950	500	2021-10-14 13:00:00	115	HOME_VISIT	3	Suivi budgétaire	\N	0
17200	950	500	2022-01-09 11:00:00	47	PHONE_CALL	3	Suivi budgétaire	\N	0
17250	950	500	2022-02-13 16:00:00	103	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
17300	950	500	2021-07-10 10:00:00	105	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
17350	950	500	2021-11-17 09:00:00	94	HOME_VISIT	3	Suivi budgétaire	\N	0
17400	950	500	2021-08-15 10:00:00	107	HOME_VISIT	3	Suivi budgétaire	\N	0
17450	950	500	2021-06-06 10:00:00	43	HOME_VISIT	3	Suivi budgétaire	\N	0
17500	950	500	2021-11-19 10:00:00	69	PHONE_CALL	3	Suivi budgétaire	\N	0
17550	950	500	2021-12-17 10:00:00	44	PHONE_CALL	3	Suivi budgétaire	\N	0
17600	950	500	2021-05-03 14:00:00	73	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
17650	950	500	2021-12-07 14:00:00	118	HOME_VISIT	3	Suivi budgétaire	\N	0
17700	950	500	2022-02-16 09:00:00	107	PHONE_CALL	3	Suivi budgétaire	\N	0
17750	950	500	2021-12-13 13:00:00	110	PHONE_CALL	3	Suivi budgétaire	\N	0
17800	950	500	2021-11-02 09:00:00	61	HOME_VISIT	3	Suivi budgétaire	\N	0
17850	950	500	2021-12-16 12:00:00	48	HOME_VISIT	3	Suivi budgétaire	\N	0
17900	950	500	2022-02-22 11:00:00	37	PHONE_CALL	3	Suivi budgétaire	\N	0
17950	950	500	2022-01-14 12:00:00	38	HOME_VISIT	3	Suivi budgétaire	\N	0
18000	950	500	2022-04-13 14:00:00	71	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
18050	950	500	2021-11-08 12:00:00	115	PHONE_CALL	3	Suivi budgétaire	\N	0
18100	1000	550	2025-12-15 10:00:00	59	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
18150	1000	550	2025-04-20 15:00:00	105	HOME_VISIT	3	Suivi budgétaire	\N	0
18200	1000	550	2025-09-16 10:00:00	62	PHONE_CALL	3	Suivi budgétaire	\N	0
18250	1000	550	2024-09-23 11:00:00	91	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
18300	1000	550	2025-12-11 16:00:00	82	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
18350	1000	550	2024-12-19 09:00:00	38	HOME_VISIT	3	Suivi budgétaire	\N	0
18400	1000	550	2024-07-25 14:00:00	81	HOME_VISIT	3	Suivi budgétaire	\N	0
18450	1000	550	2025-12-21 15:00:00	119	HOME_VISIT	3	Suivi budgétaire	\N	0
18500	1000	550	2025-04-29 11:00:00	100	PHONE_CALL	3	Suivi budgétaire	\N	0
18550	1000	550	2024-11-08 15:00:00	77	PHONE_CALL	3	Suivi budgétaire	\N	0
18600	1000	550	2024-11-18 16:00:00	116	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
18650	1000	550	2025-10-11 14:00:00	98	HOME_VISIT	3	Suivi budgétaire	\N	0
18700	1000	550	2025-01-20 12:00:00	88	PHONE_CALL	3	Suivi budgétaire	\N	0
18750	1000	550	2025-07-30 16:00:00	116	PHONE_CALL	3	Suivi budgétaire	\N	0
18800	1000	550	2025-10-24 09:00:00	36	HOME_VISIT	3	Suivi budgétaire	\N	0
18850	1000	550	2025-05-15 09:00:00	100	HOME_VISIT	3	Suivi budgétaire	\N	0
18900	1000	550	2025-08-26 16:00:00	45	PHONE_CALL	3	Suivi budgétaire	\N	0
18950	1000	550	2024-10-11 10:00:00	35	HOME_VISIT	3	Suivi budgétaire	\N	0
19000	1000	550	2025-11-01 16:00:00	112	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
19050	1000	550	2025-03-15 14:00:00	57	PHONE_CALL	3	Suivi budgétaire	\N	0
19100	1050	550	2021-09-10 13:00:00	53	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
19150	1050	550	2022-05-29 15:00:00	82	HOME_VISIT	3	Suivi budgétaire	\N	0
19200	1050	550	2022-08-18 13:00:00	43	PHONE_CALL	3	Suivi budgétaire	\N	0
19250	1050	550	2021-12-14 16:00:00	119	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
19300	1050	550	2022-01-15 12:00:00	76	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
19350	1050	550	2021-08-08 15:00:00	115	HOME_VISIT	3	Suivi budgétaire	\N	0
19400	1050	550	2021-11-11 11:00:00	86	HOME_VISIT	3	Suivi budgétaire	\N	0
19450	1050	550	2022-12-24 13:00:00	66	HOME_VISIT	3	Suivi budgétaire	\N	0
19500	1050	550	2022-11-30 13:00:00	103	PHONE_CALL	3	Suivi budgétaire	\N	0
19550	1050	550	2022-10-17 13:00:00	117	PHONE_CALL	3	Suivi budgétaire	\N	0
19600	1050	550	2022-11-10 11:00:00	75	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
19650	1050	550	2022-04-24 11:00:00	85	HOME_VISIT	3	Suivi budgétaire	\N	0
19700	1050	550	2022-12-09 16:00:00	89	PHONE_CALL	3	Suivi budgétaire	\N	0
19750	1050	550	2021-12-23 14:00:00	88	PHONE_CALL	3	Suivi budgétaire	\N	0
19800	1050	550	2021-05-28 09:00:00	110	HOME_VISIT	3	Suivi budgétaire	\N	0
19850	1050	550	2021-08-17 14:00:00	71	HOME_VISIT	3	Suivi budgétaire	\N	0
19900	1050	550	2022-11-16 12:00:00	69	PHONE_CALL	3	Suivi budgétaire	\N	0
19950	1050	550	2021-10-11 14:00:00	38	HOME_VISIT	3	Suivi budgétaire	\N	0
20000	1050	550	2022-08-18 15:00:00	48	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
20050	1050	550	2021-05-31 10:00:00	70	PHONE_CALL	3	Suivi budgétaire	\N	0
20100	1100	600	2025-11-29 12:00:00	58	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
20150	1100	600	2025-01-18 16:00:00	79	HOME_VISIT	3	Suivi budgétaire	\N	0
20200	1100	600	2025-08-01 11:00:00	116	PHONE_CALL	3	Suivi budgétaire	\N	0
20250	1100	600	2025-06-30 13:00:00	115	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
20300	1100	600	2024-07-29 16:00:00	66	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
20350	1100	600	2025-01-27 16:00:00	89	HOME_VISIT	3	Suivi budgétaire	\N	0
20400	1100	600	2025-07-29 15:00:00	88	HOME_VISIT	3	Suivi budgétaire	\N	0
20450	1100	600	2024-07-13 14:00:00	92	HOME_VISIT	3	Suivi budgétaire	\N	0
20500	1100	600	2025-08-29 13:00:00	112	PHONE_CALL	3	Suivi budgétaire	\N	0
20550	1100	600	2025-12-10 16:00:00	96	PHONE_CALL	3	Suivi budgétaire	\N	0
20600	1100	600	2025-02-28 09:00:00	97	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
20650	1100	600	2025-11-25 09:00:00	77	HOME_VISIT	3	Suivi budgétaire	\N	0
20700	1100	600	2025-04-26 12:00:00	40	PHONE_CALL	3	Suivi budgétaire	\N	0
20750	1100	600	2025-12-30 14:00:00	60	PHONE_CALL	3	Suivi budgétaire	\N	0
20800	1100	600	2025-01-09 12:00:00	41	HOME_VISIT	3	Suivi budgétaire	\N	0
20850	1100	600	2025-10-17 14:00:00	59	HOME_VISIT	3	Suivi budgétaire	\N	0
20900	1100	600	2025-07-18 13:00:00	40	PHONE_CALL	3	Suivi budgétaire	\N	0
20950	1100	600	2025-02-28 13:00:00	34	HOME_VISIT	3	Suivi budgétaire	\N	0
21000	1100	600	2025-04-05 12:00:00	41	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
21050	1100	600	2025-05-13 14:00:00	81	PHONE_CALL	3	Suivi budgétaire	\N	0
21100	1150	600	2021-07-10 15:00:00	74	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
21150	1150	600	2021-12-05 15:00:00	55	HOME_VISIT	3	Suivi budgétaire	\N	0
21200	1150	600	2022-04-24 15:00:00	61	PHONE_CALL	3	Suivi budgétaire	\N	0
21250	1150	600	2022-04-22 10:00:00	79	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
21300	1150	600	2021-06-09 09:00:00	50	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
21350	1150	600	2022-02-23 11:00:00	35	HOME_VISIT	3	Suivi budgétaire	\N	0
21400	1150	600	2022-01-26 09:00:00	84	HOME_VISIT	3	Suivi budgétaire	\N	0
21450	1150	600	2021-07-30 13:00:00	64	HOME_VISIT	3	Suivi budgétaire	\N	0
21500	1150	600	2022-01-18 14:00:00	105	PHONE_CALL	3	Suivi budgétaire	\N	0
21550	1150	600	2021-08-06 11:00:00	112	PHONE_CALL	3	Suivi budgétaire	\N	0
21600	1150	600	2022-05-19 10:00:00	42	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
21650	1150	600	2022-01-20 11:00:00	94	HOME_VISIT	3	Suivi budgétaire	\N	0
21700	1150	600	2021-10-08 12:00:00	43	PHONE_CALL	3	Suivi budgétaire	\N	0
21750	1150	600	2022-04-10 14:00:00	99	PHONE_CALL	3	Suivi budgétaire	\N	0
21800	1150	600	2022-04-28 14:00:00	103	HOME_VISIT	3	Suivi budgétaire	\N	0
21850	1150	600	2021-08-13 13:00:00	91	HOME_VISIT	3	Suivi budgétaire	\N	0
21900	1150	600	2022-05-08 15:00:00	99	PHONE_CALL	3	Suivi budgétaire	\N	0
21950	1150	600	2021-05-29 14:00:00	99	HOME_VISIT	3	Suivi budgétaire	\N	0
22000	1150	600	2022-01-04 15:00:00	116	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
22050	1150	600	2021-05-13 09:00:00	66	PHONE_CALL	3	Suivi budgétaire	\N	0
22100	1200	650	2024-11-25 14:00:00	106	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
22150	1200	650	2025-03-14 12:00:00	41	HOME_VISIT	3	Suivi budgétaire	\N	0
22200	1200	650	2025-01-07 12:00:00	85	PHONE_CALL	3	Suivi budgétaire	\N	0
22250	1200	650	2024-11-28 16:00:00	116	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
22300	1200	650	2024-08-31 11:00:00	103	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
22350	1200	650	2025-04-02 10:00:00	99	HOME_VISIT	3	Suivi budgétaire	\N	0
22400	1200	650	2024-11-22 09:00:00	61	HOME_VISIT	3	Suivi budgétaire	\N	0
22450	1200	650	2024-08-21 10:00:00	36	HOME_VISIT	3	Suivi budgétaire	\N	0
22500	1200	650	2025-07-02 10:00:00	39	PHONE_CALL	3	Suivi budgétaire	\N	0
22550	1200	650	2025-05-18 13:00:00	40	PHONE_CALL	3	Suivi budgétaire	\N	0
22600	1200	650	2024-11-29 10:00:00	112	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
22650	1200	650	2024-10-04 14:00:00	87	HOME_VISIT	3	Suivi budgétaire	\N	0
22700	1200	650	2024-09-15 13:00:00	76	PHONE_CALL	3	Suivi budgétaire	\N	0
22750	1200	650	2025-06-14 14:00:00	102	PHONE_CALL	3	Suivi budgétaire	\N	0
22800	1200	650	2025-01-09 13:00:00	37	HOME_VISIT	3	Suivi budgétaire	\N	0
22850	1200	650	2024-07-02 09:00:00	62	HOME_VISIT	3	Suivi budgétaire	\N	0
22900	1200	650	2024-07-02 11:00:00	62	PHONE_CALL	3	Suivi budgétaire	\N	0
22950	1200	650	2025-04-15 09:00:00	62	HOME_VISIT	3	Suivi budgétaire	\N	0
23000	1200	650	2024-09-02 11:00:00	119	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
23050	1200	650	2024-09-06 09:00:00	68	PHONE_CALL	3	Suivi budgétaire	\N	0
23100	1250	650	2021-08-25 10:00:00	58	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
23150	1250	650	2021-06-22 13:00:00	51	HOME_VISIT	3	Suivi budgétaire	\N	0
23200	1250	650	2021-12-25 12:00:00	65	PHONE_CALL	3	Suivi budgétaire	\N	0
23250	1250	650	2021-09-12 12:00:00	39	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
23300	1250	650	2021-07-05 09:00:00	34	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
23350	1250	650	2021-10-24 12:00:00	77	HOME_VISIT	3	Suivi budgétaire	\N	0
23400	1250	650	2021-05-05 15:00:00	61	HOME_VISIT	3	Suivi budgétaire	\N	0
23450	1250	650	2021-08-03 15:00:00	49	HOME_VISIT	3	Suivi budgétaire	\N	0
23500	1250	650	2021-08-04 09:00:00	80	PHONE_CALL	3	Suivi budgétaire	\N	0
23550	1250	650	2021-08-20 10:00:00	44	PHONE_CALL	3	Suivi budgétaire	\N	0
23600	1250	650	2021-11-21 11:00:00	97	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
23650	1250	650	2021-09-20 13:00:00	91	HOME_VISIT	3	Suivi budgétaire	\N	0
23700	1250	650	2021-12-26 09:00:00	60	PHONE_CALL	3	Suivi budgétaire	\N	0
23750	1250	650	2021-12-04 12:00:00	33	PHONE_CALL	3	Suivi budgétaire	\N	0
23800	1250	650	2021-05-26 12:00:00	107	HOME_VISIT	3	Suivi budgétaire	\N	0
23850	1250	650	2021-12-02 14:00:00	109	HOME_VISIT	3	Suivi budgétaire	\N	0
23900	1250	650	2021-04-30 14:00:00	106	PHONE_CALL	3	Suivi budgétaire	\N	0
23950	1250	650	2021-06-17 11:00:00	56	HOME_VISIT	3	Suivi budgétaire	\N	0
24000	1250	650	2021-08-16 14:00:00	55	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
24050	1250	650	2021-08-16 09:00:00	105	PHONE_CALL	3	Suivi budgétaire	\N	0
24100	1300	700	2025-05-22 10:00:00	38	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
24150	1300	700	2024-07-21 11:00:00	49	HOME_VISIT	3	Suivi budgétaire	\N	0
24200	1300	700	2025-01-14 10:00:00	85	PHONE_CALL	3	Suivi budgétaire	\N	0
24250	1300	700	2024-07-11 10:00:00	43	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
24300	1300	700	2024-12-24 11:00:00	110	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
24350	1300	700	2025-02-12 15:00:00	47	HOME_VISIT	3	Suivi budgétaire	\N	0
24400	1300	700	2025-08-02 16:00:00	99	HOME_VISIT	3	Suivi budgétaire	\N	0
24450	1300	700	2025-08-13 10:00:00	107	HOME_VISIT	3	Suivi budgétaire	\N	0
24500	1300	700	2024-09-08 12:00:00	31	PHONE_CALL	3	Suivi budgétaire	\N	0
24550	1300	700	2025-01-17 12:00:00	31	PHONE_CALL	3	Suivi budgétaire	\N	0
24600	1300	700	2025-02-28 13:00:00	106	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
24650	1300	700	2025-03-25 10:00:00	116	HOME_VISIT	3	Suivi budgétaire	\N	0
24700	1300	700	2025-06-30 12:00:00	35	PHONE_CALL	3	Suivi budgétaire	\N	0
24750	1300	700	2025-04-13 15:00:00	82	PHONE_CALL	3	Suivi budgétaire	\N	0
24800	1300	700	2024-09-24 13:00:00	71	HOME_VISIT	3	Suivi budgétaire	\N	0
24850	1300	700	2025-07-19 10:00:00	63	HOME_VISIT	3	Suivi budgétaire	\N	0
24900	1300	700	2024-11-03 10:00:00	53	PHONE_CALL	3	Suivi budgétaire	\N	0
24950	1300	700	2025-04-12 13:00:00	112	HOME_VISIT	3	Suivi budgétaire	\N	0
25000	1300	700	2025-01-17 12:00:00	40	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
25050	1300	700	2025-05-27 10:00:00	78	PHONE_CALL	3	Suivi budgétaire	\N	0
25100	1350	700	2022-04-17 14:00:00	37	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
25150	1350	700	2021-05-17 13:00:00	73	HOME_VISIT	3	Suivi budgétaire	\N	0
25200	1350	700	2022-05-13 14:00:00	42	PHONE_CALL	3	Suivi budgétaire	\N	0
25250	1350	700	2021-05-03 14:00:00	51	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
25300	1350	700	2023-01-30 16:00:00	52	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
25350	1350	700	2022-12-24 09:00:00	31	HOME_VISIT	3	Suivi budgétaire	\N	0
25400	1350	700	2022-05-11 11:00:00	32	HOME_VISIT	3	Suivi budgétaire	\N	0
25450	1350	700	2022-01-12 13:00:00	101	HOME_VISIT	3	Suivi budgétaire	\N	0
25500	1350	700	2021-11-24 16:00:00	62	PHONE_CALL	3	Suivi budgétaire	\N	0
25550	1350	700	2022-09-14 10:00:00	102	PHONE_CALL	3	Suivi budgétaire	\N	0
25600	1350	700	2022-05-29 09:00:00	81	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
25650	1350	700	2021-11-05 12:00:00	83	HOME_VISIT	3	Suivi budgétaire	\N	0
25700	1350	700	2021-11-07 16:00:00	69	PHONE_CALL	3	Suivi budgétaire	\N	0
25750	1350	700	2022-07-14 14:00:00	48	PHONE_CALL	3	Suivi budgétaire	\N	0
25800	1350	700	2023-01-30 15:00:00	91	HOME_VISIT	3	Suivi budgétaire	\N	0
25850	1350	700	2022-02-18 16:00:00	69	HOME_VISIT	3	Suivi budgétaire	\N	0
25900	1350	700	2023-04-03 13:00:00	79	PHONE_CALL	3	Suivi budgétaire	\N	0
25950	1350	700	2021-09-28 15:00:00	97	HOME_VISIT	3	Suivi budgétaire	\N	0
26000	1350	700	2022-02-03 12:00:00	39	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
26050	1350	700	2021-07-14 16:00:00	99	PHONE_CALL	3	Suivi budgétaire	\N	0
26100	1400	750	2025-03-28 09:00:00	56	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
26150	1400	750	2025-03-16 16:00:00	37	HOME_VISIT	3	Suivi budgétaire	\N	0
26200	1400	750	2024-11-11 15:00:00	82	PHONE_CALL	3	Suivi budgétaire	\N	0
26250	1400	750	2025-05-05 09:00:00	66	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
26300	1400	750	2024-08-31 15:00:00	116	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
26350	1400	750	2025-02-25 10:00:00	98	HOME_VISIT	3	Suivi budgétaire	\N	0
26400	1400	750	2025-02-28 16:00:00	45	HOME_VISIT	3	Suivi budgétaire	\N	0
26450	1400	750	2024-12-18 11:00:00	57	HOME_VISIT	3	Suivi budgétaire	\N	0
26500	1400	750	2025-03-19 15:00:00	74	PHONE_CALL	3	Suivi budgétaire	\N	0
26550	1400	750	2025-02-01 13:00:00	116	PHONE_CALL	3	Suivi budgétaire	\N	0
26600	1400	750	2024-11-28 10:00:00	76	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
26650	1400	750	2024-07-12 14:00:00	119	HOME_VISIT	3	Suivi budgétaire	\N	0
26700	1400	750	2024-11-09 14:00:00	99	PHONE_CALL	3	Suivi budgétaire	\N	0
26750	1400	750	2025-02-21 12:00:00	91	PHONE_CALL	3	Suivi budgétaire	\N	0
26800	1400	750	2025-03-23 16:00:00	113	HOME_VISIT	3	Suivi budgétaire	\N	0
26850	1400	750	2025-02-04 14:00:00	116	HOME_VISIT	3	Suivi budgétaire	\N	0
26900	1400	750	2024-11-18 11:00:00	32	PHONE_CALL	3	Suivi budgétaire	\N	0
26950	1400	750	2025-02-28 16:00:00	84	HOME_VISIT	3	Suivi budgétaire	\N	0
27000	1400	750	2024-11-19 16:00:00	35	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
27050	1400	750	2025-01-24 14:00:00	85	PHONE_CALL	3	Suivi budgétaire	\N	0
27100	1450	750	2022-12-20 13:00:00	90	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
27150	1450	750	2024-04-20 16:00:00	69	HOME_VISIT	3	Suivi budgétaire	\N	0
27200	1450	750	2023-03-12 12:00:00	94	PHONE_CALL	3	Suivi budgétaire	\N	0
27250	1450	750	2021-12-19 10:00:00	105	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
27300	1450	750	2025-05-04 13:00:00	65	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
27350	1450	750	2026-03-24 14:00:00	69	HOME_VISIT	3	Suivi budgétaire	\N	0
27400	1450	750	2025-08-20 11:00:00	63	HOME_VISIT	3	Suivi budgétaire	\N	0
27450	1450	750	2024-01-30 09:00:00	35	HOME_VISIT	3	Suivi budgétaire	\N	0
27500	1450	750	2024-06-10 16:00:00	47	PHONE_CALL	3	Suivi budgétaire	\N	0
27550	1450	750	2023-06-13 10:00:00	103	PHONE_CALL	3	Suivi budgétaire	\N	0
27600	1450	750	2026-10-08 11:00:00	117	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
27650	1450	750	2021-11-09 16:00:00	65	HOME_VISIT	3	Suivi budgétaire	\N	0
27700	1450	750	2026-07-15 13:00:00	70	PHONE_CALL	3	Suivi budgétaire	\N	0
27750	1450	750	2021-06-11 10:00:00	89	PHONE_CALL	3	Suivi budgétaire	\N	0
27800	1450	750	2023-06-22 16:00:00	115	HOME_VISIT	3	Suivi budgétaire	\N	0
27850	1450	750	2026-04-30 13:00:00	47	HOME_VISIT	3	Suivi budgétaire	\N	0
27900	1450	750	2025-09-14 14:00:00	61	PHONE_CALL	3	Suivi budgétaire	\N	0
27950	1450	750	2023-04-27 12:00:00	109	HOME_VISIT	3	Suivi budgétaire	\N	0
28000	1450	750	2021-06-07 11:00:00	39	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
28050	1450	750	2024-10-16 16:00:00	94	PHONE_CALL	3	Suivi budgétaire	\N	0
28100	1500	800	2026-05-18 15:00:00	47	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
28150	1500	800	2024-11-10 16:00:00	57	HOME_VISIT	3	Suivi budgétaire	\N	0
28200	1500	800	2025-05-15 13:00:00	115	PHONE_CALL	3	Suivi budgétaire	\N	0
28250	1500	800	2026-05-23 10:00:00	76	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
28300	1500	800	2024-07-12 14:00:00	94	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
28350	1500	800	2025-10-08 11:00:00	110	HOME_VISIT	3	Suivi budgétaire	\N	0
28400	1500	800	2025-06-26 10:00:00	48	HOME_VISIT	3	Suivi budgétaire	\N	0
28450	1500	800	2024-07-08 11:00:00	65	HOME_VISIT	3	Suivi budgétaire	\N	0
28500	1500	800	2025-04-03 10:00:00	119	PHONE_CALL	3	Suivi budgétaire	\N	0
28550	1500	800	2025-05-05 09:00:00	79	PHONE_CALL	3	Suivi budgétaire	\N	0
28600	1500	800	2025-10-11 13:00:00	93	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
28650	1500	800	2025-10-02 09:00:00	105	HOME_VISIT	3	Suivi budgétaire	\N	0
28700	1500	800	2024-09-07 09:00:00	38	PHONE_CALL	3	Suivi budgétaire	\N	0
28750	1500	800	2024-07-22 13:00:00	49	PHONE_CALL	3	Suivi budgétaire	\N	0
28800	1500	800	2024-10-15 15:00:00	63	HOME_VISIT	3	Suivi budgétaire	\N	0
28850	1500	800	2024-11-16 12:00:00	115	HOME_VISIT	3	Suivi budgétaire	\N	0
28900	1500	800	2026-01-29 10:00:00	116	PHONE_CALL	3	Suivi budgétaire	\N	0
28950	1500	800	2024-08-05 16:00:00	46	HOME_VISIT	3	Suivi budgétaire	\N	0
29000	1500	800	2025-11-16 14:00:00	113	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
29050	1500	800	2025-04-12 13:00:00	71	PHONE_CALL	3	Suivi budgétaire	\N	0
29100	1550	800	2021-10-27 14:00:00	107	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
29150	1550	800	2021-11-24 14:00:00	111	HOME_VISIT	3	Suivi budgétaire	\N	0
29200	1550	800	2022-06-03 11:00:00	33	PHONE_CALL	3	Suivi budgétaire	\N	0
29250	1550	800	2022-05-14 13:00:00	63	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
29300	1550	800	2021-08-17 11:00:00	99	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
29350	1550	800	2021-11-03 16:00:00	109	HOME_VISIT	3	Suivi budgétaire	\N	0
29400	1550	800	2021-10-24 11:00:00	118	HOME_VISIT	3	Suivi budgétaire	\N	0
29450	1550	800	2022-02-15 13:00:00	99	HOME_VISIT	3	Suivi budgétaire	\N	0
29500	1550	800	2022-04-18 13:00:00	90	PHONE_CALL	3	Suivi budgétaire	\N	0
29550	1550	800	2021-07-29 10:00:00	110	PHONE_CALL	3	Suivi budgétaire	\N	0
29600	1550	800	2022-06-14 11:00:00	65	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
29650	1550	800	2021-10-02 16:00:00	62	HOME_VISIT	3	Suivi budgétaire	\N	0
29700	1550	800	2022-05-20 15:00:00	113	PHONE_CALL	3	Suivi budgétaire	\N	0
29750	1550	800	2021-10-17 10:00:00	102	PHONE_CALL	3	Suivi budgétaire	\N	0
29800	1550	800	2022-04-17 14:00:00	99	HOME_VISIT	3	Suivi budgétaire	\N	0
29850	1550	800	2022-06-25 10:00:00	57	HOME_VISIT	3	Suivi budgétaire	\N	0
29900	1550	800	2022-03-17 15:00:00	47	PHONE_CALL	3	Suivi budgétaire	\N	0
29950	1550	800	2021-06-27 15:00:00	115	HOME_VISIT	3	Suivi budgétaire	\N	0
30000	1550	800	2021-07-25 16:00:00	55	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
30050	1550	800	2022-03-03 16:00:00	51	PHONE_CALL	3	Suivi budgétaire	\N	0
30100	1600	850	2024-12-03 16:00:00	67	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
30150	1600	850	2024-10-12 12:00:00	47	HOME_VISIT	3	Suivi budgétaire	\N	0
30200	1600	850	2025-01-14 12:00:00	52	PHONE_CALL	3	Suivi budgétaire	\N	0
30250	1600	850	2025-04-26 14:00:00	91	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
30300	1600	850	2024-10-03 11:00:00	66	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
30350	1600	850	2024-12-11 09:00:00	50	HOME_VISIT	3	Suivi budgétaire	\N	0
30400	1600	850	2024-07-15 15:00:00	112	HOME_VISIT	3	Suivi budgétaire	\N	0
30450	1600	850	2024-09-15 13:00:00	34	HOME_VISIT	3	Suivi budgétaire	\N	0
30500	1600	850	2025-02-27 14:00:00	34	PHONE_CALL	3	Suivi budgétaire	\N	0
30550	1600	850	2025-04-22 13:00:00	80	PHONE_CALL	3	Suivi budgétaire	\N	0
30600	1600	850	2024-07-29 15:00:00	113	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
30650	1600	850	2025-04-28 12:00:00	86	HOME_VISIT	3	Suivi budgétaire	\N	0
30700	1600	850	2024-11-11 16:00:00	93	PHONE_CALL	3	Suivi budgétaire	\N	0
30750	1600	850	2025-01-01 15:00:00	65	PHONE_CALL	3	Suivi budgétaire	\N	0
30800	1600	850	2024-07-04 11:00:00	103	HOME_VISIT	3	Suivi budgétaire	\N	0
30850	1600	850	2024-09-28 15:00:00	98	HOME_VISIT	3	Suivi budgétaire	\N	0
30900	1600	850	2024-09-17 14:00:00	43	PHONE_CALL	3	Suivi budgétaire	\N	0
30950	1600	850	2025-02-26 11:00:00	39	HOME_VISIT	3	Suivi budgétaire	\N	0
31000	1600	850	2025-03-22 16:00:00	43	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
31050	1600	850	2024-12-08 11:00:00	113	PHONE_CALL	3	Suivi budgétaire	\N	0
31100	1650	850	2021-05-13 14:00:00	103	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
31150	1650	850	2022-11-04 10:00:00	47	HOME_VISIT	3	Suivi budgétaire	\N	0
31200	1650	850	2022-03-07 13:00:00	68	PHONE_CALL	3	Suivi budgétaire	\N	0
31250	1650	850	2022-05-27 12:00:00	48	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
31300	1650	850	2022-08-31 12:00:00	77	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
31350	1650	850	2021-12-10 16:00:00	31	HOME_VISIT	3	Suivi budgétaire	\N	0
31400	1650	850	2022-12-26 16:00:00	115	HOME_VISIT	3	Suivi budgétaire	\N	0
31450	1650	850	2022-09-09 13:00:00	41	HOME_VISIT	3	Suivi budgétaire	\N	0
31500	1650	850	2021-11-21 14:00:00	32	PHONE_CALL	3	Suivi budgétaire	\N	0
31550	1650	850	2021-08-03 12:00:00	64	PHONE_CALL	3	Suivi budgétaire	\N	0
31600	1650	850	2022-03-30 15:00:00	36	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
31650	1650	850	2021-07-10 10:00:00	109	HOME_VISIT	3	Suivi budgétaire	\N	0
31700	1650	850	2022-09-10 09:00:00	46	PHONE_CALL	3	Suivi budgétaire	\N	0
31750	1650	850	2021-12-22 12:00:00	67	PHONE_CALL	3	Suivi budgétaire	\N	0
31800	1650	850	2022-11-14 12:00:00	78	HOME_VISIT	3	Suivi budgétaire	\N	0
31850	1650	850	2021-09-26 11:00:00	115	HOME_VISIT	3	Suivi budgétaire	\N	0
31900	1650	850	2022-04-09 15:00:00	65	PHONE_CALL	3	Suivi budgétaire	\N	0
31950	1650	850	2022-08-05 12:00:00	64	HOME_VISIT	3	Suivi budgétaire	\N	0
32000	1650	850	2022-03-30 11:00:00	30	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
32050	1650	850	2021-12-26 12:00:00	65	PHONE_CALL	3	Suivi budgétaire	\N	0
32100	1700	900	2024-12-09 09:00:00	91	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
32150	1700	900	2025-07-26 11:00:00	40	HOME_VISIT	3	Suivi budgétaire	\N	0
32200	1700	900	2025-11-20 11:00:00	30	PHONE_CALL	3	Suivi budgétaire	\N	0
32250	1700	900	2025-06-29 16:00:00	118	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
32300	1700	900	2025-10-19 16:00:00	115	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
32350	1700	900	2025-02-18 13:00:00	57	HOME_VISIT	3	Suivi budgétaire	\N	0
32400	1700	900	2025-10-16 13:00:00	103	HOME_VISIT	3	Suivi budgétaire	\N	0
32450	1700	900	2025-05-04 11:00:00	103	HOME_VISIT	3	Suivi budgétaire	\N	0
32500	1700	900	2024-09-30 12:00:00	34	PHONE_CALL	3	Suivi budgétaire	\N	0
32550	1700	900	2024-11-05 10:00:00	107	PHONE_CALL	3	Suivi budgétaire	\N	0
32600	1700	900	2024-09-28 15:00:00	83	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
32650	1700	900	2025-01-08 15:00:00	106	HOME_VISIT	3	Suivi budgétaire	\N	0
32700	1700	900	2025-02-01 16:00:00	44	PHONE_CALL	3	Suivi budgétaire	\N	0
32750	1700	900	2025-01-25 09:00:00	56	PHONE_CALL	3	Suivi budgétaire	\N	0
32800	1700	900	2025-12-25 10:00:00	52	HOME_VISIT	3	Suivi budgétaire	\N	0
32850	1700	900	2025-01-02 09:00:00	119	HOME_VISIT	3	Suivi budgétaire	\N	0
32900	1700	900	2024-09-06 16:00:00	71	PHONE_CALL	3	Suivi budgétaire	\N	0
32950	1700	900	2025-09-29 16:00:00	35	HOME_VISIT	3	Suivi budgétaire	\N	0
33000	1700	900	2024-10-29 14:00:00	41	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
33050	1700	900	2026-01-05 14:00:00	55	PHONE_CALL	3	Suivi budgétaire	\N	0
33100	1750	900	2022-05-08 12:00:00	64	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
33150	1750	900	2023-01-20 13:00:00	72	HOME_VISIT	3	Suivi budgétaire	\N	0
33200	1750	900	2022-02-15 12:00:00	115	PHONE_CALL	3	Suivi budgétaire	\N	0
33250	1750	900	2023-01-01 10:00:00	53	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
33300	1750	900	2023-01-20 14:00:00	96	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
33350	1750	900	2022-01-08 16:00:00	64	HOME_VISIT	3	Suivi budgétaire	\N	0
33400	1750	900	2021-07-15 14:00:00	82	HOME_VISIT	3	Suivi budgétaire	\N	0
33450	1750	900	2022-01-29 12:00:00	69	HOME_VISIT	3	Suivi budgétaire	\N	0
33500	1750	900	2022-07-23 14:00:00	93	PHONE_CALL	3	Suivi budgétaire	\N	0
33550	1750	900	2023-03-15 13:00:00	45	PHONE_CALL	3	Suivi budgétaire	\N	0
33600	1750	900	2021-07-07 09:00:00	52	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
33650	1750	900	2022-09-01 12:00:00	66	HOME_VISIT	3	Suivi budgétaire	\N	0
33700	1750	900	2021-08-23 14:00:00	66	PHONE_CALL	3	Suivi budgétaire	\N	0
33750	1750	900	2021-06-21 09:00:00	94	PHONE_CALL	3	Suivi budgétaire	\N	0
33800	1750	900	2022-07-15 15:00:00	65	HOME_VISIT	3	Suivi budgétaire	\N	0
33850	1750	900	2021-09-25 12:00:00	36	HOME_VISIT	3	Suivi budgétaire	\N	0
33900	1750	900	2022-02-02 11:00:00	72	PHONE_CALL	3	Suivi budgétaire	\N	0
33950	1750	900	2021-06-17 09:00:00	51	HOME_VISIT	3	Suivi budgétaire	\N	0
34000	1750	900	2022-09-25 10:00:00	112	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
34050	1750	900	2021-09-18 16:00:00	75	PHONE_CALL	3	Suivi budgétaire	\N	0
34100	1800	950	2024-07-11 13:00:00	97	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
34150	1800	950	2024-11-29 14:00:00	77	HOME_VISIT	3	Suivi budgétaire	\N	0
34200	1800	950	2024-11-13 15:00:00	35	PHONE_CALL	3	Suivi budgétaire	\N	0
34250	1800	950	2024-11-10 14:00:00	101	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
34300	1800	950	2025-01-01 15:00:00	65	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
34350	1800	950	2024-09-24 12:00:00	104	HOME_VISIT	3	Suivi budgétaire	\N	0
34400	1800	950	2024-12-11 14:00:00	87	HOME_VISIT	3	Suivi budgétaire	\N	0
34450	1800	950	2024-07-23 11:00:00	34	HOME_VISIT	3	Suivi budgétaire	\N	0
34500	1800	950	2025-01-08 14:00:00	89	PHONE_CALL	3	Suivi budgétaire	\N	0
34550	1800	950	2024-07-05 15:00:00	48	PHONE_CALL	3	Suivi budgétaire	\N	0
34600	1800	950	2024-08-16 14:00:00	76	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
34650	1800	950	2024-07-19 12:00:00	95	HOME_VISIT	3	Suivi budgétaire	\N	0
34700	1800	950	2024-10-18 09:00:00	44	PHONE_CALL	3	Suivi budgétaire	\N	0
34750	1800	950	2024-12-28 11:00:00	39	PHONE_CALL	3	Suivi budgétaire	\N	0
34800	1800	950	2024-07-06 14:00:00	115	HOME_VISIT	3	Suivi budgétaire	\N	0
34850	1800	950	2024-11-06 12:00:00	34	HOME_VISIT	3	Suivi budgétaire	\N	0
34900	1800	950	2024-07-17 16:00:00	99	PHONE_CALL	3	Suivi budgétaire	\N	0
34950	1800	950	2024-08-31 10:00:00	54	HOME_VISIT	3	Suivi budgétaire	\N	0
35000	1800	950	2024-09-01 13:00:00	90	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
35050	1800	950	2024-08-26 12:00:00	99	PHONE_CALL	3	Suivi budgétaire	\N	0
35100	1850	950	2021-04-28 10:00:00	78	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
35150	1850	950	2021-05-05 10:00:00	72	HOME_VISIT	3	Suivi budgétaire	\N	0
35200	1850	950	2021-09-01 11:00:00	89	PHONE_CALL	3	Suivi budgétaire	\N	0
35250	1850	950	2021-05-06 12:00:00	54	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
35300	1850	950	2021-08-23 11:00:00	44	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
35350	1850	950	2021-06-21 12:00:00	33	HOME_VISIT	3	Suivi budgétaire	\N	0
35400	1850	950	2021-10-16 10:00:00	116	HOME_VISIT	3	Suivi budgétaire	\N	0
35450	1850	950	2021-08-03 09:00:00	92	HOME_VISIT	3	Suivi budgétaire	\N	0
35500	1850	950	2021-07-02 15:00:00	78	PHONE_CALL	3	Suivi budgétaire	\N	0
35550	1850	950	2021-09-16 09:00:00	90	PHONE_CALL	3	Suivi budgétaire	\N	0
35600	1850	950	2021-07-03 15:00:00	115	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
35650	1850	950	2021-10-20 12:00:00	113	HOME_VISIT	3	Suivi budgétaire	\N	0
35700	1850	950	2021-06-03 09:00:00	94	PHONE_CALL	3	Suivi budgétaire	\N	0
35750	1850	950	2021-09-23 09:00:00	105	PHONE_CALL	3	Suivi budgétaire	\N	0
35800	1850	950	2021-07-22 13:00:00	96	HOME_VISIT	3	Suivi budgétaire	\N	0
35850	1850	950	2021-08-08 12:00:00	37	HOME_VISIT	3	Suivi budgétaire	\N	0
35900	1850	950	2021-05-11 11:00:00	40	PHONE_CALL	3	Suivi budgétaire	\N	0
35950	1850	950	2021-07-16 16:00:00	96	HOME_VISIT	3	Suivi budgétaire	\N	0
36000	1850	950	2021-08-04 15:00:00	41	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
36050	1850	950	2021-08-17 14:00:00	104	PHONE_CALL	3	Suivi budgétaire	\N	0
36100	1900	1000	2024-07-17 12:00:00	104	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
36150	1900	1000	2024-10-01 15:00:00	81	HOME_VISIT	3	Suivi budgétaire	\N	0
36200	1900	1000	2024-09-03 12:00:00	41	PHONE_CALL	3	Suivi budgétaire	\N	0
36250	1900	1000	2024-12-06 14:00:00	78	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
36300	1900	1000	2024-08-02 16:00:00	90	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
36350	1900	1000	2024-08-12 12:00:00	85	HOME_VISIT	3	Suivi budgétaire	\N	0
36400	1900	1000	2024-07-29 14:00:00	64	HOME_VISIT	3	Suivi budgétaire	\N	0
36450	1900	1000	2024-12-09 10:00:00	40	HOME_VISIT	3	Suivi budgétaire	\N	0
36500	1900	1000	2024-12-09 14:00:00	56	PHONE_CALL	3	Suivi budgétaire	\N	0
36550	1900	1000	2024-08-17 15:00:00	70	PHONE_CALL	3	Suivi budgétaire	\N	0
36600	1900	1000	2024-07-14 14:00:00	36	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
36650	1900	1000	2024-08-21 12:00:00	35	HOME_VISIT	3	Suivi budgétaire	\N	0
36700	1900	1000	2024-10-14 14:00:00	96	PHONE_CALL	3	Suivi budgétaire	\N	0
36750	1900	1000	2024-11-09 14:00:00	117	PHONE_CALL	3	Suivi budgétaire	\N	0
36800	1900	1000	2024-12-18 10:00:00	92	HOME_VISIT	3	Suivi budgétaire	\N	0
36850	1900	1000	2024-07-17 11:00:00	73	HOME_VISIT	3	Suivi budgétaire	\N	0
36900	1900	1000	2024-08-31 14:00:00	43	PHONE_CALL	3	Suivi budgétaire	\N	0
36950	1900	1000	2024-09-08 15:00:00	95	HOME_VISIT	3	Suivi budgétaire	\N	0
37000	1900	1000	2024-12-14 14:00:00	42	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
37050	1900	1000	2024-10-19 15:00:00	101	PHONE_CALL	3	Suivi budgétaire	\N	0
37100	1950	1000	2021-07-09 13:00:00	113	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
37150	1950	1000	2021-08-22 15:00:00	106	HOME_VISIT	3	Suivi budgétaire	\N	0
37200	1950	1000	2021-06-23 09:00:00	108	PHONE_CALL	3	Suivi budgétaire	\N	0
37250	1950	1000	2021-07-30 16:00:00	81	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
37300	1950	1000	2021-04-30 16:00:00	30	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
37350	1950	1000	2021-08-03 09:00:00	119	HOME_VISIT	3	Suivi budgétaire	\N	0
37400	1950	1000	2021-06-12 16:00:00	119	HOME_VISIT	3	Suivi budgétaire	\N	0
37450	1950	1000	2021-10-17 10:00:00	75	HOME_VISIT	3	Suivi budgétaire	\N	0
37500	1950	1000	2021-09-07 15:00:00	47	PHONE_CALL	3	Suivi budgétaire	\N	0
37550	1950	1000	2021-10-10 12:00:00	90	PHONE_CALL	3	Suivi budgétaire	\N	0
37600	1950	1000	2021-10-01 14:00:00	111	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
37650	1950	1000	2021-05-02 10:00:00	107	HOME_VISIT	3	Suivi budgétaire	\N	0
37700	1950	1000	2021-10-30 13:00:00	32	PHONE_CALL	3	Suivi budgétaire	\N	0
37750	1950	1000	2021-09-11 12:00:00	90	PHONE_CALL	3	Suivi budgétaire	\N	0
37800	1950	1000	2021-08-24 13:00:00	104	HOME_VISIT	3	Suivi budgétaire	\N	0
37850	1950	1000	2021-09-02 13:00:00	108	HOME_VISIT	3	Suivi budgétaire	\N	0
37900	1950	1000	2021-05-10 09:00:00	72	PHONE_CALL	3	Suivi budgétaire	\N	0
37950	1950	1000	2021-07-31 10:00:00	99	HOME_VISIT	3	Suivi budgétaire	\N	0
38000	1950	1000	2021-05-21 14:00:00	45	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
38050	1950	1000	2021-05-01 09:00:00	73	PHONE_CALL	3	Suivi budgétaire	\N	0
38100	2000	1050	2024-11-14 11:00:00	112	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
38150	2000	1050	2024-12-30 16:00:00	106	HOME_VISIT	3	Suivi budgétaire	\N	0
38200	2000	1050	2024-12-13 15:00:00	104	PHONE_CALL	3	Suivi budgétaire	\N	0
38250	2000	1050	2026-01-28 11:00:00	108	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
38300	2000	1050	2026-05-17 10:00:00	81	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
38350	2000	1050	2026-08-09 12:00:00	92	HOME_VISIT	3	Suivi budgétaire	\N	0
38400	2000	1050	2025-03-06 11:00:00	83	HOME_VISIT	3	Suivi budgétaire	\N	0
38450	2000	1050	2024-11-22 11:00:00	79	HOME_VISIT	3	Suivi budgétaire	\N	0
38500	2000	1050	2026-09-27 11:00:00	60	PHONE_CALL	3	Suivi budgétaire	\N	0
38550	2000	1050	2025-03-13 11:00:00	52	PHONE_CALL	3	Suivi budgétaire	\N	0
38600	2000	1050	2025-03-12 13:00:00	100	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
38650	2000	1050	2024-12-14 14:00:00	41	HOME_VISIT	3	Suivi budgétaire	\N	0
38700	2000	1050	2026-04-18 10:00:00	108	PHONE_CALL	3	Suivi budgétaire	\N	0
38750	2000	1050	2026-05-23 09:00:00	60	PHONE_CALL	3	Suivi budgétaire	\N	0
38800	2000	1050	2026-01-13 13:00:00	72	HOME_VISIT	3	Suivi budgétaire	\N	0
38850	2000	1050	2025-09-22 13:00:00	99	HOME_VISIT	3	Suivi budgétaire	\N	0
38900	2000	1050	2025-07-02 14:00:00	42	PHONE_CALL	3	Suivi budgétaire	\N	0
38950	2000	1050	2026-10-28 15:00:00	51	HOME_VISIT	3	Suivi budgétaire	\N	0
39000	2000	1050	2026-04-24 11:00:00	46	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
39050	2000	1050	2024-12-07 12:00:00	55	PHONE_CALL	3	Suivi budgétaire	\N	0
39100	2050	1050	2021-05-10 15:00:00	50	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
39150	2050	1050	2025-10-06 13:00:00	52	HOME_VISIT	3	Suivi budgétaire	\N	0
39200	2050	1050	2023-09-03 09:00:00	67	PHONE_CALL	3	Suivi budgétaire	\N	0
39250	2050	1050	2024-06-21 15:00:00	77	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
39300	2050	1050	2026-01-30 12:00:00	55	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
39350	2050	1050	2025-09-02 16:00:00	98	HOME_VISIT	3	Suivi budgétaire	\N	0
39400	2050	1050	2023-02-08 10:00:00	30	HOME_VISIT	3	Suivi budgétaire	\N	0
39450	2050	1050	2025-05-31 11:00:00	45	HOME_VISIT	3	Suivi budgétaire	\N	0
39500	2050	1050	2024-08-15 11:00:00	96	PHONE_CALL	3	Suivi budgétaire	\N	0
39550	2050	1050	2025-08-22 16:00:00	59	PHONE_CALL	3	Suivi budgétaire	\N	0
39600	2050	1050	2025-04-22 12:00:00	71	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
39650	2050	1050	2021-12-22 15:00:00	72	HOME_VISIT	3	Suivi budgétaire	\N	0
39700	2050	1050	2025-10-13 09:00:00	60	PHONE_CALL	3	Suivi budgétaire	\N	0
39750	2050	1050	2025-01-05 10:00:00	31	PHONE_CALL	3	Suivi budgétaire	\N	0
39800	2050	1050	2023-11-26 10:00:00	45	HOME_VISIT	3	Suivi budgétaire	\N	0
39850	2050	1050	2022-11-14 11:00:00	64	HOME_VISIT	3	Suivi budgétaire	\N	0
39900	2050	1050	2024-05-16 15:00:00	61	PHONE_CALL	3	Suivi budgétaire	\N	0
39950	2050	1050	2023-02-17 16:00:00	30	HOME_VISIT	3	Suivi budgétaire	\N	0
40000	2050	1050	2021-09-22 14:00:00	52	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
40050	2050	1050	2024-02-19 16:00:00	50	PHONE_CALL	3	Suivi budgétaire	\N	0
40100	2100	1100	2025-08-18 11:00:00	42	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
40150	2100	1100	2024-10-22 14:00:00	84	HOME_VISIT	3	Suivi budgétaire	\N	0
40200	2100	1100	2025-02-09 14:00:00	108	PHONE_CALL	3	Suivi budgétaire	\N	0
40250	2100	1100	2024-10-12 15:00:00	30	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
40300	2100	1100	2024-10-07 15:00:00	114	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
40350	2100	1100	2025-02-25 10:00:00	106	HOME_VISIT	3	Suivi budgétaire	\N	0
40400	2100	1100	2025-06-15 12:00:00	117	HOME_VISIT	3	Suivi budgétaire	\N	0
40450	2100	1100	2024-11-17 10:00:00	99	HOME_VISIT	3	Suivi budgétaire	\N	0
40500	2100	1100	2024-08-24 14:00:00	66	PHONE_CALL	3	Suivi budgétaire	\N	0
40550	2100	1100	2025-03-20 15:00:00	103	PHONE_CALL	3	Suivi budgétaire	\N	0
40600	2100	1100	2024-12-31 10:00:00	51	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
40650	2100	1100	2024-08-25 15:00:00	79	HOME_VISIT	3	Suivi budgétaire	\N	0
40700	2100	1100	2024-09-19 10:00:00	41	PHONE_CALL	3	Suivi budgétaire	\N	0
40750	2100	1100	2024-11-16 10:00:00	67	PHONE_CALL	3	Suivi budgétaire	\N	0
40800	2100	1100	2025-03-12 10:00:00	42	HOME_VISIT	3	Suivi budgétaire	\N	0
40850	2100	1100	2025-05-03 12:00:00	37	HOME_VISIT	3	Suivi budgétaire	\N	0
40900	2100	1100	2024-10-30 12:00:00	48	PHONE_CALL	3	Suivi budgétaire	\N	0
40950	2100	1100	2025-05-09 15:00:00	116	HOME_VISIT	3	Suivi budgétaire	\N	0
41000	2100	1100	2025-05-14 12:00:00	82	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
41050	2100	1100	2024-12-01 16:00:00	110	PHONE_CALL	3	Suivi budgétaire	\N	0
41100	2150	1100	2025-11-30 10:00:00	117	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
41150	2150	1100	2023-07-08 12:00:00	62	HOME_VISIT	3	Suivi budgétaire	\N	0
41200	2150	1100	2025-07-05 11:00:00	45	PHONE_CALL	3	Suivi budgétaire	\N	0
41250	2150	1100	2022-06-11 12:00:00	64	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
41300	2150	1100	2024-01-04 14:00:00	98	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
41350	2150	1100	2023-06-16 11:00:00	79	HOME_VISIT	3	Suivi budgétaire	\N	0
41400	2150	1100	2025-09-10 12:00:00	37	HOME_VISIT	3	Suivi budgétaire	\N	0
41450	2150	1100	2024-08-14 10:00:00	104	HOME_VISIT	3	Suivi budgétaire	\N	0
41500	2150	1100	2026-02-10 12:00:00	49	PHONE_CALL	3	Suivi budgétaire	\N	0
41550	2150	1100	2022-10-09 16:00:00	68	PHONE_CALL	3	Suivi budgétaire	\N	0
41600	2150	1100	2025-02-05 13:00:00	58	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
41650	2150	1100	2022-01-04 15:00:00	92	HOME_VISIT	3	Suivi budgétaire	\N	0
41700	2150	1100	2023-11-29 13:00:00	81	PHONE_CALL	3	Suivi budgétaire	\N	0
41750	2150	1100	2023-01-26 16:00:00	56	PHONE_CALL	3	Suivi budgétaire	\N	0
41800	2150	1100	2026-10-30 15:00:00	88	HOME_VISIT	3	Suivi budgétaire	\N	0
41850	2150	1100	2025-02-09 11:00:00	107	HOME_VISIT	3	Suivi budgétaire	\N	0
41900	2150	1100	2025-02-15 16:00:00	59	PHONE_CALL	3	Suivi budgétaire	\N	0
41950	2150	1100	2025-11-29 09:00:00	110	HOME_VISIT	3	Suivi budgétaire	\N	0
42000	2150	1100	2025-03-27 10:00:00	96	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
42050	2150	1100	2025-12-04 10:00:00	109	PHONE_CALL	3	Suivi budgétaire	\N	0
42100	2200	1150	2024-10-03 15:00:00	83	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
42150	2200	1150	2024-09-13 15:00:00	32	HOME_VISIT	3	Suivi budgétaire	\N	0
42200	2200	1150	2024-09-13 14:00:00	46	PHONE_CALL	3	Suivi budgétaire	\N	0
42250	2200	1150	2024-07-26 13:00:00	78	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
42300	2200	1150	2024-08-04 10:00:00	38	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
42350	2200	1150	2024-09-02 10:00:00	70	HOME_VISIT	3	Suivi budgétaire	\N	0
42400	2200	1150	2024-07-13 09:00:00	112	HOME_VISIT	3	Suivi budgétaire	\N	0
42450	2200	1150	2024-10-17 11:00:00	36	HOME_VISIT	3	Suivi budgétaire	\N	0
42500	2200	1150	2024-09-18 12:00:00	115	PHONE_CALL	3	Suivi budgétaire	\N	0
42550	2200	1150	2024-09-20 10:00:00	108	PHONE_CALL	3	Suivi budgétaire	\N	0
42600	2200	1150	2024-09-03 15:00:00	114	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
42650	2200	1150	2024-09-08 10:00:00	116	HOME_VISIT	3	Suivi budgétaire	\N	0
42700	2200	1150	2024-11-05 09:00:00	82	PHONE_CALL	3	Suivi budgétaire	\N	0
42750	2200	1150	2024-08-14 12:00:00	41	PHONE_CALL	3	Suivi budgétaire	\N	0
42800	2200	1150	2024-06-28 09:00:00	58	HOME_VISIT	3	Suivi budgétaire	\N	0
42850	2200	1150	2024-11-19 10:00:00	46	HOME_VISIT	3	Suivi budgétaire	\N	0
42900	2200	1150	2024-10-06 11:00:00	117	PHONE_CALL	3	Suivi budgétaire	\N	0
42950	2200	1150	2024-10-03 15:00:00	98	HOME_VISIT	3	Suivi budgétaire	\N	0
43000	2200	1150	2024-11-19 13:00:00	82	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
43050	2200	1150	2024-08-25 10:00:00	118	PHONE_CALL	3	Suivi budgétaire	\N	0
43100	2250	1150	2021-12-30 10:00:00	41	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
43150	2250	1150	2021-12-04 16:00:00	82	HOME_VISIT	3	Suivi budgétaire	\N	0
43200	2250	1150	2022-03-25 10:00:00	105	PHONE_CALL	3	Suivi budgétaire	\N	0
43250	2250	1150	2021-06-11 11:00:00	33	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
43300	2250	1150	2021-12-27 09:00:00	62	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
43350	2250	1150	2021-05-19 14:00:00	43	HOME_VISIT	3	Suivi budgétaire	\N	0
43400	2250	1150	2022-01-08 10:00:00	45	HOME_VISIT	3	Suivi budgétaire	\N	0
43450	2250	1150	2022-02-10 10:00:00	47	HOME_VISIT	3	Suivi budgétaire	\N	0
43500	2250	1150	2022-04-05 12:00:00	101	PHONE_CALL	3	Suivi budgétaire	\N	0
43550	2250	1150	2021-09-26 09:00:00	98	PHONE_CALL	3	Suivi budgétaire	\N	0
43600	2250	1150	2021-08-11 13:00:00	32	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
43650	2250	1150	2021-06-12 12:00:00	70	HOME_VISIT	3	Suivi budgétaire	\N	0
43700	2250	1150	2022-02-06 16:00:00	113	PHONE_CALL	3	Suivi budgétaire	\N	0
43750	2250	1150	2021-12-26 11:00:00	67	PHONE_CALL	3	Suivi budgétaire	\N	0
43800	2250	1150	2021-07-29 14:00:00	74	HOME_VISIT	3	Suivi budgétaire	\N	0
43850	2250	1150	2021-06-05 15:00:00	115	HOME_VISIT	3	Suivi budgétaire	\N	0
43900	2250	1150	2021-11-09 15:00:00	51	PHONE_CALL	3	Suivi budgétaire	\N	0
43950	2250	1150	2022-02-20 14:00:00	67	HOME_VISIT	3	Suivi budgétaire	\N	0
44000	2250	1150	2022-02-13 14:00:00	74	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
44050	2250	1150	2021-07-15 10:00:00	74	PHONE_CALL	3	Suivi budgétaire	\N	0
44100	2300	1200	2024-11-20 12:00:00	116	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
44150	2300	1200	2024-08-19 11:00:00	31	HOME_VISIT	3	Suivi budgétaire	\N	0
44200	2300	1200	2024-07-01 12:00:00	96	PHONE_CALL	3	Suivi budgétaire	\N	0
44250	2300	1200	2024-09-13 11:00:00	84	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
44300	2300	1200	2024-09-05 13:00:00	68	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
44350	2300	1200	2024-09-24 12:00:00	38	HOME_VISIT	3	Suivi budgétaire	\N	0
44400	2300	1200	2024-11-15 09:00:00	69	HOME_VISIT	3	Suivi budgétaire	\N	0
44450	2300	1200	2024-07-09 09:00:00	117	HOME_VISIT	3	Suivi budgétaire	\N	0
44500	2300	1200	2024-10-18 16:00:00	99	PHONE_CALL	3	Suivi budgétaire	\N	0
44550	2300	1200	2024-08-25 09:00:00	115	PHONE_CALL	3	Suivi budgétaire	\N	0
44600	2300	1200	2024-07-09 15:00:00	75	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
44650	2300	1200	2024-11-22 14:00:00	84	HOME_VISIT	3	Suivi budgétaire	\N	0
44700	2300	1200	2024-09-28 09:00:00	113	PHONE_CALL	3	Suivi budgétaire	\N	0
44750	2300	1200	2024-10-26 11:00:00	54	PHONE_CALL	3	Suivi budgétaire	\N	0
44800	2300	1200	2024-08-26 10:00:00	34	HOME_VISIT	3	Suivi budgétaire	\N	0
44850	2300	1200	2024-08-11 13:00:00	31	HOME_VISIT	3	Suivi budgétaire	\N	0
44900	2300	1200	2024-11-17 14:00:00	33	PHONE_CALL	3	Suivi budgétaire	\N	0
44950	2300	1200	2024-10-23 09:00:00	78	HOME_VISIT	3	Suivi budgétaire	\N	0
45000	2300	1200	2024-09-12 10:00:00	68	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
45050	2300	1200	2024-10-28 13:00:00	108	PHONE_CALL	3	Suivi budgétaire	\N	0
45100	2350	1200	2021-06-18 11:00:00	35	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
45150	2350	1200	2021-08-07 13:00:00	60	HOME_VISIT	3	Suivi budgétaire	\N	0
45200	2350	1200	2021-06-13 10:00:00	83	PHONE_CALL	3	Suivi budgétaire	\N	0
45250	2350	1200	2021-12-28 13:00:00	50	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
45300	2350	1200	2022-03-21 15:00:00	100	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
45350	2350	1200	2022-04-25 09:00:00	75	HOME_VISIT	3	Suivi budgétaire	\N	0
45400	2350	1200	2021-10-16 09:00:00	96	HOME_VISIT	3	Suivi budgétaire	\N	0
45450	2350	1200	2021-11-12 11:00:00	88	HOME_VISIT	3	Suivi budgétaire	\N	0
45500	2350	1200	2022-04-11 11:00:00	111	PHONE_CALL	3	Suivi budgétaire	\N	0
45550	2350	1200	2021-05-09 14:00:00	68	PHONE_CALL	3	Suivi budgétaire	\N	0
45600	2350	1200	2021-06-04 16:00:00	79	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
45650	2350	1200	2022-03-05 11:00:00	34	HOME_VISIT	3	Suivi budgétaire	\N	0
45700	2350	1200	2021-09-27 13:00:00	71	PHONE_CALL	3	Suivi budgétaire	\N	0
45750	2350	1200	2021-11-05 16:00:00	46	PHONE_CALL	3	Suivi budgétaire	\N	0
45800	2350	1200	2021-05-24 16:00:00	42	HOME_VISIT	3	Suivi budgétaire	\N	0
45850	2350	1200	2022-02-20 16:00:00	45	HOME_VISIT	3	Suivi budgétaire	\N	0
45900	2350	1200	2021-06-30 09:00:00	61	PHONE_CALL	3	Suivi budgétaire	\N	0
45950	2350	1200	2021-05-31 15:00:00	63	HOME_VISIT	3	Suivi budgétaire	\N	0
46000	2350	1200	2021-06-05 10:00:00	100	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
46050	2350	1200	2021-12-21 12:00:00	65	PHONE_CALL	3	Suivi budgétaire	\N	0
46100	2400	1250	2024-08-28 09:00:00	75	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
46150	2400	1250	2024-07-29 16:00:00	119	HOME_VISIT	3	Suivi budgétaire	\N	0
46200	2400	1250	2024-07-25 09:00:00	104	PHONE_CALL	3	Suivi budgétaire	\N	0
46250	2400	1250	2024-09-18 12:00:00	36	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
46300	2400	1250	2024-06-30 09:00:00	49	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
46350	2400	1250	2024-09-11 12:00:00	105	HOME_VISIT	3	Suivi budgétaire	\N	0
46400	2400	1250	2024-08-09 14:00:00	67	HOME_VISIT	3	Suivi budgétaire	\N	0
46450	2400	1250	2024-06-28 11:00:00	65	HOME_VISIT	3	Suivi budgétaire	\N	0
46500	2400	1250	2024-10-04 10:00:00	54	PHONE_CALL	3	Suivi budgétaire	\N	0
46550	2400	1250	2024-08-10 12:00:00	104	PHONE_CALL	3	Suivi budgétaire	\N	0
46600	2400	1250	2024-09-14 14:00:00	53	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
46650	2400	1250	2024-07-16 09:00:00	114	HOME_VISIT	3	Suivi budgétaire	\N	0
46700	2400	1250	2024-09-14 13:00:00	62	PHONE_CALL	3	Suivi budgétaire	\N	0
46750	2400	1250	2024-07-23 10:00:00	72	PHONE_CALL	3	Suivi budgétaire	\N	0
46800	2400	1250	2024-08-29 15:00:00	46	HOME_VISIT	3	Suivi budgétaire	\N	0
46850	2400	1250	2024-07-30 10:00:00	110	HOME_VISIT	3	Suivi budgétaire	\N	0
46900	2400	1250	2024-09-10 15:00:00	36	PHONE_CALL	3	Suivi budgétaire	\N	0
46950	2400	1250	2024-09-30 12:00:00	60	HOME_VISIT	3	Suivi budgétaire	\N	0
47000	2400	1250	2024-08-21 13:00:00	45	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
47050	2400	1250	2024-09-20 13:00:00	98	PHONE_CALL	3	Suivi budgétaire	\N	0
47100	2450	1250	2021-05-22 14:00:00	87	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
47150	2450	1250	2022-06-24 14:00:00	56	HOME_VISIT	3	Suivi budgétaire	\N	0
47200	2450	1250	2022-07-02 09:00:00	95	PHONE_CALL	3	Suivi budgétaire	\N	0
47250	2450	1250	2021-07-24 09:00:00	116	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
47300	2450	1250	2022-01-19 13:00:00	62	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
47350	2450	1250	2023-01-16 15:00:00	46	HOME_VISIT	3	Suivi budgétaire	\N	0
47400	2450	1250	2021-05-27 10:00:00	112	HOME_VISIT	3	Suivi budgétaire	\N	0
47450	2450	1250	2021-11-24 11:00:00	65	HOME_VISIT	3	Suivi budgétaire	\N	0
47500	2450	1250	2021-11-24 09:00:00	52	PHONE_CALL	3	Suivi budgétaire	\N	0
47550	2450	1250	2022-01-03 11:00:00	116	PHONE_CALL	3	Suivi budgétaire	\N	0
47600	2450	1250	2022-07-19 11:00:00	51	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
47650	2450	1250	2021-06-30 15:00:00	85	HOME_VISIT	3	Suivi budgétaire	\N	0
47700	2450	1250	2022-01-19 09:00:00	94	PHONE_CALL	3	Suivi budgétaire	\N	0
47750	2450	1250	2022-12-14 14:00:00	115	PHONE_CALL	3	Suivi budgétaire	\N	0
47800	2450	1250	2021-12-06 16:00:00	88	HOME_VISIT	3	Suivi budgétaire	\N	0
47850	2450	1250	2022-10-12 14:00:00	94	HOME_VISIT	3	Suivi budgétaire	\N	0
47900	2450	1250	2021-09-03 16:00:00	113	PHONE_CALL	3	Suivi budgétaire	\N	0
47950	2450	1250	2022-08-25 14:00:00	106	HOME_VISIT	3	Suivi budgétaire	\N	0
48000	2450	1250	2021-05-12 10:00:00	40	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
48050	2450	1250	2022-01-17 09:00:00	34	PHONE_CALL	3	Suivi budgétaire	\N	0
48100	2500	1300	2026-03-14 09:00:00	42	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
48150	2500	1300	2026-02-21 09:00:00	80	HOME_VISIT	3	Suivi budgétaire	\N	0
48200	2500	1300	2024-12-18 15:00:00	74	PHONE_CALL	3	Suivi budgétaire	\N	0
48250	2500	1300	2026-07-03 09:00:00	110	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
48300	2500	1300	2025-11-30 16:00:00	108	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
48350	2500	1300	2026-07-14 10:00:00	34	HOME_VISIT	3	Suivi budgétaire	\N	0
48400	2500	1300	2025-07-21 09:00:00	76	HOME_VISIT	3	Suivi budgétaire	\N	0
48450	2500	1300	2025-09-25 09:00:00	108	HOME_VISIT	3	Suivi budgétaire	\N	0
48500	2500	1300	2026-04-01 13:00:00	90	PHONE_CALL	3	Suivi budgétaire	\N	0
48550	2500	1300	2024-09-25 10:00:00	71	PHONE_CALL	3	Suivi budgétaire	\N	0
48600	2500	1300	2024-11-25 15:00:00	86	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
48650	2500	1300	2024-11-22 11:00:00	53	HOME_VISIT	3	Suivi budgétaire	\N	0
48700	2500	1300	2024-10-10 10:00:00	113	PHONE_CALL	3	Suivi budgétaire	\N	0
48750	2500	1300	2025-06-13 13:00:00	116	PHONE_CALL	3	Suivi budgétaire	\N	0
48800	2500	1300	2026-02-28 10:00:00	55	HOME_VISIT	3	Suivi budgétaire	\N	0
48850	2500	1300	2026-01-11 09:00:00	102	HOME_VISIT	3	Suivi budgétaire	\N	0
48900	2500	1300	2025-05-10 16:00:00	89	PHONE_CALL	3	Suivi budgétaire	\N	0
48950	2500	1300	2025-12-20 16:00:00	100	HOME_VISIT	3	Suivi budgétaire	\N	0
49000	2500	1300	2025-03-23 12:00:00	31	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
49050	2500	1300	2025-01-31 14:00:00	62	PHONE_CALL	3	Suivi budgétaire	\N	0
49100	2550	1300	2026-08-05 11:00:00	67	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
49150	2550	1300	2026-03-17 14:00:00	44	HOME_VISIT	3	Suivi budgétaire	\N	0
49200	2550	1300	2025-09-19 14:00:00	38	PHONE_CALL	3	Suivi budgétaire	\N	0
49250	2550	1300	2022-02-06 13:00:00	81	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
49300	2550	1300	2026-02-27 15:00:00	52	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
49350	2550	1300	2026-10-13 10:00:00	104	HOME_VISIT	3	Suivi budgétaire	\N	0
49400	2550	1300	2022-03-10 15:00:00	106	HOME_VISIT	3	Suivi budgétaire	\N	0
49450	2550	1300	2025-01-04 16:00:00	55	HOME_VISIT	3	Suivi budgétaire	\N	0
49500	2550	1300	2024-05-10 14:00:00	59	PHONE_CALL	3	Suivi budgétaire	\N	0
49550	2550	1300	2025-05-23 11:00:00	105	PHONE_CALL	3	Suivi budgétaire	\N	0
49600	2550	1300	2022-08-30 16:00:00	119	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
49650	2550	1300	2025-09-17 12:00:00	75	HOME_VISIT	3	Suivi budgétaire	\N	0
49700	2550	1300	2023-06-13 09:00:00	118	PHONE_CALL	3	Suivi budgétaire	\N	0
49750	2550	1300	2026-01-22 16:00:00	90	PHONE_CALL	3	Suivi budgétaire	\N	0
49800	2550	1300	2023-03-29 12:00:00	88	HOME_VISIT	3	Suivi budgétaire	\N	0
49850	2550	1300	2022-08-17 13:00:00	76	HOME_VISIT	3	Suivi budgétaire	\N	0
49900	2550	1300	2026-06-29 09:00:00	40	PHONE_CALL	3	Suivi budgétaire	\N	0
49950	2550	1300	2023-07-11 13:00:00	46	HOME_VISIT	3	Suivi budgétaire	\N	0
50000	2550	1300	2024-11-28 16:00:00	72	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
50050	2550	1300	2023-05-15 15:00:00	95	PHONE_CALL	3	Suivi budgétaire	\N	0
50100	2600	1350	2025-05-19 16:00:00	40	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
50150	2600	1350	2025-12-08 16:00:00	102	HOME_VISIT	3	Suivi budgétaire	\N	0
50200	2600	1350	2024-10-13 14:00:00	74	PHONE_CALL	3	Suivi budgétaire	\N	0
50250	2600	1350	2024-11-29 16:00:00	91	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
50300	2600	1350	2025-06-05 16:00:00	42	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
50350	2600	1350	2025-04-24 13:00:00	79	HOME_VISIT	3	Suivi budgétaire	\N	0
50400	2600	1350	2025-08-08 16:00:00	73	HOME_VISIT	3	Suivi budgétaire	\N	0
50450	2600	1350	2025-12-30 09:00:00	36	HOME_VISIT	3	Suivi budgétaire	\N	0
50500	2600	1350	2024-09-26 14:00:00	94	PHONE_CALL	3	Suivi budgétaire	\N	0
50550	2600	1350	2025-11-20 12:00:00	74	PHONE_CALL	3	Suivi budgétaire	\N	0
50600	2600	1350	2025-04-16 16:00:00	59	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
50650	2600	1350	2025-02-06 11:00:00	81	HOME_VISIT	3	Suivi budgétaire	\N	0
50700	2600	1350	2026-01-05 14:00:00	119	PHONE_CALL	3	Suivi budgétaire	\N	0
50750	2600	1350	2025-05-13 14:00:00	108	PHONE_CALL	3	Suivi budgétaire	\N	0
50800	2600	1350	2025-07-11 09:00:00	44	HOME_VISIT	3	Suivi budgétaire	\N	0
50850	2600	1350	2024-11-05 15:00:00	60	HOME_VISIT	3	Suivi budgétaire	\N	0
50900	2600	1350	2024-12-10 11:00:00	46	PHONE_CALL	3	Suivi budgétaire	\N	0
50950	2600	1350	2025-01-18 15:00:00	105	HOME_VISIT	3	Suivi budgétaire	\N	0
51000	2600	1350	2025-09-23 12:00:00	67	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
51050	2600	1350	2025-08-05 16:00:00	93	PHONE_CALL	3	Suivi budgétaire	\N	0
51100	2650	1350	2022-04-04 09:00:00	104	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
51150	2650	1350	2024-10-23 12:00:00	50	HOME_VISIT	3	Suivi budgétaire	\N	0
51200	2650	1350	2024-04-21 11:00:00	68	PHONE_CALL	3	Suivi budgétaire	\N	0
51250	2650	1350	2026-02-11 11:00:00	89	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
51300	2650	1350	2024-11-30 14:00:00	103	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
51350	2650	1350	2026-06-07 15:00:00	33	HOME_VISIT	3	Suivi budgétaire	\N	0
51400	2650	1350	2023-12-22 11:00:00	69	HOME_VISIT	3	Suivi budgétaire	\N	0
51450	2650	1350	2026-07-17 09:00:00	77	HOME_VISIT	3	Suivi budgétaire	\N	0
51500	2650	1350	2025-09-03 11:00:00	42	PHONE_CALL	3	Suivi budgétaire	\N	0
51550	2650	1350	2026-08-23 11:00:00	78	PHONE_CALL	3	Suivi budgétaire	\N	0
51600	2650	1350	2024-08-24 09:00:00	49	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
51650	2650	1350	2022-09-02 11:00:00	72	HOME_VISIT	3	Suivi budgétaire	\N	0
51700	2650	1350	2021-05-28 12:00:00	101	PHONE_CALL	3	Suivi budgétaire	\N	0
51750	2650	1350	2025-10-07 16:00:00	104	PHONE_CALL	3	Suivi budgétaire	\N	0
51800	2650	1350	2026-07-10 15:00:00	69	HOME_VISIT	3	Suivi budgétaire	\N	0
51850	2650	1350	2022-08-05 09:00:00	32	HOME_VISIT	3	Suivi budgétaire	\N	0
51900	2650	1350	2023-11-14 13:00:00	107	PHONE_CALL	3	Suivi budgétaire	\N	0
51950	2650	1350	2026-10-13 10:00:00	110	HOME_VISIT	3	Suivi budgétaire	\N	0
52000	2650	1350	2023-04-15 14:00:00	40	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
52050	2650	1350	2021-09-24 14:00:00	76	PHONE_CALL	3	Suivi budgétaire	\N	0
52100	2700	1400	2024-08-13 12:00:00	71	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
52150	2700	1400	2024-11-14 14:00:00	96	HOME_VISIT	3	Suivi budgétaire	\N	0
52200	2700	1400	2024-10-25 09:00:00	108	PHONE_CALL	3	Suivi budgétaire	\N	0
52250	2700	1400	2024-10-08 13:00:00	104	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
52300	2700	1400	2024-07-06 12:00:00	115	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
52350	2700	1400	2024-08-18 15:00:00	59	HOME_VISIT	3	Suivi budgétaire	\N	0
52400	2700	1400	2024-09-22 16:00:00	47	HOME_VISIT	3	Suivi budgétaire	\N	0
52450	2700	1400	2024-11-15 14:00:00	101	HOME_VISIT	3	Suivi budgétaire	\N	0
52500	2700	1400	2024-10-16 09:00:00	54	PHONE_CALL	3	Suivi budgétaire	\N	0
52550	2700	1400	2024-09-08 16:00:00	32	PHONE_CALL	3	Suivi budgétaire	\N	0
52600	2700	1400	2024-12-04 11:00:00	111	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
52650	2700	1400	2024-08-18 11:00:00	42	HOME_VISIT	3	Suivi budgétaire	\N	0
52700	2700	1400	2024-08-13 15:00:00	59	PHONE_CALL	3	Suivi budgétaire	\N	0
52750	2700	1400	2024-07-16 13:00:00	108	PHONE_CALL	3	Suivi budgétaire	\N	0
52800	2700	1400	2024-10-09 16:00:00	48	HOME_VISIT	3	Suivi budgétaire	\N	0
52850	2700	1400	2024-06-28 15:00:00	102	HOME_VISIT	3	Suivi budgétaire	\N	0
52900	2700	1400	2024-09-29 12:00:00	109	PHONE_CALL	3	Suivi budgétaire	\N	0
52950	2700	1400	2024-10-28 11:00:00	30	HOME_VISIT	3	Suivi budgétaire	\N	0
53000	2700	1400	2024-11-21 12:00:00	77	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
53050	2700	1400	2024-10-01 12:00:00	49	PHONE_CALL	3	Suivi budgétaire	\N	0
53100	2750	1400	2022-04-09 09:00:00	91	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
53150	2750	1400	2022-05-28 14:00:00	74	HOME_VISIT	3	Suivi budgétaire	\N	0
53200	2750	1400	2021-06-27 09:00:00	85	PHONE_CALL	3	Suivi budgétaire	\N	0
53250	2750	1400	2021-05-02 12:00:00	114	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
53300	2750	1400	2022-04-24 10:00:00	35	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
53350	2750	1400	2021-12-03 11:00:00	82	HOME_VISIT	3	Suivi budgétaire	\N	0
53400	2750	1400	2021-05-02 16:00:00	90	HOME_VISIT	3	Suivi budgétaire	\N	0
53450	2750	1400	2021-10-12 11:00:00	117	HOME_VISIT	3	Suivi budgétaire	\N	0
53500	2750	1400	2021-08-23 10:00:00	105	PHONE_CALL	3	Suivi budgétaire	\N	0
53550	2750	1400	2021-08-10 12:00:00	44	PHONE_CALL	3	Suivi budgétaire	\N	0
53600	2750	1400	2021-12-12 16:00:00	65	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
53650	2750	1400	2022-05-02 16:00:00	116	HOME_VISIT	3	Suivi budgétaire	\N	0
53700	2750	1400	2021-11-01 11:00:00	82	PHONE_CALL	3	Suivi budgétaire	\N	0
53750	2750	1400	2021-11-30 12:00:00	56	PHONE_CALL	3	Suivi budgétaire	\N	0
53800	2750	1400	2021-09-23 15:00:00	48	HOME_VISIT	3	Suivi budgétaire	\N	0
53850	2750	1400	2021-06-27 14:00:00	69	HOME_VISIT	3	Suivi budgétaire	\N	0
53900	2750	1400	2021-06-24 16:00:00	49	PHONE_CALL	3	Suivi budgétaire	\N	0
53950	2750	1400	2021-05-09 15:00:00	103	HOME_VISIT	3	Suivi budgétaire	\N	0
54000	2750	1400	2021-08-08 09:00:00	61	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
54050	2750	1400	2021-06-04 12:00:00	34	PHONE_CALL	3	Suivi budgétaire	\N	0
54100	2800	1450	2025-08-16 10:00:00	72	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
54150	2800	1450	2025-03-16 13:00:00	70	HOME_VISIT	3	Suivi budgétaire	\N	0
54200	2800	1450	2024-08-13 09:00:00	111	PHONE_CALL	3	Suivi budgétaire	\N	0
54250	2800	1450	2025-07-29 11:00:00	43	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
54300	2800	1450	2024-08-01 14:00:00	75	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
54350	2800	1450	2024-11-09 16:00:00	69	HOME_VISIT	3	Suivi budgétaire	\N	0
54400	2800	1450	2025-02-28 10:00:00	78	HOME_VISIT	3	Suivi budgétaire	\N	0
54450	2800	1450	2025-05-12 15:00:00	56	HOME_VISIT	3	Suivi budgétaire	\N	0
54500	2800	1450	2024-11-30 11:00:00	75	PHONE_CALL	3	Suivi budgétaire	\N	0
54550	2800	1450	2024-10-11 15:00:00	59	PHONE_CALL	3	Suivi budgétaire	\N	0
54600	2800	1450	2024-12-07 10:00:00	62	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
54650	2800	1450	2025-06-03 09:00:00	48	HOME_VISIT	3	Suivi budgétaire	\N	0
54700	2800	1450	2025-05-25 14:00:00	55	PHONE_CALL	3	Suivi budgétaire	\N	0
54750	2800	1450	2024-08-17 16:00:00	78	PHONE_CALL	3	Suivi budgétaire	\N	0
54800	2800	1450	2025-05-01 14:00:00	68	HOME_VISIT	3	Suivi budgétaire	\N	0
54850	2800	1450	2024-09-26 14:00:00	95	HOME_VISIT	3	Suivi budgétaire	\N	0
54900	2800	1450	2025-01-27 15:00:00	83	PHONE_CALL	3	Suivi budgétaire	\N	0
54950	2800	1450	2025-06-14 16:00:00	91	HOME_VISIT	3	Suivi budgétaire	\N	0
55000	2800	1450	2025-05-06 13:00:00	112	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
55050	2800	1450	2024-11-18 10:00:00	113	PHONE_CALL	3	Suivi budgétaire	\N	0
55100	2850	1450	2022-01-17 13:00:00	58	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
55150	2850	1450	2022-02-03 16:00:00	93	HOME_VISIT	3	Suivi budgétaire	\N	0
55200	2850	1450	2022-02-11 13:00:00	48	PHONE_CALL	3	Suivi budgétaire	\N	0
55250	2850	1450	2021-12-29 11:00:00	48	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
55300	2850	1450	2021-07-28 16:00:00	46	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
55350	2850	1450	2021-11-07 09:00:00	112	HOME_VISIT	3	Suivi budgétaire	\N	0
55400	2850	1450	2021-08-05 12:00:00	106	HOME_VISIT	3	Suivi budgétaire	\N	0
55450	2850	1450	2022-03-14 11:00:00	96	HOME_VISIT	3	Suivi budgétaire	\N	0
55500	2850	1450	2021-07-13 10:00:00	110	PHONE_CALL	3	Suivi budgétaire	\N	0
55550	2850	1450	2022-05-19 16:00:00	97	PHONE_CALL	3	Suivi budgétaire	\N	0
55600	2850	1450	2021-09-20 13:00:00	47	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
55650	2850	1450	2021-07-17 10:00:00	42	HOME_VISIT	3	Suivi budgétaire	\N	0
55700	2850	1450	2021-10-09 16:00:00	109	PHONE_CALL	3	Suivi budgétaire	\N	0
55750	2850	1450	2021-05-25 09:00:00	54	PHONE_CALL	3	Suivi budgétaire	\N	0
55800	2850	1450	2022-03-16 09:00:00	80	HOME_VISIT	3	Suivi budgétaire	\N	0
55850	2850	1450	2022-04-19 15:00:00	116	HOME_VISIT	3	Suivi budgétaire	\N	0
55900	2850	1450	2022-08-04 09:00:00	99	PHONE_CALL	3	Suivi budgétaire	\N	0
55950	2850	1450	2021-08-01 13:00:00	117	HOME_VISIT	3	Suivi budgétaire	\N	0
56000	2850	1450	2022-04-02 09:00:00	34	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
56050	2850	1450	2021-06-02 14:00:00	112	PHONE_CALL	3	Suivi budgétaire	\N	0
56100	2900	1500	2024-07-11 12:00:00	78	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
56150	2900	1500	2025-07-06 13:00:00	108	HOME_VISIT	3	Suivi budgétaire	\N	0
56200	2900	1500	2024-10-10 10:00:00	53	PHONE_CALL	3	Suivi budgétaire	\N	0
56250	2900	1500	2025-03-18 13:00:00	65	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
56300	2900	1500	2025-10-30 09:00:00	59	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
56350	2900	1500	2024-12-18 09:00:00	34	HOME_VISIT	3	Suivi budgétaire	\N	0
56400	2900	1500	2025-04-10 09:00:00	30	HOME_VISIT	3	Suivi budgétaire	\N	0
56450	2900	1500	2025-03-11 12:00:00	47	HOME_VISIT	3	Suivi budgétaire	\N	0
56500	2900	1500	2024-10-04 09:00:00	114	PHONE_CALL	3	Suivi budgétaire	\N	0
56550	2900	1500	2025-01-02 10:00:00	57	PHONE_CALL	3	Suivi budgétaire	\N	0
56600	2900	1500	2024-11-15 09:00:00	48	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
56650	2900	1500	2024-09-30 15:00:00	118	HOME_VISIT	3	Suivi budgétaire	\N	0
56700	2900	1500	2025-09-23 10:00:00	72	PHONE_CALL	3	Suivi budgétaire	\N	0
56750	2900	1500	2025-10-16 10:00:00	67	PHONE_CALL	3	Suivi budgétaire	\N	0
56800	2900	1500	2025-03-21 10:00:00	100	HOME_VISIT	3	Suivi budgétaire	\N	0
56850	2900	1500	2025-12-02 09:00:00	49	HOME_VISIT	3	Suivi budgétaire	\N	0
56900	2900	1500	2024-12-02 14:00:00	96	PHONE_CALL	3	Suivi budgétaire	\N	0
56950	2900	1500	2026-01-15 10:00:00	55	HOME_VISIT	3	Suivi budgétaire	\N	0
57000	2900	1500	2024-10-22 13:00:00	38	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
57050	2900	1500	2025-07-15 12:00:00	117	PHONE_CALL	3	Suivi budgétaire	\N	0
57100	2950	1500	2021-07-27 11:00:00	65	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
57150	2950	1500	2021-06-13 12:00:00	109	HOME_VISIT	3	Suivi budgétaire	\N	0
57200	2950	1500	2021-06-12 11:00:00	110	PHONE_CALL	3	Suivi budgétaire	\N	0
57250	2950	1500	2021-06-16 09:00:00	87	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
57300	2950	1500	2021-07-16 11:00:00	39	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
57350	2950	1500	2021-04-30 12:00:00	53	HOME_VISIT	3	Suivi budgétaire	\N	0
57400	2950	1500	2021-08-04 10:00:00	83	HOME_VISIT	3	Suivi budgétaire	\N	0
57450	2950	1500	2021-07-17 14:00:00	41	HOME_VISIT	3	Suivi budgétaire	\N	0
57500	2950	1500	2021-07-23 14:00:00	65	PHONE_CALL	3	Suivi budgétaire	\N	0
57550	2950	1500	2021-05-09 14:00:00	88	PHONE_CALL	3	Suivi budgétaire	\N	0
57600	2950	1500	2021-07-31 10:00:00	95	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
57650	2950	1500	2021-04-29 11:00:00	93	HOME_VISIT	3	Suivi budgétaire	\N	0
57700	2950	1500	2021-06-20 16:00:00	79	PHONE_CALL	3	Suivi budgétaire	\N	0
57750	2950	1500	2021-08-04 09:00:00	90	PHONE_CALL	3	Suivi budgétaire	\N	0
57800	2950	1500	2021-05-19 11:00:00	78	HOME_VISIT	3	Suivi budgétaire	\N	0
57850	2950	1500	2021-06-16 11:00:00	58	HOME_VISIT	3	Suivi budgétaire	\N	0
57900	2950	1500	2021-07-14 10:00:00	40	PHONE_CALL	3	Suivi budgétaire	\N	0
57950	2950	1500	2021-07-23 13:00:00	91	HOME_VISIT	3	Suivi budgétaire	\N	0
58000	2950	1500	2021-04-28 09:00:00	114	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
58050	2950	1500	2021-05-05 11:00:00	44	PHONE_CALL	3	Suivi budgétaire	\N	0
58100	3000	1550	2024-08-13 12:00:00	104	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
58150	3000	1550	2025-07-13 10:00:00	107	HOME_VISIT	3	Suivi budgétaire	\N	0
58200	3000	1550	2025-01-13 13:00:00	73	PHONE_CALL	3	Suivi budgétaire	\N	0
58250	3000	1550	2025-07-21 10:00:00	79	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
58300	3000	1550	2024-10-18 11:00:00	32	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
58350	3000	1550	2025-07-27 12:00:00	59	HOME_VISIT	3	Suivi budgétaire	\N	0
58400	3000	1550	2024-10-12 16:00:00	38	HOME_VISIT	3	Suivi budgétaire	\N	0
58450	3000	1550	2025-05-02 10:00:00	74	HOME_VISIT	3	Suivi budgétaire	\N	0
58500	3000	1550	2024-08-17 13:00:00	111	PHONE_CALL	3	Suivi budgétaire	\N	0
58550	3000	1550	2025-06-28 16:00:00	108	PHONE_CALL	3	Suivi budgétaire	\N	0
58600	3000	1550	2025-09-17 10:00:00	82	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
58650	3000	1550	2024-12-14 14:00:00	67	HOME_VISIT	3	Suivi budgétaire	\N	0
58700	3000	1550	2025-01-06 10:00:00	49	PHONE_CALL	3	Suivi budgétaire	\N	0
58750	3000	1550	2025-04-06 10:00:00	75	PHONE_CALL	3	Suivi budgétaire	\N	0
58800	3000	1550	2025-04-15 12:00:00	50	HOME_VISIT	3	Suivi budgétaire	\N	0
58850	3000	1550	2024-10-22 16:00:00	56	HOME_VISIT	3	Suivi budgétaire	\N	0
58900	3000	1550	2025-06-13 13:00:00	65	PHONE_CALL	3	Suivi budgétaire	\N	0
58950	3000	1550	2024-06-29 09:00:00	69	HOME_VISIT	3	Suivi budgétaire	\N	0
59000	3000	1550	2025-05-23 12:00:00	80	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
59050	3000	1550	2025-07-14 10:00:00	113	PHONE_CALL	3	Suivi budgétaire	\N	0
59100	3050	1550	2021-11-22 12:00:00	112	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
59150	3050	1550	2021-08-29 13:00:00	77	HOME_VISIT	3	Suivi budgétaire	\N	0
59200	3050	1550	2021-06-01 16:00:00	102	PHONE_CALL	3	Suivi budgétaire	\N	0
59250	3050	1550	2021-08-09 13:00:00	92	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
59300	3050	1550	2021-09-28 13:00:00	36	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
59350	3050	1550	2021-10-10 15:00:00	76	HOME_VISIT	3	Suivi budgétaire	\N	0
59400	3050	1550	2021-09-22 14:00:00	35	HOME_VISIT	3	Suivi budgétaire	\N	0
59450	3050	1550	2021-10-19 09:00:00	80	HOME_VISIT	3	Suivi budgétaire	\N	0
59500	3050	1550	2021-10-22 15:00:00	66	PHONE_CALL	3	Suivi budgétaire	\N	0
59550	3050	1550	2021-05-03 09:00:00	117	PHONE_CALL	3	Suivi budgétaire	\N	0
59600	3050	1550	2021-09-04 16:00:00	90	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
59650	3050	1550	2021-06-13 11:00:00	112	HOME_VISIT	3	Suivi budgétaire	\N	0
59700	3050	1550	2021-04-27 15:00:00	82	PHONE_CALL	3	Suivi budgétaire	\N	0
59750	3050	1550	2021-09-08 15:00:00	118	PHONE_CALL	3	Suivi budgétaire	\N	0
59800	3050	1550	2021-05-29 15:00:00	97	HOME_VISIT	3	Suivi budgétaire	\N	0
59850	3050	1550	2021-08-29 15:00:00	99	HOME_VISIT	3	Suivi budgétaire	\N	0
59900	3050	1550	2021-09-17 10:00:00	62	PHONE_CALL	3	Suivi budgétaire	\N	0
59950	3050	1550	2021-08-12 16:00:00	110	HOME_VISIT	3	Suivi budgétaire	\N	0
60000	3050	1550	2021-04-30 10:00:00	59	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
60050	3050	1550	2021-10-20 14:00:00	110	PHONE_CALL	3	Suivi budgétaire	\N	0
60100	3100	1600	2025-03-16 14:00:00	67	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
60150	3100	1600	2024-09-15 11:00:00	115	HOME_VISIT	3	Suivi budgétaire	\N	0
60200	3100	1600	2026-03-09 14:00:00	40	PHONE_CALL	3	Suivi budgétaire	\N	0
60250	3100	1600	2025-10-02 12:00:00	86	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
60300	3100	1600	2025-02-04 13:00:00	46	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
60350	3100	1600	2025-01-07 16:00:00	56	HOME_VISIT	3	Suivi budgétaire	\N	0
60400	3100	1600	2025-05-04 10:00:00	51	HOME_VISIT	3	Suivi budgétaire	\N	0
60450	3100	1600	2024-09-17 09:00:00	107	HOME_VISIT	3	Suivi budgétaire	\N	0
60500	3100	1600	2025-11-21 16:00:00	107	PHONE_CALL	3	Suivi budgétaire	\N	0
60550	3100	1600	2026-02-19 09:00:00	73	PHONE_CALL	3	Suivi budgétaire	\N	0
60600	3100	1600	2024-12-03 12:00:00	116	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
60650	3100	1600	2025-04-14 12:00:00	103	HOME_VISIT	3	Suivi budgétaire	\N	0
60700	3100	1600	2025-05-22 09:00:00	88	PHONE_CALL	3	Suivi budgétaire	\N	0
60750	3100	1600	2025-09-05 13:00:00	75	PHONE_CALL	3	Suivi budgétaire	\N	0
60800	3100	1600	2024-11-11 15:00:00	37	HOME_VISIT	3	Suivi budgétaire	\N	0
60850	3100	1600	2025-05-31 16:00:00	39	HOME_VISIT	3	Suivi budgétaire	\N	0
60900	3100	1600	2025-11-22 12:00:00	80	PHONE_CALL	3	Suivi budgétaire	\N	0
60950	3100	1600	2026-03-12 15:00:00	43	HOME_VISIT	3	Suivi budgétaire	\N	0
61000	3100	1600	2025-02-07 12:00:00	41	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
61050	3100	1600	2024-11-01 12:00:00	72	PHONE_CALL	3	Suivi budgétaire	\N	0
61100	3150	1600	2021-06-08 13:00:00	55	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
61150	3150	1600	2022-01-07 11:00:00	66	HOME_VISIT	3	Suivi budgétaire	\N	0
61200	3150	1600	2022-01-16 11:00:00	98	PHONE_CALL	3	Suivi budgétaire	\N	0
61250	3150	1600	2022-08-23 16:00:00	31	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
61300	3150	1600	2021-04-26 12:00:00	65	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
61350	3150	1600	2021-08-20 11:00:00	73	HOME_VISIT	3	Suivi budgétaire	\N	0
61400	3150	1600	2021-08-27 09:00:00	89	HOME_VISIT	3	Suivi budgétaire	\N	0
61450	3150	1600	2021-05-19 10:00:00	57	HOME_VISIT	3	Suivi budgétaire	\N	0
61500	3150	1600	2021-05-17 14:00:00	30	PHONE_CALL	3	Suivi budgétaire	\N	0
61550	3150	1600	2021-10-20 09:00:00	92	PHONE_CALL	3	Suivi budgétaire	\N	0
61600	3150	1600	2022-07-04 13:00:00	84	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
61650	3150	1600	2022-05-19 16:00:00	90	HOME_VISIT	3	Suivi budgétaire	\N	0
61700	3150	1600	2021-08-17 12:00:00	46	PHONE_CALL	3	Suivi budgétaire	\N	0
61750	3150	1600	2022-08-13 15:00:00	69	PHONE_CALL	3	Suivi budgétaire	\N	0
61800	3150	1600	2021-11-12 13:00:00	101	HOME_VISIT	3	Suivi budgétaire	\N	0
61850	3150	1600	2021-06-02 14:00:00	92	HOME_VISIT	3	Suivi budgétaire	\N	0
61900	3150	1600	2021-10-06 15:00:00	31	PHONE_CALL	3	Suivi budgétaire	\N	0
61950	3150	1600	2022-03-11 14:00:00	68	HOME_VISIT	3	Suivi budgétaire	\N	0
62000	3150	1600	2021-05-06 11:00:00	99	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
62050	3150	1600	2021-05-16 12:00:00	61	PHONE_CALL	3	Suivi budgétaire	\N	0
62100	3200	1650	2024-09-12 15:00:00	65	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
62150	3200	1650	2024-07-10 13:00:00	105	HOME_VISIT	3	Suivi budgétaire	\N	0
62200	3200	1650	2024-07-11 10:00:00	89	PHONE_CALL	3	Suivi budgétaire	\N	0
62250	3200	1650	2024-07-30 15:00:00	96	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
62300	3200	1650	2024-09-15 12:00:00	47	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
62350	3200	1650	2024-10-29 15:00:00	90	HOME_VISIT	3	Suivi budgétaire	\N	0
62400	3200	1650	2024-10-18 09:00:00	31	HOME_VISIT	3	Suivi budgétaire	\N	0
62450	3200	1650	2024-10-12 09:00:00	90	HOME_VISIT	3	Suivi budgétaire	\N	0
62500	3200	1650	2024-06-29 14:00:00	45	PHONE_CALL	3	Suivi budgétaire	\N	0
62550	3200	1650	2024-08-09 11:00:00	93	PHONE_CALL	3	Suivi budgétaire	\N	0
62600	3200	1650	2025-01-01 09:00:00	103	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
62650	3200	1650	2024-09-24 14:00:00	77	HOME_VISIT	3	Suivi budgétaire	\N	0
62700	3200	1650	2024-11-28 10:00:00	66	PHONE_CALL	3	Suivi budgétaire	\N	0
62750	3200	1650	2024-09-29 11:00:00	113	PHONE_CALL	3	Suivi budgétaire	\N	0
62800	3200	1650	2024-12-18 15:00:00	93	HOME_VISIT	3	Suivi budgétaire	\N	0
62850	3200	1650	2024-08-15 15:00:00	84	HOME_VISIT	3	Suivi budgétaire	\N	0
62900	3200	1650	2024-10-25 09:00:00	65	PHONE_CALL	3	Suivi budgétaire	\N	0
62950	3200	1650	2024-10-16 09:00:00	115	HOME_VISIT	3	Suivi budgétaire	\N	0
63000	3200	1650	2025-01-01 11:00:00	37	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
63050	3200	1650	2024-08-14 10:00:00	37	PHONE_CALL	3	Suivi budgétaire	\N	0
63100	3250	1650	2021-05-22 14:00:00	110	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
63150	3250	1650	2021-10-07 14:00:00	50	HOME_VISIT	3	Suivi budgétaire	\N	0
63200	3250	1650	2021-06-13 16:00:00	97	PHONE_CALL	3	Suivi budgétaire	\N	0
63250	3250	1650	2022-03-06 15:00:00	95	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
63300	3250	1650	2021-07-24 12:00:00	108	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
63350	3250	1650	2021-09-07 12:00:00	49	HOME_VISIT	3	Suivi budgétaire	\N	0
63400	3250	1650	2021-08-11 11:00:00	53	HOME_VISIT	3	Suivi budgétaire	\N	0
63450	3250	1650	2021-07-05 11:00:00	77	HOME_VISIT	3	Suivi budgétaire	\N	0
63500	3250	1650	2021-07-17 13:00:00	69	PHONE_CALL	3	Suivi budgétaire	\N	0
63550	3250	1650	2021-12-07 16:00:00	65	PHONE_CALL	3	Suivi budgétaire	\N	0
63600	3250	1650	2021-08-31 15:00:00	63	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
63650	3250	1650	2022-02-19 15:00:00	86	HOME_VISIT	3	Suivi budgétaire	\N	0
63700	3250	1650	2021-11-07 16:00:00	47	PHONE_CALL	3	Suivi budgétaire	\N	0
63750	3250	1650	2021-10-13 11:00:00	96	PHONE_CALL	3	Suivi budgétaire	\N	0
63800	3250	1650	2021-08-15 14:00:00	109	HOME_VISIT	3	Suivi budgétaire	\N	0
63850	3250	1650	2021-09-08 10:00:00	87	HOME_VISIT	3	Suivi budgétaire	\N	0
63900	3250	1650	2022-02-16 13:00:00	43	PHONE_CALL	3	Suivi budgétaire	\N	0
63950	3250	1650	2021-12-21 16:00:00	62	HOME_VISIT	3	Suivi budgétaire	\N	0
64000	3250	1650	2021-08-03 10:00:00	85	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
64050	3250	1650	2021-06-26 12:00:00	85	PHONE_CALL	3	Suivi budgétaire	\N	0
64100	3300	1700	2024-08-04 14:00:00	76	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
64150	3300	1700	2026-07-09 14:00:00	30	HOME_VISIT	3	Suivi budgétaire	\N	0
64200	3300	1700	2025-05-09 12:00:00	106	PHONE_CALL	3	Suivi budgétaire	\N	0
64250	3300	1700	2024-12-22 13:00:00	107	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
64300	3300	1700	2026-01-27 11:00:00	58	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
64350	3300	1700	2026-02-15 09:00:00	96	HOME_VISIT	3	Suivi budgétaire	\N	0
64400	3300	1700	2025-10-28 16:00:00	68	HOME_VISIT	3	Suivi budgétaire	\N	0
64450	3300	1700	2026-07-08 16:00:00	76	HOME_VISIT	3	Suivi budgétaire	\N	0
64500	3300	1700	2026-10-25 13:00:00	112	PHONE_CALL	3	Suivi budgétaire	\N	0
64550	3300	1700	2025-06-12 14:00:00	107	PHONE_CALL	3	Suivi budgétaire	\N	0
64600	3300	1700	2025-05-13 09:00:00	100	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
64650	3300	1700	2025-06-13 09:00:00	32	HOME_VISIT	3	Suivi budgétaire	\N	0
64700	3300	1700	2025-03-03 14:00:00	67	PHONE_CALL	3	Suivi budgétaire	\N	0
64750	3300	1700	2025-01-02 11:00:00	62	PHONE_CALL	3	Suivi budgétaire	\N	0
64800	3300	1700	2026-08-22 10:00:00	45	HOME_VISIT	3	Suivi budgétaire	\N	0
64850	3300	1700	2025-03-01 12:00:00	103	HOME_VISIT	3	Suivi budgétaire	\N	0
64900	3300	1700	2024-12-19 11:00:00	98	PHONE_CALL	3	Suivi budgétaire	\N	0
64950	3300	1700	2025-10-25 15:00:00	98	HOME_VISIT	3	Suivi budgétaire	\N	0
65000	3300	1700	2026-06-23 10:00:00	50	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
65050	3300	1700	2025-05-03 09:00:00	41	PHONE_CALL	3	Suivi budgétaire	\N	0
65100	3350	1700	2021-11-08 13:00:00	79	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
65150	3350	1700	2021-05-04 12:00:00	46	HOME_VISIT	3	Suivi budgétaire	\N	0
65200	3350	1700	2021-08-07 12:00:00	98	PHONE_CALL	3	Suivi budgétaire	\N	0
65250	3350	1700	2021-08-27 13:00:00	63	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
65300	3350	1700	2021-10-26 12:00:00	91	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
65350	3350	1700	2022-05-17 16:00:00	61	HOME_VISIT	3	Suivi budgétaire	\N	0
65400	3350	1700	2022-06-22 16:00:00	97	HOME_VISIT	3	Suivi budgétaire	\N	0
65450	3350	1700	2021-06-10 13:00:00	98	HOME_VISIT	3	Suivi budgétaire	\N	0
65500	3350	1700	2021-12-08 16:00:00	83	PHONE_CALL	3	Suivi budgétaire	\N	0
65550	3350	1700	2022-01-05 14:00:00	48	PHONE_CALL	3	Suivi budgétaire	\N	0
65600	3350	1700	2021-10-07 12:00:00	42	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
65650	3350	1700	2021-06-29 15:00:00	88	HOME_VISIT	3	Suivi budgétaire	\N	0
65700	3350	1700	2022-07-14 16:00:00	98	PHONE_CALL	3	Suivi budgétaire	\N	0
65750	3350	1700	2021-09-07 10:00:00	80	PHONE_CALL	3	Suivi budgétaire	\N	0
65800	3350	1700	2022-06-11 14:00:00	71	HOME_VISIT	3	Suivi budgétaire	\N	0
65850	3350	1700	2021-12-24 14:00:00	78	HOME_VISIT	3	Suivi budgétaire	\N	0
65900	3350	1700	2022-01-12 16:00:00	68	PHONE_CALL	3	Suivi budgétaire	\N	0
65950	3350	1700	2021-07-11 14:00:00	47	HOME_VISIT	3	Suivi budgétaire	\N	0
66000	3350	1700	2022-03-10 14:00:00	52	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
66050	3350	1700	2021-09-28 10:00:00	37	PHONE_CALL	3	Suivi budgétaire	\N	0
66100	3400	1750	2024-10-26 16:00:00	75	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
66150	3400	1750	2025-02-28 15:00:00	79	HOME_VISIT	3	Suivi budgétaire	\N	0
66200	3400	1750	2024-09-01 16:00:00	47	PHONE_CALL	3	Suivi budgétaire	\N	0
66250	3400	1750	2024-09-28 11:00:00	56	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
66300	3400	1750	2025-04-28 09:00:00	54	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
66350	3400	1750	2024-08-20 09:00:00	108	HOME_VISIT	3	Suivi budgétaire	\N	0
66400	3400	1750	2025-01-28 10:00:00	78	HOME_VISIT	3	Suivi budgétaire	\N	0
66450	3400	1750	2024-08-20 09:00:00	54	HOME_VISIT	3	Suivi budgétaire	\N	0
66500	3400	1750	2025-03-18 14:00:00	87	PHONE_CALL	3	Suivi budgétaire	\N	0
66550	3400	1750	2024-11-10 09:00:00	61	PHONE_CALL	3	Suivi budgétaire	\N	0
66600	3400	1750	2024-08-23 14:00:00	84	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
66650	3400	1750	2025-03-07 16:00:00	119	HOME_VISIT	3	Suivi budgétaire	\N	0
66700	3400	1750	2024-10-01 11:00:00	46	PHONE_CALL	3	Suivi budgétaire	\N	0
66750	3400	1750	2024-12-16 10:00:00	107	PHONE_CALL	3	Suivi budgétaire	\N	0
66800	3400	1750	2025-01-26 14:00:00	101	HOME_VISIT	3	Suivi budgétaire	\N	0
66850	3400	1750	2024-11-14 16:00:00	31	HOME_VISIT	3	Suivi budgétaire	\N	0
66900	3400	1750	2024-12-28 13:00:00	46	PHONE_CALL	3	Suivi budgétaire	\N	0
66950	3400	1750	2025-04-06 09:00:00	55	HOME_VISIT	3	Suivi budgétaire	\N	0
67000	3400	1750	2024-08-07 14:00:00	114	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
67050	3400	1750	2025-02-21 16:00:00	91	PHONE_CALL	3	Suivi budgétaire	\N	0
67100	3450	1750	2021-12-02 12:00:00	106	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
67150	3450	1750	2024-07-29 15:00:00	48	HOME_VISIT	3	Suivi budgétaire	\N	0
67200	3450	1750	2023-03-13 16:00:00	64	PHONE_CALL	3	Suivi budgétaire	\N	0
67250	3450	1750	2026-02-12 12:00:00	103	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
67300	3450	1750	2022-12-28 09:00:00	48	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
67350	3450	1750	2026-03-31 16:00:00	57	HOME_VISIT	3	Suivi budgétaire	\N	0
67400	3450	1750	2024-01-27 16:00:00	91	HOME_VISIT	3	Suivi budgétaire	\N	0
67450	3450	1750	2021-09-04 09:00:00	116	HOME_VISIT	3	Suivi budgétaire	\N	0
67500	3450	1750	2022-04-17 12:00:00	31	PHONE_CALL	3	Suivi budgétaire	\N	0
67550	3450	1750	2023-08-22 15:00:00	85	PHONE_CALL	3	Suivi budgétaire	\N	0
67600	3450	1750	2022-12-06 13:00:00	85	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
67650	3450	1750	2023-02-01 12:00:00	36	HOME_VISIT	3	Suivi budgétaire	\N	0
67700	3450	1750	2025-09-16 13:00:00	52	PHONE_CALL	3	Suivi budgétaire	\N	0
67750	3450	1750	2024-01-22 16:00:00	87	PHONE_CALL	3	Suivi budgétaire	\N	0
67800	3450	1750	2025-12-22 09:00:00	87	HOME_VISIT	3	Suivi budgétaire	\N	0
67850	3450	1750	2022-06-18 14:00:00	98	HOME_VISIT	3	Suivi budgétaire	\N	0
67900	3450	1750	2025-05-14 11:00:00	87	PHONE_CALL	3	Suivi budgétaire	\N	0
67950	3450	1750	2026-01-23 12:00:00	47	HOME_VISIT	3	Suivi budgétaire	\N	0
68000	3450	1750	2026-04-20 11:00:00	41	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
68050	3450	1750	2024-05-10 13:00:00	91	PHONE_CALL	3	Suivi budgétaire	\N	0
68100	3500	1800	2024-11-20 13:00:00	93	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
68150	3500	1800	2024-11-02 12:00:00	117	HOME_VISIT	3	Suivi budgétaire	\N	0
68200	3500	1800	2024-07-22 10:00:00	38	PHONE_CALL	3	Suivi budgétaire	\N	0
68250	3500	1800	2024-09-05 15:00:00	88	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
68300	3500	1800	2024-07-26 13:00:00	58	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
68350	3500	1800	2024-11-06 12:00:00	37	HOME_VISIT	3	Suivi budgétaire	\N	0
68400	3500	1800	2024-07-17 14:00:00	96	HOME_VISIT	3	Suivi budgétaire	\N	0
68450	3500	1800	2024-07-27 16:00:00	77	HOME_VISIT	3	Suivi budgétaire	\N	0
68500	3500	1800	2024-10-28 11:00:00	99	PHONE_CALL	3	Suivi budgétaire	\N	0
68550	3500	1800	2024-09-24 16:00:00	44	PHONE_CALL	3	Suivi budgétaire	\N	0
68600	3500	1800	2024-10-19 12:00:00	71	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
68650	3500	1800	2024-08-11 13:00:00	58	HOME_VISIT	3	Suivi budgétaire	\N	0
68700	3500	1800	2024-10-21 16:00:00	79	PHONE_CALL	3	Suivi budgétaire	\N	0
68750	3500	1800	2024-06-30 12:00:00	59	PHONE_CALL	3	Suivi budgétaire	\N	0
68800	3500	1800	2024-07-04 16:00:00	41	HOME_VISIT	3	Suivi budgétaire	\N	0
68850	3500	1800	2024-12-10 15:00:00	95	HOME_VISIT	3	Suivi budgétaire	\N	0
68900	3500	1800	2024-07-31 13:00:00	88	PHONE_CALL	3	Suivi budgétaire	\N	0
68950	3500	1800	2024-09-25 14:00:00	34	HOME_VISIT	3	Suivi budgétaire	\N	0
69000	3500	1800	2024-10-14 09:00:00	119	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
69050	3500	1800	2024-07-29 13:00:00	88	PHONE_CALL	3	Suivi budgétaire	\N	0
69100	3550	1800	2021-05-14 15:00:00	52	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
69150	3550	1800	2021-06-11 11:00:00	59	HOME_VISIT	3	Suivi budgétaire	\N	0
69200	3550	1800	2021-05-16 16:00:00	71	PHONE_CALL	3	Suivi budgétaire	\N	0
69250	3550	1800	2021-07-21 10:00:00	43	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
69300	3550	1800	2021-06-12 10:00:00	64	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
69350	3550	1800	2021-06-20 12:00:00	32	HOME_VISIT	3	Suivi budgétaire	\N	0
69400	3550	1800	2021-06-30 16:00:00	59	HOME_VISIT	3	Suivi budgétaire	\N	0
69450	3550	1800	2021-06-23 15:00:00	52	HOME_VISIT	3	Suivi budgétaire	\N	0
69500	3550	1800	2021-06-14 16:00:00	35	PHONE_CALL	3	Suivi budgétaire	\N	0
69550	3550	1800	2021-06-16 13:00:00	79	PHONE_CALL	3	Suivi budgétaire	\N	0
69600	3550	1800	2021-05-29 14:00:00	35	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
69650	3550	1800	2021-07-18 11:00:00	37	HOME_VISIT	3	Suivi budgétaire	\N	0
69700	3550	1800	2021-05-23 14:00:00	61	PHONE_CALL	3	Suivi budgétaire	\N	0
69750	3550	1800	2021-05-11 11:00:00	69	PHONE_CALL	3	Suivi budgétaire	\N	0
69800	3550	1800	2021-06-19 09:00:00	112	HOME_VISIT	3	Suivi budgétaire	\N	0
69850	3550	1800	2021-07-08 13:00:00	95	HOME_VISIT	3	Suivi budgétaire	\N	0
69900	3550	1800	2021-05-01 10:00:00	108	PHONE_CALL	3	Suivi budgétaire	\N	0
69950	3550	1800	2021-07-23 09:00:00	118	HOME_VISIT	3	Suivi budgétaire	\N	0
70000	3550	1800	2021-05-25 14:00:00	107	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
70050	3550	1800	2021-05-29 16:00:00	87	PHONE_CALL	3	Suivi budgétaire	\N	0
70100	3600	1850	2025-05-05 13:00:00	89	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
70150	3600	1850	2025-09-12 11:00:00	83	HOME_VISIT	3	Suivi budgétaire	\N	0
70200	3600	1850	2024-09-28 09:00:00	117	PHONE_CALL	3	Suivi budgétaire	\N	0
70250	3600	1850	2024-08-24 14:00:00	103	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
70300	3600	1850	2025-01-26 12:00:00	72	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
70350	3600	1850	2024-08-06 15:00:00	42	HOME_VISIT	3	Suivi budgétaire	\N	0
70400	3600	1850	2025-07-15 10:00:00	106	HOME_VISIT	3	Suivi budgétaire	\N	0
70450	3600	1850	2024-10-17 14:00:00	73	HOME_VISIT	3	Suivi budgétaire	\N	0
70500	3600	1850	2025-12-21 12:00:00	111	PHONE_CALL	3	Suivi budgétaire	\N	0
70550	3600	1850	2025-02-26 15:00:00	81	PHONE_CALL	3	Suivi budgétaire	\N	0
70600	3600	1850	2025-04-17 10:00:00	107	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
70650	3600	1850	2025-01-11 10:00:00	100	HOME_VISIT	3	Suivi budgétaire	\N	0
70700	3600	1850	2025-12-18 11:00:00	42	PHONE_CALL	3	Suivi budgétaire	\N	0
70750	3600	1850	2024-12-11 11:00:00	89	PHONE_CALL	3	Suivi budgétaire	\N	0
70800	3600	1850	2024-10-13 10:00:00	115	HOME_VISIT	3	Suivi budgétaire	\N	0
70850	3600	1850	2026-01-13 10:00:00	84	HOME_VISIT	3	Suivi budgétaire	\N	0
70900	3600	1850	2025-04-07 10:00:00	56	PHONE_CALL	3	Suivi budgétaire	\N	0
70950	3600	1850	2025-07-02 13:00:00	68	HOME_VISIT	3	Suivi budgétaire	\N	0
71000	3600	1850	2025-11-13 14:00:00	30	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
71050	3600	1850	2025-02-23 15:00:00	64	PHONE_CALL	3	Suivi budgétaire	\N	0
71100	3650	1850	2021-08-14 13:00:00	36	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
71150	3650	1850	2021-09-12 12:00:00	96	HOME_VISIT	3	Suivi budgétaire	\N	0
71200	3650	1850	2021-08-27 15:00:00	85	PHONE_CALL	3	Suivi budgétaire	\N	0
71250	3650	1850	2021-07-31 10:00:00	52	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
71300	3650	1850	2021-06-12 10:00:00	86	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
71350	3650	1850	2021-07-11 14:00:00	78	HOME_VISIT	3	Suivi budgétaire	\N	0
71400	3650	1850	2021-09-24 12:00:00	94	HOME_VISIT	3	Suivi budgétaire	\N	0
71450	3650	1850	2021-06-28 09:00:00	40	HOME_VISIT	3	Suivi budgétaire	\N	0
71500	3650	1850	2021-09-23 16:00:00	115	PHONE_CALL	3	Suivi budgétaire	\N	0
71550	3650	1850	2021-07-07 12:00:00	106	PHONE_CALL	3	Suivi budgétaire	\N	0
71600	3650	1850	2021-06-30 14:00:00	61	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
71650	3650	1850	2021-04-28 09:00:00	102	HOME_VISIT	3	Suivi budgétaire	\N	0
71700	3650	1850	2021-06-20 15:00:00	61	PHONE_CALL	3	Suivi budgétaire	\N	0
71750	3650	1850	2021-07-23 11:00:00	90	PHONE_CALL	3	Suivi budgétaire	\N	0
71800	3650	1850	2021-09-30 16:00:00	82	HOME_VISIT	3	Suivi budgétaire	\N	0
71850	3650	1850	2021-05-08 10:00:00	116	HOME_VISIT	3	Suivi budgétaire	\N	0
71900	3650	1850	2021-05-04 11:00:00	81	PHONE_CALL	3	Suivi budgétaire	\N	0
71950	3650	1850	2021-08-11 15:00:00	108	HOME_VISIT	3	Suivi budgétaire	\N	0
72000	3650	1850	2021-07-23 14:00:00	33	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
72050	3650	1850	2021-06-14 13:00:00	30	PHONE_CALL	3	Suivi budgétaire	\N	0
72100	3700	1900	2026-05-11 13:00:00	115	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
72150	3700	1900	2025-05-18 13:00:00	41	HOME_VISIT	3	Suivi budgétaire	\N	0
72200	3700	1900	2025-01-29 09:00:00	68	PHONE_CALL	3	Suivi budgétaire	\N	0
72250	3700	1900	2025-04-29 13:00:00	106	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
72300	3700	1900	2026-02-08 13:00:00	79	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
72350	3700	1900	2024-07-17 10:00:00	111	HOME_VISIT	3	Suivi budgétaire	\N	0
72400	3700	1900	2024-10-14 09:00:00	44	HOME_VISIT	3	Suivi budgétaire	\N	0
72450	3700	1900	2025-03-19 11:00:00	110	HOME_VISIT	3	Suivi budgétaire	\N	0
72500	3700	1900	2025-12-05 12:00:00	45	PHONE_CALL	3	Suivi budgétaire	\N	0
72550	3700	1900	2025-02-06 12:00:00	102	PHONE_CALL	3	Suivi budgétaire	\N	0
72600	3700	1900	2025-11-20 10:00:00	71	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
72650	3700	1900	2025-02-07 10:00:00	87	HOME_VISIT	3	Suivi budgétaire	\N	0
72700	3700	1900	2025-09-05 11:00:00	88	PHONE_CALL	3	Suivi budgétaire	\N	0
72750	3700	1900	2025-07-29 12:00:00	82	PHONE_CALL	3	Suivi budgétaire	\N	0
72800	3700	1900	2025-12-08 15:00:00	89	HOME_VISIT	3	Suivi budgétaire	\N	0
72850	3700	1900	2025-01-02 10:00:00	99	HOME_VISIT	3	Suivi budgétaire	\N	0
72900	3700	1900	2025-11-11 16:00:00	97	PHONE_CALL	3	Suivi budgétaire	\N	0
72950	3700	1900	2025-10-11 11:00:00	79	HOME_VISIT	3	Suivi budgétaire	\N	0
73000	3700	1900	2024-12-21 09:00:00	43	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
73050	3700	1900	2025-04-16 09:00:00	63	PHONE_CALL	3	Suivi budgétaire	\N	0
73100	3750	1900	2021-09-17 11:00:00	57	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
73150	3750	1900	2021-12-16 10:00:00	96	HOME_VISIT	3	Suivi budgétaire	\N	0
73200	3750	1900	2022-03-15 09:00:00	98	PHONE_CALL	3	Suivi budgétaire	\N	0
73250	3750	1900	2022-04-25 11:00:00	43	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
73300	3750	1900	2021-05-02 09:00:00	77	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
73350	3750	1900	2021-07-18 15:00:00	71	HOME_VISIT	3	Suivi budgétaire	\N	0
73400	3750	1900	2021-04-25 11:00:00	119	HOME_VISIT	3	Suivi budgétaire	\N	0
73450	3750	1900	2021-12-06 14:00:00	116	HOME_VISIT	3	Suivi budgétaire	\N	0
73500	3750	1900	2021-06-10 15:00:00	41	PHONE_CALL	3	Suivi budgétaire	\N	0
73550	3750	1900	2021-07-08 15:00:00	116	PHONE_CALL	3	Suivi budgétaire	\N	0
73600	3750	1900	2022-07-31 11:00:00	102	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
73650	3750	1900	2022-01-18 09:00:00	118	HOME_VISIT	3	Suivi budgétaire	\N	0
73700	3750	1900	2021-06-09 15:00:00	52	PHONE_CALL	3	Suivi budgétaire	\N	0
73750	3750	1900	2021-10-24 12:00:00	90	PHONE_CALL	3	Suivi budgétaire	\N	0
73800	3750	1900	2022-04-20 15:00:00	82	HOME_VISIT	3	Suivi budgétaire	\N	0
73850	3750	1900	2021-05-08 14:00:00	118	HOME_VISIT	3	Suivi budgétaire	\N	0
73900	3750	1900	2022-07-20 12:00:00	105	PHONE_CALL	3	Suivi budgétaire	\N	0
73950	3750	1900	2021-08-06 16:00:00	80	HOME_VISIT	3	Suivi budgétaire	\N	0
74000	3750	1900	2021-05-03 09:00:00	52	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
74050	3750	1900	2022-04-11 13:00:00	102	PHONE_CALL	3	Suivi budgétaire	\N	0
74100	3800	1950	2024-12-09 11:00:00	84	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
74150	3800	1950	2024-07-24 12:00:00	101	HOME_VISIT	3	Suivi budgétaire	\N	0
74200	3800	1950	2025-09-16 15:00:00	85	PHONE_CALL	3	Suivi budgétaire	\N	0
74250	3800	1950	2025-02-05 15:00:00	107	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
74300	3800	1950	2025-12-03 12:00:00	86	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
74350	3800	1950	2025-04-24 13:00:00	36	HOME_VISIT	3	Suivi budgétaire	\N	0
74400	3800	1950	2024-10-10 09:00:00	78	HOME_VISIT	3	Suivi budgétaire	\N	0
74450	3800	1950	2025-07-05 14:00:00	115	HOME_VISIT	3	Suivi budgétaire	\N	0
74500	3800	1950	2026-01-10 12:00:00	74	PHONE_CALL	3	Suivi budgétaire	\N	0
74550	3800	1950	2025-01-17 10:00:00	43	PHONE_CALL	3	Suivi budgétaire	\N	0
74600	3800	1950	2025-07-26 10:00:00	32	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
74650	3800	1950	2025-12-28 13:00:00	57	HOME_VISIT	3	Suivi budgétaire	\N	0
74700	3800	1950	2024-11-25 10:00:00	87	PHONE_CALL	3	Suivi budgétaire	\N	0
74750	3800	1950	2024-12-18 11:00:00	41	PHONE_CALL	3	Suivi budgétaire	\N	0
74800	3800	1950	2024-11-27 12:00:00	106	HOME_VISIT	3	Suivi budgétaire	\N	0
74850	3800	1950	2025-12-18 11:00:00	86	HOME_VISIT	3	Suivi budgétaire	\N	0
74900	3800	1950	2025-03-25 16:00:00	66	PHONE_CALL	3	Suivi budgétaire	\N	0
74950	3800	1950	2025-06-11 16:00:00	67	HOME_VISIT	3	Suivi budgétaire	\N	0
75000	3800	1950	2025-04-25 10:00:00	117	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
75050	3800	1950	2024-11-05 15:00:00	95	PHONE_CALL	3	Suivi budgétaire	\N	0
75100	3850	1950	2022-03-27 13:00:00	87	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
75150	3850	1950	2023-01-10 13:00:00	54	HOME_VISIT	3	Suivi budgétaire	\N	0
75200	3850	1950	2024-08-03 12:00:00	93	PHONE_CALL	3	Suivi budgétaire	\N	0
75250	3850	1950	2023-03-08 10:00:00	34	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
75300	3850	1950	2022-01-19 12:00:00	105	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
75350	3850	1950	2023-08-20 10:00:00	39	HOME_VISIT	3	Suivi budgétaire	\N	0
75400	3850	1950	2021-10-10 15:00:00	35	HOME_VISIT	3	Suivi budgétaire	\N	0
75450	3850	1950	2023-05-29 13:00:00	98	HOME_VISIT	3	Suivi budgétaire	\N	0
75500	3850	1950	2024-07-29 14:00:00	51	PHONE_CALL	3	Suivi budgétaire	\N	0
75550	3850	1950	2026-01-29 10:00:00	47	PHONE_CALL	3	Suivi budgétaire	\N	0
75600	3850	1950	2023-11-15 16:00:00	101	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
75650	3850	1950	2024-10-26 14:00:00	69	HOME_VISIT	3	Suivi budgétaire	\N	0
75700	3850	1950	2024-09-02 09:00:00	41	PHONE_CALL	3	Suivi budgétaire	\N	0
75750	3850	1950	2021-12-14 09:00:00	116	PHONE_CALL	3	Suivi budgétaire	\N	0
75800	3850	1950	2021-06-02 16:00:00	35	HOME_VISIT	3	Suivi budgétaire	\N	0
75850	3850	1950	2025-11-06 10:00:00	111	HOME_VISIT	3	Suivi budgétaire	\N	0
75900	3850	1950	2021-07-23 09:00:00	116	PHONE_CALL	3	Suivi budgétaire	\N	0
75950	3850	1950	2022-03-22 14:00:00	79	HOME_VISIT	3	Suivi budgétaire	\N	0
76000	3850	1950	2022-09-11 15:00:00	40	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
76050	3850	1950	2026-06-28 10:00:00	68	PHONE_CALL	3	Suivi budgétaire	\N	0
76100	3900	2000	2026-08-05 15:00:00	104	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
76150	3900	2000	2025-04-27 15:00:00	82	HOME_VISIT	3	Suivi budgétaire	\N	0
76200	3900	2000	2025-07-02 15:00:00	38	PHONE_CALL	3	Suivi budgétaire	\N	0
76250	3900	2000	2025-12-07 12:00:00	74	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
76300	3900	2000	2024-08-05 16:00:00	47	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
76350	3900	2000	2024-06-30 13:00:00	60	HOME_VISIT	3	Suivi budgétaire	\N	0
76400	3900	2000	2025-05-24 16:00:00	98	HOME_VISIT	3	Suivi budgétaire	\N	0
76450	3900	2000	2026-07-19 10:00:00	57	HOME_VISIT	3	Suivi budgétaire	\N	0
76500	3900	2000	2025-03-03 12:00:00	91	PHONE_CALL	3	Suivi budgétaire	\N	0
76550	3900	2000	2025-12-05 13:00:00	48	PHONE_CALL	3	Suivi budgétaire	\N	0
76600	3900	2000	2024-08-21 15:00:00	89	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
76650	3900	2000	2025-09-03 16:00:00	119	HOME_VISIT	3	Suivi budgétaire	\N	0
76700	3900	2000	2024-07-19 16:00:00	97	PHONE_CALL	3	Suivi budgétaire	\N	0
76750	3900	2000	2025-11-04 14:00:00	117	PHONE_CALL	3	Suivi budgétaire	\N	0
76800	3900	2000	2025-02-16 10:00:00	45	HOME_VISIT	3	Suivi budgétaire	\N	0
76850	3900	2000	2025-11-17 10:00:00	73	HOME_VISIT	3	Suivi budgétaire	\N	0
76900	3900	2000	2026-02-26 15:00:00	93	PHONE_CALL	3	Suivi budgétaire	\N	0
76950	3900	2000	2024-10-26 09:00:00	118	HOME_VISIT	3	Suivi budgétaire	\N	0
77000	3900	2000	2024-09-16 14:00:00	42	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
77050	3900	2000	2026-07-18 11:00:00	56	PHONE_CALL	3	Suivi budgétaire	\N	0
77100	3950	2000	2021-09-09 10:00:00	93	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
77150	3950	2000	2021-07-29 12:00:00	116	HOME_VISIT	3	Suivi budgétaire	\N	0
77200	3950	2000	2021-07-09 16:00:00	57	PHONE_CALL	3	Suivi budgétaire	\N	0
77250	3950	2000	2021-07-30 10:00:00	32	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
77300	3950	2000	2021-09-02 11:00:00	65	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
77350	3950	2000	2021-06-12 15:00:00	81	HOME_VISIT	3	Suivi budgétaire	\N	0
77400	3950	2000	2021-05-19 13:00:00	68	HOME_VISIT	3	Suivi budgétaire	\N	0
77450	3950	2000	2021-06-10 16:00:00	88	HOME_VISIT	3	Suivi budgétaire	\N	0
77500	3950	2000	2021-08-15 11:00:00	81	PHONE_CALL	3	Suivi budgétaire	\N	0
77550	3950	2000	2021-06-13 10:00:00	49	PHONE_CALL	3	Suivi budgétaire	\N	0
77600	3950	2000	2021-08-08 15:00:00	91	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
77650	3950	2000	2021-05-27 15:00:00	50	HOME_VISIT	3	Suivi budgétaire	\N	0
77700	3950	2000	2021-08-22 10:00:00	47	PHONE_CALL	3	Suivi budgétaire	\N	0
77750	3950	2000	2021-09-09 10:00:00	98	PHONE_CALL	3	Suivi budgétaire	\N	0
77800	3950	2000	2021-07-04 15:00:00	68	HOME_VISIT	3	Suivi budgétaire	\N	0
77850	3950	2000	2021-09-12 09:00:00	97	HOME_VISIT	3	Suivi budgétaire	\N	0
77900	3950	2000	2021-05-16 14:00:00	115	PHONE_CALL	3	Suivi budgétaire	\N	0
77950	3950	2000	2021-07-12 10:00:00	49	HOME_VISIT	3	Suivi budgétaire	\N	0
78000	3950	2000	2021-04-28 12:00:00	95	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
78050	3950	2000	2021-06-30 13:00:00	86	PHONE_CALL	3	Suivi budgétaire	\N	0
78100	4000	2050	2024-08-29 15:00:00	82	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
78150	4000	2050	2024-08-12 12:00:00	78	HOME_VISIT	3	Suivi budgétaire	\N	0
78200	4000	2050	2024-10-01 12:00:00	103	PHONE_CALL	3	Suivi budgétaire	\N	0
78250	4000	2050	2024-06-29 12:00:00	101	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
78300	4000	2050	2024-07-24 12:00:00	66	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
78350	4000	2050	2024-10-15 10:00:00	59	HOME_VISIT	3	Suivi budgétaire	\N	0
78400	4000	2050	2024-07-08 09:00:00	37	HOME_VISIT	3	Suivi budgétaire	\N	0
78450	4000	2050	2024-09-21 15:00:00	32	HOME_VISIT	3	Suivi budgétaire	\N	0
78500	4000	2050	2024-11-11 14:00:00	101	PHONE_CALL	3	Suivi budgétaire	\N	0
78550	4000	2050	2024-09-19 13:00:00	62	PHONE_CALL	3	Suivi budgétaire	\N	0
78600	4000	2050	2024-08-27 13:00:00	84	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
78650	4000	2050	2024-08-18 16:00:00	35	HOME_VISIT	3	Suivi budgétaire	\N	0
78700	4000	2050	2024-08-04 12:00:00	72	PHONE_CALL	3	Suivi budgétaire	\N	0
78750	4000	2050	2024-07-29 10:00:00	115	PHONE_CALL	3	Suivi budgétaire	\N	0
78800	4000	2050	2024-09-23 16:00:00	46	HOME_VISIT	3	Suivi budgétaire	\N	0
78850	4000	2050	2024-07-12 11:00:00	48	HOME_VISIT	3	Suivi budgétaire	\N	0
78900	4000	2050	2024-08-29 15:00:00	49	PHONE_CALL	3	Suivi budgétaire	\N	0
78950	4000	2050	2024-09-16 13:00:00	92	HOME_VISIT	3	Suivi budgétaire	\N	0
79000	4000	2050	2024-08-04 16:00:00	84	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
79050	4000	2050	2024-08-03 16:00:00	110	PHONE_CALL	3	Suivi budgétaire	\N	0
79100	4050	2050	2021-05-10 09:00:00	85	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
79150	4050	2050	2022-03-01 13:00:00	83	HOME_VISIT	3	Suivi budgétaire	\N	0
79200	4050	2050	2022-02-17 16:00:00	53	PHONE_CALL	3	Suivi budgétaire	\N	0
79250	4050	2050	2021-08-10 15:00:00	47	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
79300	4050	2050	2021-06-04 12:00:00	107	MISSED_APPOINTMENT	3	Suivi budgétaire	\N	0
79350	4050	2050	2021-07-19 12:00:00	33	HOME_VISIT	3	Suivi budgétaire	\N	0
79400	4050	2050	2022-04-26 13:00:00	108	HOME_VISIT	3	Suivi budgétaire	\N	0
79450	4050	2050	2022-04-06 10:00:00	59	HOME_VISIT	3	Suivi budgétaire	\N	0
79500	4050	2050	2021-10-18 14:00:00	30	PHONE_CALL	3	Suivi budgétaire	\N	0
79550	4050	2050	2021-05-28 11:00:00	72	PHONE_CALL	3	Suivi budgétaire	\N	0
79600	4050	2050	2021-05-14 11:00:00	98	ACCOMPANIMENT	3	Suivi budgétaire	\N	0
79650	4050	2050	2021-11-20 13:00:00	79	HOME_VISIT	3	Suivi budgétaire	\N	0
79700	4050	2050	2022-02-09 15:00:00	112	PHONE_CALL	3	Suivi budgétaire	\N	0
79750	4050	2050	2022-05-05 14:00:00	50	PHONE_CALL	3	Suivi budgétaire	\N	0
79800	4050	2050	2022-02-19 14:00:00	117	HOME_VISIT	3	Suivi budgétaire	\N	0
79850	4050	2050	2021-08-03 13:00:00	36	HOME_VISIT	3	Suivi budgétaire	\N	0
79900	4050	2050	2021-07-18 09:00:00	73	PHONE_CALL	3	Suivi budgétaire	\N	0
79950	4050	2050	2021-07-06 12:00:00	85	HOME_VISIT	3	Suivi budgétaire	\N	0
80000	4050	2050	2021-09-01 11:00:00	60	OFFICE_APPOINTMENT	3	Suivi budgétaire	\N	0
80050	4050	2050	2021-08-13 15:00:00	114	PHONE_CALL	3	Suivi budgétaire	\N	0
\.


--
-- Data for Name: document; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.document (id, household_id, referral_id, file_name, kind, size_bytes, sha256, added_at) FROM stdin;
\.


--
-- Data for Name: dwelling; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dwelling (id, landlord_id, service_unit_id, address, postcode, city, size, surface, floor, lift, step_free, rent, charges, programme_id, places, state, version) FROM stdin;
2	1	1	21 avenue de la Libération	55000	Bar-le-Duc	T2	47.00	1	f	f	395.00	70.00	1	1	AVAILABLE	1
3	2	1	5 impasse des Lilas	55000	Bar-le-Duc	T1	29.00	1	f	t	330.00	70.00	1	1	AVAILABLE	1
1	1	1	8 rue du Bourg	55000	Bar-le-Duc	T3	62.50	1	f	f	480.00	70.00	1	1	OCCUPIED	2
\.


--
-- Data for Name: evaluation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation (id, measure_id, period_number, written_on, author_id, assessment, gains, remaining_needs, proposed_decision) FROM stdin;
\.


--
-- Data for Name: executioninstancedata; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.executioninstancedata (jobexecid, jobinstanceid, createtime, starttime, endtime, updatetime, parameters, batchstatus, exitstatus) FROM stdin;
1	1	2026-12-02 08:35:38.438	2026-12-02 08:35:38.825	2026-12-02 08:35:46.24	2026-12-02 08:35:46.24	\\xaced0005737200146a6176612e7574696c2e50726f706572746965733912d07a70363e980200014c000864656661756c74737400164c6a6176612f7574696c2f50726f706572746965733b787200136a6176612e7574696c2e486173687461626c6513bb0f25214ae4b803000246000a6c6f6164466163746f724900097468726573686f6c6478703f40000000000002770800000003000000007870	COMPLETED	MAILS_SENT=0 MAILS_FAILED=0
2	2	2026-12-02 08:35:46.828	2026-12-02 08:35:47.022	2026-12-02 08:35:49.731	2026-12-02 08:35:49.731	\\xaced0005737200146a6176612e7574696c2e50726f706572746965733912d07a70363e980200014c000864656661756c74737400164c6a6176612f7574696c2f50726f706572746965733b787200136a6176612e7574696c2e486173687461626c6513bb0f25214ae4b803000246000a6c6f6164466163746f724900097468726573686f6c6478703f40000000000002770800000003000000007870	COMPLETED	COMPLETED
3	3	2026-12-02 08:36:30.535	2026-12-02 08:36:30.592	2026-12-02 08:36:32.55	2026-12-02 08:36:32.55	\\xaced0005737200146a6176612e7574696c2e50726f706572746965733912d07a70363e980200014c000864656661756c74737400164c6a6176612f7574696c2f50726f706572746965733b787200136a6176612e7574696c2e486173687461626c6513bb0f25214ae4b803000246000a6c6f6164466163746f724900097468726573686f6c6478703f40000000000002770800000003000000007870	COMPLETED	MAILS_SENT=0 MAILS_FAILED=0
\.


--
-- Data for Name: financed_capacity; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.financed_capacity (id, programme_id, places, valid_from, valid_to, funder_reference, version) FROM stdin;
\.


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) FROM stdin;
1	0	<< Flyway Baseline >>	BASELINE	<< Flyway Baseline >>	\N	postgres	2026-12-02 08:33:44.196965	0	t
2	1	organisation and security	SQL	V1__organisation_and_security.sql	843738002	postgres	2026-12-02 08:33:45.566068	267	t
3	1.1	audit trail	SQL	V1_1__audit_trail.sql	-192102717	postgres	2026-12-02 08:33:46.498563	235	t
4	2	case work	SQL	V2__case_work.sql	947506267	postgres	2026-12-02 08:33:46.955469	752	t
5	2.1	support contracts and suspensions	SQL	V2_1__support_contracts_and_suspensions.sql	1283338809	postgres	2026-12-02 08:33:47.93115	188	t
6	2.2	documents	SQL	V2_2__documents.sql	-195977732	postgres	2026-12-02 08:33:48.39914	160	t
7	3	housing and mediation	SQL	V3__housing_and_mediation.sql	-1155983517	postgres	2026-12-02 08:33:48.734994	833	t
8	4	need to know and retention	SQL	V4__need_to_know_and_retention.sql	251380336	postgres	2026-12-02 08:33:49.777491	100	t
9	5	alerts and jobs	SQL	V5__alerts_and_jobs.sql	-519702369	postgres	2026-12-02 08:33:49.985269	128	t
10	6	statistics snapshots	SQL	V6__statistics_snapshots.sql	1470693887	postgres	2026-12-02 08:33:50.212029	85	t
11	7	alert mail	SQL	V7__alert_mail.sql	-262499190	postgres	2026-12-02 08:33:50.404289	122	t
\.


--
-- Data for Name: household; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.household (id, reference, service_unit_id, composition, main_resource, monthly_resources, residence_status_valid_until, address, phone, email, version, anonymised_on) FROM stdin;
1	M000001	1	\N	\N	\N	2029-12-02	\N	\N	\N	2	\N
2	M000002	1	\N	\N	\N	\N	\N	\N	\N	2	\N
3	M000003	1	\N	\N	\N	\N	\N	\N	\N	2	\N
100	B-1	1	COUPLE_WITH_CHILDREN	PENSION	1867.64	\N	\N	\N	\N	0	\N
150	B-2	1	COUPLE_WITH_CHILDREN	RSA	1011.42	\N	\N	\N	\N	0	\N
200	B-3	1	SINGLE_PARENT	PENSION	1504.20	\N	\N	\N	\N	0	\N
250	B-4	1	COUPLE_WITH_CHILDREN	RSA	1589.94	\N	\N	\N	\N	0	\N
300	B-5	1	SINGLE	SALARY	882.72	\N	\N	\N	\N	0	\N
350	B-6	1	COUPLE	UNEMPLOYMENT_BENEFIT	1554.07	\N	\N	\N	\N	0	\N
400	B-7	1	OTHER	RSA	1394.13	\N	\N	\N	\N	0	\N
450	B-8	1	OTHER	AAH	1498.68	\N	\N	\N	\N	0	\N
500	B-9	1	COUPLE	AAH	664.92	\N	\N	\N	\N	0	\N
550	B-10	1	OTHER	UNEMPLOYMENT_BENEFIT	901.86	\N	\N	\N	\N	0	\N
600	B-11	1	OTHER	PENSION	1306.09	\N	\N	\N	\N	0	\N
650	B-12	1	COUPLE_WITH_CHILDREN	SALARY	1601.81	\N	\N	\N	\N	0	\N
700	B-13	1	OTHER	NONE	1935.71	\N	\N	\N	\N	0	\N
750	B-14	1	COUPLE_WITH_CHILDREN	FAMILY_ALLOWANCES	1573.76	\N	\N	\N	\N	0	\N
800	B-15	1	SINGLE	SALARY	421.17	\N	\N	\N	\N	0	\N
850	B-16	1	SINGLE_PARENT	PENSION	1714.36	\N	\N	\N	\N	0	\N
900	B-17	1	OTHER	RSA	1594.34	\N	\N	\N	\N	0	\N
950	B-18	1	SINGLE_PARENT	FAMILY_ALLOWANCES	355.55	\N	\N	\N	\N	0	\N
1000	B-19	1	SINGLE	RSA	534.04	\N	\N	\N	\N	0	\N
1050	B-20	1	SINGLE_PARENT	RSA	1724.92	\N	\N	\N	\N	0	\N
1100	B-21	1	COUPLE	SALARY	613.19	\N	\N	\N	\N	0	\N
1150	B-22	1	SINGLE_PARENT	RSA	967.88	\N	\N	\N	\N	0	\N
1200	B-23	1	SINGLE	AAH	1425.27	\N	\N	\N	\N	0	\N
1250	B-24	1	COUPLE	RSA	1092.88	\N	\N	\N	\N	0	\N
1300	B-25	1	COUPLE_WITH_CHILDREN	PENSION	1882.13	\N	\N	\N	\N	0	\N
1350	B-26	1	COUPLE	SALARY	1339.21	\N	\N	\N	\N	0	\N
1400	B-27	1	COUPLE_WITH_CHILDREN	SALARY	1907.75	\N	\N	\N	\N	0	\N
1450	B-28	1	COUPLE_WITH_CHILDREN	NONE	530.68	\N	\N	\N	\N	0	\N
1500	B-29	1	SINGLE_PARENT	RSA	350.17	\N	\N	\N	\N	0	\N
1550	B-30	1	COUPLE	AAH	765.31	\N	\N	\N	\N	0	\N
1600	B-31	1	SINGLE_PARENT	RSA	1455.47	\N	\N	\N	\N	0	\N
1650	B-32	1	SINGLE_PARENT	NONE	969.26	\N	\N	\N	\N	0	\N
1700	B-33	1	COUPLE_WITH_CHILDREN	SALARY	883.99	\N	\N	\N	\N	0	\N
1750	B-34	1	SINGLE_PARENT	NONE	868.57	\N	\N	\N	\N	0	\N
1800	B-35	1	SINGLE_PARENT	PENSION	423.62	\N	\N	\N	\N	0	\N
1850	B-36	1	SINGLE	SALARY	1165.57	\N	\N	\N	\N	0	\N
1900	B-37	1	SINGLE	FAMILY_ALLOWANCES	1537.10	\N	\N	\N	\N	0	\N
1950	B-38	1	COUPLE_WITH_CHILDREN	RSA	826.30	\N	\N	\N	\N	0	\N
2000	B-39	1	COUPLE	AAH	1537.23	\N	\N	\N	\N	0	\N
2050	B-40	1	OTHER	FAMILY_ALLOWANCES	773.92	\N	\N	\N	\N	0	\N
\.


--
-- Data for Name: housing_contract; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.housing_contract (id, dwelling_id, landlord_id, kind, start_date, end_date, rent, guarantee, guarantee_reference, notice_months, tacit_renewal, after_lease_transfer, ended_by, version) FROM stdin;
1	1	1	MAIN_LEASE	2026-07-01	2029-06-30	480.00	VISALE	VISALE--1750221740	3	t	LEAVES_STOCK	\N	1
2	2	1	MAIN_LEASE	2026-07-01	2029-06-30	395.00	VISALE	VISALE-1677917284	3	t	LEAVES_STOCK	\N	1
3	3	2	MAIN_LEASE	2026-07-01	2029-06-30	330.00	VISALE	VISALE--228728360	3	t	LEAVES_STOCK	\N	1
\.


--
-- Data for Name: incident; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.incident (id, kind, household_id, dwelling_id, landlord_id, occurred_on, description, parties, resolved_on, resolution, version) FROM stdin;
1	TECHNICAL_FAULT	1	1	1	2026-11-20	Fuite sous l’évier de la cuisine signalée par le ménage.	LANDLORD,HOUSEHOLD	\N	\N	1
\.


--
-- Data for Name: insurance_certificate; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.insurance_certificate (id, household_id, occupancy_id, insurer, policy_number, valid_from, expires_on) FROM stdin;
1	1	1	MAIF	HAB-2026-0412	2026-07-09	2027-07-08
\.


--
-- Data for Name: job_problem; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.job_problem (id, execution_id, job_name, item, reason, occurred_at) FROM stdin;
\.


--
-- Data for Name: jobinstancedata; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.jobinstancedata (jobinstanceid, name, apptag) FROM stdin;
1	deadline-reminders	server-config:ancrage_ancrage-batch.jar_JobControl_117715779910077831
2	statistics	server-config:ancrage_ancrage-batch.jar_JobControl_117715779910077831
3	deadline-reminders	server-config:ancrage_ancrage-batch.jar_JobControl_117715779910077831
\.


--
-- Data for Name: jobstatus; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.jobstatus (id, obj) FROM stdin;
2	\\xaced000573720029636f6d2e69626d2e6a62617463682e636f6e7461696e65722e7374617475732e4a6f6253746174757300000000000000010200074a000d6a6f62496e7374616e636549644a00116c6174657374457865637574696f6e49644c000b62617463685374617475737400234c6a616b617274612f62617463682f72756e74696d652f42617463685374617475733b4c000d63757272656e745374657049647400124c6a6176612f6c616e672f537472696e673b4c000a6578697453746174757371007e00024c000b6a6f62496e7374616e63657400234c6a616b617274612f62617463682f72756e74696d652f4a6f62496e7374616e63653b4c0009726573746172744f6e71007e00027870000000000000000200000000000000007e7200216a616b617274612e62617463682e72756e74696d652e426174636853746174757300000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740009434f4d504c4554454474000e74616b652d736e617073686f747371007e000873720034636f6d2e69626d2e6a62617463682e636f6e7461696e65722e6a6f62696e7374616e63652e4a6f62496e7374616e6365496d706c00000000000000010200034a000d6a6f62496e7374616e636549644c00076a6f624e616d6571007e00024c00066a6f62584d4c71007e00027870000000000000000274000a737461746973746963737402f93c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c212d2d0a202053746174697374696373206f66206120796561722028706172616d6574657220796561722c207468652063757272656e74206f6e65207768656e20616273656e74293a206120736e617073686f74207065722070726f6772616d6d6520666f720a20207468652077686f6c65206173736f63696174696f6e20616e642070657220736572766963652c2065616368207468652053514c2061676772656761746573206f66207265706f7274696e672e53746174697374696373536572766963652e0a2d2d3e0a3c6a6f622069643d22737461746973746963732220786d6c6e733d2268747470733a2f2f6a616b617274612e65652f786d6c2f6e732f6a616b617274616565222076657273696f6e3d22322e3022207265737461727461626c653d2274727565223e0a20203c737465702069643d2274616b652d736e617073686f7473223e0a202020203c6368756e6b206974656d2d636f756e743d223130223e0a2020202020203c726561646572207265663d227374617469737469637353636f7065526561646572223e0a20202020202020203c70726f706572746965733e0a202020202020202020203c70726f7065727479206e616d653d2279656172222076616c75653d22237b6a6f62506172616d65746572735b2779656172275d7d222f3e0a20202020202020203c2f70726f706572746965733e0a2020202020203c2f7265616465723e0a2020202020203c777269746572207265663d22736e617073686f74577269746572223e0a20202020202020203c70726f706572746965733e0a202020202020202020203c70726f7065727479206e616d653d2279656172222076616c75653d22237b6a6f62506172616d65746572735b2779656172275d7d222f3e0a20202020202020203c2f70726f706572746965733e0a2020202020203c2f7772697465723e0a202020203c2f6368756e6b3e0a20203c2f737465703e0a3c2f6a6f623e0a70
1	\\xaced000573720029636f6d2e69626d2e6a62617463682e636f6e7461696e65722e7374617475732e4a6f6253746174757300000000000000010200074a000d6a6f62496e7374616e636549644a00116c6174657374457865637574696f6e49644c000b62617463685374617475737400234c6a616b617274612f62617463682f72756e74696d652f42617463685374617475733b4c000d63757272656e745374657049647400124c6a6176612f6c616e672f537472696e673b4c000a6578697453746174757371007e00024c000b6a6f62496e7374616e63657400234c6a616b617274612f62617463682f72756e74696d652f4a6f62496e7374616e63653b4c0009726573746172744f6e71007e00027870000000000000000100000000000000007e7200216a616b617274612e62617463682e72756e74696d652e426174636853746174757300000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740009434f4d504c4554454474000b6d61696c2d616c6572747374001b4d41494c535f53454e543d30204d41494c535f4641494c45443d3073720034636f6d2e69626d2e6a62617463682e636f6e7461696e65722e6a6f62696e7374616e63652e4a6f62496e7374616e6365496d706c00000000000000010200034a000d6a6f62496e7374616e636549644c00076a6f624e616d6571007e00024c00066a6f62584d4c71007e000278700000000000000001740012646561646c696e652d72656d696e6465727374059d3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c212d2d0a20204461696c7920646561646c696e652072656d696e646572733a206576657279206d65617375726520746f2077617463682069732072656164206f6e63652c2069747320646561646c696e6573206265636f6d6520616c657274732c20616e640a202074686f73652077686f2061736b656420666f7220697420676574207468656d20627920652d6d61696c2e0a202052616973696e67206973206964656d706f74656e742028756e69717565206b657920616c6572745f6f6e6365292c20736f2061207365636f6e642072756e206f72206120726573746172742061646473206e6f7468696e672074776963653b0a2020636865636b706f696e7473206576657279206974656d436f756e74206d65617375726573206d616b652061207265737461727420726573756d6520776865726520746865206c61737420636f6d6d6974206c656674206f66662e0a2d2d3e0a3c6a6f622069643d22646561646c696e652d72656d696e646572732220786d6c6e733d2268747470733a2f2f6a616b617274612e65652f786d6c2f6e732f6a616b617274616565222076657273696f6e3d22322e3022207265737461727461626c653d2274727565223e0a20203c737465702069643d2272616973652d616c6572747322206e6578743d226d61696c2d616c65727473223e0a202020203c6c697374656e6572733e0a2020202020203c6c697374656e6572207265663d22736b69707065644974656d4c697374656e6572222f3e0a202020203c2f6c697374656e6572733e0a202020203c6368756e6b206974656d2d636f756e743d22237b6a6f62506172616d65746572735b276974656d436f756e74275d7d3f3a3530303b2220736b69702d6c696d69743d22313030303030223e0a2020202020203c726561646572207265663d22776174636865644d656173757265526561646572223e0a20202020202020203c70726f706572746965733e0a202020202020202020203c70726f7065727479206e616d653d227061676553697a65222076616c75653d22237b6a6f62506172616d65746572735b276974656d436f756e74275d7d3f3a3530303b222f3e0a20202020202020203c2f70726f706572746965733e0a2020202020203c2f7265616465723e0a2020202020203c70726f636573736f72207265663d22646561646c696e6550726f636573736f72223e0a20202020202020203c70726f706572746965733e0a202020202020202020203c70726f7065727479206e616d653d2272756e44617465222076616c75653d22237b6a6f62506172616d65746572735b2772756e44617465275d7d222f3e0a20202020202020203c2f70726f706572746965733e0a2020202020203c2f70726f636573736f723e0a2020202020203c777269746572207265663d22616c657274577269746572222f3e0a2020202020203c736b69707061626c652d657863657074696f6e2d636c61737365733e0a20202020202020203c696e636c75646520636c6173733d226f72672e616e63726167652e72656d696e646572732e556e776174636861626c654d656173757265222f3e0a2020202020203c2f736b69707061626c652d657863657074696f6e2d636c61737365733e0a202020203c2f6368756e6b3e0a20203c2f737465703e0a20203c212d2d205468656e206f6e652064696765737420706572206d656d626572206f662073746166662077686f2061736b656420666f7220616c6572747320627920652d6d61696c2c206561636820616c657274206d61696c6564206f6e63652e202d2d3e0a20203c737465702069643d226d61696c2d616c65727473223e0a202020203c62617463686c6574207265663d22616c6572744d61696c42617463686c6574222f3e0a20203c2f737465703e0a3c2f6a6f623e0a70
3	\\xaced000573720029636f6d2e69626d2e6a62617463682e636f6e7461696e65722e7374617475732e4a6f6253746174757300000000000000010200074a000d6a6f62496e7374616e636549644a00116c6174657374457865637574696f6e49644c000b62617463685374617475737400234c6a616b617274612f62617463682f72756e74696d652f42617463685374617475733b4c000d63757272656e745374657049647400124c6a6176612f6c616e672f537472696e673b4c000a6578697453746174757371007e00024c000b6a6f62496e7374616e63657400234c6a616b617274612f62617463682f72756e74696d652f4a6f62496e7374616e63653b4c0009726573746172744f6e71007e00027870000000000000000300000000000000007e7200216a616b617274612e62617463682e72756e74696d652e426174636853746174757300000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740009434f4d504c4554454474000b6d61696c2d616c6572747374001b4d41494c535f53454e543d30204d41494c535f4641494c45443d3073720034636f6d2e69626d2e6a62617463682e636f6e7461696e65722e6a6f62696e7374616e63652e4a6f62496e7374616e6365496d706c00000000000000010200034a000d6a6f62496e7374616e636549644c00076a6f624e616d6571007e00024c00066a6f62584d4c71007e000278700000000000000003740012646561646c696e652d72656d696e6465727374059d3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c212d2d0a20204461696c7920646561646c696e652072656d696e646572733a206576657279206d65617375726520746f2077617463682069732072656164206f6e63652c2069747320646561646c696e6573206265636f6d6520616c657274732c20616e640a202074686f73652077686f2061736b656420666f7220697420676574207468656d20627920652d6d61696c2e0a202052616973696e67206973206964656d706f74656e742028756e69717565206b657920616c6572745f6f6e6365292c20736f2061207365636f6e642072756e206f72206120726573746172742061646473206e6f7468696e672074776963653b0a2020636865636b706f696e7473206576657279206974656d436f756e74206d65617375726573206d616b652061207265737461727420726573756d6520776865726520746865206c61737420636f6d6d6974206c656674206f66662e0a2d2d3e0a3c6a6f622069643d22646561646c696e652d72656d696e646572732220786d6c6e733d2268747470733a2f2f6a616b617274612e65652f786d6c2f6e732f6a616b617274616565222076657273696f6e3d22322e3022207265737461727461626c653d2274727565223e0a20203c737465702069643d2272616973652d616c6572747322206e6578743d226d61696c2d616c65727473223e0a202020203c6c697374656e6572733e0a2020202020203c6c697374656e6572207265663d22736b69707065644974656d4c697374656e6572222f3e0a202020203c2f6c697374656e6572733e0a202020203c6368756e6b206974656d2d636f756e743d22237b6a6f62506172616d65746572735b276974656d436f756e74275d7d3f3a3530303b2220736b69702d6c696d69743d22313030303030223e0a2020202020203c726561646572207265663d22776174636865644d656173757265526561646572223e0a20202020202020203c70726f706572746965733e0a202020202020202020203c70726f7065727479206e616d653d227061676553697a65222076616c75653d22237b6a6f62506172616d65746572735b276974656d436f756e74275d7d3f3a3530303b222f3e0a20202020202020203c2f70726f706572746965733e0a2020202020203c2f7265616465723e0a2020202020203c70726f636573736f72207265663d22646561646c696e6550726f636573736f72223e0a20202020202020203c70726f706572746965733e0a202020202020202020203c70726f7065727479206e616d653d2272756e44617465222076616c75653d22237b6a6f62506172616d65746572735b2772756e44617465275d7d222f3e0a20202020202020203c2f70726f706572746965733e0a2020202020203c2f70726f636573736f723e0a2020202020203c777269746572207265663d22616c657274577269746572222f3e0a2020202020203c736b69707061626c652d657863657074696f6e2d636c61737365733e0a20202020202020203c696e636c75646520636c6173733d226f72672e616e63726167652e72656d696e646572732e556e776174636861626c654d656173757265222f3e0a2020202020203c2f736b69707061626c652d657863657074696f6e2d636c61737365733e0a202020203c2f6368756e6b3e0a20203c2f737465703e0a20203c212d2d205468656e206f6e652064696765737420706572206d656d626572206f662073746166662077686f2061736b656420666f7220616c6572747320627920652d6d61696c2c206561636820616c657274206d61696c6564206f6e63652e202d2d3e0a20203c737465702069643d226d61696c2d616c65727473223e0a202020203c62617463686c6574207265663d22616c6572744d61696c42617463686c6574222f3e0a20203c2f737465703e0a3c2f6a6f623e0a70
\.


--
-- Data for Name: landlord; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.landlord (id, kind, name, contact_person, address, phone, email, version) FROM stdin;
1	SOCIAL	OPH de la Meuse	Service gestion locative	12 rue de la Gare, 55000 Bar-le-Duc	0329790000	gestion@oph.example	1
2	PRIVATE	SCI Les Tilleuls	M. Bernard	3 place Reggio, 55000 Bar-le-Duc	0329000000	sci.tilleuls@example.org	1
\.


--
-- Data for Name: landlord_exchange; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.landlord_exchange (id, landlord_id, occurred_on, channel, summary, recorded_by) FROM stdin;
1	2	2026-06-16	MEETING	Visite du T1 avec le propriétaire ; bail principal au nom de l’association, garantie Visale.	rental-manager
\.


--
-- Data for Name: measure; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.measure (id, household_id, programme_id, referent_worker_id, service_unit_id, start_date, status, end_date, end_reason, housing_outcome, follow_up_due, version, contract_signed_on) FROM stdin;
1	1	1	3	1	2026-07-02	OPEN	\N	\N	\N	\N	1	\N
2	2	10	3	1	2026-10-02	OPEN	\N	\N	\N	\N	1	\N
3	3	10	3	1	2026-11-12	OPEN	\N	\N	\N	\N	1	\N
100	100	10	3	1	2024-06-28	ENDED	2025-07-03	OBJECTIVES_REACHED	LEASE_TRANSFERRED	\N	0	\N
150	100	10	3	1	2021-04-25	ENDED	2022-06-21	OBJECTIVES_REACHED	UNKNOWN	\N	0	\N
200	150	10	3	1	2024-06-28	OPEN	\N	\N	\N	\N	0	\N
250	150	10	3	1	2021-04-25	ENDED	2022-06-14	OBJECTIVES_REACHED	UNKNOWN	\N	0	\N
300	200	10	3	1	2024-06-28	OPEN	\N	\N	\N	\N	0	\N
350	200	10	3	1	2021-04-25	OPEN	\N	\N	\N	\N	0	\N
400	250	10	3	1	2024-06-28	OPEN	\N	\N	\N	\N	0	\N
450	250	10	3	1	2021-04-25	ENDED	2022-04-05	OBJECTIVES_REACHED	SHELTER_OR_CARE_HOME	\N	0	\N
500	300	10	3	1	2024-06-28	ENDED	2026-04-09	OBJECTIVES_REACHED	SHELTER_OR_CARE_HOME	\N	0	\N
550	300	10	3	1	2021-04-25	OPEN	\N	\N	\N	\N	0	\N
600	350	10	3	1	2024-06-28	ENDED	2025-11-02	OBJECTIVES_REACHED	SHELTER_OR_CARE_HOME	\N	0	\N
650	350	10	3	1	2021-04-25	OPEN	\N	\N	\N	\N	0	\N
700	400	10	3	1	2024-06-28	ENDED	2026-06-08	OBJECTIVES_REACHED	UNKNOWN	\N	0	\N
750	400	10	3	1	2021-04-25	OPEN	\N	\N	\N	\N	0	\N
800	450	10	3	1	2024-06-28	ENDED	2026-03-13	OBJECTIVES_REACHED	OTHER_AUTONOMOUS_HOUSING	\N	0	\N
850	450	10	3	1	2021-04-25	OPEN	\N	\N	\N	\N	0	\N
900	500	10	3	1	2024-06-28	ENDED	2025-10-06	OBJECTIVES_REACHED	STAYED_IN_DWELLING	\N	0	\N
950	500	10	3	1	2021-04-25	ENDED	2022-08-13	OBJECTIVES_REACHED	STAYED_IN_DWELLING	\N	0	\N
1000	550	10	3	1	2024-06-28	ENDED	2026-01-07	OBJECTIVES_REACHED	LEASE_TRANSFERRED	\N	0	\N
1050	550	10	3	1	2021-04-25	ENDED	2023-01-23	OBJECTIVES_REACHED	LEASE_TRANSFERRED	\N	0	\N
1100	600	10	3	1	2024-06-28	ENDED	2026-02-15	OBJECTIVES_REACHED	STAYED_IN_DWELLING	\N	0	\N
1150	600	10	3	1	2021-04-25	ENDED	2022-06-25	OBJECTIVES_REACHED	SHELTER_OR_CARE_HOME	\N	0	\N
1200	650	10	3	1	2024-06-28	ENDED	2025-07-11	OBJECTIVES_REACHED	OTHER_AUTONOMOUS_HOUSING	\N	0	\N
1250	650	10	3	1	2021-04-25	ENDED	2021-12-28	OBJECTIVES_REACHED	STAYED_IN_DWELLING	\N	0	\N
1300	700	10	3	1	2024-06-28	ENDED	2025-08-26	OBJECTIVES_REACHED	STAYED_IN_DWELLING	\N	0	\N
1350	700	10	3	1	2021-04-25	ENDED	2023-04-12	OBJECTIVES_REACHED	UNKNOWN	\N	0	\N
1400	750	10	3	1	2024-06-28	ENDED	2025-05-23	OBJECTIVES_REACHED	LEASE_TRANSFERRED	\N	0	\N
1450	750	10	3	1	2021-04-25	OPEN	\N	\N	\N	\N	0	\N
1500	800	10	3	1	2024-06-28	ENDED	2026-06-01	OBJECTIVES_REACHED	STAYED_IN_DWELLING	\N	0	\N
1550	800	10	3	1	2021-04-25	ENDED	2022-08-15	OBJECTIVES_REACHED	UNKNOWN	\N	0	\N
1600	850	10	3	1	2024-06-28	ENDED	2025-05-18	OBJECTIVES_REACHED	SHELTER_OR_CARE_HOME	\N	0	\N
1650	850	10	3	1	2021-04-25	ENDED	2023-02-12	OBJECTIVES_REACHED	UNKNOWN	\N	0	\N
1700	900	10	3	1	2024-06-28	ENDED	2026-01-29	OBJECTIVES_REACHED	OTHER_AUTONOMOUS_HOUSING	\N	0	\N
1750	900	10	3	1	2021-04-25	ENDED	2023-04-11	OBJECTIVES_REACHED	STAYED_IN_DWELLING	\N	0	\N
1800	950	10	3	1	2024-06-28	ENDED	2025-01-18	OBJECTIVES_REACHED	SHELTER_OR_CARE_HOME	\N	0	\N
1850	950	10	3	1	2021-04-25	ENDED	2021-10-24	OBJECTIVES_REACHED	LEASE_TRANSFERRED	\N	0	\N
1900	1000	10	3	1	2024-06-28	ENDED	2025-02-13	OBJECTIVES_REACHED	STAYED_IN_DWELLING	\N	0	\N
1950	1000	10	3	1	2021-04-25	ENDED	2021-12-17	OBJECTIVES_REACHED	LEASE_TRANSFERRED	\N	0	\N
2000	1050	10	3	1	2024-06-28	OPEN	\N	\N	\N	\N	0	\N
2050	1050	10	3	1	2021-04-25	OPEN	\N	\N	\N	\N	0	\N
2100	1100	10	3	1	2024-06-28	ENDED	2025-08-22	OBJECTIVES_REACHED	LEASE_TRANSFERRED	\N	0	\N
2150	1100	10	3	1	2021-04-25	OPEN	\N	\N	\N	\N	0	\N
2200	1150	10	3	1	2024-06-28	ENDED	2024-11-21	OBJECTIVES_REACHED	SHELTER_OR_CARE_HOME	\N	0	\N
2250	1150	10	3	1	2021-04-25	ENDED	2022-04-06	OBJECTIVES_REACHED	OTHER_AUTONOMOUS_HOUSING	\N	0	\N
2300	1200	10	3	1	2024-06-28	ENDED	2024-11-25	OBJECTIVES_REACHED	OTHER_AUTONOMOUS_HOUSING	\N	0	\N
2350	1200	10	3	1	2021-04-25	ENDED	2022-05-23	OBJECTIVES_REACHED	OTHER_AUTONOMOUS_HOUSING	\N	0	\N
2400	1250	10	3	1	2024-06-28	ENDED	2024-10-05	OBJECTIVES_REACHED	SHELTER_OR_CARE_HOME	\N	0	\N
2450	1250	10	3	1	2021-04-25	ENDED	2023-02-18	OBJECTIVES_REACHED	STAYED_IN_DWELLING	\N	0	\N
2500	1300	10	3	1	2024-06-28	OPEN	\N	\N	\N	\N	0	\N
2550	1300	10	3	1	2021-04-25	OPEN	\N	\N	\N	\N	0	\N
2600	1350	10	3	1	2024-06-28	ENDED	2026-02-24	OBJECTIVES_REACHED	OTHER_AUTONOMOUS_HOUSING	\N	0	\N
2650	1350	10	3	1	2021-04-25	OPEN	\N	\N	\N	\N	0	\N
2700	1400	10	3	1	2024-06-28	ENDED	2024-12-14	OBJECTIVES_REACHED	STAYED_IN_DWELLING	\N	0	\N
2750	1400	10	3	1	2021-04-25	ENDED	2022-07-07	OBJECTIVES_REACHED	OTHER_AUTONOMOUS_HOUSING	\N	0	\N
2800	1450	10	3	1	2024-06-28	ENDED	2025-08-29	OBJECTIVES_REACHED	STAYED_IN_DWELLING	\N	0	\N
2850	1450	10	3	1	2021-04-25	ENDED	2022-08-06	OBJECTIVES_REACHED	OTHER_AUTONOMOUS_HOUSING	\N	0	\N
2900	1500	10	3	1	2024-06-28	ENDED	2026-02-24	OBJECTIVES_REACHED	STAYED_IN_DWELLING	\N	0	\N
2950	1500	10	3	1	2021-04-25	ENDED	2021-08-05	OBJECTIVES_REACHED	LEASE_TRANSFERRED	\N	0	\N
3000	1550	10	3	1	2024-06-28	ENDED	2025-10-09	OBJECTIVES_REACHED	UNKNOWN	\N	0	\N
3050	1550	10	3	1	2021-04-25	ENDED	2021-11-24	OBJECTIVES_REACHED	UNKNOWN	\N	0	\N
3100	1600	10	3	1	2024-06-28	ENDED	2026-03-13	OBJECTIVES_REACHED	STAYED_IN_DWELLING	\N	0	\N
3150	1600	10	3	1	2021-04-25	ENDED	2022-08-25	OBJECTIVES_REACHED	STAYED_IN_DWELLING	\N	0	\N
3200	1650	10	3	1	2024-06-28	ENDED	2025-01-12	OBJECTIVES_REACHED	UNKNOWN	\N	0	\N
3250	1650	10	3	1	2021-04-25	ENDED	2022-03-18	OBJECTIVES_REACHED	LEASE_TRANSFERRED	\N	0	\N
3300	1700	10	3	1	2024-06-28	OPEN	\N	\N	\N	\N	0	\N
3350	1700	10	3	1	2021-04-25	ENDED	2022-08-31	OBJECTIVES_REACHED	UNKNOWN	\N	0	\N
3400	1750	10	3	1	2024-06-28	ENDED	2025-05-10	OBJECTIVES_REACHED	STAYED_IN_DWELLING	\N	0	\N
3450	1750	10	3	1	2021-04-25	OPEN	\N	\N	\N	\N	0	\N
3500	1800	10	3	1	2024-06-28	ENDED	2024-12-23	OBJECTIVES_REACHED	STAYED_IN_DWELLING	\N	0	\N
3550	1800	10	3	1	2021-04-25	ENDED	2021-08-03	OBJECTIVES_REACHED	LEASE_TRANSFERRED	\N	0	\N
3600	1850	10	3	1	2024-06-28	ENDED	2026-01-24	OBJECTIVES_REACHED	STAYED_IN_DWELLING	\N	0	\N
3650	1850	10	3	1	2021-04-25	ENDED	2021-10-29	OBJECTIVES_REACHED	UNKNOWN	\N	0	\N
3700	1900	10	3	1	2024-06-28	ENDED	2026-06-14	OBJECTIVES_REACHED	STAYED_IN_DWELLING	\N	0	\N
3750	1900	10	3	1	2021-04-25	ENDED	2022-09-05	OBJECTIVES_REACHED	LEASE_TRANSFERRED	\N	0	\N
3800	1950	10	3	1	2024-06-28	ENDED	2026-01-14	OBJECTIVES_REACHED	LEASE_TRANSFERRED	\N	0	\N
3850	1950	10	3	1	2021-04-25	OPEN	\N	\N	\N	\N	0	\N
3900	2000	10	3	1	2024-06-28	OPEN	\N	\N	\N	\N	0	\N
3950	2000	10	3	1	2021-04-25	ENDED	2021-09-21	OBJECTIVES_REACHED	LEASE_TRANSFERRED	\N	0	\N
4000	2050	10	3	1	2024-06-28	ENDED	2024-12-10	OBJECTIVES_REACHED	OTHER_AUTONOMOUS_HOUSING	\N	0	\N
4050	2050	10	3	1	2021-04-25	ENDED	2022-05-07	OBJECTIVES_REACHED	LEASE_TRANSFERRED	\N	0	\N
\.


--
-- Data for Name: measure_period; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.measure_period (id, measure_id, number, kind, start_date, end_date, derogation_granted_by, derogation_granted_on, derogation_reference) FROM stdin;
1	1	1	INITIAL	2026-07-02	2027-01-01	\N	\N	\N
2	2	1	INITIAL	2026-10-02	2027-01-01	\N	\N	\N
3	3	1	INITIAL	2026-11-12	2027-02-11	\N	\N	\N
100	100	1	INITIAL	2024-06-28	2025-07-03	\N	\N	\N
150	150	1	INITIAL	2021-04-25	2022-06-21	\N	\N	\N
200	200	1	INITIAL	2024-06-28	2025-06-27	\N	\N	\N
250	250	1	INITIAL	2021-04-25	2022-06-14	\N	\N	\N
300	300	1	INITIAL	2024-06-28	2025-06-27	\N	\N	\N
350	350	1	INITIAL	2021-04-25	2022-04-24	\N	\N	\N
400	400	1	INITIAL	2024-06-28	2025-06-27	\N	\N	\N
450	450	1	INITIAL	2021-04-25	2022-04-05	\N	\N	\N
500	500	1	INITIAL	2024-06-28	2026-04-09	\N	\N	\N
550	550	1	INITIAL	2021-04-25	2022-04-24	\N	\N	\N
600	600	1	INITIAL	2024-06-28	2025-11-02	\N	\N	\N
650	650	1	INITIAL	2021-04-25	2022-04-24	\N	\N	\N
700	700	1	INITIAL	2024-06-28	2026-06-08	\N	\N	\N
750	750	1	INITIAL	2021-04-25	2022-04-24	\N	\N	\N
800	800	1	INITIAL	2024-06-28	2026-03-13	\N	\N	\N
850	850	1	INITIAL	2021-04-25	2022-04-24	\N	\N	\N
900	900	1	INITIAL	2024-06-28	2025-10-06	\N	\N	\N
950	950	1	INITIAL	2021-04-25	2022-08-13	\N	\N	\N
1000	1000	1	INITIAL	2024-06-28	2026-01-07	\N	\N	\N
1050	1050	1	INITIAL	2021-04-25	2023-01-23	\N	\N	\N
1100	1100	1	INITIAL	2024-06-28	2026-02-15	\N	\N	\N
1150	1150	1	INITIAL	2021-04-25	2022-06-25	\N	\N	\N
1200	1200	1	INITIAL	2024-06-28	2025-07-11	\N	\N	\N
1250	1250	1	INITIAL	2021-04-25	2021-12-28	\N	\N	\N
1300	1300	1	INITIAL	2024-06-28	2025-08-26	\N	\N	\N
1350	1350	1	INITIAL	2021-04-25	2023-04-12	\N	\N	\N
1400	1400	1	INITIAL	2024-06-28	2025-05-23	\N	\N	\N
1450	1450	1	INITIAL	2021-04-25	2022-04-24	\N	\N	\N
1500	1500	1	INITIAL	2024-06-28	2026-06-01	\N	\N	\N
1550	1550	1	INITIAL	2021-04-25	2022-08-15	\N	\N	\N
1600	1600	1	INITIAL	2024-06-28	2025-05-18	\N	\N	\N
1650	1650	1	INITIAL	2021-04-25	2023-02-12	\N	\N	\N
1700	1700	1	INITIAL	2024-06-28	2026-01-29	\N	\N	\N
1750	1750	1	INITIAL	2021-04-25	2023-04-11	\N	\N	\N
1800	1800	1	INITIAL	2024-06-28	2025-01-18	\N	\N	\N
1850	1850	1	INITIAL	2021-04-25	2021-10-24	\N	\N	\N
1900	1900	1	INITIAL	2024-06-28	2025-02-13	\N	\N	\N
1950	1950	1	INITIAL	2021-04-25	2021-12-17	\N	\N	\N
2000	2000	1	INITIAL	2024-06-28	2025-06-27	\N	\N	\N
2050	2050	1	INITIAL	2021-04-25	2022-04-24	\N	\N	\N
2100	2100	1	INITIAL	2024-06-28	2025-08-22	\N	\N	\N
2150	2150	1	INITIAL	2021-04-25	2022-04-24	\N	\N	\N
2200	2200	1	INITIAL	2024-06-28	2024-11-21	\N	\N	\N
2250	2250	1	INITIAL	2021-04-25	2022-04-06	\N	\N	\N
2300	2300	1	INITIAL	2024-06-28	2024-11-25	\N	\N	\N
2350	2350	1	INITIAL	2021-04-25	2022-05-23	\N	\N	\N
2400	2400	1	INITIAL	2024-06-28	2024-10-05	\N	\N	\N
2450	2450	1	INITIAL	2021-04-25	2023-02-18	\N	\N	\N
2500	2500	1	INITIAL	2024-06-28	2025-06-27	\N	\N	\N
2550	2550	1	INITIAL	2021-04-25	2022-04-24	\N	\N	\N
2600	2600	1	INITIAL	2024-06-28	2026-02-24	\N	\N	\N
2650	2650	1	INITIAL	2021-04-25	2022-04-24	\N	\N	\N
2700	2700	1	INITIAL	2024-06-28	2024-12-14	\N	\N	\N
2750	2750	1	INITIAL	2021-04-25	2022-07-07	\N	\N	\N
2800	2800	1	INITIAL	2024-06-28	2025-08-29	\N	\N	\N
2850	2850	1	INITIAL	2021-04-25	2022-08-06	\N	\N	\N
2900	2900	1	INITIAL	2024-06-28	2026-02-24	\N	\N	\N
2950	2950	1	INITIAL	2021-04-25	2021-08-05	\N	\N	\N
3000	3000	1	INITIAL	2024-06-28	2025-10-09	\N	\N	\N
3050	3050	1	INITIAL	2021-04-25	2021-11-24	\N	\N	\N
3100	3100	1	INITIAL	2024-06-28	2026-03-13	\N	\N	\N
3150	3150	1	INITIAL	2021-04-25	2022-08-25	\N	\N	\N
3200	3200	1	INITIAL	2024-06-28	2025-01-12	\N	\N	\N
3250	3250	1	INITIAL	2021-04-25	2022-03-18	\N	\N	\N
3300	3300	1	INITIAL	2024-06-28	2025-06-27	\N	\N	\N
3350	3350	1	INITIAL	2021-04-25	2022-08-31	\N	\N	\N
3400	3400	1	INITIAL	2024-06-28	2025-05-10	\N	\N	\N
3450	3450	1	INITIAL	2021-04-25	2022-04-24	\N	\N	\N
3500	3500	1	INITIAL	2024-06-28	2024-12-23	\N	\N	\N
3550	3550	1	INITIAL	2021-04-25	2021-08-03	\N	\N	\N
3600	3600	1	INITIAL	2024-06-28	2026-01-24	\N	\N	\N
3650	3650	1	INITIAL	2021-04-25	2021-10-29	\N	\N	\N
3700	3700	1	INITIAL	2024-06-28	2026-06-14	\N	\N	\N
3750	3750	1	INITIAL	2021-04-25	2022-09-05	\N	\N	\N
3800	3800	1	INITIAL	2024-06-28	2026-01-14	\N	\N	\N
3850	3850	1	INITIAL	2021-04-25	2022-04-24	\N	\N	\N
3900	3900	1	INITIAL	2024-06-28	2025-06-27	\N	\N	\N
3950	3950	1	INITIAL	2021-04-25	2021-09-21	\N	\N	\N
4000	4000	1	INITIAL	2024-06-28	2024-12-10	\N	\N	\N
4050	4050	1	INITIAL	2021-04-25	2022-05-07	\N	\N	\N
\.


--
-- Data for Name: measure_referent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.measure_referent (id, measure_id, from_date, worker_id, service_unit_id) FROM stdin;
1	1	2026-07-02	3	1
2	2	2026-10-02	3	1
3	3	2026-11-12	3	1
100	100	2024-06-28	3	1
150	150	2021-04-25	3	1
200	200	2024-06-28	3	1
250	250	2021-04-25	3	1
300	300	2024-06-28	3	1
350	350	2021-04-25	3	1
400	400	2024-06-28	3	1
450	450	2021-04-25	3	1
500	500	2024-06-28	3	1
550	550	2021-04-25	3	1
600	600	2024-06-28	3	1
650	650	2021-04-25	3	1
700	700	2024-06-28	3	1
750	750	2021-04-25	3	1
800	800	2024-06-28	3	1
850	850	2021-04-25	3	1
900	900	2024-06-28	3	1
950	950	2021-04-25	3	1
1000	1000	2024-06-28	3	1
1050	1050	2021-04-25	3	1
1100	1100	2024-06-28	3	1
1150	1150	2021-04-25	3	1
1200	1200	2024-06-28	3	1
1250	1250	2021-04-25	3	1
1300	1300	2024-06-28	3	1
1350	1350	2021-04-25	3	1
1400	1400	2024-06-28	3	1
1450	1450	2021-04-25	3	1
1500	1500	2024-06-28	3	1
1550	1550	2021-04-25	3	1
1600	1600	2024-06-28	3	1
1650	1650	2021-04-25	3	1
1700	1700	2024-06-28	3	1
1750	1750	2021-04-25	3	1
1800	1800	2024-06-28	3	1
1850	1850	2021-04-25	3	1
1900	1900	2024-06-28	3	1
1950	1950	2021-04-25	3	1
2000	2000	2024-06-28	3	1
2050	2050	2021-04-25	3	1
2100	2100	2024-06-28	3	1
2150	2150	2021-04-25	3	1
2200	2200	2024-06-28	3	1
2250	2250	2021-04-25	3	1
2300	2300	2024-06-28	3	1
2350	2350	2021-04-25	3	1
2400	2400	2024-06-28	3	1
2450	2450	2021-04-25	3	1
2500	2500	2024-06-28	3	1
2550	2550	2021-04-25	3	1
2600	2600	2024-06-28	3	1
2650	2650	2021-04-25	3	1
2700	2700	2024-06-28	3	1
2750	2750	2021-04-25	3	1
2800	2800	2024-06-28	3	1
2850	2850	2021-04-25	3	1
2900	2900	2024-06-28	3	1
2950	2950	2021-04-25	3	1
3000	3000	2024-06-28	3	1
3050	3050	2021-04-25	3	1
3100	3100	2024-06-28	3	1
3150	3150	2021-04-25	3	1
3200	3200	2024-06-28	3	1
3250	3250	2021-04-25	3	1
3300	3300	2024-06-28	3	1
3350	3350	2021-04-25	3	1
3400	3400	2024-06-28	3	1
3450	3450	2021-04-25	3	1
3500	3500	2024-06-28	3	1
3550	3550	2021-04-25	3	1
3600	3600	2024-06-28	3	1
3650	3650	2021-04-25	3	1
3700	3700	2024-06-28	3	1
3750	3750	2021-04-25	3	1
3800	3800	2024-06-28	3	1
3850	3850	2021-04-25	3	1
3900	3900	2024-06-28	3	1
3950	3950	2021-04-25	3	1
4000	4000	2024-06-28	3	1
4050	4050	2021-04-25	3	1
\.


--
-- Data for Name: measure_suspension; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.measure_suspension (id, measure_id, from_date, to_date, reason) FROM stdin;
\.


--
-- Data for Name: mediation_action; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mediation_action (id, incident_id, taken_on, party, description, taken_by) FROM stdin;
\.


--
-- Data for Name: objective; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.objective (id, measure_id, domain, description, progress, progress_on) FROM stdin;
\.


--
-- Data for Name: occupancy; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.occupancy (id, dwelling_id, household_id, measure_id, programme_id, agreement, start_date, rent, charges, housing_benefit, end_date, ended_by, exit_state, version) FROM stdin;
1	1	1	1	1	SUB_LEASE	2026-07-09	480.00	70.00	312.45	\N	\N	\N	1
\.


--
-- Data for Name: payment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.payment (id, occupancy_id, household_id, paid_on, amount, payer, reference, recorded_at, repayment_plan_id) FROM stdin;
1	1	1	2026-07-08	237.55	HOUSEHOLD	VIR-2026-07	2026-12-02 08:34:06.004418	\N
2	1	1	2026-08-08	237.55	HOUSEHOLD	VIR-2026-08	2026-12-02 08:34:06.379729	\N
3	1	1	2026-09-08	100.00	HOUSEHOLD	VIR-2026-09	2026-12-02 08:34:06.557196	\N
4	1	1	2026-10-08	237.55	HOUSEHOLD	VIR-2026-10	2026-12-02 08:34:06.735976	\N
\.


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.person (id, household_id, last_name, first_name, birth_date, sex, relationship) FROM stdin;
1	1	Diallo	Aminata	1987-03-14	F	HEAD
2	2	Martin	Julien	1979-11-02	F	HEAD
3	3	Benali	Samira	1995-06-30	F	HEAD
100	100	Robert-1	Inès	1955-12-26	F	HEAD
150	150	Traoré-2	Lucas	1993-09-19	F	HEAD
200	200	David-3	Marie	1949-11-21	M	HEAD
250	250	Laurent-4	Karim	1982-11-30	F	HEAD
300	300	Roux-5	Marie	1973-06-12	M	HEAD
350	350	Martin-6	Nicolas	1979-07-29	F	HEAD
400	400	Richard-7	Marie	1978-03-21	M	HEAD
450	450	Dubois-8	Inès	1959-05-09	M	HEAD
500	500	Lefebvre-9	Sophie	1973-03-17	F	HEAD
550	550	Roux-10	Marie	1968-01-17	F	HEAD
600	600	Dubois-11	Nicolas	1980-05-03	F	HEAD
650	650	Bertrand-12	Karim	1973-01-10	M	HEAD
700	700	Roux-13	Jean	1950-05-19	F	HEAD
750	750	Durand-14	Marie	1947-07-02	M	HEAD
800	800	Bernard-15	Sophie	1976-08-01	M	HEAD
850	850	Roux-16	Fatou	1996-12-21	F	HEAD
900	900	Durand-17	Karim	1992-07-01	M	HEAD
950	950	Lefebvre-18	Inès	1963-07-19	F	HEAD
1000	1000	David-19	Marie	1960-01-11	F	HEAD
1050	1050	Simon-20	Aïcha	1945-04-27	M	HEAD
1100	1100	Vincent-21	Inès	1947-01-03	F	HEAD
1150	1150	Bertrand-22	Paul	1958-04-07	M	HEAD
1200	1200	Roux-23	Paul	1945-01-11	M	HEAD
1250	1250	Simon-24	Marie	1952-03-01	F	HEAD
1300	1300	Simon-25	Lucas	1965-11-09	F	HEAD
1350	1350	Leroy-26	Nicolas	1967-02-11	M	HEAD
1400	1400	Traoré-27	Paul	1968-04-14	M	HEAD
1450	1450	Moreau-28	Fatou	1983-05-24	F	HEAD
1500	1500	Leroy-29	Karim	1946-02-18	M	HEAD
1550	1550	Garcia-30	Sophie	1969-06-30	F	HEAD
1600	1600	Leroy-31	Inès	1979-11-09	M	HEAD
1650	1650	Durand-32	Fatou	1993-05-05	F	HEAD
1700	1700	Garcia-33	Karim	1978-06-03	F	HEAD
1750	1750	Martin-34	Nicolas	1946-05-09	F	HEAD
1800	1800	David-35	Aïcha	1970-09-10	F	HEAD
1850	1850	Diallo-36	Nicolas	1946-12-12	F	HEAD
1900	1900	Roux-37	Jean	1958-12-09	M	HEAD
1950	1950	Durand-38	Aïcha	1991-04-29	M	HEAD
2000	2000	David-39	Aïcha	1977-04-24	F	HEAD
2050	2050	Bernard-40	Sophie	1994-03-18	F	HEAD
\.


--
-- Data for Name: programme; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programme (id, code, name, funder, kind, first_period_months, max_total_months, cadence_contacts, cadence_per_days, cadence_types, evaluation_lead_days, evaluation_before_renewal, follow_up_months, financed_capacity, housing_included, residence_status_required, eligibility_notes, active, version) FROM stdin;
1	ALSA-IML-SOUS-LOCATION	IML en sous-location (ALSA)	État (DDETSPP)	IML_SUBLEASE	6	18	1	30	ACCOMPANIMENT,HOME_VISIT,OFFICE_APPOINTMENT	15	t	\N	\N	t	t	Titre de séjour en cours de validité. À 6 mois, l’évaluation décide du renouvellement ou du glissement de bail.	t	1
4	ASL-IML-MANDAT	IML en mandat de gestion (ASL)	État (DDCS)	IML_MANAGEMENT_MANDATE	12	12	\N	\N	\N	15	f	\N	20	t	f	Phase préalable à l’entrée dans le logement ; adhésion du ménage contractualisée à la signature du bail, avec l’accord préalable du financeur.	t	1
5	ASL-CAF-SIMPLE	Accompagnement simple CAF (ASL)	CAF	CAF_SIMPLE	\N	\N	\N	\N	\N	0	f	\N	\N	f	f	Surtout pour les impayés de loyer : assainir d’abord la situation financière, puis traiter les causes.	t	1
2	ASLD-IML-CLASSIQUE	IML classique (ASLD)	État (DDETS)	IML_SUBLEASE	6	18	1	30	HOME_VISIT	15	t	\N	132	t	f	Orientation SIAO, entretien avec la coordinatrice et un travailleur social ; contrat de sous-location et contrat d’accompagnement signés.	t	1
10	UDAF55-ASLL	ASLL accès / maintien (UDAF 55)	Conseil départemental (FSL)	ASLL	3	12	2	30	HOME_VISIT,OFFICE_APPOINTMENT	10	t	6	\N	f	f	Bilan de fin de mesure adressé 10 jours avant l’échéance aux responsables MTAS et UTAS ; visite de suivi 6 mois après la fin avec l’assistante sociale de secteur. Non éligibles : ménages dont les déficiences excluent l’autonomie.	t	1
7	APAR-AVDL	AVDL (APAR)	État (DDCS, FNAVDL)	AVDL	\N	\N	\N	\N	\N	0	f	\N	\N	f	f	Sur demande d’une commission DALO, de la CCAPEX, d’un CHRS ou d’un bailleur ; diagnostic ou accompagnement.	t	1
8	APAR-IML	IML (APAR)	État (DDETS)	IML_SUBLEASE	\N	\N	\N	\N	\N	0	f	\N	\N	t	f	Publics prioritaires : DALO, commission PDALPD, sortants de structure, ménages de bonne foi menacés d’expulsion ou expulsés.	t	1
9	APAR-ASLL-71	ASLL Saône-et-Loire (APAR)	Conseil départemental (FSL)	ASLL	6	12	1	14	HOME_VISIT	15	t	\N	\N	f	f	Validé par la commission CUD ; accès ou maintien.	t	1
6	ASL-CAF-RENFORCE	Accompagnement renforcé CAF (ASL)	CAF	CAF_REINFORCED	\N	\N	2	30	HOME_VISIT,OFFICE_APPOINTMENT	0	f	\N	\N	f	f	Objectifs fixés dans un contrat ; fin si le ménage ne coopère pas.	t	1
3	ASLD-IML-PLUS	IML+ accompagnement renforcé (ASLD)	État (DDETS)	IML_SUBLEASE	6	18	1	30	HOME_VISIT	15	t	\N	10	t	f	Accompagnement renforcé ; orientation SIAO.	t	1
\.


--
-- Data for Name: programme_renewal_step; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programme_renewal_step (programme_id, step_index, months, derogation_required, derogation_authority) FROM stdin;
1	0	6	f	\N
1	1	6	t	DDETSPP
2	0	6	f	\N
2	1	6	f	\N
10	0	3	f	\N
10	1	3	f	\N
10	2	3	f	\N
9	0	3	f	\N
9	1	3	t	Commission CUD
3	0	6	f	\N
3	1	6	f	\N
\.


--
-- Data for Name: referral; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.referral (id, household_id, programme_id, orienting_body, received_on, status, interview_on, decided_on, decision_reason, measure_id, version) FROM stdin;
\.


--
-- Data for Name: rent_call; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.rent_call (id, occupancy_id, household_id, month, rent, charges, housing_benefit, amount_due, due_date, issued_at) FROM stdin;
1	1	1	2026-07-01	480.00	70.00	312.45	237.55	2026-07-01	2026-12-02 08:34:05.800459
2	1	1	2026-08-01	480.00	70.00	312.45	237.55	2026-08-01	2026-12-02 08:34:06.233937
3	1	1	2026-09-01	480.00	70.00	312.45	237.55	2026-09-01	2026-12-02 08:34:06.474623
4	1	1	2026-10-01	480.00	70.00	312.45	237.55	2026-10-01	2026-12-02 08:34:06.646722
5	1	1	2026-11-01	480.00	70.00	312.45	237.55	2026-11-01	2026-12-02 08:34:06.892041
6	1	1	2026-12-01	480.00	70.00	312.45	237.55	2026-12-01	2026-12-02 08:34:07.149926
\.


--
-- Data for Name: repayment_instalment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.repayment_instalment (plan_id, number, due_date, amount) FROM stdin;
\.


--
-- Data for Name: repayment_plan; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.repayment_plan (id, occupancy_id, household_id, agreed_on, debt, cancelled_on, version) FROM stdin;
\.


--
-- Data for Name: retention_rule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.retention_rule (category, retention_months, version) FROM stdin;
CLOSED_CASE	24	0
REFUSED_REFERRAL	12	0
CONTACT	24	0
CONFIDENTIAL_NOTE	24	0
DOCUMENT	24	0
\.


--
-- Data for Name: service_unit; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.service_unit (id, code, name, active, version) FROM stdin;
2	SUD	Service logement Sud	t	1
1	NORD	Service logement Nord	t	1
\.


--
-- Data for Name: statistics_snapshot; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.statistics_snapshot (id, programme_id, service_scope, year, computed_at, indicators) FROM stdin;
1	1	0	2026	2026-12-02 08:35:47.747759+00	{"programmeId":1,"year":2026,"householdsFollowed":1,"entries":1,"ends":0,"homeVisits":1,"officeAppointments":0,"monthMeasures":6,"averageDurationMonths":6,"outcomes":{},"composition":{"UNKNOWN":1},"ageBands":{"FROM_35_TO_44":1},"resources":{"UNKNOWN":1}}
2	1	1	2026	2026-12-02 08:35:47.747759+00	{"programmeId":1,"year":2026,"householdsFollowed":1,"entries":1,"ends":0,"homeVisits":1,"officeAppointments":0,"monthMeasures":6,"averageDurationMonths":6,"outcomes":{},"composition":{"UNKNOWN":1},"ageBands":{"FROM_35_TO_44":1},"resources":{"UNKNOWN":1},"serviceUnitId":1}
3	2	0	2026	2026-12-02 08:35:47.747759+00	{"programmeId":2,"year":2026,"householdsFollowed":0,"entries":0,"ends":0,"homeVisits":0,"officeAppointments":0,"monthMeasures":0,"averageDurationMonths":0,"outcomes":{},"composition":{},"ageBands":{},"resources":{},"financedCapacity":132,"occupancyRate":0.0}
4	3	0	2026	2026-12-02 08:35:47.747759+00	{"programmeId":3,"year":2026,"householdsFollowed":0,"entries":0,"ends":0,"homeVisits":0,"officeAppointments":0,"monthMeasures":0,"averageDurationMonths":0,"outcomes":{},"composition":{},"ageBands":{},"resources":{},"financedCapacity":10,"occupancyRate":0.0}
5	4	0	2026	2026-12-02 08:35:47.747759+00	{"programmeId":4,"year":2026,"householdsFollowed":0,"entries":0,"ends":0,"homeVisits":0,"officeAppointments":0,"monthMeasures":0,"averageDurationMonths":0,"outcomes":{},"composition":{},"ageBands":{},"resources":{},"financedCapacity":20,"occupancyRate":0.0}
6	5	0	2026	2026-12-02 08:35:47.747759+00	{"programmeId":5,"year":2026,"householdsFollowed":0,"entries":0,"ends":0,"homeVisits":0,"officeAppointments":0,"monthMeasures":0,"averageDurationMonths":0,"outcomes":{},"composition":{},"ageBands":{},"resources":{}}
7	6	0	2026	2026-12-02 08:35:47.747759+00	{"programmeId":6,"year":2026,"householdsFollowed":0,"entries":0,"ends":0,"homeVisits":0,"officeAppointments":0,"monthMeasures":0,"averageDurationMonths":0,"outcomes":{},"composition":{},"ageBands":{},"resources":{}}
8	7	0	2026	2026-12-02 08:35:47.747759+00	{"programmeId":7,"year":2026,"householdsFollowed":0,"entries":0,"ends":0,"homeVisits":0,"officeAppointments":0,"monthMeasures":0,"averageDurationMonths":0,"outcomes":{},"composition":{},"ageBands":{},"resources":{}}
9	8	0	2026	2026-12-02 08:35:47.747759+00	{"programmeId":8,"year":2026,"householdsFollowed":0,"entries":0,"ends":0,"homeVisits":0,"officeAppointments":0,"monthMeasures":0,"averageDurationMonths":0,"outcomes":{},"composition":{},"ageBands":{},"resources":{}}
10	9	0	2026	2026-12-02 08:35:47.747759+00	{"programmeId":9,"year":2026,"householdsFollowed":0,"entries":0,"ends":0,"homeVisits":0,"officeAppointments":0,"monthMeasures":0,"averageDurationMonths":0,"outcomes":{},"composition":{},"ageBands":{},"resources":{}}
11	10	0	2026	2026-12-02 08:35:49.336624+00	{"programmeId":10,"year":2026,"householdsFollowed":2,"entries":2,"ends":0,"homeVisits":2,"officeAppointments":0,"monthMeasures":5,"averageDurationMonths":3,"outcomes":{},"composition":{"UNKNOWN":2},"ageBands":{"FROM_25_TO_34":1,"FROM_45_TO_54":1},"resources":{"UNKNOWN":2}}
12	10	1	2026	2026-12-02 08:35:49.336624+00	{"programmeId":10,"year":2026,"householdsFollowed":2,"entries":2,"ends":0,"homeVisits":2,"officeAppointments":0,"monthMeasures":5,"averageDurationMonths":3,"outcomes":{},"composition":{"UNKNOWN":2},"ageBands":{"FROM_25_TO_34":1,"FROM_45_TO_54":1},"resources":{"UNKNOWN":2},"serviceUnitId":1}
\.


--
-- Data for Name: stepexecutioninstancedata; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stepexecutioninstancedata (stepexecid, jobexecid, batchstatus, exitstatus, stepname, readcount, writecount, commitcount, rollbackcount, readskipcount, processskipcount, filtercount, writeskipcount, starttime, endtime, persistentdata) FROM stdin;
1	1	COMPLETED	COMPLETED	raise-alerts	3	2	1	0	0	0	1	0	2026-12-02 08:35:39.823	2026-12-02 08:35:42.194	\\xaced000570
2	1	COMPLETED	MAILS_SENT=0 MAILS_FAILED=0	mail-alerts	0	0	0	0	0	0	0	0	2026-12-02 08:35:42.647	2026-12-02 08:35:46.089	\\xaced000570
3	2	COMPLETED	COMPLETED	take-snapshots	12	12	2	0	0	0	0	0	2026-12-02 08:35:47.433	2026-12-02 08:35:49.715	\\xaced000570
4	3	COMPLETED	COMPLETED	raise-alerts	22	21	1	0	0	0	1	0	2026-12-02 08:36:30.906	2026-12-02 08:36:32.026	\\xaced000570
5	3	COMPLETED	MAILS_SENT=0 MAILS_FAILED=0	mail-alerts	0	0	0	0	0	0	0	0	2026-12-02 08:36:32.266	2026-12-02 08:36:32.527	\\xaced000570
\.


--
-- Data for Name: stepstatus; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stepstatus (id, obj) FROM stdin;
4	\\xaced00057372002a636f6d2e69626d2e6a62617463682e636f6e7461696e65722e7374617475732e5374657053746174757300000000000000010200074a00166c61737452756e53746570457865637574696f6e496449000a7374617274436f756e744a000f73746570457865637574696f6e49644c000b62617463685374617475737400234c6a616b617274612f62617463682f72756e74696d652f42617463685374617475733b4c000a657869745374617475737400124c6a6176612f6c616e672f537472696e673b4c000d6e756d506172746974696f6e737400134c6a6176612f6c616e672f496e74656765723b4c001270657273697374656e74557365724461746174003c4c636f6d2f69626d2f6a62617463682f636f6e7461696e65722f70657273697374656e63652f50657273697374656e7444617461577261707065723b787000000000000000040000000100000000000000047e7200216a616b617274612e62617463682e72756e74696d652e426174636853746174757300000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740009434f4d504c4554454471007e0009707372003a636f6d2e69626d2e6a62617463682e636f6e7461696e65722e70657273697374656e63652e50657273697374656e74446174615772617070657200000000000000010200015b001370657273697374656e744461746142797465737400025b427870757200025b42acf317f8060854e0020000787000000005aced000570
1	\\xaced00057372002a636f6d2e69626d2e6a62617463682e636f6e7461696e65722e7374617475732e5374657053746174757300000000000000010200074a00166c61737452756e53746570457865637574696f6e496449000a7374617274436f756e744a000f73746570457865637574696f6e49644c000b62617463685374617475737400234c6a616b617274612f62617463682f72756e74696d652f42617463685374617475733b4c000a657869745374617475737400124c6a6176612f6c616e672f537472696e673b4c000d6e756d506172746974696f6e737400134c6a6176612f6c616e672f496e74656765723b4c001270657273697374656e74557365724461746174003c4c636f6d2f69626d2f6a62617463682f636f6e7461696e65722f70657273697374656e63652f50657273697374656e7444617461577261707065723b787000000000000000010000000100000000000000017e7200216a616b617274612e62617463682e72756e74696d652e426174636853746174757300000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740009434f4d504c4554454471007e0009707372003a636f6d2e69626d2e6a62617463682e636f6e7461696e65722e70657273697374656e63652e50657273697374656e74446174615772617070657200000000000000010200015b001370657273697374656e744461746142797465737400025b427870757200025b42acf317f8060854e0020000787000000005aced000570
3	\\xaced00057372002a636f6d2e69626d2e6a62617463682e636f6e7461696e65722e7374617475732e5374657053746174757300000000000000010200074a00166c61737452756e53746570457865637574696f6e496449000a7374617274436f756e744a000f73746570457865637574696f6e49644c000b62617463685374617475737400234c6a616b617274612f62617463682f72756e74696d652f42617463685374617475733b4c000a657869745374617475737400124c6a6176612f6c616e672f537472696e673b4c000d6e756d506172746974696f6e737400134c6a6176612f6c616e672f496e74656765723b4c001270657273697374656e74557365724461746174003c4c636f6d2f69626d2f6a62617463682f636f6e7461696e65722f70657273697374656e63652f50657273697374656e7444617461577261707065723b787000000000000000030000000100000000000000037e7200216a616b617274612e62617463682e72756e74696d652e426174636853746174757300000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740009434f4d504c4554454471007e0009707372003a636f6d2e69626d2e6a62617463682e636f6e7461696e65722e70657273697374656e63652e50657273697374656e74446174615772617070657200000000000000010200015b001370657273697374656e744461746142797465737400025b427870757200025b42acf317f8060854e0020000787000000005aced000570
2	\\xaced00057372002a636f6d2e69626d2e6a62617463682e636f6e7461696e65722e7374617475732e5374657053746174757300000000000000010200074a00166c61737452756e53746570457865637574696f6e496449000a7374617274436f756e744a000f73746570457865637574696f6e49644c000b62617463685374617475737400234c6a616b617274612f62617463682f72756e74696d652f42617463685374617475733b4c000a657869745374617475737400124c6a6176612f6c616e672f537472696e673b4c000d6e756d506172746974696f6e737400134c6a6176612f6c616e672f496e74656765723b4c001270657273697374656e74557365724461746174003c4c636f6d2f69626d2f6a62617463682f636f6e7461696e65722f70657273697374656e63652f50657273697374656e7444617461577261707065723b787000000000000000020000000100000000000000027e7200216a616b617274612e62617463682e72756e74696d652e426174636853746174757300000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740009434f4d504c4554454474001b4d41494c535f53454e543d30204d41494c535f4641494c45443d30707372003a636f6d2e69626d2e6a62617463682e636f6e7461696e65722e70657273697374656e63652e50657273697374656e74446174615772617070657200000000000000010200015b001370657273697374656e744461746142797465737400025b427870757200025b42acf317f8060854e0020000787000000005aced000570
5	\\xaced00057372002a636f6d2e69626d2e6a62617463682e636f6e7461696e65722e7374617475732e5374657053746174757300000000000000010200074a00166c61737452756e53746570457865637574696f6e496449000a7374617274436f756e744a000f73746570457865637574696f6e49644c000b62617463685374617475737400234c6a616b617274612f62617463682f72756e74696d652f42617463685374617475733b4c000a657869745374617475737400124c6a6176612f6c616e672f537472696e673b4c000d6e756d506172746974696f6e737400134c6a6176612f6c616e672f496e74656765723b4c001270657273697374656e74557365724461746174003c4c636f6d2f69626d2f6a62617463682f636f6e7461696e65722f70657273697374656e63652f50657273697374656e7444617461577261707065723b787000000000000000050000000100000000000000057e7200216a616b617274612e62617463682e72756e74696d652e426174636853746174757300000000000000001200007872000e6a6176612e6c616e672e456e756d00000000000000001200007870740009434f4d504c4554454474001b4d41494c535f53454e543d30204d41494c535f4641494c45443d30707372003a636f6d2e69626d2e6a62617463682e636f6e7461696e65722e70657273697374656e63652e50657273697374656e74446174615772617070657200000000000000010200015b001370657273697374656e744461746142797465737400025b427870757200025b42acf317f8060854e0020000787000000005aced000570
\.


--
-- Data for Name: user_account; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_account (id, username, display_name, email, password_hash, service_unit_id, active, failed_logins, first_failed_login_at, locked_until, last_login_at, email_alerts, preferred_locale, version) FROM stdin;
1	admin	Administrateur	\N	PBKDF2WithHmacSHA256:600000:Goyfv+KpAwdh72Q4H09TlLg2si4axQe9oj4sLAGuZNo=:KDUxJUz9HYuSac5OfU9kYe88moH5UbXrtRG6vO8FLe8=	\N	t	0	\N	\N	\N	f	\N	1
7	financeur	Fanny Financeur (DDETS)	\N	PBKDF2WithHmacSHA256:600000:yZDb6w01er13q0lz18Rfv7CCAipL6JfG/m2+dPbpm8k=:YeUrSaxiKIkkIZk8TD3JDDLc4AWk4izJpUZqZzJWMFo=	\N	t	0	\N	\N	\N	f	\N	1
2	coordinatrice	Claire Coordinatrice	\N	PBKDF2WithHmacSHA256:600000:yZDb6w01er13q0lz18Rfv7CCAipL6JfG/m2+dPbpm8k=:YeUrSaxiKIkkIZk8TD3JDDLc4AWk4izJpUZqZzJWMFo=	1	t	0	\N	\N	\N	f	\N	1
5	travailleuse-sud	Sonia Travailleuse sociale (Sud)	\N	PBKDF2WithHmacSHA256:600000:yZDb6w01er13q0lz18Rfv7CCAipL6JfG/m2+dPbpm8k=:YeUrSaxiKIkkIZk8TD3JDDLc4AWk4izJpUZqZzJWMFo=	2	t	0	\N	\N	\N	f	\N	1
3	travailleur	Thomas Travailleur social	\N	PBKDF2WithHmacSHA256:600000:yZDb6w01er13q0lz18Rfv7CCAipL6JfG/m2+dPbpm8k=:YeUrSaxiKIkkIZk8TD3JDDLc4AWk4izJpUZqZzJWMFo=	1	t	0	\N	\N	\N	f	\N	1
4	gestion	Gaëlle Gestion locative	\N	PBKDF2WithHmacSHA256:600000:yZDb6w01er13q0lz18Rfv7CCAipL6JfG/m2+dPbpm8k=:YeUrSaxiKIkkIZk8TD3JDDLc4AWk4izJpUZqZzJWMFo=	1	t	0	\N	\N	\N	f	\N	1
6	direction	Denis Directeur	\N	PBKDF2WithHmacSHA256:600000:yZDb6w01er13q0lz18Rfv7CCAipL6JfG/m2+dPbpm8k=:YeUrSaxiKIkkIZk8TD3JDDLc4AWk4izJpUZqZzJWMFo=	\N	t	0	\N	\N	\N	f	\N	1
8	administration	Alice Administratrice	\N	PBKDF2WithHmacSHA256:600000:yZDb6w01er13q0lz18Rfv7CCAipL6JfG/m2+dPbpm8k=:YeUrSaxiKIkkIZk8TD3JDDLc4AWk4izJpUZqZzJWMFo=	\N	t	0	\N	\N	2026-12-02 08:36:52.016359+00	f	\N	6
\.


--
-- Data for Name: user_role; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_role (user_account_id, role) FROM stdin;
1	administrator
7	funder-viewer
2	coordinator
5	social-worker
3	social-worker
8	administrator
4	rental-manager
6	director
\.


--
-- Name: alert_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.alert_seq', 164, true);


--
-- Name: audit_entry_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_entry_seq', 2950, true);


--
-- Name: contact_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.contact_seq', 80050, true);


--
-- Name: document_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.document_seq', 50, false);


--
-- Name: dwelling_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.dwelling_seq', 50, true);


--
-- Name: evaluation_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_seq', 50, false);


--
-- Name: executioninstancedata_jobexecid_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.executioninstancedata_jobexecid_seq', 3, true);


--
-- Name: financed_capacity_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.financed_capacity_seq', 50, false);


--
-- Name: household_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.household_seq', 2050, true);


--
-- Name: housing_contract_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.housing_contract_seq', 50, true);


--
-- Name: incident_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.incident_seq', 50, true);


--
-- Name: insurance_certificate_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.insurance_certificate_seq', 50, true);


--
-- Name: job_problem_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.job_problem_seq', 1, false);


--
-- Name: jobinstancedata_jobinstanceid_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.jobinstancedata_jobinstanceid_seq', 3, true);


--
-- Name: landlord_exchange_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.landlord_exchange_seq', 50, true);


--
-- Name: landlord_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.landlord_seq', 50, true);


--
-- Name: measure_period_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.measure_period_seq', 4050, true);


--
-- Name: measure_referent_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.measure_referent_seq', 4050, true);


--
-- Name: measure_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.measure_seq', 4050, true);


--
-- Name: measure_suspension_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.measure_suspension_seq', 50, false);


--
-- Name: mediation_action_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.mediation_action_seq', 50, false);


--
-- Name: objective_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.objective_seq', 50, false);


--
-- Name: occupancy_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.occupancy_seq', 50, true);


--
-- Name: payment_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.payment_seq', 50, true);


--
-- Name: person_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.person_seq', 2050, true);


--
-- Name: programme_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.programme_seq', 50, true);


--
-- Name: referral_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.referral_seq', 50, false);


--
-- Name: rent_call_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.rent_call_seq', 50, true);


--
-- Name: repayment_plan_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.repayment_plan_seq', 50, false);


--
-- Name: service_unit_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.service_unit_seq', 50, true);


--
-- Name: statistics_snapshot_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.statistics_snapshot_seq', 12, true);


--
-- Name: stepexecutioninstancedata_stepexecid_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.stepexecutioninstancedata_stepexecid_seq', 5, true);


--
-- Name: user_account_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.user_account_seq', 50, true);


--
-- Name: alert alert_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert
    ADD CONSTRAINT alert_once UNIQUE (kind, measure_id, due_date, recipient_id);


--
-- Name: alert alert_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert
    ADD CONSTRAINT alert_pkey PRIMARY KEY (id);


--
-- Name: audit_entry audit_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_entry
    ADD CONSTRAINT audit_entry_pkey PRIMARY KEY (id);


--
-- Name: contact contact_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contact
    ADD CONSTRAINT contact_pkey PRIMARY KEY (id);


--
-- Name: document document_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document
    ADD CONSTRAINT document_pkey PRIMARY KEY (id);


--
-- Name: dwelling dwelling_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dwelling
    ADD CONSTRAINT dwelling_pkey PRIMARY KEY (id);


--
-- Name: evaluation evaluation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_pkey PRIMARY KEY (id);


--
-- Name: executioninstancedata executioninstancedata_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.executioninstancedata
    ADD CONSTRAINT executioninstancedata_pkey PRIMARY KEY (jobexecid);


--
-- Name: financed_capacity financed_capacity_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.financed_capacity
    ADD CONSTRAINT financed_capacity_pkey PRIMARY KEY (id);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: household household_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.household
    ADD CONSTRAINT household_pkey PRIMARY KEY (id);


--
-- Name: household household_reference_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.household
    ADD CONSTRAINT household_reference_key UNIQUE (reference);


--
-- Name: housing_contract housing_contract_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.housing_contract
    ADD CONSTRAINT housing_contract_pkey PRIMARY KEY (id);


--
-- Name: incident incident_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.incident
    ADD CONSTRAINT incident_pkey PRIMARY KEY (id);


--
-- Name: insurance_certificate insurance_certificate_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.insurance_certificate
    ADD CONSTRAINT insurance_certificate_pkey PRIMARY KEY (id);


--
-- Name: job_problem job_problem_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.job_problem
    ADD CONSTRAINT job_problem_pkey PRIMARY KEY (id);


--
-- Name: jobinstancedata jobinstancedata_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jobinstancedata
    ADD CONSTRAINT jobinstancedata_pkey PRIMARY KEY (jobinstanceid);


--
-- Name: landlord_exchange landlord_exchange_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.landlord_exchange
    ADD CONSTRAINT landlord_exchange_pkey PRIMARY KEY (id);


--
-- Name: landlord landlord_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.landlord
    ADD CONSTRAINT landlord_pkey PRIMARY KEY (id);


--
-- Name: measure_period measure_period_measure_id_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measure_period
    ADD CONSTRAINT measure_period_measure_id_number_key UNIQUE (measure_id, number);


--
-- Name: measure_period measure_period_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measure_period
    ADD CONSTRAINT measure_period_pkey PRIMARY KEY (id);


--
-- Name: measure measure_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measure
    ADD CONSTRAINT measure_pkey PRIMARY KEY (id);


--
-- Name: measure_referent measure_referent_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measure_referent
    ADD CONSTRAINT measure_referent_pkey PRIMARY KEY (id);


--
-- Name: measure_suspension measure_suspension_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measure_suspension
    ADD CONSTRAINT measure_suspension_pkey PRIMARY KEY (id);


--
-- Name: mediation_action mediation_action_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mediation_action
    ADD CONSTRAINT mediation_action_pkey PRIMARY KEY (id);


--
-- Name: objective objective_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.objective
    ADD CONSTRAINT objective_pkey PRIMARY KEY (id);


--
-- Name: occupancy occupancy_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.occupancy
    ADD CONSTRAINT occupancy_pkey PRIMARY KEY (id);


--
-- Name: payment payment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment
    ADD CONSTRAINT payment_pkey PRIMARY KEY (id);


--
-- Name: person person_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_pkey PRIMARY KEY (id);


--
-- Name: programme programme_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programme
    ADD CONSTRAINT programme_code_key UNIQUE (code);


--
-- Name: programme programme_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programme
    ADD CONSTRAINT programme_pkey PRIMARY KEY (id);


--
-- Name: programme_renewal_step programme_renewal_step_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programme_renewal_step
    ADD CONSTRAINT programme_renewal_step_pkey PRIMARY KEY (programme_id, step_index);


--
-- Name: referral referral_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referral
    ADD CONSTRAINT referral_pkey PRIMARY KEY (id);


--
-- Name: rent_call rent_call_once_per_month; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rent_call
    ADD CONSTRAINT rent_call_once_per_month UNIQUE (occupancy_id, month);


--
-- Name: rent_call rent_call_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rent_call
    ADD CONSTRAINT rent_call_pkey PRIMARY KEY (id);


--
-- Name: repayment_instalment repayment_instalment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.repayment_instalment
    ADD CONSTRAINT repayment_instalment_pkey PRIMARY KEY (plan_id, number);


--
-- Name: repayment_plan repayment_plan_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.repayment_plan
    ADD CONSTRAINT repayment_plan_pkey PRIMARY KEY (id);


--
-- Name: retention_rule retention_rule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.retention_rule
    ADD CONSTRAINT retention_rule_pkey PRIMARY KEY (category);


--
-- Name: service_unit service_unit_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_unit
    ADD CONSTRAINT service_unit_code_key UNIQUE (code);


--
-- Name: service_unit service_unit_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_unit
    ADD CONSTRAINT service_unit_pkey PRIMARY KEY (id);


--
-- Name: statistics_snapshot statistics_snapshot_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statistics_snapshot
    ADD CONSTRAINT statistics_snapshot_once UNIQUE (programme_id, service_scope, year);


--
-- Name: statistics_snapshot statistics_snapshot_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statistics_snapshot
    ADD CONSTRAINT statistics_snapshot_pkey PRIMARY KEY (id);


--
-- Name: stepexecutioninstancedata stepexecutioninstancedata_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stepexecutioninstancedata
    ADD CONSTRAINT stepexecutioninstancedata_pkey PRIMARY KEY (stepexecid);


--
-- Name: user_account user_account_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_account
    ADD CONSTRAINT user_account_pkey PRIMARY KEY (id);


--
-- Name: user_role user_role_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_role
    ADD CONSTRAINT user_role_pkey PRIMARY KEY (user_account_id, role);


--
-- Name: alert_measure_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX alert_measure_idx ON public.alert USING btree (measure_id);


--
-- Name: alert_recipient_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX alert_recipient_idx ON public.alert USING btree (recipient_id, seen_at, due_date);


--
-- Name: alert_unmailed_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX alert_unmailed_idx ON public.alert USING btree (recipient_id) WHERE (emailed_at IS NULL);


--
-- Name: audit_entry_entity_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_entry_entity_idx ON public.audit_entry USING btree (entity_type, entity_id);


--
-- Name: audit_entry_household_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_entry_household_idx ON public.audit_entry USING btree (household_id, occurred_at);


--
-- Name: audit_entry_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_entry_user_idx ON public.audit_entry USING btree (username, occurred_at);


--
-- Name: contact_measure_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contact_measure_idx ON public.contact USING btree (measure_id, occurred_at);


--
-- Name: contact_worker_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contact_worker_idx ON public.contact USING btree (worker_id, occurred_at);


--
-- Name: document_household_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX document_household_idx ON public.document USING btree (household_id);


--
-- Name: document_referral_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX document_referral_idx ON public.document USING btree (referral_id);


--
-- Name: dwelling_landlord_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dwelling_landlord_idx ON public.dwelling USING btree (landlord_id);


--
-- Name: dwelling_state_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dwelling_state_idx ON public.dwelling USING btree (state);


--
-- Name: evaluation_measure_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_measure_idx ON public.evaluation USING btree (measure_id);


--
-- Name: financed_capacity_programme_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX financed_capacity_programme_idx ON public.financed_capacity USING btree (programme_id, valid_from);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history USING btree (success);


--
-- Name: household_service_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX household_service_idx ON public.household USING btree (service_unit_id);


--
-- Name: housing_contract_dwelling_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX housing_contract_dwelling_idx ON public.housing_contract USING btree (dwelling_id, start_date);


--
-- Name: incident_dwelling_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX incident_dwelling_idx ON public.incident USING btree (dwelling_id);


--
-- Name: incident_household_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX incident_household_idx ON public.incident USING btree (household_id);


--
-- Name: incident_open_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX incident_open_idx ON public.incident USING btree (occurred_on) WHERE (resolved_on IS NULL);


--
-- Name: insurance_certificate_household_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX insurance_certificate_household_idx ON public.insurance_certificate USING btree (household_id, expires_on);


--
-- Name: job_problem_execution_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX job_problem_execution_idx ON public.job_problem USING btree (execution_id);


--
-- Name: landlord_exchange_landlord_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX landlord_exchange_landlord_idx ON public.landlord_exchange USING btree (landlord_id, occurred_on);


--
-- Name: landlord_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX landlord_name_idx ON public.landlord USING btree (lower((name)::text));


--
-- Name: measure_household_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX measure_household_idx ON public.measure USING btree (household_id);


--
-- Name: measure_open_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX measure_open_idx ON public.measure USING btree (id) WHERE (((status)::text = 'OPEN'::text) OR (follow_up_due IS NOT NULL));


--
-- Name: measure_programme_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX measure_programme_idx ON public.measure USING btree (programme_id, start_date);


--
-- Name: measure_programme_service_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX measure_programme_service_idx ON public.measure USING btree (programme_id, service_unit_id, start_date, end_date);


--
-- Name: measure_referent_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX measure_referent_idx ON public.measure USING btree (referent_worker_id, status);


--
-- Name: measure_referent_measure_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX measure_referent_measure_idx ON public.measure_referent USING btree (measure_id);


--
-- Name: measure_suspension_measure_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX measure_suspension_measure_idx ON public.measure_suspension USING btree (measure_id);


--
-- Name: mediation_action_incident_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mediation_action_incident_idx ON public.mediation_action USING btree (incident_id, taken_on);


--
-- Name: objective_measure_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX objective_measure_idx ON public.objective USING btree (measure_id);


--
-- Name: occupancy_dwelling_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX occupancy_dwelling_idx ON public.occupancy USING btree (dwelling_id, start_date);


--
-- Name: occupancy_household_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX occupancy_household_idx ON public.occupancy USING btree (household_id);


--
-- Name: occupancy_one_open_per_household; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX occupancy_one_open_per_household ON public.occupancy USING btree (household_id) WHERE (end_date IS NULL);


--
-- Name: occupancy_programme_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX occupancy_programme_idx ON public.occupancy USING btree (programme_id, start_date, end_date);


--
-- Name: payment_occupancy_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX payment_occupancy_idx ON public.payment USING btree (occupancy_id, paid_on);


--
-- Name: payment_plan_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX payment_plan_idx ON public.payment USING btree (repayment_plan_id);


--
-- Name: person_birth_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_birth_date_idx ON public.person USING btree (birth_date);


--
-- Name: person_household_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_household_idx ON public.person USING btree (household_id);


--
-- Name: person_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX person_name_idx ON public.person USING btree (lower((last_name)::text), lower((first_name)::text));


--
-- Name: referral_waiting_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX referral_waiting_idx ON public.referral USING btree (programme_id, status, received_on);


--
-- Name: rent_call_household_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX rent_call_household_idx ON public.rent_call USING btree (household_id);


--
-- Name: repayment_plan_occupancy_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX repayment_plan_occupancy_idx ON public.repayment_plan USING btree (occupancy_id);


--
-- Name: user_account_username_uk; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_account_username_uk ON public.user_account USING btree (lower((username)::text));


--
-- Name: audit_entry audit_entry_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_entry_append_only BEFORE DELETE OR UPDATE ON public.audit_entry FOR EACH ROW EXECUTE FUNCTION public.audit_entry_is_append_only();


--
-- Name: alert alert_household_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert
    ADD CONSTRAINT alert_household_id_fkey FOREIGN KEY (household_id) REFERENCES public.household(id) ON DELETE CASCADE;


--
-- Name: alert alert_measure_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert
    ADD CONSTRAINT alert_measure_id_fkey FOREIGN KEY (measure_id) REFERENCES public.measure(id) ON DELETE CASCADE;


--
-- Name: alert alert_recipient_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert
    ADD CONSTRAINT alert_recipient_id_fkey FOREIGN KEY (recipient_id) REFERENCES public.user_account(id);


--
-- Name: contact contact_household_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contact
    ADD CONSTRAINT contact_household_id_fkey FOREIGN KEY (household_id) REFERENCES public.household(id);


--
-- Name: contact contact_measure_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contact
    ADD CONSTRAINT contact_measure_id_fkey FOREIGN KEY (measure_id) REFERENCES public.measure(id);


--
-- Name: contact contact_worker_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contact
    ADD CONSTRAINT contact_worker_id_fkey FOREIGN KEY (worker_id) REFERENCES public.user_account(id);


--
-- Name: document document_household_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document
    ADD CONSTRAINT document_household_id_fkey FOREIGN KEY (household_id) REFERENCES public.household(id);


--
-- Name: document document_referral_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document
    ADD CONSTRAINT document_referral_id_fkey FOREIGN KEY (referral_id) REFERENCES public.referral(id);


--
-- Name: dwelling dwelling_landlord_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dwelling
    ADD CONSTRAINT dwelling_landlord_id_fkey FOREIGN KEY (landlord_id) REFERENCES public.landlord(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: dwelling dwelling_programme_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dwelling
    ADD CONSTRAINT dwelling_programme_id_fkey FOREIGN KEY (programme_id) REFERENCES public.programme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: dwelling dwelling_service_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dwelling
    ADD CONSTRAINT dwelling_service_unit_id_fkey FOREIGN KEY (service_unit_id) REFERENCES public.service_unit(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation evaluation_author_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.user_account(id);


--
-- Name: evaluation evaluation_measure_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation
    ADD CONSTRAINT evaluation_measure_id_fkey FOREIGN KEY (measure_id) REFERENCES public.measure(id) ON DELETE CASCADE;


--
-- Name: executioninstancedata executioninstancedata_jobinstanceid_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.executioninstancedata
    ADD CONSTRAINT executioninstancedata_jobinstanceid_fkey FOREIGN KEY (jobinstanceid) REFERENCES public.jobinstancedata(jobinstanceid);


--
-- Name: financed_capacity financed_capacity_programme_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.financed_capacity
    ADD CONSTRAINT financed_capacity_programme_id_fkey FOREIGN KEY (programme_id) REFERENCES public.programme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: household household_service_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.household
    ADD CONSTRAINT household_service_unit_id_fkey FOREIGN KEY (service_unit_id) REFERENCES public.service_unit(id);


--
-- Name: housing_contract housing_contract_dwelling_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.housing_contract
    ADD CONSTRAINT housing_contract_dwelling_id_fkey FOREIGN KEY (dwelling_id) REFERENCES public.dwelling(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: housing_contract housing_contract_landlord_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.housing_contract
    ADD CONSTRAINT housing_contract_landlord_id_fkey FOREIGN KEY (landlord_id) REFERENCES public.landlord(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: incident incident_dwelling_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.incident
    ADD CONSTRAINT incident_dwelling_id_fkey FOREIGN KEY (dwelling_id) REFERENCES public.dwelling(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: incident incident_household_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.incident
    ADD CONSTRAINT incident_household_id_fkey FOREIGN KEY (household_id) REFERENCES public.household(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: incident incident_landlord_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.incident
    ADD CONSTRAINT incident_landlord_id_fkey FOREIGN KEY (landlord_id) REFERENCES public.landlord(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: insurance_certificate insurance_certificate_household_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.insurance_certificate
    ADD CONSTRAINT insurance_certificate_household_id_fkey FOREIGN KEY (household_id) REFERENCES public.household(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: insurance_certificate insurance_certificate_occupancy_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.insurance_certificate
    ADD CONSTRAINT insurance_certificate_occupancy_id_fkey FOREIGN KEY (occupancy_id) REFERENCES public.occupancy(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: jobstatus jobstatus_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jobstatus
    ADD CONSTRAINT jobstatus_id_fkey FOREIGN KEY (id) REFERENCES public.jobinstancedata(jobinstanceid);


--
-- Name: landlord_exchange landlord_exchange_landlord_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.landlord_exchange
    ADD CONSTRAINT landlord_exchange_landlord_id_fkey FOREIGN KEY (landlord_id) REFERENCES public.landlord(id) ON DELETE CASCADE;


--
-- Name: measure measure_household_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measure
    ADD CONSTRAINT measure_household_id_fkey FOREIGN KEY (household_id) REFERENCES public.household(id);


--
-- Name: measure_period measure_period_measure_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measure_period
    ADD CONSTRAINT measure_period_measure_id_fkey FOREIGN KEY (measure_id) REFERENCES public.measure(id) ON DELETE CASCADE;


--
-- Name: measure measure_programme_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measure
    ADD CONSTRAINT measure_programme_id_fkey FOREIGN KEY (programme_id) REFERENCES public.programme(id);


--
-- Name: measure_referent measure_referent_measure_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measure_referent
    ADD CONSTRAINT measure_referent_measure_id_fkey FOREIGN KEY (measure_id) REFERENCES public.measure(id) ON DELETE CASCADE;


--
-- Name: measure_referent measure_referent_service_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measure_referent
    ADD CONSTRAINT measure_referent_service_unit_id_fkey FOREIGN KEY (service_unit_id) REFERENCES public.service_unit(id);


--
-- Name: measure measure_referent_worker_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measure
    ADD CONSTRAINT measure_referent_worker_id_fkey FOREIGN KEY (referent_worker_id) REFERENCES public.user_account(id);


--
-- Name: measure_referent measure_referent_worker_id_fkey1; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measure_referent
    ADD CONSTRAINT measure_referent_worker_id_fkey1 FOREIGN KEY (worker_id) REFERENCES public.user_account(id);


--
-- Name: measure measure_service_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measure
    ADD CONSTRAINT measure_service_unit_id_fkey FOREIGN KEY (service_unit_id) REFERENCES public.service_unit(id);


--
-- Name: measure_suspension measure_suspension_measure_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.measure_suspension
    ADD CONSTRAINT measure_suspension_measure_id_fkey FOREIGN KEY (measure_id) REFERENCES public.measure(id) ON DELETE CASCADE;


--
-- Name: mediation_action mediation_action_incident_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mediation_action
    ADD CONSTRAINT mediation_action_incident_id_fkey FOREIGN KEY (incident_id) REFERENCES public.incident(id) ON DELETE CASCADE;


--
-- Name: objective objective_measure_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.objective
    ADD CONSTRAINT objective_measure_id_fkey FOREIGN KEY (measure_id) REFERENCES public.measure(id) ON DELETE CASCADE;


--
-- Name: occupancy occupancy_dwelling_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.occupancy
    ADD CONSTRAINT occupancy_dwelling_id_fkey FOREIGN KEY (dwelling_id) REFERENCES public.dwelling(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: occupancy occupancy_household_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.occupancy
    ADD CONSTRAINT occupancy_household_id_fkey FOREIGN KEY (household_id) REFERENCES public.household(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: occupancy occupancy_measure_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.occupancy
    ADD CONSTRAINT occupancy_measure_id_fkey FOREIGN KEY (measure_id) REFERENCES public.measure(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: occupancy occupancy_programme_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.occupancy
    ADD CONSTRAINT occupancy_programme_id_fkey FOREIGN KEY (programme_id) REFERENCES public.programme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: payment payment_household_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment
    ADD CONSTRAINT payment_household_id_fkey FOREIGN KEY (household_id) REFERENCES public.household(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: payment payment_occupancy_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment
    ADD CONSTRAINT payment_occupancy_id_fkey FOREIGN KEY (occupancy_id) REFERENCES public.occupancy(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: payment payment_repayment_plan_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.payment
    ADD CONSTRAINT payment_repayment_plan_id_fkey FOREIGN KEY (repayment_plan_id) REFERENCES public.repayment_plan(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: person person_household_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_household_id_fkey FOREIGN KEY (household_id) REFERENCES public.household(id) ON DELETE CASCADE;


--
-- Name: programme_renewal_step programme_renewal_step_programme_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programme_renewal_step
    ADD CONSTRAINT programme_renewal_step_programme_id_fkey FOREIGN KEY (programme_id) REFERENCES public.programme(id) ON DELETE CASCADE;


--
-- Name: referral referral_household_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referral
    ADD CONSTRAINT referral_household_id_fkey FOREIGN KEY (household_id) REFERENCES public.household(id);


--
-- Name: referral referral_measure_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referral
    ADD CONSTRAINT referral_measure_id_fkey FOREIGN KEY (measure_id) REFERENCES public.measure(id);


--
-- Name: referral referral_programme_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.referral
    ADD CONSTRAINT referral_programme_id_fkey FOREIGN KEY (programme_id) REFERENCES public.programme(id);


--
-- Name: rent_call rent_call_household_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rent_call
    ADD CONSTRAINT rent_call_household_id_fkey FOREIGN KEY (household_id) REFERENCES public.household(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: rent_call rent_call_occupancy_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rent_call
    ADD CONSTRAINT rent_call_occupancy_id_fkey FOREIGN KEY (occupancy_id) REFERENCES public.occupancy(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: repayment_instalment repayment_instalment_plan_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.repayment_instalment
    ADD CONSTRAINT repayment_instalment_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES public.repayment_plan(id) ON DELETE CASCADE;


--
-- Name: repayment_plan repayment_plan_household_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.repayment_plan
    ADD CONSTRAINT repayment_plan_household_id_fkey FOREIGN KEY (household_id) REFERENCES public.household(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: repayment_plan repayment_plan_occupancy_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.repayment_plan
    ADD CONSTRAINT repayment_plan_occupancy_id_fkey FOREIGN KEY (occupancy_id) REFERENCES public.occupancy(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: statistics_snapshot statistics_snapshot_programme_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.statistics_snapshot
    ADD CONSTRAINT statistics_snapshot_programme_id_fkey FOREIGN KEY (programme_id) REFERENCES public.programme(id);


--
-- Name: stepexecutioninstancedata stepexecutioninstancedata_jobexecid_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stepexecutioninstancedata
    ADD CONSTRAINT stepexecutioninstancedata_jobexecid_fkey FOREIGN KEY (jobexecid) REFERENCES public.executioninstancedata(jobexecid);


--
-- Name: stepstatus stepstatus_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stepstatus
    ADD CONSTRAINT stepstatus_id_fkey FOREIGN KEY (id) REFERENCES public.stepexecutioninstancedata(stepexecid);


--
-- Name: user_account user_account_service_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_account
    ADD CONSTRAINT user_account_service_unit_id_fkey FOREIGN KEY (service_unit_id) REFERENCES public.service_unit(id);


--
-- Name: user_role user_role_user_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_role
    ADD CONSTRAINT user_role_user_account_id_fkey FOREIGN KEY (user_account_id) REFERENCES public.user_account(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict IqTg2D6Wd2mK9CheqrBpmml6lIOyhFtipV3GuHDMvlplB2mLuZUO4STn3jMa15G


-- The Jakarta Batch job repository (Payara's JBatch tables, their DDL as Payara itself creates them
-- on PostgreSQL) made by the migrations, so that the role the application works as needs no DDL:
-- Payara creates them only when missing. A database where Payara already made them keeps them.
CREATE TABLE IF NOT EXISTS checkpointdata (id character varying (512), obj bytea);
CREATE TABLE IF NOT EXISTS jobinstancedata (jobinstanceid serial not null PRIMARY KEY, name character varying (512), apptag VARCHAR(512));
CREATE TABLE IF NOT EXISTS executioninstancedata (jobexecid serial not null PRIMARY KEY,
    jobinstanceid bigint not null REFERENCES jobinstancedata (jobinstanceid), createtime timestamp, starttime timestamp,
    endtime timestamp, updatetime timestamp, parameters bytea, batchstatus character varying (512),
    exitstatus character varying (512));
CREATE TABLE IF NOT EXISTS stepexecutioninstancedata (stepexecid serial not null PRIMARY KEY,
    jobexecid bigint not null REFERENCES executioninstancedata (jobexecid), batchstatus character varying (512),
    exitstatus character varying (512), stepname character varying (512), readcount integer, writecount integer,
    commitcount integer, rollbackcount integer, readskipcount integer, processskipcount integer, filtercount integer,
    writeskipcount integer, startTime timestamp, endTime timestamp, persistentData bytea);
CREATE TABLE IF NOT EXISTS jobstatus (id bigint not null REFERENCES jobinstancedata (jobinstanceid), obj bytea);
CREATE TABLE IF NOT EXISTS stepstatus (id bigint not null REFERENCES stepexecutioninstancedata (stepexecid), obj bytea);

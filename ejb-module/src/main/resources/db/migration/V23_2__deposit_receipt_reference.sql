-- The security deposit's receipt keeps its reference when it has one: the cheque's number, the transfer's reference
-- (issue 20).
ALTER TABLE security_deposit ADD COLUMN reference varchar(80);

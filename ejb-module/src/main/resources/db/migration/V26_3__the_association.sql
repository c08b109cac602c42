-- The association as its papers name it (name, address, SIRET, signatory), set once by an
-- administrator in the console. One row at most (id 1); none until it is first saved, when the
-- papers fall back to the ancrage.association.name property, then to the dwelling's service.
CREATE TABLE association (
    id          BIGINT PRIMARY KEY CHECK (id = 1),
    name        VARCHAR(160) NOT NULL,
    address     VARCHAR(300),
    siret       VARCHAR(14),
    signatory   VARCHAR(160),
    version     BIGINT NOT NULL DEFAULT 0
);

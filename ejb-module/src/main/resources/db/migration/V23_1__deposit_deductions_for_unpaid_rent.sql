-- Part of the security deposit kept for unpaid rent (issue 20): the deduction says so, and the rent account is
-- credited with it by an entry naming the deduction; cancelling the deduction takes the credit back by an entry
-- naming the cancellation. One account entry at most per deduction line.
ALTER TABLE deposit_deduction ADD COLUMN unpaid_rent boolean NOT NULL DEFAULT false;

ALTER TABLE account_entry ADD COLUMN deposit_deduction_id bigint REFERENCES deposit_deduction (id)
    DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE account_entry ADD CONSTRAINT account_entry_deposit_deduction CHECK (
    (kind = 'DEPOSIT_DEDUCTION' AND amount < 0 AND deposit_deduction_id IS NOT NULL)
    OR (kind = 'DEDUCTION_CANCELLED' AND amount > 0 AND deposit_deduction_id IS NOT NULL)
    OR (kind NOT IN ('DEPOSIT_DEDUCTION', 'DEDUCTION_CANCELLED') AND deposit_deduction_id IS NULL));
CREATE UNIQUE INDEX account_entry_once_per_deduction ON account_entry (deposit_deduction_id)
    WHERE deposit_deduction_id IS NOT NULL;

package org.ancrage.security;

import jakarta.ejb.ApplicationException;
import org.ancrage.system.DomainException;

/**
 * The current password given to change it is wrong. Unlike other refusals it does not roll back:
 * the failure is counted like a failed login, so a session left open cannot be used to guess it.
 */
@ApplicationException(rollback = false)
public class WrongCurrentPassword extends DomainException {

    public WrongCurrentPassword() {
        super("account.password.currentWrong");
    }
}

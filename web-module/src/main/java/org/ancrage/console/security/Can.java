package org.ancrage.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import org.ancrage.security.Roles;

/**
 * What the logged-in user may do on a household's file, for the pages: {@code #{can.renew(measure)}},
 * {@code #{can.place(household)}}. It only asks the caller's roles, the same ones the services
 * allow; whether the action makes sense for the record (a measure still open, an incident not yet
 * resolved) stays with the page's data and the services' rules. A page never names a role.
 */
@Named("can")
@RequestScoped
public class Can {

    @Inject
    private SecurityContext securityContext;

    /** Creates a household ("Nouveau ménage"). */
    public boolean createHousehold() {
        return any(Roles.COORDINATOR, Roles.SOCIAL_WORKER);
    }

    /** Changes a household's identity: members, address, resources, residence status. */
    public boolean editHousehold(Object household) {
        return any(Roles.COORDINATOR, Roles.SOCIAL_WORKER);
    }

    /** Reads what was said at the household's contacts (not the rental managers' business alone). */
    public boolean readContacts(Object household) {
        return !any(Roles.RENTAL_MANAGER) || any(Roles.SOCIAL_WORKER, Roles.COORDINATOR);
    }

    /** Receives a referral for the household. */
    public boolean receiveReferral(Object household) {
        return any(Roles.COORDINATOR);
    }

    /** Places the household in a dwelling. */
    public boolean place(Object household) {
        return any(Roles.RENTAL_MANAGER, Roles.COORDINATOR);
    }

    /** Records a payment on the household's rent account. */
    public boolean recordPayment(Object household) {
        return any(Roles.RENTAL_MANAGER, Roles.COORDINATOR);
    }

    /** Records the household leaving its dwelling, or the lease transferred to it. */
    public boolean leave(Object household) {
        return any(Roles.RENTAL_MANAGER, Roles.COORDINATOR);
    }

    /** Agrees or cancels a repayment plan. */
    public boolean manageRepaymentPlans(Object household) {
        return any(Roles.RENTAL_MANAGER, Roles.COORDINATOR);
    }

    /** Records a home insurance certificate. */
    public boolean recordInsurance(Object household) {
        return any(Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER);
    }

    /** Reports an incident about the household, or records a mediation action on one. */
    public boolean mediate(Object incidentOrHousehold) {
        return any(Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER);
    }

    /** Resolves an incident. */
    public boolean resolve(Object incident) {
        return any(Roles.RENTAL_MANAGER, Roles.COORDINATOR);
    }

    /** Logs a contact on a measure. */
    public boolean logContact(Object measure) {
        return any(Roles.SOCIAL_WORKER, Roles.COORDINATOR);
    }

    /** Writes an evaluation (bilan) of a measure. */
    public boolean evaluate(Object measure) {
        return any(Roles.SOCIAL_WORKER, Roles.COORDINATOR);
    }

    /** Renews a measure for the programme's next step. */
    public boolean renew(Object measure) {
        return any(Roles.SOCIAL_WORKER, Roles.COORDINATOR);
    }

    /** Signs a measure's support contract or records its objectives' progress. */
    public boolean followContract(Object measure) {
        return any(Roles.SOCIAL_WORKER, Roles.COORDINATOR);
    }

    /** Ends a measure. */
    public boolean end(Object measure) {
        return any(Roles.COORDINATOR);
    }

    /** Keeps the rent account: issues a call, revises the rent, regularises charges, reverses a payment, cancels a scheduled departure. */
    public boolean manageRentAccount(Object household) {
        return any(Roles.RENTAL_MANAGER, Roles.COORDINATOR);
    }

    /** Proposes writing off a debt left behind. */
    public boolean proposeWriteOff(Object household) {
        return any(Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.DIRECTOR);
    }

    /** Approves a write-off someone else proposed. */
    public boolean approveWriteOff(Object household) {
        return any(Roles.DIRECTOR);
    }

    /** Prints a bilan as sent to the funder. */
    public boolean printBilan(Object household) {
        return any(Roles.COORDINATOR, Roles.SOCIAL_WORKER);
    }

    /** Reads the household's documents (its Documents tab; a rental manager, those not from a referral), and downloads them. */
    public boolean readDocuments(Object household) {
        return any(Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.DIRECTOR, Roles.RENTAL_MANAGER);
    }

    /** Adds a document to the household's file. */
    public boolean addDocuments(Object household) {
        return any(Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER);
    }

    /** Reads the household's referrals. */
    public boolean readReferrals(Object household) {
        return any(Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.DIRECTOR);
    }

    private boolean any(String... roles) {
        return Arrays.stream(roles).anyMatch(securityContext::isCallerInRole);
    }
}

package org.ancrage.casefile;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ancrage.contacts.Contact;
import org.ancrage.contacts.ContactService;
import org.ancrage.housing.Dwelling;
import org.ancrage.housing.DwellingService;
import org.ancrage.housing.InsuranceCertificate;
import org.ancrage.housing.InsuranceService;
import org.ancrage.housing.Occupancy;
import org.ancrage.housing.OccupancyService;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureService;
import org.ancrage.mediation.Incident;
import org.ancrage.mediation.MediationService;
import org.ancrage.rent.PlanFollowUp;
import org.ancrage.rent.RentAccount;
import org.ancrage.rent.RentService;
import org.ancrage.security.Roles;
import org.ancrage.system.AssociationClock;

/**
 * The parts of a household's file as its page shows them, read in one call and one transaction
 * (need to know checked once for the caller, each part's reading audited by the component that owns
 * it) rather than one call per part.
 */
@Stateless
public class HouseholdFileService {

    @EJB private MeasureService measures;
    @EJB private ContactService contacts;
    @EJB private MediationService mediation;
    @EJB private OccupancyService occupancies;
    @EJB private DwellingService dwellings;
    @EJB private RentService rent;
    @EJB private InsuranceService insurance;

    @Resource
    private SessionContext caller;

    /**
     * What the file holds besides the household itself: its measures, the contacts of those measures
     * (the latest first; none for a rental manager who does not follow households: what was said at
     * contacts is the social workers' business), incidents, the current occupancy with its dwelling,
     * rent account and repayment plans followed up today, the measures under which it was ever housed,
     * and its insurance certificates.
     */
    public record Parts(List<Measure> measures, List<Contact> contacts, List<Incident> incidents, Occupancy occupancy,
            Set<Long> housedMeasures, Dwelling dwelling, RentAccount account, List<InsuranceCertificate> insurance,
            List<PlanFollowUp> plans) {
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.COORDINATOR, Roles.SOCIAL_WORKER, Roles.RENTAL_MANAGER})
    public Parts partsOf(long householdId) {
        List<Measure> measureList = measures.measuresOfHousehold(householdId);
        List<Contact> contactList = new ArrayList<>();
        if (readsContacts()) {
            measureList.forEach(m -> contactList.addAll(contacts.contactsOfMeasure(m.getId())));
        }
        contactList.sort(Comparator.comparing(Contact::getOccurredAt).reversed());
        Occupancy occupancy = occupancies.currentOccupancy(householdId).orElse(null);
        Set<Long> housed = occupancies.occupanciesOfHousehold(householdId).stream().map(Occupancy::getMeasureId)
                .collect(Collectors.toSet());
        LocalDate today = AssociationClock.today();
        return new Parts(measureList, contactList, mediation.incidentsOfHousehold(householdId), occupancy, housed,
                occupancy == null ? null : dwellings.getDwelling(occupancy.getDwellingId()),
                occupancy == null ? null : rent.accountOf(occupancy.getId()), insurance.insuranceOf(householdId),
                occupancy == null ? List.of() : rent.repaymentPlansOf(occupancy.getId()).stream()
                        .map(plan -> rent.followUpRepaymentPlan(plan.getId(), today)).toList());
    }

    /** A rental manager reads contacts only when also following households (a worker or a coordinator). */
    private boolean readsContacts() {
        return !caller.isCallerInRole(Roles.RENTAL_MANAGER) || caller.isCallerInRole(Roles.SOCIAL_WORKER)
                || caller.isCallerInRole(Roles.COORDINATOR);
    }
}

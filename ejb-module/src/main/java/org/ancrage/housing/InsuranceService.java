package org.ancrage.housing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ancrage.households.Household;
import org.ancrage.privacy.NeedToKnow;
import org.ancrage.security.Roles;
import org.ancrage.system.Entities;
import org.ancrage.system.SearchConditions;

/**
 * Households' home insurance certificates, and the open occupancies left uninsured by a date.
 */
@Stateless
public class InsuranceService {

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private NeedToKnow needToKnow;

    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public InsuranceCertificate recordInsurance(long householdId, String insurer, String policyNumber,
            LocalDate validFrom, LocalDate expiresOn) {
        needToKnow.household(householdId);
        Entities.require(em, Household.class, householdId);
        InsuranceCertificate certificate = new InsuranceCertificate(householdId,
                Stock.currentOccupancy(em, householdId).map(Occupancy::getId).orElse(null), insurer, policyNumber, validFrom,
                expiresOn);
        em.persist(certificate);
        return certificate;
    }

    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR, Roles.SOCIAL_WORKER})
    public List<InsuranceCertificate> insuranceOf(long householdId) {
        needToKnow.household(householdId);
        return em.createQuery("select c from InsuranceCertificate c where c.householdId = :h order by c.expiresOn desc",
                InsuranceCertificate.class).setParameter("h", householdId).getResultList();
    }

    /** An open occupancy whose household has no insurance past {@code date}, and when the last one ends. */
    public record InsuranceGap(Occupancy occupancy, LocalDate lastExpiry) {

        /** Soonest first, households never insured before all others (a total order: two of them compare equal). */
        public static final java.util.Comparator<InsuranceGap> SOONEST_FIRST = java.util.Comparator.comparing(
                InsuranceGap::lastExpiry, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
    }

    /**
     * Open occupancies whose household is not insured beyond {@code date} (certificate expiring by
     * then, or none at all), soonest first.
     */
    @RolesAllowed({Roles.DIRECTOR, Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public List<InsuranceGap> insuranceExpiringBy(LocalDate date) {
        Map<Long, LocalDate> lastExpiry = new HashMap<>();
        em.createQuery("select c.householdId, max(c.expiresOn) from InsuranceCertificate c group by c.householdId",
                Object[].class).getResultList().forEach(row -> lastExpiry.put((Long) row[0], (LocalDate) row[1]));
        List<InsuranceGap> gaps = new ArrayList<>();
        SearchConditions reach = needToKnow.restriction().households("o.householdId");
        for (Occupancy open : reach.bind(em.createQuery("select o from Occupancy o where o.end is null"
                + reach.and(), Occupancy.class)).getResultList()) {
            LocalDate last = lastExpiry.get(open.getHouseholdId());
            if (last == null || !last.isAfter(date)) {
                gaps.add(new InsuranceGap(open, last));
            }
        }
        gaps.sort(InsuranceGap.SOONEST_FIRST);
        return gaps;
    }
}

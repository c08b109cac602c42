package org.ancrage.housing;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The reads the housing services share: a dwelling's contracts and places taken, a household's
 * open occupancy. Callers have checked the need to know.
 */
final class Stock {

    private Stock() {
    }

    static List<HousingContract> contractsOf(EntityManager em, long dwellingId) {
        return em.createQuery("select c from HousingContract c where c.dwellingId = :d order by c.start",
                HousingContract.class).setParameter("d", dwellingId).getResultList();
    }

    static Optional<HousingContract> contractOn(EntityManager em, long dwellingId, LocalDate date) {
        return contractsOf(em, dwellingId).stream().filter(c -> c.covers(date)).findFirst();
    }

    static long openOccupancies(EntityManager em, long dwellingId) {
        return em.createQuery("select count(o) from Occupancy o where o.dwellingId = :d and o.end is null", Long.class)
                .setParameter("d", dwellingId).getSingleResult();
    }

    static Optional<Occupancy> currentOccupancy(EntityManager em, long householdId) {
        return em.createQuery("select o from Occupancy o where o.householdId = :h and o.end is null", Occupancy.class)
                .setParameter("h", householdId).getResultStream().findFirst();
    }
}

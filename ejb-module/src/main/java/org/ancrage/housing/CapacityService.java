package org.ancrage.housing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ancrage.privacy.NeedToKnow;
import org.ancrage.programmes.Programme;
import org.ancrage.security.Roles;
import org.ancrage.system.Entities;

/**
 * Financed places per programme against places taken, on any date and over a period. Figures
 * only, never a person: funders may read them, each its own programmes'. Without a financed-capacity agreement for a date
 * the programme's own financed capacity counts.
 */
@Stateless
public class CapacityService {

    /** Places financed on day {@code d} (parameter 2) for programme (parameter 1). */
    private static final String FINANCED_ON = "coalesce((select sum(f.places) from financed_capacity f"
            + " where f.programme_id = ?1 and f.valid_from <= %1$s and (f.valid_to is null or f.valid_to >= %1$s)),"
            + " (select p.financed_capacity from programme p where p.id = ?1), 0)";

    /** The day an occupancy ends: its end, or the departure or lease transfer scheduled for it. */
    private static final String OCCUPANCY_END = "coalesce(o.end_date, (select s.effective_on from scheduled_departure s"
            + " where s.occupancy_id = o.id and s.status = 'SCHEDULED'))";

    /** Occupancies open on a day: from their start, up to (not including) the day they end. */
    private static final String PLACED_ON = "(select count(*) from occupancy o where o.programme_id = ?1"
            + " and o.start_date <= %1$s and (" + OCCUPANCY_END + " is null or " + OCCUPANCY_END + " > %1$s))";

    /** Days each occupancy was open within [?2, ?3], summed. */
    private static final String PLACED_DAYS = "select coalesce(sum(least(coalesce(" + OCCUPANCY_END
            + ", cast(?3 as date) + 1), cast(?3 as date) + 1) - greatest(o.start_date, cast(?2 as date))), 0)"
            + " from occupancy o where o.programme_id = ?1 and o.start_date <= ?3"
            + " and (" + OCCUPANCY_END + " is null or " + OCCUPANCY_END + " > ?2)%s";

    /** Days each measure was under way within [?2, ?3] (its end date its last day), summed. */
    private static final String FOLLOWED_DAYS = "select coalesce(sum(least(coalesce(m.end_date, cast(?3 as date)),"
            + " cast(?3 as date)) - greatest(m.start_date, cast(?2 as date)) + 1), 0) from measure m"
            + " where m.programme_id = ?1 and m.start_date <= ?3 and (m.end_date is null or m.end_date >= ?2)%s";

    /** Measures under way on a day (their end date is their last day). */
    private static final String FOLLOWED_ON = "(select count(*) from measure m where m.programme_id = ?1"
            + " and m.start_date <= %1$s and (m.end_date is null or m.end_date >= %1$s))";

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private NeedToKnow needToKnow;

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR})
    public FinancedCapacity financePlaces(long programmeId, int places, LocalDate from, LocalDate to,
            String funderReference) {
        programme(programmeId);
        FinancedCapacity capacity = new FinancedCapacity(programmeId, places, from, to, funderReference);
        em.persist(capacity);
        return capacity;
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.RENTAL_MANAGER,
            Roles.FUNDER_VIEWER})
    public List<FinancedCapacity> financedPlacesOf(long programmeId) {
        needToKnow.programme(programmeId);
        return em.createQuery("select f from FinancedCapacity f where f.programmeId = :p order by f.validFrom",
                FinancedCapacity.class).setParameter("p", programmeId).getResultList();
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.RENTAL_MANAGER,
            Roles.FUNDER_VIEWER})
    public CapacityFigures capacityOn(long programmeId, LocalDate on) {
        needToKnow.programme(programmeId);
        Programme programme = programme(programmeId);
        Object[] row = (Object[]) em.createNativeQuery("select " + FINANCED_ON.formatted("?2") + ", "
                + taken(programme).formatted("?2")).setParameter(1, programmeId).setParameter(2, on)
                .getSingleResult();
        return new CapacityFigures(programmeId, programme.getName(), on, ((Number) row[0]).intValue(),
                ((Number) row[1]).longValue());
    }

    /** Every active programme's figures on {@code on}. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.RENTAL_MANAGER,
            Roles.FUNDER_VIEWER})
    public List<CapacityFigures> capacityOn(LocalDate on) {
        Optional<String> funder = needToKnow.fundersProgrammes();
        TypedQuery<Long> programmes = em.createQuery("select p.id from Programme p where p.active = true"
                + (funder.isPresent() ? " and p.funder = :funder" : "") + " order by p.name", Long.class);
        funder.ifPresent(name -> programmes.setParameter("funder", name));
        return programmes.getResultList().stream().map(id -> capacityOn(id, on)).toList();
    }

    /**
     * Financed places left empty, summed over each day of [from, to]: 3 places free for 10 days
     * are 30 vacant place-days.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.RENTAL_MANAGER,
            Roles.FUNDER_VIEWER})
    public long vacantPlaceDays(long programmeId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new HousingRefused("period.endBeforeStart", from);
        }
        needToKnow.programme(programmeId);
        Programme programme = programme(programmeId);
        String day = "day.d";
        Number vacant = (Number) em.createNativeQuery("select coalesce(sum(greatest(" + FINANCED_ON.formatted(day)
                + " - " + taken(programme).formatted(day) + ", 0)), 0) from (select cast(g as date) as d"
                + " from generate_series(cast(?2 as date), cast(?3 as date), interval '1 day') g) day")
                .setParameter(1, programmeId).setParameter(2, from).setParameter(3, to).getSingleResult();
        return vacant.longValue();
    }

    /**
     * The occupancy rate over [from, to] ({@link OccupancyRate}: place-days taken ÷ place-days
     * financed), for the association or, with {@code serviceUnitId}, the places one service takes.
     * The statistics' rate and the capacity page's come from here.
     */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.DIRECTOR, Roles.COORDINATOR, Roles.RENTAL_MANAGER,
            Roles.FUNDER_VIEWER})
    public OccupancyRate occupancyOver(long programmeId, Long serviceUnitId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new HousingRefused("period.endBeforeStart", from);
        }
        needToKnow.programme(programmeId);
        Programme programme = programme(programmeId);
        String service = serviceUnitId == null ? "" : " and " + (programme.isHousingIncluded()
                ? "o.measure_id in (select ms.id from measure ms where ms.service_unit_id = ?4)"
                : "m.service_unit_id = ?4");
        var taken = em.createNativeQuery((programme.isHousingIncluded() ? PLACED_DAYS : FOLLOWED_DAYS)
                .formatted(service)).setParameter(1, programmeId).setParameter(2, from).setParameter(3, to);
        if (serviceUnitId != null) {
            taken.setParameter(4, serviceUnitId);
        }
        Number financed = (Number) em.createNativeQuery("select coalesce(sum(" + FINANCED_ON.formatted("day.d")
                + "), 0) from (select cast(g as date) as d from generate_series(cast(?2 as date), cast(?3 as date),"
                + " interval '1 day') g) day").setParameter(1, programmeId).setParameter(2, from)
                .setParameter(3, to).getSingleResult();
        return new OccupancyRate(((Number) taken.getSingleResult()).longValue(), financed.longValue());
    }

    private static String taken(Programme programme) {
        return programme.isHousingIncluded() ? PLACED_ON : FOLLOWED_ON;
    }

    private Programme programme(long id) {
        return Entities.require(em, Programme.class, id);
    }
}

package org.ancrage.rent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ancrage.documents.DocumentService;
import org.ancrage.documents.Paper;
import org.ancrage.households.Household;
import org.ancrage.housing.Dwelling;
import org.ancrage.housing.Occupancy;
import org.ancrage.organisation.Issuer;
import org.ancrage.organisation.LetterTemplateService;
import org.ancrage.organisation.LetterText;
import org.ancrage.privacy.AuditService;
import org.ancrage.security.Roles;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.Entities;

/**
 * The rent reminder (relance) of an occupancy in arrears, printed from the arrears list or fetched by
 * another system: written to the trail, naming who printed it and how firm it was, and kept among the
 * household's documents.
 */
@Stateless
public class RentReminderService {

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private RentService rent;

    @EJB
    private DocumentService documents;

    @EJB
    private AuditService audit;

    @EJB
    private LetterTemplateService letters;

    /**
     * The reminder of {@code occupancyId} today, in {@code locale}.
     *
     * @throws RentRefused when nothing is owed today
     */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public Paper reminderLetter(long occupancyId, Locale locale) {
        RentAccount account = rent.accountOf(occupancyId); // need to know checked there
        LocalDate today = AssociationClock.today();
        Arrears arrears = account.arrearsOn(today);
        if (!arrears.any()) {
            throw new RentRefused("rent.reminder.nothingOwed");
        }
        Occupancy occupancy = Entities.require(em, Occupancy.class, occupancyId);
        Dwelling dwelling = Entities.require(em, Dwelling.class, occupancy.getDwellingId());
        Household household = Entities.require(em, Household.class, occupancy.getHouseholdId());
        List<CallSettlement> unpaid = account.settlements().stream()
                .filter(s -> !s.fullyPaid() && !s.call().getDueDate().isAfter(today)).toList();
        LetterText text = letters.current(ReminderLetterPdf.kindOf(arrears), locale);
        byte[] pdf = ReminderLetterPdf.render(new ReminderLetterPdf.Facts(Issuer.of(em, dwelling.getServiceUnitId()),
                household.getDisplayName(), dwelling.getDisplayAddress(), arrears, unpaid, today), text, locale);
        ReminderLevel level = ReminderLevel.of(arrears);
        audit.recordPaper("Occupancy", occupancyId, occupancy.getHouseholdId(), "RENT_REMINDER", Map.of("level",
                level.name(), "owed", arrears.total().amount().toPlainString()));
        Paper letter = new Paper(ReminderLetterPdf.fileName(today), pdf);
        documents.keepGenerated(occupancy.getHouseholdId(), letter, text.label());
        return letter;
    }
}

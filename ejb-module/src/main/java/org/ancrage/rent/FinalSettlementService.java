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
import java.util.Optional;
import org.ancrage.documents.DocumentService;
import org.ancrage.documents.Paper;
import org.ancrage.households.Household;
import org.ancrage.housing.Dwelling;
import org.ancrage.housing.Occupancy;
import org.ancrage.money.Money;
import org.ancrage.organisation.Issuer;
import org.ancrage.privacy.AuditService;
import org.ancrage.security.Roles;
import org.ancrage.system.AssociationClock;
import org.ancrage.system.Entities;

/**
 * The final settlement (solde de tout compte) of an occupancy that ended: its rent account to the
 * last entry, its security deposit (received, deductions, returned or still to return) and what one
 * side still owes the other, as the PDF handed to the household at its departure. Written to the trail
 * and kept among the household's documents.
 */
@Stateless
public class FinalSettlementService {

    @PersistenceContext(unitName = "ancrage")
    private EntityManager em;

    @EJB
    private RentService rent;

    @EJB
    private DepositService deposits;

    @EJB
    private DocumentService documents;

    @EJB
    private AuditService audit;

    /** The settlement as generated: what the household owes (negative: what it is owed), and its paper. */
    public record FinalSettlement(long occupancyId, Money net, Paper paper) {
    }

    /**
     * The final settlement of {@code occupancyId} in {@code locale}.
     *
     * @throws RentRefused while the occupancy has not ended
     */
    @RolesAllowed({Roles.RENTAL_MANAGER, Roles.COORDINATOR})
    public FinalSettlement finalSettlement(long occupancyId, Locale locale) {
        RentAccount account = rent.accountOf(occupancyId); // need to know checked there
        Occupancy occupancy = Entities.require(em, Occupancy.class, occupancyId);
        if (occupancy.getEnd() == null) {
            throw new RentRefused("rent.finalSettlement.notEnded");
        }
        Optional<DepositService.DepositView> deposit = deposits.depositOf(occupancyId);
        Dwelling dwelling = Entities.require(em, Dwelling.class, occupancy.getDwellingId());
        Household household = Entities.require(em, Household.class, occupancy.getHouseholdId());
        LocalDate today = AssociationClock.today();
        List<RentAccount.Line> lines = account.statementUpTo(today);
        Money balance = lines.isEmpty() ? Money.ZERO : lines.get(lines.size() - 1).balance();
        Money stillToReturn = deposit.filter(d -> !d.deposit().isReturned())
                .map(DepositService.DepositView::toReturn).orElse(Money.ZERO);
        Money net = balance.minus(stillToReturn);
        byte[] pdf = RentPapersPdf.renderFinalSettlement(new RentPapersPdf.SettlementFacts(
                Issuer.of(em, dwelling.getServiceUnitId()), household.getDisplayName(), dwelling.getDisplayAddress(),
                occupancy.getEnd(), lines, balance, deposit, net, today), locale);
        String fileName = "solde-de-tout-compte-" + occupancy.getEnd() + ".pdf";
        audit.recordPaper("Occupancy", occupancyId, occupancy.getHouseholdId(), "FINAL_SETTLEMENT",
                Map.of("leftOn", occupancy.getEnd().toString(), "net", net.amount().toPlainString()));
        Paper paper = new Paper(fileName, pdf);
        documents.keepGenerated(occupancy.getHouseholdId(), paper);
        return new FinalSettlement(occupancyId, net, paper);
    }
}

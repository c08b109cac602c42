package org.ancrage.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import org.ancrage.housing.AfterLeaseTransfer;
import org.ancrage.housing.Agreement;
import org.ancrage.housing.ContractKind;
import org.ancrage.housing.Dwelling;
import org.ancrage.housing.DwellingSize;
import org.ancrage.housing.Guarantee;
import org.ancrage.housing.HousingContract;
import org.ancrage.housing.DwellingService;
import org.ancrage.housing.InsuranceService;
import org.ancrage.housing.OccupancyService;
import org.ancrage.housing.Occupancy;
import org.ancrage.landlords.ExchangeChannel;
import org.ancrage.landlords.Landlord;
import org.ancrage.landlords.LandlordKind;
import org.ancrage.landlords.LandlordService;
import org.ancrage.measures.Measure;
import org.ancrage.mediation.IncidentKind;
import org.ancrage.mediation.MediationService;
import org.ancrage.mediation.Party;
import org.ancrage.money.Money;
import org.ancrage.rent.Payer;
import org.ancrage.rent.RentService;
import org.ancrage.system.AssociationClock;

/**
 * The demo's housing stock, made through the services as the demo rental manager would: two
 * landlords, three dwellings under main lease, the first demo household placed with its rent
 * called and partly paid, and an incident being mediated.
 */
@Stateless
@RunAs("rental-manager")
public class DemoHousing {

    @EJB
    private LandlordService landlords;

    @EJB
    private DwellingService dwellings;
    @EJB
    private InsuranceService insurance;
    @EJB
    private OccupancyService occupancies;

    @EJB
    private RentService rent;

    @EJB
    private MediationService mediation;

    @PermitAll
    public void load(long serviceUnitId, Measure placedMeasure) {
        Landlord oph = landlords.registerLandlord(new LandlordService.Details(LandlordKind.SOCIAL, "OPH de la Meuse",
                "Service gestion locative", "12 rue de la Gare, 55000 Bar-le-Duc", "0329790000", "gestion@oph.example"));
        Landlord sci = landlords.registerLandlord(new LandlordService.Details(LandlordKind.PRIVATE, "SCI Les Tilleuls",
                "M. Bernard", "3 place Reggio, 55000 Bar-le-Duc", "0329000000", "sci.tilleuls@example.org"));
        LocalDate leaseStart = placedMeasure.getStart().withDayOfMonth(1);
        Dwelling first = dwelling(oph, serviceUnitId, "8 rue du Bourg", DwellingSize.T3, "62.50", "480.00", leaseStart,
                placedMeasure.getProgramme().getId());
        dwelling(oph, serviceUnitId, "21 avenue de la Libération", DwellingSize.T2, "47.00", "395.00", leaseStart,
                placedMeasure.getProgramme().getId());
        dwelling(sci, serviceUnitId, "5 impasse des Lilas", DwellingSize.T1, "29.00", "330.00", leaseStart,
                placedMeasure.getProgramme().getId());
        landlords.recordExchange(sci.getId(), leaseStart.minusDays(15), ExchangeChannel.MEETING,
                "Visite du T1 avec le propriétaire ; bail principal au nom de l’association, garantie Visale.");

        LocalDate moveIn = placedMeasure.getStart().plusDays(7);
        Occupancy occupancy = occupancies.placeHousehold(new OccupancyService.Placement(first.getId(),
                placedMeasure.getHouseholdId(), placedMeasure.getId(), Agreement.SUB_LEASE, moveIn,
                new Occupancy.Terms(Money.of("480.00"), Money.of("70.00"), Money.of("312.45"))));
        insurance.recordInsurance(placedMeasure.getHouseholdId(), "MAIF", "HAB-2026-0412", moveIn,
                moveIn.plusYears(1).minusDays(1));
        YearMonth thisMonth = AssociationClock.thisMonth();
        for (YearMonth month = YearMonth.from(moveIn); !month.isAfter(thisMonth); month = month.plusMonths(1)) {
            rent.issueRentCall(occupancy.getId(), month);
            LocalDate paidOn = month.atDay(8);
            if (!paidOn.isAfter(AssociationClock.today()) && month.isBefore(thisMonth.minusMonths(1))) {
                rent.recordPayment(occupancy.getId(), paidOn, Money.of(month.getMonthValue() % 3 == 0 ? "100.00"
                        : "237.55"), Payer.HOUSEHOLD, "VIR-" + month, null);
            }
        }
        mediation.reportIncident(new MediationService.Report(IncidentKind.TECHNICAL_FAULT,
                placedMeasure.getHouseholdId(), first.getId(), AssociationClock.today().minusDays(12),
                "Fuite sous l’évier de la cuisine signalée par le ménage.", EnumSet.of(Party.HOUSEHOLD, Party.LANDLORD)));
    }

    private Dwelling dwelling(Landlord landlord, long serviceUnitId, String address, DwellingSize size, String surface,
            String rentAmount, LocalDate leaseStart, Long programmeId) {
        Dwelling dwelling = dwellings.registerDwelling(new DwellingService.DwellingDetails(landlord.getId(),
                serviceUnitId, address, "55000", "Bar-le-Duc", size, new BigDecimal(surface), 1, false,
                size == DwellingSize.T1, Money.of(rentAmount), Money.of("70.00"), programmeId, 1));
        dwellings.signContract(dwelling.getId(), new HousingContract.Terms(ContractKind.MAIN_LEASE, leaseStart,
                leaseStart.plusYears(3).minusDays(1), Money.of(rentAmount), Guarantee.VISALE, "VISALE-" + address.hashCode(),
                3, true, AfterLeaseTransfer.LEAVES_STOCK));
        return dwelling;
    }
}

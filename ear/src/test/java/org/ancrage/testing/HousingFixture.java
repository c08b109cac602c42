package org.ancrage.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ancrage.households.Household;
import org.ancrage.households.HouseholdService;
import org.ancrage.households.Person;
import org.ancrage.households.Relationship;
import org.ancrage.housing.AfterLeaseTransfer;
import org.ancrage.housing.Agreement;
import org.ancrage.housing.ContractKind;
import org.ancrage.housing.Dwelling;
import org.ancrage.housing.DwellingSize;
import org.ancrage.housing.Guarantee;
import org.ancrage.housing.HousingContract;
import org.ancrage.housing.DwellingService;
import org.ancrage.housing.OccupancyService;
import org.ancrage.housing.Occupancy;
import org.ancrage.landlords.Landlord;
import org.ancrage.landlords.LandlordKind;
import org.ancrage.landlords.LandlordService;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureService;
import org.ancrage.money.Money;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.security.AccountService;

/**
 * The set-up of the in-container housing and rent tests, made through the services as staff would:
 * a household of the Nord service with an open IML+ measure followed by the demo social worker, a
 * dwelling of its own under a main lease, the household placed in it at 480.00 rent and 70.00 charges.
 * Each test names its households, so that it finds its own records whatever else the database holds.
 */
public final class HousingFixture {

    /** The services the set-up goes through (the test's own {@code @EJB} references). */
    public record Services(ProgrammeService programmes, OrganisationService organisation, AccountService accounts,
            HouseholdService households, MeasureService measures, LandlordService landlords, DwellingService dwellings,
            OccupancyService occupancies) {
    }

    private final Services services;
    private final RunAs coordinator;
    private final RunAs manager;
    private final Programme imlPlus;
    private final long serviceUnitId;
    private final long workerId;

    private HousingFixture(Services services, RunAs administrator, RunAs coordinator, RunAs manager)
            throws Exception {
        this.services = services;
        this.coordinator = coordinator;
        this.manager = manager;
        administrator.call(() -> services.programmes().installTemplates());
        imlPlus = coordinator.call(() -> services.programmes().getProgrammeByCode("ASLD-IML-PLUS"));
        serviceUnitId = coordinator.call(() -> services.organisation().listServiceUnits()).stream()
                .filter(s -> s.getCode().equals("NORD")).findFirst().orElseThrow().getId();
        workerId = administrator.call(() -> services.accounts().findByUsername("travailleur")).orElseThrow().getId();
    }

    /** The programme templates installed (once), and the programme, service and worker the set-up uses. */
    public static HousingFixture of(Services services, RunAs.Administrator administrator,
            RunAs.Coordinator coordinator, RunAs.RentalManager manager) throws Exception {
        return new HousingFixture(services, administrator, coordinator, manager);
    }

    /** The IML+ programme (template ASLD-IML-PLUS). */
    public Programme imlPlus() {
        return imlPlus;
    }

    /** The Nord service's id. */
    public long serviceUnitId() {
        return serviceUnitId;
    }

    /** A household named {@code lastName} with an IML+ measure open from {@code start}, by the coordinator. */
    public Measure householdWithMeasure(String lastName, LocalDate start) throws Exception {
        Household household = coordinator.call(() -> services.households().createHousehold(new Household(serviceUnitId,
                new Person(lastName, "Awa", LocalDate.of(1991, 7, 2), "F", Relationship.HEAD)))).household();
        return coordinator.call(() -> services.measures().openMeasure(household.getId(), imlPlus.getId(), workerId,
                serviceUnitId, start));
    }

    /**
     * A one-place T2 of a new private landlord, for IML+ at 480.00 rent and 70.00 charges, under a four-year
     * main lease of the association from {@code leaseStart}, by the rental manager.
     */
    public Dwelling dwellingUnderLease(AfterLeaseTransfer after, LocalDate leaseStart) throws Exception {
        LocalDate leaseEnd = leaseStart.plusYears(4).minusDays(1);
        Landlord landlord = manager.call(() -> services.landlords().registerLandlord(new LandlordService.Details(
                LandlordKind.PRIVATE, "SCI Les Marronniers", "Mme Petit", "1 rue Haute, 55000 Bar-le-Duc",
                "0329000001", "sci2@example.org")));
        Dwelling dwelling = manager.call(() -> services.dwellings().registerDwelling(new DwellingService.DwellingDetails(
                landlord.getId(), serviceUnitId, "4 rue du Four", "55000", "Bar-le-Duc", DwellingSize.T2,
                new BigDecimal("48.0"), 1, false, false, Money.of("480.00"), Money.of("70.00"), imlPlus.getId(), 1)));
        manager.run(() -> services.dwellings().signContract(dwelling.getId(), new HousingContract.Terms(
                ContractKind.MAIN_LEASE, leaseStart, leaseEnd, Money.of("480.00"), Guarantee.VISALE, "VIS-1", 3, true,
                after)));
        return dwelling;
    }

    /** The measure's household placed in the dwelling from {@code on}, sub-leased at 480.00 + 70.00 less {@code benefit}. */
    public Occupancy place(Measure measure, Dwelling dwelling, LocalDate on, String benefit) throws Exception {
        return manager.call(() -> services.occupancies().placeHousehold(new OccupancyService.Placement(dwelling.getId(),
                measure.getHouseholdId(), measure.getId(), Agreement.SUB_LEASE, on, new Occupancy.Terms(
                        Money.of("480.00"), Money.of("70.00"), Money.of(benefit)))));
    }
}

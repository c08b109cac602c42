package org.ancrage.housing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.ancrage.households.Household;
import org.ancrage.households.HouseholdService;
import org.ancrage.households.Person;
import org.ancrage.households.Relationship;
import org.ancrage.landlords.Landlord;
import org.ancrage.landlords.LandlordKind;
import org.ancrage.landlords.LandlordService;
import org.ancrage.measures.Measure;
import org.ancrage.measures.MeasureService;
import org.ancrage.money.Money;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.reporting.Indicators;
import org.ancrage.reporting.StatisticsService;
import org.ancrage.security.AccountService;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.RunAs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The statistics' occupancy rate and the capacity page's are one definition (place-days taken ÷
 * place-days financed; for a programme with housing, households placed, not measures): a year
 * where three households are followed and two placed reads 50 % in both, where the statistics used
 * to count month-measures (75 %) and the capacity page placed households.
 */
@ExtendWith(ArquillianExtension.class)
class OccupancyRateIsOneDefinitionIT {

    private static final LocalDate JANUARY = LocalDate.of(2031, 1, 1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(OccupancyRateIsOneDefinitionIT.class);
    }

    @EJB ProgrammeService programmes;
    @EJB HouseholdService households;
    @EJB MeasureService measures;
    @EJB OrganisationService organisation;
    @EJB AccountService accounts;
    @EJB LandlordService landlords;
    @EJB DwellingService dwellings;
    @EJB OccupancyService occupancies;
    @EJB CapacityService capacity;
    @EJB StatisticsService statistics;
    @EJB RunAs.Administrator administrator;
    @EJB RunAs.Coordinator coordinator;
    @EJB RunAs.RentalManager manager;
    @EJB RunAs.Director director;
    @EJB RunAs.FunderViewer funder;

    @Test
    void theStatisticsAndTheCapacityPageReadTheSameRate() throws Exception {
        administrator.call(() -> programmes.installTemplates());
        Programme aslIml = coordinator.call(() -> programmes.getProgrammeByCode("ASL-IML-MANDAT"));
        long serviceUnitId = coordinator.call(() -> organisation.listServiceUnits()).stream()
                .filter(s -> s.getCode().equals("NORD")).findFirst().orElseThrow().getId();
        long workerId = administrator.call(() -> accounts.findByUsername("travailleur")).orElseThrow().getId();
        administrator.run(() -> capacity.financePlaces(aslIml.getId(), 4, JANUARY, LocalDate.of(2031, 12, 31),
                "CPOM-2031"));
        for (int i = 0; i < 3; i++) {
            Household household = coordinator.call(() -> households.createHousehold(new Household(serviceUnitId,
                    new Person("Taux", "Lina", LocalDate.of(1985, 1, 1), "F", Relationship.HEAD)))).household();
            Measure measure = coordinator.call(() -> measures.openMeasure(household.getId(), aslIml.getId(),
                    workerId, serviceUnitId, JANUARY));
            if (i < 2) {
                Landlord landlord = manager.call(() -> landlords.registerLandlord(new LandlordService.Details(
                        LandlordKind.SOCIAL, "OPH Meuse", "Accueil", "2 rue Neuve, 55000 Bar-le-Duc", "0329000002",
                        "oph@example.org")));
                Dwelling dwelling = manager.call(() -> dwellings.registerDwelling(new DwellingService.DwellingDetails(
                        landlord.getId(), serviceUnitId, "9 rue Basse", "55000", "Bar-le-Duc", DwellingSize.T2,
                        new BigDecimal("45.0"), 0, false, true, Money.of("400.00"), Money.of("50.00"), aslIml.getId(),
                        1)));
                manager.run(() -> dwellings.signContract(dwelling.getId(), new HousingContract.Terms(
                        ContractKind.MANAGEMENT_MANDATE, JANUARY.minusMonths(1), null, Money.of("400.00"),
                        Guarantee.NONE, null, 3, true, AfterLeaseTransfer.STAYS_UNDER_MANDATE)));
                manager.run(() -> occupancies.placeHousehold(new OccupancyService.Placement(dwelling.getId(),
                        household.getId(), measure.getId(), Agreement.TENANT_UNDER_MANDATE, JANUARY,
                        new Occupancy.Terms(Money.of("400.00"), Money.of("50.00"), Money.ZERO))));
            }
        }

        Indicators year = director.call(() -> statistics.compute(aslIml.getId(), null, 2031));
        OccupancyRate overTheYear = funder.call(() -> capacity.occupancyOver(aslIml.getId(), null, JANUARY,
                LocalDate.of(2031, 12, 31)));
        assertEquals(new BigDecimal("50.0"), overTheYear.percent(), "two places of four, every day of the year");
        assertEquals(overTheYear.percent(), year.occupancyRate(), "the statistics read the capacity's rate");
        CapacityFigures onADay = funder.call(() -> capacity.capacityOn(aslIml.getId(), LocalDate.of(2031, 6, 1)));
        assertEquals(new BigDecimal("50.0"), onADay.occupancyRate());
        assertEquals(onADay.occupancyRate(), funder.call(() -> capacity.occupancyOver(aslIml.getId(), null,
                LocalDate.of(2031, 6, 1), LocalDate.of(2031, 6, 1))).percent(), "a day is a period of one day");
    }
}

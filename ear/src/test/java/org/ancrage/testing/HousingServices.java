package org.ancrage.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.ancrage.households.HouseholdService;
import org.ancrage.housing.DwellingService;
import org.ancrage.housing.OccupancyService;
import org.ancrage.landlords.LandlordService;
import org.ancrage.measures.MeasureService;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.programmes.ProgrammeService;
import org.ancrage.security.AccountService;

/**
 * The services and identities the housing set-up goes through, injected once: a test asks for a
 * {@link HousingFixture} here instead of listing them itself. Each call of the set-up is a
 * transaction of its own, as a test's calls are.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HousingServices {

    @EJB private ProgrammeService programmes;
    @EJB private OrganisationService organisation;
    @EJB private AccountService accounts;
    @EJB private HouseholdService households;
    @EJB private MeasureService measures;
    @EJB private LandlordService landlords;
    @EJB private DwellingService dwellings;
    @EJB private OccupancyService occupancies;
    @EJB private RunAs.Administrator administrator;
    @EJB private RunAs.Coordinator coordinator;
    @EJB private RunAs.RentalManager manager;

    public HousingFixture fixture() throws Exception {
        return HousingFixture.of(new HousingFixture.Services(programmes, organisation, accounts, households, measures,
                landlords, dwellings, occupancies), administrator, coordinator, manager);
    }
}

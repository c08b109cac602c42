package org.ancrage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.ancrage.organisation.OrganisationService;
import org.ancrage.organisation.ServiceUnit;
import org.ancrage.security.AccountService;
import org.ancrage.security.Roles;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.RunAs;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who changed what, when, before and after: written with the change, never altered. */
@ExtendWith(ArquillianExtension.class)
class ChangesAreAuditedIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(ChangesAreAuditedIT.class);
    }

    @EJB
    OrganisationService organisation;

    @EJB
    AccountService accounts;

    @EJB
    AuditService audit;

    @EJB
    RunAs.Administrator administrator;

    @EJB
    RunAs.SocialWorker socialWorker;

    @Test
    void creationAndChangeAreRecordedWithTheirAuthorAndValues() throws Exception {
        ServiceUnit unit = administrator.call(() -> organisation.createServiceUnit(new ServiceUnit("AUDIT", "Avant")));
        administrator.run(() -> organisation.renameServiceUnit(unit.getId(), unit.getVersion(), "Après"));

        List<AuditEntry> entries = administrator.call(
                () -> audit.search(null, "ServiceUnit", unit.getId(), null, null, null, 0, 10));

        assertEquals(2, entries.size());
        AuditEntry update = entries.get(0);
        assertEquals(AuditAction.UPDATE, update.getAction());
        assertEquals(Roles.ADMINISTRATOR, update.getUsername());
        assertTrue(update.getChanges().contains("\"name\":{\"before\":\"Avant\",\"after\":\"Après\"}"),
                update.getChanges());
        assertEquals(AuditAction.CREATE, entries.get(1).getAction());
        assertTrue(entries.get(1).getChanges().contains("\"code\":{\"after\":\"AUDIT\"}"), entries.get(1).getChanges());
    }

    @Test
    void aRolledBackChangeLeavesNoTrace() throws Exception {
        long before = TestDatabase.count("select count(*) from audit_entry where entity_type = 'ServiceUnit'");
        // The database refuses the insert (a check the service does not know of): the change and its
        // audit line go together. (A duplicate code is now refused by the service before any insert.)
        TestDatabase.execute("alter table service_unit add constraint test_refused_by_db check (code <> 'DB-REFUSED')");
        try {
            administrator.run(() -> organisation.createServiceUnit(new ServiceUnit("DUP-AUDIT", "Premier")));
            assertThrows(Exception.class, () -> administrator.run(
                    () -> organisation.createServiceUnit(new ServiceUnit("DB-REFUSED", "Second"))));
        } finally {
            TestDatabase.execute("alter table service_unit drop constraint test_refused_by_db");
        }
        assertEquals(before + 1, TestDatabase.count("select count(*) from audit_entry where entity_type = 'ServiceUnit'"));
    }

    @Test
    void passwordHashesNeverReachTheTrail() throws Exception {
        administrator.run(() -> accounts.createAccount("audit.user", "Audit", "Secret-Audit-1".toCharArray(),
                Set.of(Roles.SOCIAL_WORKER), null));
        List<AuditEntry> entries = administrator.call(() -> audit.search(null, "UserAccount", null, null, null, null, 0, 50));
        assertFalse(entries.isEmpty());
        entries.forEach(e -> assertFalse(e.getChanges().contains("PBKDF2"), e.getChanges()));
    }

    @Test
    void readsAreRecordedAndOnlyAdministratorsSearch() throws Exception {
        socialWorker.run(() -> audit.recordRead("Household", 4242L, 4242L));
        List<AuditEntry> reads = administrator.call(() -> audit.search(Roles.SOCIAL_WORKER, null, null, 4242L, null, null, 0, 10));
        assertEquals(1, reads.size());
        assertEquals(AuditAction.READ, reads.get(0).getAction());
        assertThrows(jakarta.ejb.EJBAccessException.class,
                () -> socialWorker.call(() -> audit.search(null, null, null, null, null, null, 0, 10)));
    }

    @Test
    void theTrailIsAppendOnly() {
        SQLException refused = assertThrows(SQLException.class,
                () -> TestDatabase.execute("update audit_entry set username = 'x'"));
        assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        assertThrows(SQLException.class, () -> TestDatabase.execute("delete from audit_entry"));
    }
}

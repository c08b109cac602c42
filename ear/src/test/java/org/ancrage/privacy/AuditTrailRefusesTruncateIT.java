package org.ancrage.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The trail is append-only against TRUNCATE too, and its one exception — the retention purge of
 * values — allows exactly that and nothing else, even with the purge setting on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTrailRefusesTruncateIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(AuditTrailRefusesTruncateIT.class);
    }

    @Test
    void truncateIsRefused() throws Exception {
        TestDatabase.execute("insert into audit_entry (username, action, entity_type, changes)"
                + " values ('truncate-test', 'READ', 'Test', '{\"name\":{\"after\":\"Dupont\"}}')");
        long before = TestDatabase.count("select count(*) from audit_entry");
        SQLException refused = assertThrows(SQLException.class, () -> TestDatabase.execute("truncate audit_entry"));
        assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        assertEquals(before, TestDatabase.count("select count(*) from audit_entry"));
    }

    @Test
    void onlyThePurgeOfValuesPassesAndOnlyWithTheRetentionSetting() throws Exception {
        TestDatabase.execute("insert into audit_entry (username, action, entity_type, household_id, changes)"
                + " values ('purge-test', 'UPDATE', 'Test', 987654, '{\"name\":{\"before\":\"A\",\"after\":\"Dupont\"}}')");
        String row = "username = 'purge-test' and household_id = 987654";
        assertThrows(SQLException.class, () -> TestDatabase.execute(
                "update audit_entry set changes = audit_purged(changes) where " + row), "not without the setting");
        assertThrows(SQLException.class, () -> TestDatabase.execute("select set_config('ancrage.audit_purge',"
                + " 'retention', false); update audit_entry set changes = '{\"name\":\"forged\"}' where " + row),
                "the setting allows no other value");
        assertThrows(SQLException.class, () -> TestDatabase.execute("select set_config('ancrage.audit_purge',"
                + " 'retention', false); update audit_entry set username = 'x', changes = audit_purged(changes) where "
                + row), "nor any other column");
        assertThrows(SQLException.class, () -> TestDatabase.execute("select set_config('ancrage.audit_purge',"
                + " 'retention', false); delete from audit_entry where " + row), "nor a removal");
        TestDatabase.execute("select set_config('ancrage.audit_purge', 'retention', false);"
                + " update audit_entry set changes = audit_purged(changes) where " + row);
        assertEquals("{\"name\": {\"after\": \"(purged)\", \"before\": \"(purged)\"}}",
                TestDatabase.text("select changes from audit_entry where " + row));
    }
}

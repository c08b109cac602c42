package org.ancrage.console.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.ancrage.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A social worker opening an administration page, or pressing a button whose service refuses her
 * role, is told so in her language on the error page (no stack trace), and the refusal is in the
 * audit trail naming her, the page or action, and when — as the API's refusals are.
 */
class ConsoleRefusalsForWantOfARoleAreAuditedInTheBrowserIT extends BrowserTest {

    private static final String REFUSED_TEXT = "Votre rôle ne vous permet pas d’ouvrir cette page ou de faire cette action.";

    /** A page of the files (open to a social worker) with a button calling an administrator's service. */
    private static final String PROBE_PAGE = """
            <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html"
                            xmlns:ui="jakarta.faces.facelets" xmlns:p="primefaces"
                            template="/WEB-INF/templates/page.xhtml">
              <ui:define name="title">Probe</ui:define>
              <ui:define name="content">
                <h1 id="probeTitle">Probe</h1>
                <h:form id="probe">
                  <p:commandButton id="ajax" value="Ajax" action="#{roleRefusalProbe.searchTheTrail}" update="@form"/>
                  <p:commandButton id="full" value="Full" action="#{roleRefusalProbe.searchTheTrail}" ajax="false"/>
                </h:form>
              </ui:define>
            </ui:composition>
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.application(ConsoleRefusalsForWantOfARoleAreAuditedInTheBrowserIT.class,
                RoleRefusalProbe.class);
        ear.getAsType(WebArchive.class, "ancrage-web.war")
                .addAsWebResource(new StringAsset(PROBE_PAGE), "app/files/role-refusal-probe.xhtml");
        return ear;
    }

    /** Role refusals of the social worker about {@code what}, written in the last ten minutes. */
    private static long refusals(String what) throws Exception {
        return TestDatabase.count("select count(*) from audit_entry where action = 'REFUSED'"
                + " and username = 'travailleur' and entity_type = 'RoleRequired'"
                + " and occurred_at > now() - interval '10 minutes'"
                + " and changes::text like '%" + what + "%'");
    }

    @Test
    void aSocialWorkerOpeningAnAdministrationPageIsToldAndTheRefusalIsAudited() throws Exception {
        String page = "page /ancrage/app/admin/accounts.xhtml";
        long before = refusals(page);
        logIn("travailleur", DemoData.PASSWORD);
        visible(By.id("welcome"));
        open("app/admin/accounts.xhtml");
        assertEquals(REFUSED_TEXT + " La tentative est inscrite au journal d’audit ; adressez-vous à"
                + " l’administrateur si vous en avez besoin.", visible(By.id("refused")).getText());
        assertFalse(browser.getPageSource().contains("Exception"));
        assertTrue(browser.findElements(By.id("accounts")).isEmpty());
        assertEquals(before + 1, refusals(page));
    }

    @Test
    void aSocialWorkerPressingAButtonHerRoleDoesNotAllowIsToldAndTheRefusalIsAudited() throws Exception {
        String action = "action on /ancrage/app/files/role-refusal-probe.xhtml";
        long before = refusals(action);
        logIn("travailleur", DemoData.PASSWORD);
        visible(By.id("welcome"));
        for (String button : new String[] {"probe:ajax", "probe:full"}) {
            open("app/files/role-refusal-probe.xhtml");
            visible(By.id(button)).click();
            assertTrue(visible(By.id("refused")).getText().startsWith(REFUSED_TEXT));
            assertFalse(browser.getPageSource().contains("Exception"));
        }
        assertEquals(before + 2, refusals(action));
    }
}

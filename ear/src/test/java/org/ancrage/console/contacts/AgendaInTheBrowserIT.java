package org.ancrage.console.contacts;

import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The agenda in Chromium: a worker clicks a slot of the week, records a home visit, and sees it there. */
class AgendaInTheBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(AgendaInTheBrowserIT.class);
    }

    @Test
    void aWorkerPlansAHomeVisitFromTheCalendar() throws Exception {
        logIn("travailleur", DemoData.PASSWORD);
        visible(By.id("welcome"));
        visible(By.id("navAgenda")).click();
        // A free slot: other tests' appointments of this week may cover some hours in the middle of the row.
        visible(By.id("agenda:schedule"));
        boolean clicked = false;
        for (String time : new String[] {"10:00:00", "07:30:00", "19:00:00", "12:30:00", "16:30:00"}) {
            try {
                visible(By.cssSelector("#agenda\\:schedule td.fc-timegrid-slot-lane[data-time='" + time + "']")).click();
                clicked = true;
                break;
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                // an event there: the next hour
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(clicked, "a free slot in the week");
        visible(By.id("agendaDialog"));
        visible(By.id("agendaForm:measure")).click();
        visible(By.cssSelector("[id='agendaForm:measure_items'] li:nth-child(2)")).click();
        browser.findElement(By.id("agendaForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "Contact ajouté"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("agenda:schedule"), "Visite à domicile"));
        screenshot("agenda");
    }
}

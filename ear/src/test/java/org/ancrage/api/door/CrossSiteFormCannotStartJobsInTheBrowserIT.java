package org.ancrage.api.door;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.ApiClient;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The attack of issue 13 in Chromium: an administrator logged in to the console opens a page of
 * another origin whose form posts itself ({@code text/plain}, the one body a form can make look
 * like JSON) to {@code /ancrage/api;jobs/retention} and {@code /ancrage/api;statistics/runs}. No
 * job execution starts — checked through the API with credentials.
 */
class CrossSiteFormCannotStartJobsInTheBrowserIT extends BrowserTest {

    private static final ApiClient ADMIN = ApiClient.as("administration", DemoData.PASSWORD);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(CrossSiteFormCannotStartJobsInTheBrowserIT.class);
    }

    private static int executions() throws Exception {
        String list = ADMIN.get("/ancrage/api/jobs/executions?max=500").body();
        return list.split("\"jobName\"", -1).length - 1;
    }

    private void attackFromAnotherOrigin(String target) throws Exception {
        Path page = Files.createTempFile("autre-site", ".html");
        Files.writeString(page, "<!doctype html><html><body><form id='f' method='POST' enctype='text/plain' action='"
                + ApiClient.url(target) + "'><input type='hidden' name='{\"x\":\"' value='\"}'></form>"
                + "<script>document.getElementById('f').submit();</script></body></html>", StandardCharsets.UTF_8);
        try {
            browser.get(page.toUri().toString());
            wait.until(ExpectedConditions.urlContains("/ancrage/api"));
            Thread.sleep(1_000);
            assertFalse(browser.getPageSource().contains("\"executionId\"") || browser.getPageSource().contains("\"jobName\""),
                    target + " answered " + browser.getPageSource());
        } finally {
            Files.deleteIfExists(page);
        }
    }

    @Test
    void aFormOfAnotherSiteStartsNoJob() throws Exception {
        logIn("administration", DemoData.PASSWORD);
        wait.until(ExpectedConditions.urlContains("/app/home.xhtml"));
        int before = executions();

        attackFromAnotherOrigin("/ancrage/api;jobs/retention");
        attackFromAnotherOrigin("/ancrage/api;statistics/runs");
        attackFromAnotherOrigin("/ancrage/api/jobs/retention");
        attackFromAnotherOrigin("/ancrage/api;retention/runs?dryRun=false");

        Thread.sleep(2_000);
        assertEquals(before, executions(), "no job started from another origin");
    }
}

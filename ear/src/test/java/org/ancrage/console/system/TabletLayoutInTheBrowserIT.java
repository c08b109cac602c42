package org.ancrage.console.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.ancrage.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The console on a tablet held upright (768×1024): no page is wider than the screen (wide tables
 * scroll inside their own box), and every link of the navigation can be seen and reached.
 */
class TabletLayoutInTheBrowserIT extends BrowserTest {

    private static final List<String> PAGES = List.of("app/home.xhtml", "app/files/households.xhtml",
            "app/files/measures.xhtml", "app/files/agenda.xhtml", "app/files/referrals.xhtml",
            "app/files/landlords.xhtml", "app/files/dwellings.xhtml", "app/files/arrears.xhtml");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application(TabletLayoutInTheBrowserIT.class);
    }

    private long script(String expression) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return " + expression)).longValue();
    }

    private void fitsTheScreen(String page) {
        long width = script("window.innerWidth");
        long content = script("document.documentElement.scrollWidth");
        assertTrue(content <= width, page + " is " + content + " px wide on a " + width + " px screen");
        for (WebElement link : browser.findElements(By.cssSelector("nav.nav a"))) {
            var box = link.getRect();
            assertTrue(link.isDisplayed() && box.getX() >= 0 && box.getX() + box.getWidth() <= width,
                    page + ": the link " + link.getText() + " is off the screen");
        }
    }

    @Test
    void everyMainPageFitsAnUprightTablet() throws Exception {
        browser.manage().window().setSize(new Dimension(768, 1024));
        logIn("coordinatrice", DemoData.PASSWORD);
        visible(By.id("welcome"));
        for (String page : PAGES) {
            open(page);
            visible(By.id("content"));
            fitsTheScreen(page);
        }
        screenshot("tablet-measures");
        open("app/files/households.xhtml");
        visible(By.cssSelector("a[id$=':open']")).click();
        visible(By.id("fileTitle"));
        fitsTheScreen("the household file");
        screenshot("tablet-household");
    }
}

package org.ancrage.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the console's browser tests: Debian's headless Chromium and chromedriver (never a
 * downloaded browser), the deployed application's address, screenshots, and waits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserTest {

    protected WebDriver browser;
    protected WebDriverWait wait;
    private Path profile;
    private Path downloads;

    @BeforeEach
    void openBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,800", "--lang=fr-FR",
                "--user-data-dir=" + (profile = Files.createTempDirectory("chromium-profile")));
        downloads = Files.createDirectories(profile.resolve("downloads"));
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // An Ajax update replaces the element between finding it and reading it; the wait then looks again.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a profile left in the temp folder is harmless
            }
        }
    }

    protected static String url(String path) {
        return "http://localhost:" + System.getProperty("ancrage.httpPort", "28080") + "/ancrage/" + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    protected WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected void logIn(String username, String password) {
        open("login.xhtml");
        visible(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    /** Types into a dialog's field, whose form is drawn again as the dialog opens: until the text stays. */
    protected void typeStably(By field, String text) {
        wait.until(driver -> {
            try {
                WebElement input = driver.findElement(field);
                if (input.isDisplayed() && !text.equals(input.getAttribute("value"))) {
                    input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
                }
                return text.equals(driver.findElement(field).getAttribute("value"));
            } catch (org.openqa.selenium.WebDriverException redrawn) {
                return false;
            }
        });
    }

    /** Waits until the element {@code by} reads {@code part}, no-break spaces read as spaces (amounts, dates). */
    protected void textShows(By by, String part) {
        wait.until(driver -> {
            try {
                return driver.findElement(by).getText().replace('\u00a0', ' ').replace('\u202f', ' ').contains(part);
            } catch (org.openqa.selenium.WebDriverException redrawn) {
                return false;
            }
        });
    }

    /**
     * Types an amount into a PrimeFaces amount field (autoNumeric formats as it types): until the
     * field starts with what was typed, spaces of any kind aside ("58,50" reads "58,50 €").
     */
    protected void enterAmount(String id, String typed) {
        wait.until(driver -> {
            try {
                WebElement field = driver.findElement(By.id(id));
                if (!field.isDisplayed()) {
                    return false;
                }
                field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                        org.openqa.selenium.Keys.DELETE, typed);
                return field.getAttribute("value").replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
                        .startsWith(typed);
            } catch (org.openqa.selenium.WebDriverException redrawn) {
                return false;
            }
        });
    }

    /** Waits until the growl (the page's passing messages) shows {@code text}. */
    protected void growlShows(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), text));
    }

    /** A tab's title in a tab view (not a navigation link that reads the same, such as "Mesures"). */
    protected static By tab(String title) {
        return By.xpath("//ul[contains(@class, 'ui-tabs-nav')]//a[normalize-space() = '" + title + "']");
    }

    /** Picks {@code label} in the PrimeFaces select menu {@code id} (drawn again as its dialog opens: retried). */
    protected void choose(String id, String label) {
        wait.until(driver -> {
            try {
                driver.findElement(By.id(id)).click();
                visible(By.xpath("//*[@id='" + id + "_panel']//li[normalize-space(.)=\"" + label + "\"]")).click();
                return label.equals(driver.findElement(By.id(id + "_label")).getText());
            } catch (org.openqa.selenium.WebDriverException redrawn) {
                return false;
            }
        });
    }

    /** Opens a tab of a file (the file's tabs are drawn again after each action). */
    protected void openTab(String title) {
        visible(tab(title)).click();
    }

    /**
     * Clicks a button once it is scrolled into the middle of the window (long dialogs scroll). A dialog
     * drawn again after a refusal moves as it grows: a click that lands on something else meanwhile is
     * not made (Chrome refuses it), and is tried again.
     */
    protected void press(By button) {
        wait.until(driver -> {
            try {
                ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript("arguments[0].scrollIntoView({block: 'center'})", visible(button));
                WebElement clickable = ExpectedConditions.elementToBeClickable(button).apply(driver);
                if (clickable == null) {
                    return false;
                }
                clickable.click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException
                    | org.openqa.selenium.StaleElementReferenceException moving) {
                return false;
            }
        });
    }

    /** The file the browser saved under {@code name}, once it is complete. */
    protected Path downloaded(String name) {
        Path file = downloads.resolve(name);
        wait.until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    /** Saves what the user sees, for the README and for looking at a failure. */
    protected void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}

package org.ancrage.console.walkthroughs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.ancrage.demo.DemoData;
import org.ancrage.testing.BrowserTest;
import org.openqa.selenium.By;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steps the seed-by-seed walkthroughs share (issue 15): each walkthrough carries one household
 * through its whole life in the console alone, in French, each step by the demo account whose work
 * it is; nothing is done through the API or in the database, which are only read afterwards to
 * check. Every page and dialog met is read for raw resource keys ({@code ???…???}) and for words
 * that only the English bundles use.
 */
abstract class Walkthrough extends BrowserTest {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Words of the English bundles that no French text uses: one of them on a French page is a leak. */
    private static Set<String> englishOnly;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}’']*");

    /**
     * A walkthrough takes many steps one after the other on a machine CI keeps busy: each waits up
     * to a minute for the answer to the action before it, instead of twenty seconds.
     */
    @BeforeEach
    void patientWaits() {
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** A name no other test and no other run uses. */
    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    static String shown(LocalDate day) {
        return day.format(SHOWN);
    }

    /** Logs out whoever was logged in, and logs in as the demo account {@code username}. */
    void as(String username) throws IOException {
        browser.manage().deleteAllCookies();
        logIn(username, DemoData.PASSWORD);
        try {
            visible(By.id("welcome"));
        } catch (TimeoutException e) {
            screenshot("walkthrough-failure");
            throw e;
        }
        inFrench();
    }

    /** The page as read now: no raw key, no word only the English bundles use. */
    void inFrench() {
        String page = browser.findElement(By.tagName("body")).getText();
        assertFalse(page.contains("???"), "a raw resource key on " + browser.getCurrentUrl() + ": " + page);
        // Lists' rows and menus' choices are data (other tests' households and accounts share the
        // database, e.g. an account named "Audit"), and so are e-mail addresses and links
        // (gestion@oph.example): only the console's own words are read.
        String consoleText = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "var t = document.body.innerText;"
                        + "document.querySelectorAll('tbody, ul.ui-datalist-data, ul.ui-datascroller-list,"
                        + " .ui-selectonemenu-label, .ui-selectonemenu-items, .ui-autocomplete-items, select')"
                        + ".forEach(function (e) { if (e.innerText) { t = t.split(e.innerText).join(' '); } });"
                        + "return t;");
        Matcher words = WORD.matcher(consoleText.replaceAll("\\S+@\\S+|https?://\\S+", " "));
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            assertFalse(englishOnly().contains(word), "the English word « " + words.group() + " » on the French page "
                    + browser.getCurrentUrl() + ": " + page);
        }
    }

    /**
     * Waits for the message {@code text}, the page then read for English and raw keys. The growl
     * fades after a few seconds, which a loaded machine may take to look: the page's messages too.
     */
    void growlSays(String text) throws IOException {
        waitFor(By.tagName("body"), text);
        inFrench();
    }

    /** Waits until the element {@code by} reads {@code text} (non-breaking spaces read as spaces). */
    void waitFor(By by, String text) throws IOException {
        try {
            wait.until(driver -> {
                try {
                    return driver.findElement(by).getText().replace('\u00a0', ' ').replace('\u202f', ' ')
                            .contains(text);
                } catch (WebDriverException redrawn) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            screenshot("walkthrough-failure");
            String shownThere;
            try {
                shownThere = browser.findElement(by).getText();
            } catch (WebDriverException gone) {
                shownThere = "(absent)";
            }
            throw new AssertionError("« " + text + " » never read in " + by + ", which reads: " + shownThere
                    + "\nthe page: " + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Waits until a modal dialog has closed (its form was accepted). */
    void closed(String dialog) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(dialog + "_modal")));
    }

    /** Types into a field by id until the text stays (dialogs are drawn again as they open). */
    void type(String id, String text) {
        typeStably(By.id(id), text);
    }

    /** Types into a PrimeFaces number field, which formats as it is typed: until it starts with the digits. */
    void amount(String id, String digits) {
        wait.until(driver -> {
            try {
                WebElement field = driver.findElement(By.id(id));
                if (!field.isDisplayed()) {
                    return false;
                }
                field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, digits);
                return field.getAttribute("value").replace(" ", "").replace("\u202f", "").replace("\u00a0", "")
                        .startsWith(digits);
            } catch (WebDriverException redrawn) {
                return false;
            }
        });
    }

    /** The household file of {@code household}, on the tab {@code title}. */
    void file(long household, String title) throws IOException {
        open("app/files/household.xhtml?id=" + household);
        visible(By.id("fileTitle"));
        openTab(title);
        inFrench();
    }

    // ---------------------------------------------------------------- the administrator

    /**
     * The administrator installs the ready-made programmes (nothing new if they are there) and makes
     * the association's own programme as a copy of the template {@code templateCode}, under
     * {@code name}: each walkthrough works on its own programme, its places its own.
     */
    void programmeCopiedFrom(String templateCode, String name) throws IOException {
        as("administration");
        visible(By.id("navProgrammes")).click();
        press(By.id("catalogue:installTemplates"));
        growlSays("dispositif");
        String template = "//tr[contains(., '" + templateCode + " —')]";
        press(By.xpath(template + "//button[contains(@id, 'copy')]"));
        visible(By.id("programmeForm:code"));
        type("programmeForm:code", unique("W-").toUpperCase(Locale.ROOT));
        type("programmeForm:name", name);
        inFrench();
        press(By.id("programmeForm:save"));
        growlSays("Dispositif « " + name + " » créé.");
        closed("programmeDialog");
    }

    /**
     * The administrator opens a social worker's account in the Nord service, whose deadlines are
     * then this walkthrough's alone (the demo worker's list is shared by the whole suite).
     */
    void socialWorkerAccount(String username, String displayName) throws IOException {
        visible(By.id("navAccounts")).click();
        type("accountForm:username", username);
        type("accountForm:displayName", displayName);
        browser.findElement(By.id("accountForm:password")).sendKeys(WORKER_PASSWORD);
        browser.findElement(By.xpath("//*[@id='accountForm:roles']//label[normalize-space(.)='Travailleur social']"))
                .click();
        choose("accountForm:service", "Service logement Nord");
        inFrench();
        press(By.id("accountForm:create"));
        // the message, not the list: the list's first page may hold other tests' accounts only
        growlSays("Compte « " + username + " » créé.");
    }

    static final String WORKER_PASSWORD = "une phrase de passe de terrain";

    /** Logs in as a staff account the walkthrough opened. */
    void asOwnAccount(String username) throws IOException {
        browser.manage().deleteAllCookies();
        logIn(username, WORKER_PASSWORD);
        visible(By.id("welcome"));
        inFrench();
    }

    /** The administrator runs the reminders now (the job the timer runs each morning) and waits for its end. */
    void remindersRun() throws IOException {
        as("administration");
        visible(By.id("navJobs")).click();
        visible(By.id("jobs:executions"));
        long before = latestExecution(false);
        press(By.xpath("//button[contains(., 'Rappels d’échéances')]"));
        visible(By.cssSelector(".ui-confirmdialog-yes")).click();
        wait.until(driver -> {
            driver.findElement(By.id("jobs:refresh")).click();
            return latestExecution(true) > before;
        });
        inFrench();
    }

    /** The highest execution number listed on the jobs page (of an ended reminders run if {@code ended}). */
    private long latestExecution(boolean ended) {
        long latest = 0;
        for (WebElement row : browser.findElements(By.cssSelector("[id='jobs:executions_data'] > tr"))) {
            String text = row.getText();
            String first = row.findElements(By.tagName("td")).isEmpty() ? ""
                    : row.findElements(By.tagName("td")).get(0).getText().trim();
            if (first.matches("\\d+") && (!ended || text.contains("Rappels d’échéances") && text.contains("Terminé"))) {
                latest = Math.max(latest, Long.parseLong(first));
            }
        }
        return latest;
    }

    // ---------------------------------------------------------------- the coordinator

    /** "Nouveau ménage": a French head of household alone; the file opened on creation; its id. */
    long newHousehold(String name, String firstName, String birthDate) throws IOException {
        visible(By.id("navHouseholds")).click();
        visible(By.id("newHousehold")).click();
        inFrench();
        type("household:members:0:lastName", name);
        type("household:members:0:firstName", firstName);
        type("household:members:0:birthDate_input", birthDate);
        type("household:address", "7 rue " + name + ", 55100 Verdun");
        type("household:phone", "06 12 34 56 78");
        choose("household:nationality", "Française");
        press(By.id("household:save"));
        waitFor(By.id("fileTitle"), name.toUpperCase(Locale.ROOT) + " " + firstName);
        inFrench();
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(browser.getCurrentUrl());
        assertTrue(id.find(), browser.getCurrentUrl());
        return Long.parseLong(id.group(1));
    }

    /** The referral received on the household's file, from {@code body} with its own reference. */
    void referral(String programme, String body, String reference, LocalDate receivedOn, String referrer)
            throws IOException {
        press(By.id("file:receiveReferral"));
        visible(By.id("referralDialog"));
        choose("referralForm:programme", programme);
        choose("referralForm:from", body);
        type("referralForm:reference", reference);
        type("referralForm:receivedOn_input", shown(receivedOn));
        type("referralForm:referrer", referrer);
        type("referralForm:referrerContact", "03 29 00 00 00");
        type("referralForm:comment", "Orientation reçue pour " + programme);
        inFrench();
        press(By.id("referralForm:save"));
        growlSays("liste d’attente");
        closed("referralDialog");
    }

    /** On the waiting list of {@code programme}: the admission interview, then the admission by {@code referent}. */
    void interviewAndAdmit(String programme, String name, LocalDate interviewOn, String referent, LocalDate start)
            throws IOException {
        visible(By.id("navReferrals")).click();
        choose("referrals:programme", programme);
        String row = "//tr[contains(., '" + name.toUpperCase(Locale.ROOT) + "')]";
        visible(By.xpath(row));
        inFrench();
        press(By.xpath(row + "//button[contains(@id, 'interview')]"));
        visible(By.id("interviewDialog"));
        type("interviewForm:on_input", shown(interviewOn));
        type("interviewForm:attendees", "La coordinatrice, " + referent + ", le ménage");
        type("interviewForm:notes", "Projet de logement travaillé avec le ménage.");
        choose("interviewForm:outcome", "Avis favorable");
        inFrench();
        press(By.id("interviewForm:save"));
        growlSays("Entretien d’admission");
        closed("interviewDialog");
        waitFor(By.xpath(row), "Avis favorable");
        press(By.xpath(row + "//button[contains(@id, 'admit')]"));
        visible(By.id("admitDialog"));
        choose("admitForm:referent", referent);
        type("admitForm:start_input", shown(start));
        inFrench();
        press(By.id("admitForm:save"));
        growlSays("la mesure est ouverte");
        closed("admitDialog");
    }

    // ---------------------------------------------------------------- the social worker

    /** A contact logged from the measures tab (or the follow-up notice), at {@code at} 10:00. */
    void contact(By button, LocalDate at, String type, String note) throws IOException {
        press(button);
        visible(By.id("contactDialog"));
        type("contactForm:at_input", shown(at) + " 10:00");
        choose("contactForm:type", type);
        type("contactForm:topics", note);
        inFrench();
        press(By.id("contactForm:save"));
        growlSays("Contact enregistré");
        closed("contactDialog");
    }

    /** A home visit on {@code at}, logged from the measures tab of the file open. */
    void homeVisit(LocalDate at, String note) throws IOException {
        openTab("Mesures");
        contact(By.cssSelector("button[id$='logContact']"), at, "Visite à domicile", note);
    }

    /** A bilan written on {@code on} with what was gained, what still needs support and the decision proposed. */
    void bilan(LocalDate on, String assessment, String decision, LocalDate sentOn) throws IOException {
        openTab("Mesures");
        press(By.cssSelector("button[id$='evaluate']"));
        visible(By.id("evaluationDialog"));
        type("evaluationForm:on_input", shown(on));
        type("evaluationForm:assessment", assessment);
        type("evaluationForm:gains", "Loyer payé chaque mois ; budget tenu.");
        type("evaluationForm:remainingNeeds", "Démarches administratives à consolider.");
        choose("evaluationForm:decision", decision);
        if (sentOn != null) {
            type("evaluationForm:sentOn_input", shown(sentOn));
        }
        inFrench();
        press(By.id("evaluationForm:save"));
        growlSays("Bilan enregistré");
        closed("evaluationDialog");
    }

    /** The support contract signed on {@code on} with one objective. */
    void supportContract(LocalDate on, String domain, String objective) throws IOException {
        openTab("Mesures");
        press(By.cssSelector("button[id$=':contract']"));
        visible(By.id("contractDialog"));
        choose("contractForm:objectives:0:domain", domain);
        type("contractForm:objectives:0:description", objective);
        type("contractForm:signedOn_input", shown(on));
        inFrench();
        press(By.id("contractForm:sign"));
        growlSays("Contrat d’accompagnement signé");
        closed("contractDialog");
    }

    /** Opens the renewal dialog of the measure; what it says of the next step. */
    void openRenewal() throws IOException {
        openTab("Mesures");
        press(By.cssSelector("button[id$='renew']"));
        visible(By.id("renewalDialog"));
    }

    /** Renews once the dialog is open (and filled). */
    void renew() throws IOException {
        inFrench();
        press(By.id("renewalForm:save"));
        growlSays("Mesure renouvelée");
        closed("renewalDialog");
    }

    /** Ends the open measure on {@code on} with its reason and housing outcome, after the dialog's confirmation. */
    void endMeasure(LocalDate on, String reason, String outcome) throws IOException {
        openTab("Mesures");
        press(By.cssSelector("button[id$='endMeasure']"));
        visible(By.id("endDialog"));
        type("endForm:endDate_input", shown(on));
        choose("endForm:reason", reason);
        choose("endForm:outcome", outcome);
        inFrench();
        press(By.id("endForm:save"));
        press(By.id("endForm:yes"));
        growlSays("Mesure terminée");
        closed("endDialog");
    }

    // ---------------------------------------------------------------- the rental manager

    /** Registers a private landlord on the landlords page. */
    void landlord(String name) throws IOException {
        visible(By.id("navLandlords")).click();
        press(By.id("search:register"));
        visible(By.id("landlordDialog"));
        choose("landlordForm:editedKind", "Propriétaire privé");
        type("landlordForm:editedName", name);
        type("landlordForm:contactPerson", "M. " + name);
        inFrench();
        press(By.id("landlordForm:save"));
        waitFor(By.id("search:messages"), "Bailleur « " + name + " » enregistré.");
        closed("landlordDialog");
        inFrench();
    }

    /** Registers a T2 of {@code landlord} for {@code programme} in {@code city}, and opens its file. */
    void dwelling(String landlord, String address, String city, String programme, String rent) throws IOException {
        visible(By.id("navDwellings")).click();
        press(By.id("search:register"));
        visible(By.id("dwellingDialog"));
        type("dwellingForm:landlord_input", landlord);
        visible(By.xpath("//li[contains(@class, 'ui-autocomplete-item') and contains(., '" + landlord + "')]")).click();
        type("dwellingForm:address", address);
        type("dwellingForm:postcode", "55100");
        type("dwellingForm:city", city);
        amount("dwellingForm:surface_input", "42");
        amount("dwellingForm:rentAmount_input", rent);
        amount("dwellingForm:charges_input", "40");
        choose("dwellingForm:programme", programme);
        inFrench();
        press(By.id("dwellingForm:save"));
        waitFor(By.id("search:messages"), "enregistré");
        visible(By.id("search:city")).sendKeys(city);
        browser.findElement(By.id("search:find")).click();
        wait.until(d -> d.findElements(By.cssSelector("[id='search:dwellings_data'] > tr")).size() == 1);
        press(By.id("search:dwellings:0:open"));
        waitFor(By.id("fileTitle"), address);
        inFrench();
    }

    /** On the dwelling's file: the main lease or the management mandate signed from {@code start}. */
    void contract(String kind, LocalDate start, String guaranteeReference) throws IOException {
        browser.findElement(tab("Bail et mandat")).click();
        press(By.id("file:tabs:sign"));
        visible(By.id("contractDialog"));
        choose("contractForm:kind", kind);
        type("contractForm:start_input", shown(start));
        type("contractForm:guaranteeReference", guaranteeReference);
        inFrench();
        press(By.id("contractForm:save"));
        closed("contractDialog");
        waitFor(By.id("file:tabs:contracts"), guaranteeReference);
        inFrench();
    }

    /** Places the household whose file is open in the dwelling {@code address, 55100 city}, from {@code start}. */
    void place(String address, String city, String agreement, LocalDate start) throws IOException {
        press(By.id("file:place"));
        visible(By.id("placementDialog"));
        choose("placementForm:dwelling", address + ", 55100 " + city);
        wait.until(driver -> {
            try {
                return !driver.findElement(By.id("placementForm:rent_input")).getAttribute("value").isEmpty();
            } catch (WebDriverException redrawn) {
                return false;
            }
        });
        choose("placementForm:agreement", agreement);
        type("placementForm:start_input", shown(start));
        inFrench();
        press(By.id("placementForm:save"));
        growlSays("placé");
        closed("placementDialog");
    }

    // ---------------------------------------------------------------- the words of the bundles

    private static synchronized Set<String> englishOnly() {
        if (englishOnly == null) {
            Set<String> english = new HashSet<>();
            Set<String> french = new HashSet<>();
            try (ZipFile ear = new ZipFile(System.getProperty("ancrage.ear", "target/ancrage.ear"))) {
                for (var entries = ear.entries(); entries.hasMoreElements();) {
                    ZipEntry entry = entries.nextElement();
                    if (entry.getName().endsWith(".war") || entry.getName().endsWith(".jar")) {
                        readBundles(ear.getInputStream(entry), english, french);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("the application's bundles could not be read", e);
            }
            english.removeAll(french);
            assertTrue(english.contains("household"), "the English bundle was read: " + english.size() + " words");
            englishOnly = english;
        }
        return englishOnly;
    }

    /** The words of the console's and the business bundles inside one module of the EAR. */
    private static void readBundles(InputStream module, Set<String> english, Set<String> french) throws IOException {
        ZipInputStream zip = new ZipInputStream(module);
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
            String name = entry.getName();
            if (!name.endsWith(".properties") || !name.contains("org/ancrage/")
                    || name.endsWith("_fr.properties") || name.contains("version")) {
                continue;
            }
            Properties bundle = new Properties();
            bundle.load(new InputStreamReader(zip, StandardCharsets.UTF_8));
            Set<String> into = name.endsWith("_en.properties") ? english : french;
            for (String value : bundle.stringPropertyNames().stream().map(bundle::getProperty).toList()) {
                Matcher words = WORD.matcher(value.replaceAll("\\{[^}]*}", " "));
                while (words.find()) {
                    String word = words.group().toLowerCase(Locale.ROOT);
                    if (into == french || word.length() >= 4) {
                        into.add(word);
                    }
                }
            }
        }
    }
}

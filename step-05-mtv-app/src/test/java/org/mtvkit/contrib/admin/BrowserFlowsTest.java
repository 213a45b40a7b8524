package org.mtvkit.contrib.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import mysite.polls.models.Choice;
import mysite.polls.models.Question;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The two flows of the issue in a real browser: a visitor votes through the real pages, and an admin
 * manages a question from login to deletion. Each step saves a screenshot under target/screenshots/.
 */
class BrowserFlowsTest {

    private ChromeDriver browser;
    private AdminTestSite site;

    @BeforeEach
    void start() {
        browser = Browser.start();
        site = new AdminTestSite(new AdminSite().siteHeader("Polls Administration"));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    private void open(String path) {
        browser.get(site.uri(path).toString());
    }

    private String page() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** Waits for the page a click led to (a click returns before the next page has loaded), then checks it shows the text. */
    private void shows(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage(() -> "the page never showed \"" + text + "\":\n"
                + browser.getPageSource()).until(driver -> {
                    try {
                        return driver.findElement(By.tagName("body")).getText().contains(text);
                    } catch (StaleElementReferenceException navigating) {
                        return false;
                    } catch (WebDriverException e) {
                        // Chromium says the same thing this way when the next page replaced the body between
                        // finding it and reading it; anything else is a real failure
                        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                            return false;
                        }
                        throw e;
                    }
                });
    }

    private void atUrl(String fragment) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage(() -> "never reached a URL with " + fragment)
                .until(driver -> driver.getCurrentUrl().contains(fragment));
    }

    // region: visitor-votes
    @Test
    @DisplayName("a visitor opens the poll, votes through the real form (CSRF token and all) and sees the results")
    void visitorVotes() {
        site.question("What's up?", Instant.now().minus(Duration.ofHours(1)), "Not much", "The sky");
        open("/polls/");
        browser.findElement(By.linkText("What's up?")).click();
        browser.findElement(By.xpath("//label[text()='The sky']")).click();
        browser.findElement(By.cssSelector("input[type=submit][value=Vote]")).click();
        atUrl("/results/");
        shows("The sky -- 1 vote");
        shows("Not much -- 0 votes");
        Browser.screenshot(browser, "polls-results");
    }
    // endregion

    // region: admin-flow
    @Test
    @DisplayName("an admin logs in, adds a question with three choices, finds it on /polls/, changes, searches, filters and deletes it")
    void adminManagesAQuestion() {
        site.superuser();
        site.question("An older question?", Instant.now().minus(Duration.ofDays(400)));
        open("/admin/");
        atUrl("/admin/login/?next=/admin/");
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys(AdminTestSite.PASSWORD);
        Browser.screenshot(browser, "admin-login");
        browser.findElement(By.cssSelector("input[value='Log in']")).click();
        shows("Site administration");

        browser.findElement(By.linkText("Add")).click();
        browser.findElement(By.name("questionText")).sendKeys("What's your favourite colour?");
        String published = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(5).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        browser.findElement(By.name("pubDate")).sendKeys(published);
        String[] colours = {"Red", "Green", "Blue"};
        for (int i = 0; i < 3; i++) {
            browser.findElement(By.name("choice_set-" + i + "-choiceText")).sendKeys(colours[i]);
        }
        Browser.screenshot(browser, "admin-add-question");
        browser.findElement(By.name("_save")).click();
        shows("was added successfully");
        Browser.screenshot(browser, "admin-change-list");
        Question added = site.db.objects(Question.class).filter("questionText", "What's your favourite colour?").get();
        assertEquals(3, site.db.objects(Choice.class).filter("question__id", added.getId()).count());

        open("/polls/");
        shows("What's your favourite colour?");

        open("/admin/polls/question/");
        browser.findElement(By.linkText("What's your favourite colour?")).click();
        WebElement text = browser.findElement(By.name("questionText"));
        text.clear();
        text.sendKeys("What's your favourite colour, really?");
        browser.findElement(By.name("choice_set-2-choiceText")).clear();
        browser.findElement(By.name("choice_set-2-choiceText")).sendKeys("Yellow");
        Browser.screenshot(browser, "admin-change-question");
        browser.findElement(By.name("_continue")).click();
        shows("was changed successfully");
        assertEquals("Yellow", site.db.objects(Choice.class).orderBy("-id").first().orElseThrow().getChoiceText());

        open("/admin/polls/question/");
        browser.findElement(By.id("searchbar")).sendKeys("COLOUR really");
        browser.findElement(By.cssSelector("#changelist-search input[type=submit]")).click();
        shows("1 result");
        browser.findElement(By.linkText("Past 7 days")).click();
        atUrl("pubDate__gte=");
        shows("What's your favourite colour, really?");
        assertFalse(page().contains("An older question?"));
        Browser.screenshot(browser, "admin-search-and-filter");

        browser.findElement(By.linkText("What's your favourite colour, really?")).click();
        browser.findElement(By.linkText("Delete")).click();
        shows("Choice: Yellow");
        Browser.screenshot(browser, "admin-delete-confirmation");
        browser.findElement(By.cssSelector("input[value=\"Yes, I'm sure\"]")).click();
        shows("was deleted successfully");
        assertEquals(0, site.db.objects(Choice.class).filter("question__id", added.getId()).count());
        open("/admin/");
        shows("Recent actions");
        Browser.screenshot(browser, "admin-index");
    }
    // endregion
}

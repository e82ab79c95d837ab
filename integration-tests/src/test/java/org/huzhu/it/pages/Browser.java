package org.huzhu.it.pages;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.huzhu.it.support.TestUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless in an office screen's 1366×768, driven through Debian's
 * chromedriver. Both paths are given, so Selenium Manager never downloads anything.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Pattern ANYTHING = Pattern.compile(".+");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final String base;
    private final Path profile;
    final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(URL base, Path profile, ChromeDriver driver) {
        String address = base.toString();
        this.base = address.endsWith("/") ? address : address + "/";
        this.profile = profile;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, PATIENCE);
        wait.withMessage(this::whereWeAre);
    }

    /** For a failed wait: the page we are on and what it says. */
    private String whereWeAre() {
        String logs = driver.manage().logs().get("browser").getAll().toString();
        return "on " + driver.getCurrentUrl() + " showing «" + driver.findElement(By.tagName("body")).getText()
                + "»; browser log " + logs;
    }

    public static Browser open(URL base) throws IOException {
        Path profile = Files.createTempDirectory("huzhu-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1366,768", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new Browser(base, profile, new ChromeDriver(service, options));
    }

    /** Opens the workbench, which shows the login form, and signs in. */
    public void signIn(TestUsers.Credentials user) {
        driver.manage().deleteAllCookies();
        driver.get(base + "app/");
        type(By.id("username"), user.username());
        type(By.id("password"), user.password());
        driver.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.textMatches(By.id("who"), ANYTHING));
    }

    /**
     * Signs out with the button in the pages' header, which posts to {@code /logout}, and waits for the start
     * page; from a page without it (nobody signed in), opens the workbench to find it.
     */
    void signOut() {
        if (driver.findElements(By.id("sign-out")).isEmpty()) {
            driver.get(base + "app/");
        }
        List<WebElement> button = driver.findElements(By.id("sign-out"));
        if (!button.isEmpty()) {
            button.get(0).click();
            wait.until(ExpectedConditions.urlToBe(base));
        }
    }

    /** A staff page under app/, once its script has filled the header from /me. */
    public void open(String page) {
        driver.get(base + "app/" + page);
        wait.until(ExpectedConditions.textMatches(By.id("who"), ANYTHING));
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitUntil(Function<WebDriver, Boolean> condition) {
        wait.until(condition);
    }

    void waitUntilOptions(String selectId) {
        wait.until(d -> new Select(d.findElement(By.id(selectId))).getOptions().size() > 1);
    }

    void type(By by, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(by));
        input.clear();
        input.sendKeys(text);
    }

    void select(String id, String value) {
        new Select(find(By.id(id))).selectByValue(value);
    }

    /** A date input takes its value in the browser's locale; set it as the page's own script would. */
    void setDate(By by, String isoDate) {
        driver.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', { bubbles: true }));", find(by), isoDate);
    }

    String text(By by) {
        return find(by).getText();
    }

    /** Runs a script in the page and answers what it returns. */
    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    public List<String> texts(By by) {
        return driver.findElements(by).stream().map(WebElement::getText).toList();
    }

    /** How many CSS pixels the page is wider than the window (0 when there is no horizontal scroll). */
    long horizontalOverflow() {
        return (Long) driver.executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
    }

    /** The whole page at the window's width, as a PNG under target/screenshots. */
    Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Map<String, Object> size = castMap(driver.executeScript("return { width: document.documentElement.clientWidth,"
                + " height: document.documentElement.scrollHeight };"));
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"), "scale", 1)));
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        Files.write(SCREENSHOTS.resolve(name + "-window.png"), driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

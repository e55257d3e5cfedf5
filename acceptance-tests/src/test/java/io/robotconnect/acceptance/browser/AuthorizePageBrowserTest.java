package io.robotconnect.acceptance.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.robotconnect.acceptance.support.OwnerAccountDriver;
import io.robotconnect.acceptance.support.TestApplication;
import io.robotconnect.application.port.in.RegisterOwnerCommand;
import io.robotconnect.domain.owner.EmailAddress;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The authorize page as a robot owner sees it, in a real headless Chromium (the distribution's
 * {@code chromium} and {@code chromium-driver}) against the assembled application: sign in, allow,
 * deny, a wrong password and an unknown app, on a phone and on a desktop, with the layout facts the
 * page promises and a screenshot of each step in {@code docs/images/}. Without the browser the test
 * is skipped, unless {@code ROBOTCONNECT_TEST_BROWSER=required} (as {@code .ci/run} sets it).
 */
class AuthorizePageBrowserTest {
  private static final Logger LOG = LoggerFactory.getLogger(AuthorizePageBrowserTest.class);
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String REQUIRED_VARIABLE = "ROBOTCONNECT_TEST_BROWSER";
  private static final Path SCREENSHOTS = Path.of("..", "docs", "images");
  private static final String PASSWORD = "correct-horse-battery-staple";

  /** One owner for the class, so that the screenshots stay the same from run to run. */
  private static final String EMAIL = "ada.lovelace@example.org";

  private static final String PAGE = "/third-party/ifttt/authorize";

  /** The two sizes every scenario runs at. */
  enum Screen {
    PHONE(360, 740),
    DESKTOP(1280, 800);

    final int width;
    final int height;

    Screen(int width, int height) {
      this.width = width;
      this.height = height;
    }

    String fileName() {
      return name().toLowerCase();
    }
  }

  private static ChromeDriver browser;

  @BeforeAll
  static void startBrowser() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "required".equals(System.getenv(REQUIRED_VARIABLE))) {
      throw new IllegalStateException(
          REQUIRED_VARIABLE + "=required, but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
    }
    String missing =
        "no "
            + CHROMIUM
            + " or "
            + CHROMEDRIVER
            + " (apt-get install chromium chromium-driver): the authorize page is not tested in a"
            + " browser; "
            + REQUIRED_VARIABLE
            + "=required makes this a failure";
    if (!installed) {
      LOG.warn("SKIPPED: {}", missing);
    }
    assumeTrue(installed, missing);
    TestApplication.get()
        .components()
        .oauth()
        .registerOwner()
        .registerIfAbsent(
            new RegisterOwnerCommand(new EmailAddress(EMAIL), "Ada Lovelace", PASSWORD));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--lang=en-US",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        // nothing but the application on this machine: the redirect to IFTTT ends unresolved
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void signedOut() {
    // the page's cookies are scoped to its folder: deleted from a page there
    browser.get(TestApplication.uri(PAGE).toString());
    browser.manage().deleteAllCookies();
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void theOwnerSignsIn_andAllows_andIsSentBackToIftttWithACode(Screen screen) throws IOException {
    open(screen, authorizeQuery(TestApplication.OAUTH_CLIENT_ID, "st-allow"));
    assertThat(browser.getTitle()).isEqualTo("Sign in to connect IFTTT · Robot Connect");
    assertThat(text("brand-name")).isEqualTo("Robot Connect");
    assertWellLaidOut(screen);
    screenshot("authorize-signin-" + screen.fileName());
    assertKeyboardFocusIsVisible();

    signIn(PASSWORD);

    assertThat(browser.getTitle()).isEqualTo("Allow IFTTT to use your robot? · Robot Connect");
    assertThat(text("display-name")).isEqualTo("Ada Lovelace");
    assertThat(browser.findElement(By.className("app")).getText())
        .contains("IFTTT is asking for access to your Robot Connect account.");
    assertWellLaidOut(screen);
    Rectangle allow = browser.findElement(By.id("allow")).getRect();
    Rectangle deny = browser.findElement(By.id("deny")).getRect();
    if (screen == Screen.PHONE) {
      assertThat(deny.getY()).as("Deny below Allow on a phone").isGreaterThan(allow.getY());
    } else {
      assertThat(deny.getY()).as("Allow and Deny side by side").isEqualTo(allow.getY());
    }
    screenshot("authorize-consent-" + screen.fileName());

    browser.findElement(By.id("allow")).click();

    Map<String, String> answer = redirectedToIfttt();
    assertThat(answer.get("code")).isNotBlank();
    assertThat(answer).containsEntry("state", "st-allow").doesNotContainKey("error");
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void theOwnerDenies_andIsSentBackToIftttWithAccessDenied(Screen screen) {
    open(screen, authorizeQuery(TestApplication.OAUTH_CLIENT_ID, "st-deny"));
    signIn(PASSWORD);

    browser.findElement(By.id("deny")).click();

    assertThat(redirectedToIfttt())
        .containsEntry("error", "access_denied")
        .containsEntry("state", "st-deny")
        .doesNotContainKey("code");
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void aWrongPassword_isToldOnThePage_andTheOwnerMayTryAgain(Screen screen) throws IOException {
    String query = authorizeQuery(TestApplication.OAUTH_CLIENT_ID, "st-wrong");
    open(screen, query);

    signIn("not-her-password");

    assertThat(text("message"))
        .isEqualTo("Wrong e-mail address or password. Please check both and try again.");
    assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo(PAGE);
    assertThat(browser.findElement(By.id("email")).getDomProperty("value")).isEqualTo(EMAIL);
    assertThat(browser.findElements(By.id("allow"))).isEmpty();
    assertWellLaidOut(screen);
    screenshot("authorize-wrong-password-" + screen.fileName());

    signIn(PASSWORD);
    assertThat(browser.findElements(By.id("allow"))).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Screen.class)
  void anUnknownApp_isRefusedInTheOwnersWords(Screen screen) throws IOException {
    open(screen, authorizeQuery("someone-else", "st-unknown"));

    assertThat(browser.getTitle()).isEqualTo("This app can't connect · Robot Connect");
    assertThat(text("refusal"))
        .isEqualTo(
            "The app that sent you here is not one that can connect to your robot."
                + " Nothing has been shared.");
    String page = browser.findElement(By.tagName("body")).getText();
    for (String developerWord :
        List.of("client_id", "redirect_uri", "response_type", "state", "OAuth", "400")) {
      assertThat(page).doesNotContain(developerWord);
    }
    assertThat(browser.findElements(By.tagName("form"))).isEmpty();
    assertWellLaidOut(screen);
    screenshot("authorize-unknown-app-" + screen.fileName());
  }

  @Test
  void atTheNarrowestPhone_320px_noPageScrollsSideways() {
    resize(320, 640);
    browser.get(TestApplication.uri(PAGE + "?" + authorizeQuery("someone-else", "s")).toString());
    assertNoHorizontalScroll();
    browser.get(
        TestApplication.uri(PAGE + "?" + authorizeQuery(TestApplication.OAUTH_CLIENT_ID, "s"))
            .toString());
    assertNoHorizontalScroll();
    signIn("not-her-password");
    assertNoHorizontalScroll();
    signIn(PASSWORD);
    assertNoHorizontalScroll();
    assertCardHasAMargin();
  }

  // ---- the owner's actions ----

  private void open(Screen screen, String query) {
    resize(screen.width, screen.height);
    browser.get(TestApplication.uri(PAGE + "?" + query).toString());
  }

  private void signIn(String password) {
    WebElement emailField = browser.findElement(By.id("email"));
    emailField.clear();
    emailField.sendKeys(EMAIL);
    browser.findElement(By.id("password")).sendKeys(password);
    script("document.documentElement.dataset.left = 'not yet'");
    browser.findElement(By.id("sign-in")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(JavascriptException.class)
        .until(
            driver ->
                (Boolean)
                    script(
                        "return document.readyState === 'complete'"
                            + " && !document.documentElement.dataset.left"));
  }

  private Map<String, String> redirectedToIfttt() {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(driver -> driver.getCurrentUrl().startsWith(OwnerAccountDriver.IFTTT_REDIRECT));
    URI location = URI.create(browser.getCurrentUrl());
    Map<String, String> answer = new LinkedHashMap<>();
    for (String pair : location.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      answer.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return answer;
  }

  private static String authorizeQuery(String clientId, String state) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("client_id", clientId);
    query.put("response_type", "code");
    query.put("scope", "ifttt");
    query.put("state", state);
    query.put("redirect_uri", OwnerAccountDriver.IFTTT_REDIRECT);
    return query.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  // ---- what the page promises about its layout ----

  private void assertWellLaidOut(Screen screen) {
    assertNoHorizontalScroll();
    for (WebElement control : visible("button, input:not([type=hidden])")) {
      assertThat(control.getRect().getHeight())
          .as("height of %s", describe(control))
          .isGreaterThanOrEqualTo(44);
    }
    for (WebElement input : visible("input:not([type=hidden])")) {
      String id = input.getDomAttribute("id");
      assertThat(browser.findElements(By.cssSelector("label[for='" + id + "']")))
          .as("label of %s", id)
          .hasSize(1);
    }
    for (WebElement button : visible("button")) {
      if (screen == Screen.PHONE) {
        int cardContent = browser.findElement(By.className("card")).getRect().getWidth() - 2 * 20;
        assertThat(button.getRect().getWidth())
            .as("%s is full-width on a phone", describe(button))
            .isGreaterThanOrEqualTo(cardContent - 2);
      }
    }
    if (screen == Screen.PHONE) {
      assertCardHasAMargin();
    } else {
      Rectangle card = browser.findElement(By.className("card")).getRect();
      assertThat(card.getWidth()).as("card width on a desktop").isBetween(360, 520);
      int left = card.getX();
      int right = viewportWidth() - card.getX() - card.getWidth();
      assertThat(Math.abs(left - right)).as("card centred").isLessThanOrEqualTo(2);
    }
    assertContrast("h1");
    assertContrast("p");
    assertContrast("label");
    assertContrast("button");
    assertContrast("li");
  }

  private void assertNoHorizontalScroll() {
    long scrollWidth = number("return document.documentElement.scrollWidth");
    assertThat(scrollWidth)
        .as("page width at a viewport of %s px", viewportWidth())
        .isLessThanOrEqualTo(viewportWidth());
  }

  private void assertCardHasAMargin() {
    Rectangle card = browser.findElement(By.className("card")).getRect();
    assertThat(card.getX()).as("margin left of the card").isGreaterThanOrEqualTo(12);
    assertThat(viewportWidth() - card.getX() - card.getWidth())
        .as("margin right of the card")
        .isGreaterThanOrEqualTo(12);
    assertThat(card.getY()).as("margin above the card").isGreaterThanOrEqualTo(12);
  }

  /** On a page just opened, Tab reaches the e-mail field first, then the button, each outlined. */
  private void assertKeyboardFocusIsVisible() {
    Actions keyboard = new Actions(browser);
    keyboard.sendKeys(Keys.TAB).perform();
    assertThat(activeId()).isEqualTo("email");
    assertOutlined();
    keyboard.sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();
    assertThat(activeId()).isEqualTo("sign-in");
    assertOutlined();
  }

  private void assertOutlined() {
    Map<?, ?> outline =
        (Map<?, ?>)
            script(
                "const s = getComputedStyle(document.activeElement);"
                    + " return {style: s.outlineStyle, width: s.outlineWidth};");
    assertThat(outline.get("style")).as("outline of #%s", activeId()).isEqualTo("solid");
    assertThat(Double.parseDouble(outline.get("width").toString().replace("px", "")))
        .isGreaterThanOrEqualTo(2);
  }

  /** WCAG AA: at least 4.5:1 between each visible element's text and what is behind it. */
  private void assertContrast(String selector) {
    for (WebElement element : visible(selector)) {
      List<?> colours =
          (List<?>)
              script(
                  "const e = arguments[0]; let b = e;"
                      + " while (b && getComputedStyle(b).backgroundColor === 'rgba(0, 0, 0, 0)')"
                      + "   b = b.parentElement;"
                      + " return [getComputedStyle(e).color,"
                      + "   b ? getComputedStyle(b).backgroundColor : 'rgb(255, 255, 255)'];",
                  element);
      double ratio = contrast(colours.get(0).toString(), colours.get(1).toString());
      assertThat(ratio)
          .as("contrast of %s (%s on %s)", describe(element), colours.get(0), colours.get(1))
          .isGreaterThanOrEqualTo(4.5);
    }
  }

  private static double contrast(String foreground, String background) {
    double a = luminance(foreground);
    double b = luminance(background);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private static double luminance(String rgb) {
    String[] parts = rgb.replaceAll("[^0-9.,]", "").split(",");
    double[] channel = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = Double.parseDouble(parts[i]) / 255;
      channel[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
  }

  // ---- the browser ----

  /** The window sized so that the page's viewport is exactly this. */
  private static void resize(int width, int height) {
    browser.manage().window().setSize(new Dimension(width, height));
    long innerWidth = number("return window.innerWidth");
    long innerHeight = number("return window.innerHeight");
    if (innerWidth != width || innerHeight != height) {
      browser
          .manage()
          .window()
          .setSize(
              new Dimension((int) (2L * width - innerWidth), (int) (2L * height - innerHeight)));
    }
    assertThat(viewportWidth()).as("viewport width").isEqualTo(width);
  }

  /** The whole page (the window grown to its height for the shot), as docs/images/NAME.png. */
  private static void screenshot(String name) throws IOException {
    Dimension window = browser.manage().window().getSize();
    int viewport = (int) number("return window.innerHeight");
    int page = (int) number("return document.documentElement.scrollHeight");
    if (page > viewport) {
      browser
          .manage()
          .window()
          .setSize(new Dimension(window.getWidth(), window.getHeight() + page - viewport));
    }
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    browser.manage().window().setSize(window);
  }

  private static List<WebElement> visible(String selector) {
    return browser.findElements(By.cssSelector(selector)).stream()
        .filter(WebElement::isDisplayed)
        .toList();
  }

  private static String describe(WebElement element) {
    String id = element.getDomAttribute("id");
    return element.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id);
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private static String activeId() {
    return String.valueOf(script("return document.activeElement.id"));
  }

  private static int viewportWidth() {
    return (int) number("return document.documentElement.clientWidth");
  }

  private static long number(String script) {
    return ((Number) script(script)).longValue();
  }

  private static Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) browser).executeScript(script, arguments);
  }
}

package vn.gov.scorecard.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.scorecard.ScorecardApplication;
import vn.gov.scorecard.ScorecardCommand;
import vn.gov.scorecard.job.ExitCode;
import vn.gov.scorecard.support.SmallProvince;
import vn.gov.scorecard.support.TestDatabase;

/**
 * The static site of a run of a small province, opened in Debian's headless Chromium
 * (driven by its chromedriver) from {@code file://} and from a plain web server: what a
 * leader sees and does on a desk and on a 390-px phone. One unit is named
 * {@code <script>alert(1)</script>}.
 */
class SiteIT {

	private static final String HOSTILE = "<script>alert(1)</script>";

	private static final Path SCREENSHOTS = Path.of("target", "site-screenshots");

	@TempDir
	static Path work;
	static TestDatabase database;
	static Path site;
	static ChromeDriverService service;
	static ChromeDriver browser;
	static HttpServer server;

	@BeforeAll
	static void runAndOpenABrowser() throws IOException {
		// CI (SCORECARD_REQUIRE_BROWSER=true) installs Chromium and must not skip;
		// elsewhere its absence skips
		assumeTrue(
				Files.isExecutable(Path.of("/usr/bin/chromium"))
						|| "true".equals(System.getenv("SCORECARD_REQUIRE_BROWSER")),
				"Debian's chromium and chromium-driver are not installed");
		Path input = SmallProvince.write(Files.createDirectories(work.resolve("in")), 7);
		// a unit with no records: listed as not ranked, its name only ever text
		int columns = Files.readAllLines(input.resolve("units.csv")).get(0).split(",").length;
		Files.writeString(input.resolve("units.csv"), "XSS1,\"" + HOSTILE + "\",XA" + ",".repeat(columns - 3) + "\r\n",
				StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		database = TestDatabase.create();
		String[] db = database.springArguments();
		ExitCode exit = ScorecardCommand.run("--input=" + input, "--period=2026-09", "--output=" + work.resolve("out"),
				"--as-of=2026-10-20", db[0], db[1]);
		assertThat(exit).isEqualTo(ExitCode.SUCCESS);
		site = work.resolve("out/2026-09").toRealPath();

		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			Path file = site.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
			boolean found = file.startsWith(site) && Files.isRegularFile(file);
			byte[] body = found ? Files.readAllBytes(file) : new byte[0];
			exchange.getResponseHeaders()
				.add("Content-Type",
						file.toString().endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream");
			exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();

		// Both paths given, so that Selenium Manager never tries to download a driver
		// (offline)
		service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900",
					"--user-data-dir=" + work.resolve("chromium"));
		options.setCapability("goog:loggingPrefs", logs);
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.quit();
		}
		if (server != null) {
			server.stop(0);
		}
		if (database != null) {
			database.close();
		}
	}

	@BeforeEach
	void deskWidth() {
		browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	private static void open(String page) {
		browser.get(site.resolve(page).toUri().toString());
	}

	private static Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

	@Test
	void theIndexShowsEveryUnitWithItsScoreAndBandAsRankingCsvHasThem() throws IOException {
		open("index.html");
		@SuppressWarnings("unchecked")
		List<List<String>> shown = (List<List<String>>) script(
				"""
						return Array.from(document.querySelectorAll('tbody tr[data-search]')).map(r =>
						    [r.querySelector('.code').textContent, r.cells[2].textContent, r.cells[3].textContent, r.cells[0].textContent]);""");
		Map<String, List<String>> byCode = new HashMap<>();
		shown.forEach(row -> byCode.put(row.get(0), row.subList(1, 4)));
		List<CSVRecord> ranking = csv(site.resolve("ranking.csv"));
		assertThat(byCode).hasSameSizeAs(ranking);
		for (CSVRecord unit : ranking) {
			String score = unit.get("score").isEmpty() ? "—" : unit.get("score").replace('.', ',');
			String band = unit.get("classification").isEmpty() ? "Chưa xếp hạng (thiếu số liệu)"
					: unit.get("classification");
			String rank = unit.get("rank").isEmpty() ? "—" : unit.get("rank");
			assertThat(byCode.get(unit.get("unit_code"))).as(unit.get("unit_code")).containsExactly(score, band, rank);
		}
	}

	@Test
	void sortingByScoreWorksWithTheMouseAndTheKeyboard() {
		open("index.html");
		WebElement table = browser.findElements(By.cssSelector("table.sortable")).get(1);
		WebElement scoreButton = table.findElement(By.xpath(".//thead//th[3]//button"));
		scoreButton.click();
		assertThat(table.findElement(By.xpath(".//thead//th[3]")).getAttribute("aria-sort")).isEqualTo("ascending");
		List<Double> ascending = scores(table);
		assertThat(ascending).isSorted();
		// the unit with no score (the hostile one) stays last whichever way the column is
		// sorted
		assertThat(lastRowCode(table)).isEqualTo("XSS1");
		scoreButton.sendKeys(Keys.ENTER);
		assertThat(table.findElement(By.xpath(".//thead//th[3]")).getAttribute("aria-sort")).isEqualTo("descending");
		List<Double> descending = scores(table);
		assertThat(descending).isSortedAccordingTo((a, b) -> Double.compare(b, a)).hasSameSizeAs(ascending);
		assertThat(lastRowCode(table)).isEqualTo("XSS1");
	}

	private static List<Double> scores(WebElement table) {
		List<Double> scores = new ArrayList<>();
		for (WebElement cell : table.findElements(By.cssSelector("tbody tr td:nth-child(3)"))) {
			if (!cell.getText().equals("—")) {
				scores.add(Double.parseDouble(cell.getText().replace(',', '.')));
			}
		}
		return scores;
	}

	private static String lastRowCode(WebElement table) {
		List<WebElement> codes = table.findElements(By.cssSelector("tbody tr .code"));
		return codes.get(codes.size() - 1).getText();
	}

	@Test
	void theSearchBoxFindsAUnitByItsNameWithoutDiacriticsOrByItsCodeAndTheBandFilterNarrows() throws IOException {
		open("index.html");
		CSVRecord commune = csv(site.resolve("ranking.csv")).stream()
			.filter(r -> r.get("unit_type").equals("XA") && !r.get("unit_code").equals("XSS1"))
			.findFirst()
			.orElseThrow();
		String name = commune.get("unit_name");
		// the last word of the name, typed the way a hurried leader types it: no
		// diacritics
		String word = SitePages.fold(name.substring(name.lastIndexOf(' ') + 1));
		WebElement search = browser.findElement(By.id("search"));
		search.sendKeys(word);
		List<String> visible = visibleCodes();
		assertThat(visible).contains(commune.get("unit_code"));
		long expected = csv(site.resolve("ranking.csv")).stream()
			.filter(r -> SitePages.fold(r.get("unit_code") + " " + r.get("unit_name")).contains(word))
			.count();
		assertThat(visible).hasSize((int) expected);
		assertThat(browser.findElement(By.id("shown")).getText()).startsWith("Đang hiện " + expected + "/");
		clear(search);
		search.sendKeys(commune.get("unit_code"));
		assertThat(visibleCodes()).contains(commune.get("unit_code"));
		clear(search);
		new Select(browser.findElement(By.id("band"))).selectByVisibleText("Hoàn thành tốt nhiệm vụ");
		long good = csv(site.resolve("ranking.csv")).stream()
			.filter(r -> r.get("classification").equals("Hoàn thành tốt nhiệm vụ"))
			.count();
		assertThat(visibleCodes()).hasSize((int) good);
	}

	/**
	 * Empties the box as a user does, so that the page hears of it (WebDriver's clear()
	 * sends no input event).
	 */
	private static void clear(WebElement search) {
		search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
	}

	@SuppressWarnings("unchecked")
	private static List<String> visibleCodes() {
		return (List<String>) script("""
				return Array.from(document.querySelectorAll('tbody tr[data-search]')).filter(r => !r.hidden)
				    .map(r => r.querySelector('.code').textContent);""");
	}

	@Test
	void aUnitPageShowsItsIndicatorsAsScoresCsvHasThemAndLinksToItsPdf() throws IOException {
		open("index.html");
		CSVRecord unit = csv(site.resolve("ranking.csv")).stream()
			.filter(r -> !r.get("rank").isEmpty())
			.findFirst()
			.orElseThrow();
		String code = unit.get("unit_code");
		browser.findElement(By.xpath("//tr[.//span[@class='code' and text()='" + code + "']]//a")).click();
		assertThat(browser.getCurrentUrl()).endsWith("units/" + code + ".html");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains(unit.get("unit_name"));
		assertThat(browser.findElement(By.id("score")).getText())
			.startsWith("Điểm tổng hợp: " + unit.get("score").replace('.', ',') + "/100");
		for (CSVRecord score : csv(site.resolve("scores.csv"))) {
			if (!score.get("unit_code").equals(code)) {
				continue;
			}
			WebElement row = browser.findElement(By.cssSelector("tr[data-indicator='" + score.get("indicator") + "']"));
			// a cut's counts: this year's against last year's
			assertThat(row.findElement(By.cssSelector("td:nth-child(3)")).getText()).isEqualTo(score.get("numerator")
					+ (score.get("indicator").endsWith("_REDUCTION") ? " so với " : "/") + score.get("denominator"));
			assertThat(row.findElement(By.cssSelector("td:nth-child(6)")).getAttribute("class"))
				.isEqualTo(score.get("status"));
		}
		assertThat(browser.findElements(By.cssSelector("#course tbody tr"))).hasSize(12);
		assertThat(browser.findElements(By.cssSelector("svg path[fill^='#']"))).isNotEmpty();
		// the chart labelled: the thresholds' scores and each period under its bar
		assertThat(browser.findElements(By.cssSelector("svg text"))).extracting(WebElement::getText)
			.contains("50", "70", "90", "T10/2025", "T9/2026");
		String pdf = browser.findElement(By.id("pdf")).getAttribute("href");
		assertThat(Path.of(URI.create(pdf))).isEqualTo(site.resolve("units/" + code + ".pdf")).isRegularFile();
	}

	@Test
	void onA390PixelPhoneNeitherPageScrollsSideways() throws IOException {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
		String unit = csv(site.resolve("ranking.csv")).get(0).get("unit_code");
		for (String page : List.of("index.html", "units/" + unit + ".html", "units/XSS1.html")) {
			open(page);
			assertThat((Long) script("return window.innerWidth;")).as(page).isEqualTo(390L);
			assertThat((Long) script("return document.documentElement.scrollWidth;")).as(page)
				.isLessThanOrEqualTo(390L);
		}
		Files.createDirectories(SCREENSHOTS);
		open("index.html");
		Files.write(SCREENSHOTS.resolve("index-phone.png"), browser.getScreenshotAs(OutputType.BYTES));
		open("units/" + unit + ".html");
		Files.write(SCREENSHOTS.resolve("unit-phone.png"), browser.getScreenshotAs(OutputType.BYTES));
	}

	/**
	 * The Chairman on a phone: the link to the ranking stands in the first screen, one
	 * tap brings the ranking's heading and its first rows into view, and no band label is
	 * cut (each shows its whole text within its cell).
	 */
	@Test
	void onA390PixelPhoneTheRankingIsOneTapAwayAndNoBandLabelIsCut() throws IOException {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
		open("index.html");
		WebElement link = browser.findElement(By.cssSelector("nav.jump a[href='#xep-hang']"));
		assertThat(link.getText()).isEqualTo("Xếp hạng");
		// its bottom within the first screen of 844 px
		assertThat((Double) script("return arguments[0].getBoundingClientRect().bottom + 0.0;", link))
			.isLessThanOrEqualTo(844.0);
		link.click();
		WebElement heading = browser.findElement(By.id("xep-hang"));
		double top = (Double) script("return arguments[0].getBoundingClientRect().top + 0.0;", heading);
		assertThat(top).isBetween(-1.0, 100.0);
		WebElement firstRow = browser.findElement(By.cssSelector("section table.sortable tbody tr"));
		assertThat((Double) script("return arguments[0].getBoundingClientRect().top + 0.0;", firstRow))
			.isLessThan(844.0);
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve("ranking-phone.png"), browser.getScreenshotAs(OutputType.BYTES));
		// no label clipped: its text fits its own box, its box its cell, and the cell is
		// in
		// view without scrolling the table sideways
		List<WebElement> labels = browser.findElements(By.cssSelector("td.bandcol .band"));
		assertThat(labels).isNotEmpty();
		for (WebElement label : labels) {
			assertThat((Boolean) script("var e = arguments[0], c = e.parentElement.getBoundingClientRect(),"
					+ " v = e.closest('.scroll').getBoundingClientRect(), r = e.getBoundingClientRect();"
					+ " return e.scrollWidth <= e.clientWidth + 1 && r.right <= c.right + 1 && r.left >= c.left - 1"
					+ " && r.right <= v.right + 1;", label))
				.as(label.getText())
				.isTrue();
		}
		// the sections a leader looks for are all there
		assertThat(browser.findElements(By.cssSelector("nav.jump a"))).extracting(WebElement::getText)
			.containsExactly("Xếp hạng", "Toàn tỉnh", "Cần theo dõi", "Tăng, giảm", "Các chỉ tiêu");
		for (String id : List.of("toan-tinh", "can-theo-doi", "tang-giam", "chi-tieu")) {
			assertThat(browser.findElements(By.id(id))).as(id).hasSize(1);
		}
	}

	@Test
	void everyTextHasTheContrastWcagAaAsksFor() throws IOException {
		String unit = csv(site.resolve("ranking.csv")).get(0).get("unit_code");
		for (String page : List.of("index.html", "units/" + unit + ".html")) {
			open(page);
			// WCAG 2.1 relative luminance and contrast ratio of each element's own text
			// against the
			// first opaque background behind it; 4.5:1 for normal text (AA)
			@SuppressWarnings("unchecked")
			List<String> failing = (List<String>) script(
					"""
							function rgb(text) { return text.match(/[\\d.]+/g).map(Number); }
							function luminance(c) {
							  const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
							  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
							}
							function background(element) {
							  for (let e = element; e; e = e.parentElement) {
							    const c = rgb(getComputedStyle(e).backgroundColor);
							    if (c.length < 4 || c[3] > 0) { return c; }
							  }
							  return [255, 255, 255];
							}
							const failing = [];
							for (const e of document.querySelectorAll('body *')) {
							  const own = Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
							  if (!own || e.closest('[hidden]') || getComputedStyle(e).display === 'none') { continue; }
							  const a = luminance(rgb(getComputedStyle(e).color)), b = luminance(background(e));
							  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
							  if (ratio < 4.5) { failing.push(e.tagName + ' ' + ratio.toFixed(2) + ' ' + e.textContent.trim().slice(0, 40)); }
							}
							return failing;""");
			assertThat(failing).as(page).isEmpty();
		}
	}

	@Test
	void theHostileNameIsShownAsTextAndRunsNothing() {
		open("index.html");
		assertThat(browser.findElement(By.xpath("//tr[.//span[@class='code' and text()='XSS1']]//a")).getText())
			.isEqualTo(HOSTILE);
		assertNoAlert();
		open("units/XSS1.html");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("của " + HOSTILE);
		assertNoAlert();
	}

	private static void assertNoAlert() {
		try {
			browser.switchTo().alert();
			throw new AssertionError("a script ran: an alert is open");
		}
		catch (NoAlertPresentException expected) {
			// nothing ran
		}
	}

	@Test
	void fromAStaticWebServerAsFromTheFolderNoRequestLeavesItAndNoScriptFails() throws Exception {
		browser.manage().logs().get(LogType.PERFORMANCE); // drop what earlier tests
															// logged
		browser.manage().logs().get(LogType.BROWSER);
		String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
		String unit = csv(site.resolve("ranking.csv")).get(0).get("unit_code");
		browser.get(base + "index.html");
		browser.findElement(By.id("search")).sendKeys("a");
		browser.findElement(By.xpath("//tr[.//span[@class='code' and text()='" + unit + "']]//a")).click();
		String pdf = browser.findElement(By.id("pdf")).getAttribute("href");
		assertThat(pdf).isEqualTo(base + "units/" + unit + ".pdf");
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(pdf)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(new String(response.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		open("index.html");
		open("units/" + unit + ".html");
		open("units/XSS1.html");

		List<String> requested = new ArrayList<>();
		JsonMapper json = JsonMapper.builder().build();
		for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
			JsonNode message = json.readTree(entry.getMessage()).get("message");
			if (message.get("method").asString().equals("Network.requestWillBeSent")) {
				requested.add(message.get("params").get("request").get("url").asString());
			}
		}
		String folder = site.toUri().toString();
		// data: URLs are the browser's own (its page icons), read from memory, not
		// requested from anywhere
		assertThat(requested).isNotEmpty()
			.filteredOn(url -> !url.startsWith("data:"))
			.allSatisfy(url -> assertThat(url.startsWith(base) || url.startsWith(folder)).as(url).isTrue());
		assertThat(Files.readString(site.resolve("index.html"))).doesNotContain("http://", "https://", "//cdn",
				"@import");
		List<String> errors = browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
			.map(LogEntry::getMessage)
			.toList();
		assertThat(errors).isEmpty();
	}

	@Test
	void atDeskWidthNeitherPageScrollsSidewaysAndScreenshots() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		for (String page : List.of("index.html", "units/XSS1.html")) {
			open(page);
			assertThat((Long) script("return document.documentElement.scrollWidth;")).as(page)
				.isLessThanOrEqualTo((Long) script("return window.innerWidth;"));
		}
		open("index.html");
		Files.write(SCREENSHOTS.resolve("index-desk.png"), browser.getScreenshotAs(OutputType.BYTES));
		open("units/" + csv(site.resolve("ranking.csv")).get(0).get("unit_code") + ".html");
		byte[] png = browser.getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve("unit-desk.png"), png);
		assertThat(png.length).isGreaterThan(10_000);
	}

	private static List<CSVRecord> csv(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new java.io.StringReader(text))
			.getRecords();
	}

}

package org.corpustoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a report in headless Chromium (Debian's {@code chromium}, installed by the CI): the page's own
 * script writes each chart's drawn size into a {@code data-drawn} attribute, read back with
 * {@code --dump-dom}; a screenshot must be written; the browser log must show no script error. Skipped,
 * loudly, only when no browser is installed.
 */
class ReportBrowserTest {
  private static final List<String> BROWSERS = List.of("chromium", "chromium-browser",
      "google-chrome", "google-chrome-stable");

  @TempDir Path temp;

  @Test
  void chartsAreDrawnWithoutConsoleErrors() throws Exception {
    Optional<Path> browser = findBrowser();
    if (browser.isEmpty()) {
      String message = "SKIPPED ReportBrowserTest: no Chromium found on PATH (" + BROWSERS
          + "); install it with 'apt-get install -y chromium' to run the browser test";
      System.err.println("*".repeat(message.length()) + "\n" + message + "\n"
          + "*".repeat(message.length()));
      Assumptions.assumeTrue(false, message);
    }
    CliRun ctk = new CliRun(temp);
    Files.createDirectories(temp.resolve("ref"));
    Files.writeString(temp.resolve("ref/r.txt"), "The cat sat on the mat. The dog sat on the log.\n");
    Files.writeString(temp.resolve("evil.txt"), "A <script>alert(1)</script> text "
        + "\"><img src=x onerror=alert(2)> about the cat and the world.\n");
    CliRun.Result r = ctk.run("report", "--reference", "ref", "-o", "report.html", "-q");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Path report = temp.resolve("report.html");

    Path shot = temp.resolve("shot.png");
    Result screenshot = chromium(browser.get(), List.of("--screenshot=" + shot,
        "--window-size=1200,2400"), report);
    assertThat(shot).as(screenshot.err()).exists();
    assertThat(Files.size(shot)).isGreaterThan(10_000);

    Result dom = chromium(browser.get(), List.of("--dump-dom"), report);
    assertThat(dom.out()).contains("data-charts-checked=\"3\"");
    Matcher m = Pattern.compile("id=\"([a-z-]+)\"[^>]*data-drawn=\"(\\d+)x(\\d+)\"|"
        + "data-drawn=\"(\\d+)x(\\d+)\"[^>]*id=\"([a-z-]+)\"").matcher(dom.out());
    List<String> drawn = new ArrayList<>();
    while (m.find()) {
      String id = m.group(1) != null ? m.group(1) : m.group(6);
      int w = Integer.parseInt(m.group(1) != null ? m.group(2) : m.group(4));
      int h = Integer.parseInt(m.group(1) != null ? m.group(3) : m.group(5));
      assertThat(w).as(id + " width").isGreaterThan(50);
      assertThat(h).as(id + " height").isGreaterThan(50);
      drawn.add(id);
    }
    assertThat(drawn).containsExactlyInAnyOrder("zipf-chart", "top-words-chart", "keyness-chart");
    for (Result run : List.of(screenshot, dom)) {
      assertThat(run.err()).doesNotContain("Uncaught").doesNotContain(":CONSOLE(");
    }
    assertThat(dom.out()).doesNotContain("<img");
  }

  private record Result(String out, String err) {}

  private Result chromium(Path browser, List<String> extra, Path page) throws Exception {
    Path profile = Files.createTempDirectory(temp, "profile");
    List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
    command.addAll(extra);
    command.add(page.toUri().toString());
    Path out = temp.resolve("out-" + System.nanoTime());
    Path err = temp.resolve("err-" + System.nanoTime());
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s: " + command);
    }
    return new Result(Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static Optional<Path> findBrowser() throws IOException {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : BROWSERS) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}

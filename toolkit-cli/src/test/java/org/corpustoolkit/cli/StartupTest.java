package org.corpustoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Start-up does no work that only some commands need: {@code ctk --version} and {@code --help} build the
 * whole toolkit (every plugin's module, every extension, every subcommand) but read no model, word list
 * or ICU data and generate no classes. Each case runs {@link Main} in a fresh JVM and reads the JVM's
 * class-loading log: the classes below are the ones that do such work (the control runs show that real
 * work does load them, so the check can fail).
 */
class StartupTest {
  /** Classes (or package prefixes) whose loading means work that start-up must not do. */
  private static final Map<String, String> HEAVY = Map.of(
      "com.ibm.icu.impl.ICUBinary", "reading ICU data (normalisation, break rules)",
      "opennlp.tools.", "the OpenNLP tagger and its models",
      "org.corpustoolkit.plugins.readability.CmuSyllableTable$Holder", "the CMU syllable table",
      "org.corpustoolkit.plugins.readability.DaleChallList$Holder", "the Dale-Chall word list",
      "com.google.inject.internal.asm.", "Guice generating classes");

  @TempDir
  Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"--version", "--help", "frequency --help", "analysers"})
  void startUpDoesNoHeavyWork(String command) throws Exception {
    Set<String> loaded = loadedClasses(List.of(), command.split(" "));
    assertThat(loaded.contains(Main.class.getName())).as("the class-loading log works").isTrue();
    assertThat(Files.readString(temp.resolve("out.txt"))).as("picocli warns on System.err")
        .doesNotContain("WARN");
    HEAVY.forEach((prefix, work) -> assertThat(matching(loaded, prefix))
        .as("'ctk %s' should not start %s", command, work).isEmpty());
  }

  @Test
  void readabilityLoadsTheWordListsAndIcuData() throws Exception {
    // with Guice's class generation switched back on, as a control for that check too
    Set<String> loaded = loadedClasses(List.of("-Dguice_bytecode_gen_option=ENABLED"),
        "readability", "-q");
    for (String prefix : List.of("com.ibm.icu.impl.ICUBinary",
        "org.corpustoolkit.plugins.readability.CmuSyllableTable$Holder",
        "org.corpustoolkit.plugins.readability.DaleChallList$Holder",
        "com.google.inject.internal.asm.")) {
      assertThat(matching(loaded, prefix)).as(prefix).isNotEmpty();
    }
  }

  @Test
  void countingPartsOfSpeechLoadsOpenNlp() throws Exception {
    Set<String> loaded = loadedClasses(List.of(), "frequency", "--by", "pos", "--top", "1", "-q");
    assertThat(matching(loaded, "opennlp.tools.")).isNotEmpty();
  }

  private static List<String> matching(Set<String> loaded, String prefix) {
    return loaded.stream().filter(name -> name.startsWith(prefix)).toList();
  }

  /** Runs ctk in a new JVM and returns the names of the classes it loaded. */
  private Set<String> loadedClasses(List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    Path log = temp.resolve("classes.log");
    Files.deleteIfExists(log);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + log,
        "-Duser.home=" + temp.resolve("home")));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile())
        .redirectErrorStream(true).redirectOutput(temp.resolve("out.txt").toFile());
    builder.environment().remove("CTK_PLUGIN_PATH");
    Process process = builder.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("ctk finished").isTrue();
    String out = Files.readString(temp.resolve("out.txt"), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(out).isZero();
    Set<String> names = new TreeSet<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      // [0.123s][info][class,load] java.lang.Object source: shared objects file
      int start = line.indexOf("] ", line.indexOf("class,load"));
      int end = line.indexOf(' ', start + 2);
      if (start > 0 && end > start) {
        names.add(line.substring(start + 2, end));
      }
    }
    return names;
  }
}

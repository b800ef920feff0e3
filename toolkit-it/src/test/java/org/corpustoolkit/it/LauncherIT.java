package org.corpustoolkit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ctk} launcher's start-up archive (class-data sharing): it is made on first use, used
 * afterwards, made again for a newer jar, and whatever goes wrong (an archive the JVM cannot use, a JVM
 * without the needed options, a folder it may not write, runs started together) every run still
 * succeeds with exactly the output of a run without an archive and nothing on standard error.
 *
 * <p>Each test copies the launcher, the built jar and the seed corpus into a folder laid out like the
 * repository (so the launcher finds no sources and never builds), and runs it with bash.
 */
class LauncherIT {
  private static final String[] COMMAND = {"frequency", "--top", "5", "--format", "tsv"};

  @TempDir
  Path temp;

  private Path root;
  private Path target;
  private Path jar;
  private String expected;

  private record Run(int exitCode, String out, String err) {}

  @BeforeEach
  void layOutARepository() throws Exception {
    Path launcher = Path.of(System.getProperty("ctk.launcher"));
    Path builtJar = Path.of(System.getProperty("ctk.jar"));
    assertThat(builtJar).as("built by toolkit-cli before this test").exists();
    root = temp.resolve("repo");
    Files.createDirectories(root);
    Files.copy(launcher, root.resolve("ctk"));
    Path seeds = Files.createDirectories(root.resolve("seeds"));
    try (Stream<Path> files = Files.list(launcher.resolveSibling("seeds"))) {
      for (Path file : files.toList()) {
        Files.copy(file, seeds.resolve(file.getFileName()));
      }
    }
    // the jar last: seeds newer than the jar would make the launcher build it
    target = Files.createDirectories(root.resolve("toolkit-cli/target"));
    jar = Files.copy(builtJar, target.resolve("ctk.jar"));
    Run plain = ctk(Map.of("CTK_CDS", "0"));
    assertThat(plain.exitCode()).as(plain.err()).isZero();
    assertThat(plain.out()).startsWith("rank\tword\tfrequency\t").contains("\n1\tthe\t60\t");
    expected = plain.out();
    assertThat(archives()).as("CTK_CDS=0 makes no archive").isEmpty();
  }

  @Test
  void theFirstRunMakesTheArchiveLaterRunsUseItANewerJarGetsANewOne() throws Exception {
    assertUnchanged(ctk(Map.of()));
    List<Path> archives = archives();
    assertThat(archives).hasSize(1);
    Path archive = archives.get(0);
    assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(Files.getLastModifiedTime(jar));
    assertThat(leftovers()).isEmpty();

    // -Xshare:on makes the JVM fail if it cannot use the archive: so this run did use it
    assertUnchanged(ctk(Map.of("JAVA_OPTS", "-Xshare:on")));

    // a rebuilt jar (here: an archive older than the jar): the archive is made again
    Files.setLastModifiedTime(archive,
        FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 10_000));
    assertUnchanged(ctk(Map.of()));
    assertThat(archives()).containsExactly(archive);
    assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(Files.getLastModifiedTime(jar));
    assertUnchanged(ctk(Map.of("JAVA_OPTS", "-Xshare:on")));
  }

  @Test
  void anArchiveTheJvmCannotUseIsIgnoredSilently() throws Exception {
    assertUnchanged(ctk(Map.of()));
    Path archive = archives().get(0);
    byte[] garbage = new byte[64 * 1024];
    new java.util.Random(1).nextBytes(garbage);
    Files.write(archive, garbage);
    Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() + 4_000));
    assertUnchanged(ctk(Map.of()));
    // heap settings the archive was not made for
    assertUnchanged(ctk(Map.of("JAVA_OPTS", "-XX:-UseCompressedOops")));
  }

  @Test
  void aJvmWithoutTheOptionsRunsWithoutArchiveAndDoesNotTryAgain() throws Exception {
    // stands for an old JVM: refuses the options of the training run, counts the attempts
    Path attempts = temp.resolve("attempts");
    Path java = script(temp.resolve("old-java"), """
        #!/usr/bin/env bash
        for a in "$@"; do
          case "$a" in
            -Xshare:dump|-XX:DumpLoadedClassList=*|-XX:SharedArchiveFile=*)
              echo x >> '%s'
              echo "Unrecognized VM option '${a#-XX:}'" >&2
              exit 1;;
          esac
        done
        exec '%s' "$@"
        """.formatted(attempts, javaBinary()));
    assertUnchanged(ctk(Map.of("JAVA", java.toString())));
    assertUnchanged(ctk(Map.of("JAVA", java.toString())));
    assertThat(Files.readAllLines(attempts)).as("one attempt, in the first run").hasSize(1);
    assertThat(archives()).isEmpty();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aFolderItMayNotWriteRunsWithoutArchive() throws Exception {
    boolean root = "root".equals(System.getProperty("user.name"));
    assumeTrue(!root || Files.isExecutable(Path.of("/usr/bin/setpriv")),
        "as root, setpriv is needed to run as another user");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      if (root) {
        // root may write anywhere: run as nobody, who may read the copy but not write into it
        for (Path p = target; p != null && p.startsWith(temp); p = p.getParent()) {
          Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
              p.equals(target) ? "r-xr-xr-x" : "rwxr-xr-x"));
        }
      }
      Run run = ctk(Map.of(), root ? List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534",
          "--clear-groups") : List.of());
      assertUnchanged(run);
      assertThat(archives()).isEmpty();
      assertThat(leftovers()).isEmpty();
    } finally {
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void runsStartedTogetherAllSucceedAndLeaveOneArchive() throws Exception {
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      processes.add(start(Map.of(), List.of(), "out" + i));
    }
    for (int i = 0; i < processes.size(); i++) {
      assertUnchanged(finish(processes.get(i), "out" + i));
    }
    assertThat(archives()).hasSize(1);
    assertThat(leftovers()).isEmpty();
    assertUnchanged(ctk(Map.of("JAVA_OPTS", "-Xshare:on")));
  }

  @Test
  void largeTaggingRunsKeepTheTieredJitOtherRunsStopAtC1() throws Exception {
    // a JVM that only writes down its options: which JIT a run would get, without running it
    Path recorded = temp.resolve("jvm-options");
    Path java = script(temp.resolve("recording-java"), """
        #!/usr/bin/env bash
        printf '%%s\\n' "$@" > '%s'
        """.formatted(recorded));
    Path large = temp.resolve("large.txt");
    try (var file = new java.io.RandomAccessFile(large.toFile(), "rw")) {
      file.setLength(21_000_000); // sparse: its size is what counts
    }
    Path small = Files.writeString(temp.resolve("small.txt"), "The cat sat on the mat.\n");
    String big = large.toString();
    Map<String, String> env = Map.of("JAVA", java.toString(), "CTK_CDS", "0");
    assertThat(jit(env, recorded, "register", big)).isEqualTo("tiered");
    assertThat(jit(env, recorded, "register", small.toString(), big)).isEqualTo("tiered");
    assertThat(jit(env, recorded, "frequency", "--by", "lemma", big)).isEqualTo("tiered");
    assertThat(jit(env, recorded, "frequency", "--by=word/pos", big)).isEqualTo("tiered");
    assertThat(jit(env, recorded, "tokens", "--annotate", big)).isEqualTo("tiered");
    assertThat(jit(env, recorded, "kwic", "[pos=\"NOUN\"]", big)).isEqualTo("tiered");
    assertThat(jit(env, recorded, "register", "--pos-tags", "heuristic", big)).isEqualTo("C1");
    assertThat(jit(env, recorded, "register", "--pos-tags=heuristic", big)).isEqualTo("C1");
    assertThat(jit(env, recorded, "register", "--lang", "de", big)).isEqualTo("C1");
    assertThat(jit(env, recorded, "register", small.toString())).isEqualTo("C1");
    assertThat(jit(env, recorded, "register")).isEqualTo("C1");
    assertThat(jit(env, recorded, "frequency", big)).isEqualTo("C1");
    assertThat(jit(env, recorded, "kwic", "government", big)).isEqualTo("C1");
    // JAVA_OPTS comes last, so it wins
    Map<String, String> c1 = Map.of("JAVA", java.toString(), "CTK_CDS", "0",
        "JAVA_OPTS", "-XX:TieredStopAtLevel=1");
    assertThat(jit(c1, recorded, "register", big)).isEqualTo("C1");
  }

  /** "C1" if the launcher ran the JVM with -XX:TieredStopAtLevel=1, else "tiered". */
  private String jit(Map<String, String> env, Path recorded, String... args) throws Exception {
    Files.deleteIfExists(recorded);
    Run run = finish(start(env, List.of(), "jit", List.of(args)), "jit");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> options = Files.readAllLines(recorded);
    assertThat(options).as("the JVM's options").contains("-XX:+UseParallelGC");
    return options.contains("-XX:TieredStopAtLevel=1") ? "C1" : "tiered";
  }

  private void assertUnchanged(Run run) {
    assertThat(run.err()).as("standard error").isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).as("standard output").isEqualTo(expected);
  }

  private List<Path> archives() throws IOException {
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".jsa")).sorted().toList();
    }
  }

  /** Temporary files, class lists and failure markers. */
  private List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(p -> !p.equals(jar) && !p.getFileName().toString().endsWith(".jsa")
          && !p.getFileName().toString().endsWith(".failed")).toList();
    }
  }

  /** An executable script at {@code path}, standing for a JVM. */
  private static Path script(Path path, String text) throws IOException {
    Files.writeString(path, text);
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    return path;
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private Run ctk(Map<String, String> env) throws IOException, InterruptedException {
    return ctk(env, List.of());
  }

  private Run ctk(Map<String, String> env, List<String> prefix)
      throws IOException, InterruptedException {
    return finish(start(env, prefix, "out"), "out");
  }

  private Process start(Map<String, String> env, List<String> prefix, String name)
      throws IOException {
    return start(env, prefix, name, List.of(COMMAND));
  }

  private Process start(Map<String, String> env, List<String> prefix, String name,
      List<String> args) throws IOException {
    List<String> command = new ArrayList<>(prefix);
    command.addAll(List.of("bash", root.resolve("ctk").toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectOutput(temp.resolve(name + ".stdout").toFile())
        .redirectError(temp.resolve(name + ".stderr").toFile());
    builder.environment().remove("JAVA_OPTS");
    builder.environment().remove("CTK_PLUGIN_PATH");
    builder.environment().put("JAVA", javaBinary());
    builder.environment().putAll(env);
    return builder.start();
  }

  private Run finish(Process process, String name) throws IOException, InterruptedException {
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("ctk finished").isTrue();
    return new Run(process.exitValue(),
        Files.readString(temp.resolve(name + ".stdout"), StandardCharsets.UTF_8),
        Files.readString(temp.resolve(name + ".stderr"), StandardCharsets.UTF_8));
  }
}

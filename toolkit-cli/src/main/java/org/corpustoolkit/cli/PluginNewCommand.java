package org.corpustoolkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ctk plugin new NAME [--package P] [--directory DIR]}: writes a plugin project skeleton. */
@Command(name = "new", mixinStandardHelpOptions = true,
    description = {"Write a Maven project for a new analyser plugin: an analyser (a word-length "
        + "distribution to start from), its Guice module, the ServiceLoader file, the manifest "
        + "entries, a test using ctk's test kit, and a README.", "",
        "Then: cd NAME && mvn package && mkdir -p ~/.ctk/plugins && cp target/NAME-0.1.0.jar "
            + "~/.ctk/plugins/ && ctk NAME"})
final class PluginNewCommand implements Callable<Integer> {
  private final CliEnvironment env;

  @Parameters(index = "0", paramLabel = "NAME",
      description = "The analyser's name, lower case with hyphens (word-lengths); also the "
          + "project's folder, artifact id and plugin id.")
  String name;

  @Option(names = {"-p", "--package"}, paramLabel = "PACKAGE",
      description = "Java package of the sources (default: org.example.ctk.NAME without hyphens).")
  String packageName;

  @Option(names = {"-d", "--directory"}, paramLabel = "DIR",
      description = "Where to write the project (default: ./NAME). Must not exist or be empty.")
  Path directory;

  PluginNewCommand(CliEnvironment env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PluginSkeleton skeleton = PluginSkeleton.of(name, packageName);
    Path target = env.workingDirectory().resolve(directory == null ? Path.of(name) : directory);
    skeleton.writeTo(target);
    env.out().println("Wrote plugin project '" + name + "' to " + target);
    env.out().println("Next: cd " + target + " && mvn package && cp target/" + name
        + "-0.1.0.jar ~/.ctk/plugins/ && ctk " + name + " --help");
    env.out().flush();
    return 0;
  }
}

package org.corpustoolkit.spi;

import java.util.List;
import java.util.Objects;

/**
 * One typed option (or positional parameter) of an analyser: its name, type, default and help text in
 * one place. The CLI turns each into a Picocli option; tests and library users pass values through
 * {@link OptionValues}.
 *
 * <pre>{@code
 * static final OptionDef<Integer> TOP =
 *     OptionDef.integer("--top", 0, "N", "Show only the N most frequent items (0: all).");
 * }</pre>
 *
 * @param <T> the Java type of the value: {@code Integer}, {@code Long}, {@code Double}, {@code String}
 *     or {@code Boolean}
 * @param name the long option name with its dashes ({@code --top}), or the parameter label of a
 *     positional parameter ({@code NODE})
 * @param shortName an optional one-letter alias ({@code -n}), or null
 * @param type the value class
 * @param defaultValue the value when the option is not given; null only for optional values with no
 *     default
 * @param paramLabel how the value is shown in help ({@code N}, {@code FILE})
 * @param description one or more sentences of help text
 * @param choices allowed values for a string option (empty: any)
 * @param positional true for a positional parameter placed before the corpus arguments
 * @since 0.1 (stable)
 */
public record OptionDef<T>(String name, String shortName, Class<T> type, T defaultValue,
    String paramLabel, String description, List<String> choices, boolean positional) {

  public OptionDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    choices = List.copyOf(choices);
    if (!positional && !name.startsWith("--")) {
      throw new IllegalArgumentException("option names start with --: " + name);
    }
  }

  /** A whole-number option. */
  public static OptionDef<Integer> integer(String name, int defaultValue, String label, String help) {
    return new OptionDef<>(name, null, Integer.class, defaultValue, label, help, List.of(), false);
  }

  /** A real-number option. */
  public static OptionDef<Double> decimal(String name, double defaultValue, String label, String help) {
    return new OptionDef<>(name, null, Double.class, defaultValue, label, help, List.of(), false);
  }

  /** A free string option; {@code defaultValue} may be null for "not given". */
  public static OptionDef<String> string(String name, String defaultValue, String label, String help) {
    return new OptionDef<>(name, null, String.class, defaultValue, label, help, List.of(), false);
  }

  /** A string option restricted to {@code choices}; the first choice need not be the default. */
  public static OptionDef<String> choice(String name, String defaultValue, List<String> choices,
      String help) {
    if (!choices.contains(defaultValue)) {
      throw new IllegalArgumentException(defaultValue + " is not one of " + choices);
    }
    return new OptionDef<>(name, null, String.class, defaultValue, String.join("|", choices), help,
        choices, false);
  }

  /** An on/off flag, false unless given. */
  public static OptionDef<Boolean> flag(String name, String help) {
    return new OptionDef<>(name, null, Boolean.class, false, "", help, List.of(), false);
  }

  /** A required positional parameter, given before the corpus arguments ({@code ctk kwic QUERY ...}). */
  public static OptionDef<String> parameter(String label, String help) {
    return new OptionDef<>(label, null, String.class, null, label, help, List.of(), true);
  }

  /** An optional positional parameter: may be omitted when an option replaces it. */
  public static OptionDef<String> optionalParameter(String label, String help) {
    return new OptionDef<>(label, null, String.class, "", label, help, List.of(), true);
  }

  /** This option with a one-letter alias such as {@code -n}. */
  public OptionDef<T> withShortName(String alias) {
    return new OptionDef<>(name, alias, type, defaultValue, paramLabel, description, choices,
        positional);
  }

  /** True for a boolean flag. */
  public boolean isFlag() {
    return type == Boolean.class;
  }
}

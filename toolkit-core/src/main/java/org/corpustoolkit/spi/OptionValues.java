package org.corpustoolkit.spi;

import java.util.HashMap;
import java.util.Map;

/**
 * The values given for an analyser's {@link OptionDef}s, typed. The CLI fills them from the command
 * line; tests and library users build them with {@link #builder()}.
 *
 * @since 0.1 (stable)
 */
public interface OptionValues {

  /** The value of {@code option}: the one given, or its default. */
  <T> T get(OptionDef<T> option);

  /** True if the user gave {@code option} explicitly. */
  boolean isSet(OptionDef<?> option);

  /** Only defaults. */
  static OptionValues defaults() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds values by hand, for tests and library users. */
  final class Builder {
    private final Map<OptionDef<?>, Object> values = new HashMap<>();

    private Builder() {}

    public <T> Builder set(OptionDef<T> option, T value) {
      values.put(option, value);
      return this;
    }

    public OptionValues build() {
      Map<OptionDef<?>, Object> copy = new HashMap<>(values);
      return new OptionValues() {
        @Override
        public <T> T get(OptionDef<T> option) {
          return copy.containsKey(option) ? option.type().cast(copy.get(option)) : option.defaultValue();
        }

        @Override
        public boolean isSet(OptionDef<?> option) {
          return copy.containsKey(option);
        }
      };
    }
  }
}

package org.corpustoolkit.plugins.kwic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corpustoolkit.spi.UsageException;

/**
 * One key of {@code --sort}: the k-th word token left ({@code L1}..{@code L9}) or right
 * ({@code R1}..{@code R9}) of the node, the node itself, the document id, or the position of the hit
 * in its document. Words are compared by counting form, in code point order; a missing word (near a
 * document edge) sorts first.
 *
 * @param kind what is compared
 * @param distance 1-9 for {@code LEFT} and {@code RIGHT}, else 0
 */
public record SortKey(Kind kind, int distance) {
  /** What a sort key compares. */
  public enum Kind { LEFT, RIGHT, NODE, DOC, POSITION }

  /** Parses {@code L1,R1,R2}; an empty or null spec is no sort. */
  public static List<SortKey> parseList(String spec) {
    List<SortKey> keys = new ArrayList<>();
    if (spec == null || spec.isBlank()) {
      return keys;
    }
    for (String part : spec.split(",", -1)) {
      keys.add(parse(part.trim()));
    }
    return List.copyOf(keys);
  }

  static SortKey parse(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    switch (k) {
      case "node":
        return new SortKey(Kind.NODE, 0);
      case "doc":
        return new SortKey(Kind.DOC, 0);
      case "position":
        return new SortKey(Kind.POSITION, 0);
      default:
        if (k.length() == 2 && (k.charAt(0) == 'l' || k.charAt(0) == 'r')
            && k.charAt(1) >= '1' && k.charAt(1) <= '9') {
          return new SortKey(k.charAt(0) == 'l' ? Kind.LEFT : Kind.RIGHT, k.charAt(1) - '0');
        }
        throw new UsageException("--sort: unknown key '" + key
            + "'; use a comma-separated list of L1..L9, R1..R9, node, doc, position");
    }
  }

  @Override
  public String toString() {
    return switch (kind) {
      case LEFT -> "L" + distance;
      case RIGHT -> "R" + distance;
      default -> kind.name().toLowerCase(Locale.ROOT);
    };
  }
}

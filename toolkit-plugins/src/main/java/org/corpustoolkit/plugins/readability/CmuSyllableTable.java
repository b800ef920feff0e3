package org.corpustoolkit.plugins.readability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.zip.GZIPInputStream;

/**
 * Word &rarr; syllable-count table derived from the CMU Pronouncing Dictionary.
 *
 * <p>Source: the CMU Pronouncing Dictionary (Carnegie Mellon University, BSD-2-Clause-style
 * licence, see {@code cmudict-syllables.LICENSE.txt} beside the resource), taken from the npm
 * package {@code cmu-pronouncing-dictionary} 3.0.0 by {@code toolkit-plugins/tools/build-syllable-table.sh}
 * (package checksums in {@code SOURCES.txt}). For every word the first pronunciation is used and
 * its syllables are the phonemes that carry a stress digit (ARPAbet vowels).
 *
 * <p>Keys are lower case exactly as CMU spells them, so they may contain {@code ' . - _} and
 * digits (e.g. {@code don't}, {@code a.m.}, {@code able-bodied}). The table is read once from the
 * class path resource {@value #RESOURCE} and is immutable and thread-safe.
 */
public final class CmuSyllableTable {

  /** Class path location of the gzipped, sorted {@code word TAB count} table. */
  public static final String RESOURCE = "/org/corpustoolkit/plugins/readability/cmudict-syllables.tsv.gz";

  private static final class Holder {
    static final CmuSyllableTable INSTANCE = load();
  }

  private final Map<String, Integer> counts;
  private final List<String> words;

  private CmuSyllableTable(Map<String, Integer> counts, List<String> words) {
    this.counts = counts;
    this.words = words;
  }

  /**
   * Returns the shared table, loading it on first use.
   *
   * @return the table built from the bundled resource
   * @throws UncheckedIOException if the resource is missing or unreadable
   */
  public static CmuSyllableTable getDefault() {
    return Holder.INSTANCE;
  }

  private static CmuSyllableTable load() {
    InputStream raw = CmuSyllableTable.class.getResourceAsStream(RESOURCE);
    if (raw == null) {
      throw new UncheckedIOException(new IOException("missing resource " + RESOURCE));
    }
    Map<String, Integer> counts = new HashMap<>(180_000);
    List<String> words = new ArrayList<>(130_000);
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          continue;
        }
        String word = line.substring(0, tab);
        counts.put(word, Integer.valueOf(line.substring(tab + 1).trim()));
        words.add(word);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new CmuSyllableTable(Collections.unmodifiableMap(counts), Collections.unmodifiableList(words));
  }

  /**
   * Looks a word up.
   *
   * @param word lower-case word as spelled in CMUdict
   * @return its syllable count, or empty if CMUdict does not list it
   */
  public OptionalInt lookup(String word) {
    Integer n = counts.get(word);
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }

  /**
   * Number of words in the table.
   *
   * @return the number of entries
   */
  public int size() {
    return words.size();
  }

  /**
   * All words of the table in the resource's order (byte order of their UTF-8 spelling, i.e.
   * {@code LC_ALL=C sort}).
   *
   * @return an unmodifiable list of the words
   */
  public List<String> words() {
    return words;
  }
}

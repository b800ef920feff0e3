package org.corpustoolkit.plugins.readability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Dale&ndash;Chall list of words familiar to American fourth-graders, with inflection rules.
 *
 * <p><b>List.</b> The bundled list ({@value #RESOURCE}, 2,942 entries) is the <i>New
 * Dale&ndash;Chall</i> list of J. S. Chall and E. Dale, <i>Readability Revisited: The New
 * Dale&ndash;Chall Readability Formula</i> (Brookline Books, 1995), the revision of the list of
 * E. Dale and J. S. Chall, "A Formula for Predicting Readability", <i>Educational Research
 * Bulletin</i> 27 (1948) 11&ndash;20, 37&ndash;54. It is taken unchanged (lower-cased, sorted) from
 * the npm package {@code dale-chall} 2.0.1 by Titus Wormer (MIT licence, text in
 * {@code dale-chall-words.LICENSE.txt}; checksums in {@code SOURCES.txt}), which itself took it
 * from countwordsworth.com. The list already contains some inflected forms and contractions
 * ({@code acts}, {@code don't}).
 *
 * <p><b>Inflection rules.</b> Dale &amp; Chall count regular inflections of listed words as
 * familiar (regular noun plurals and possessives, regular verb forms, comparatives and
 * superlatives, -ly adverbs), while irregular forms and other derivations ({@code -ness},
 * {@code -ment}, {@code -ful}, ...) are familiar only if listed. {@link #isFamiliar(String)}
 * implements exactly the following, trying each candidate stem against the list:
 * <ol>
 *   <li>The word as given (lower-cased with {@link Locale#ROOT}, trimmed, U+2019 read as
 *       {@code '}).
 *   <li>Possessive: a final {@code 's} or a final {@code '} (after {@code s}) is removed, and the
 *       rest goes through rule 1 and rule 3 ({@code boy's}, {@code boys'}).
 *   <li>At most one inflectional ending is removed; a candidate stem must have at least two
 *       letters:
 *     <ul>
 *       <li>{@code -s} ({@code cats}&rarr;cat), {@code -es} ({@code boxes}&rarr;box),
 *           {@code -ies}&rarr;{@code -y} ({@code babies}&rarr;baby);
 *       <li>{@code -d} ({@code hoped}&rarr;hope), {@code -ed} ({@code jumped}&rarr;jump),
 *           {@code -ied}&rarr;{@code -y} ({@code cried}&rarr;cry);
 *       <li>{@code -ing} ({@code jumping}&rarr;jump), and {@code -ing} with silent e restored
 *           ({@code making}&rarr;make);
 *       <li>{@code -r}/{@code -st} after e ({@code nicer}, {@code nicest}&rarr;nice),
 *           {@code -er}/{@code -est} ({@code taller}, {@code tallest}&rarr;tall),
 *           {@code -ier}/{@code -iest}&rarr;{@code -y} ({@code happier}&rarr;happy);
 *       <li>{@code -ly} ({@code quickly}&rarr;quick), {@code -ily}&rarr;{@code -y}
 *           ({@code happily}&rarr;happy), consonant + {@code -ly}&rarr;consonant + {@code -le}
 *           ({@code gently}&rarr;gentle).
 *     </ul>
 *   <li>Consonant doubling: when a stem left by {@code -ed}, {@code -ing}, {@code -er} or
 *       {@code -est} ends in a doubled consonant, the single-consonant stem is tried too
 *       ({@code stopped}, {@code stopping}&rarr;stop; {@code bigger}, {@code biggest}&rarr;big).
 *       The doubled stem itself is also tried ({@code filled}&rarr;fill).
 * </ol>
 * No other derivation is applied, endings are not stacked ({@code happenings} is unfamiliar
 * unless listed), and hyphenated compounds are looked up only as a whole (the analyser may split
 * them). Because candidates are only accepted when they are on the list, over-generation is
 * bounded by the list, but a few accidental matches remain possible (e.g. {@code -ly} on a word
 * whose non-adverb spelling happens to end in {@code ly}).
 */
public final class DaleChallList {

  /** Class path location of the word list, one lower-case word per line, sorted. */
  public static final String RESOURCE = "/org/corpustoolkit/plugins/readability/dale-chall-words.txt";

  private static final class Holder {
    static final DaleChallList INSTANCE = load();
  }

  private final Set<String> words;
  private final List<String> sorted;

  private DaleChallList(Set<String> words, List<String> sorted) {
    this.words = words;
    this.sorted = sorted;
  }

  /**
   * Returns the shared list, loading it on first use.
   *
   * @return the bundled New Dale&ndash;Chall list
   * @throws UncheckedIOException if the resource is missing or unreadable
   */
  public static DaleChallList getDefault() {
    return Holder.INSTANCE;
  }

  /**
   * Tells whether a word is familiar: on the list, or a regular inflection of a listed word by
   * the rules in the class description.
   *
   * <p>Static convenience for {@code getDefault().familiar(word)}.
   *
   * @param word a word in any case; {@code null} and blank strings are not familiar
   * @return true if the word counts as familiar
   */
  public static boolean isFamiliar(String word) {
    return getDefault().familiar(word);
  }

  /**
   * Tells whether a word is familiar by this list and the rules in the class description.
   *
   * @param word a word in any case; {@code null} and blank strings are not familiar
   * @return true if the word counts as familiar
   */
  public boolean familiar(String word) {
    if (word == null) {
      return false;
    }
    String w = word.trim().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (w.isEmpty()) {
      return false;
    }
    if (listedOrInflected(w)) {
      return true;
    }
    if (w.endsWith("'s") && w.length() > 2) {
      return listedOrInflected(w.substring(0, w.length() - 2));
    }
    if (w.endsWith("s'") && w.length() > 2) {
      return listedOrInflected(w.substring(0, w.length() - 1));
    }
    return false;
  }

  /**
   * Tells whether the exact form is on the list (no inflection rules).
   *
   * @param word a word in any case
   * @return true if the lower-cased form is listed
   */
  public boolean contains(String word) {
    return word != null && words.contains(word.trim().toLowerCase(Locale.ROOT));
  }

  /**
   * The listed words.
   *
   * @return an unmodifiable, sorted list of the entries
   */
  public List<String> words() {
    return sorted;
  }

  private boolean listedOrInflected(String w) {
    if (words.contains(w)) {
      return true;
    }
    // plurals and 3rd person -s / -es / -ies
    if (w.endsWith("ies") && on(w, 3, "y")) {
      return true;
    }
    if (w.endsWith("es") && on(w, 2, "")) {
      return true;
    }
    if (w.endsWith("s") && !w.endsWith("ss") && on(w, 1, "")) {
      return true;
    }
    // past tense -d / -ed / -ied
    if (w.endsWith("ied") && on(w, 3, "y")) {
      return true;
    }
    if (w.endsWith("ed") && (on(w, 1, "") || onOrUndoubled(w, 2))) {
      return true;
    }
    // -ing
    if (w.endsWith("ing") && (onOrUndoubled(w, 3) || on(w, 3, "e"))) {
      return true;
    }
    // comparatives and superlatives
    if (w.endsWith("ier") && on(w, 3, "y") || w.endsWith("iest") && on(w, 4, "y")) {
      return true;
    }
    if (w.endsWith("er") && (on(w, 1, "") || onOrUndoubled(w, 2))) {
      return true;
    }
    if (w.endsWith("est") && (on(w, 2, "") || onOrUndoubled(w, 3))) {
      return true;
    }
    // -ly adverbs
    if (w.endsWith("ily") && on(w, 3, "y")) {
      return true;
    }
    if (w.endsWith("ly") && (on(w, 2, "") || w.length() >= 4 && !isVowel(w.charAt(w.length() - 3))
        && on(w, 1, "e"))) {
      return true;
    }
    return false;
  }

  /** Removes {@code cut} letters, appends {@code add}, and checks the list (stem >= 2 letters). */
  private boolean on(String w, int cut, String add) {
    int keep = w.length() - cut;
    if (keep < 2) {
      return false;
    }
    return words.contains(w.substring(0, keep) + add);
  }

  /** Stem after removing {@code cut} letters, or that stem with a final doubled consonant undoubled. */
  private boolean onOrUndoubled(String w, int cut) {
    int keep = w.length() - cut;
    if (keep < 2) {
      return false;
    }
    String stem = w.substring(0, keep);
    if (words.contains(stem)) {
      return true;
    }
    char last = stem.charAt(keep - 1);
    return keep >= 3 && last == stem.charAt(keep - 2) && !isVowel(last)
        && words.contains(stem.substring(0, keep - 1));
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static DaleChallList load() {
    InputStream raw = DaleChallList.class.getResourceAsStream(RESOURCE);
    if (raw == null) {
      throw new UncheckedIOException(new IOException("missing resource " + RESOURCE));
    }
    Set<String> set = new HashSet<>();
    List<String> list = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        String w = line.trim();
        if (!w.isEmpty() && set.add(w)) {
          list.add(w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new DaleChallList(Collections.unmodifiableSet(set), Collections.unmodifiableList(list));
  }
}

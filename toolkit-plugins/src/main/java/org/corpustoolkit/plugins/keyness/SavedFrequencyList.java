package org.corpustoolkit.plugins.keyness;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corpustoolkit.spi.CorpusException;
import org.corpustoolkit.text.CountingForm;

/**
 * Reads a word frequency list as written by {@code ctk frequency --format tsv} or {@code csv}: a header
 * naming the columns (at least {@code word} and {@code frequency}; {@code per_million} when present),
 * then one word per line. CSV cells may be quoted ({@code "a,b"}, doubled quotes inside) and a leading
 * apostrophe added by the formula guard before {@code = + - @} is removed.
 *
 * <p>The reference size d is recovered from {@code per_million} (which {@code ctk frequency} computes
 * against all word tokens, so it survives {@code --top} and other filters): d = frequency × 10⁶ /
 * per_million, which must agree on every line. Without a {@code per_million} column, d is the sum of
 * the listed frequencies. Words are mapped to the counting form of the current run (so a list saved with
 * {@code --case-sensitive} can be compared case-insensitively); words that then coincide are added up.
 * Anything else (missing columns, a non-integer frequency, a line with too few cells) is a corpus error
 * naming the file and line.
 */
final class SavedFrequencyList {
  private SavedFrequencyList() {}

  /** The column names of {@code headerLine} if it is the header of a saved frequency list. */
  static Optional<List<String>> header(String headerLine) {
    if (headerLine == null) {
      return Optional.empty();
    }
    String line = headerLine.startsWith("\uFEFF") ? headerLine.substring(1) : headerLine;
    char separator = line.indexOf('\t') >= 0 ? '\t' : ',';
    List<String> names = split(line, separator);
    if (names.contains("frequency") && (names.contains("word") || names.contains("ngram"))) {
      return Optional.of(names);
    }
    return Optional.empty();
  }

  /** The first line of {@code file}, or null if it cannot be read as UTF-8 text. */
  static String firstLine(Path file) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
      return in.readLine();
    } catch (CharacterCodingException e) {
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  static ReferenceFrequencies read(Path file, String name, CountingForm form) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CorpusException("cannot read reference list " + name + ": " + e.getMessage(), e);
    }
    String headerLine = lines.isEmpty() ? "" : lines.get(0);
    if (headerLine.startsWith("\uFEFF")) {
      headerLine = headerLine.substring(1);
    }
    char separator = headerLine.indexOf('\t') >= 0 ? '\t' : ',';
    List<String> names = split(headerLine, separator);
    if (names.contains("ngram")) {
      throw new CorpusException("reference list " + name + " is an n-gram list; keyness compares "
          + "words, so save the reference with 'ctk frequency' (without --ngram)");
    }
    int word = names.indexOf("word");
    int frequency = names.indexOf("frequency");
    int perMillion = names.indexOf("per_million");
    if (word < 0 || frequency < 0) {
      throw new CorpusException("reference list " + name + " line 1: the header needs 'word' and "
          + "'frequency' columns");
    }
    Map<String, Long> counts = new HashMap<>();
    long listed = 0;
    long size = -1;
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      String where = "reference list " + name + " line " + (i + 1) + ": ";
      List<String> cells = split(line, separator);
      if (cells.size() < names.size()) {
        throw new CorpusException(where + "expected " + names.size() + " cells, found "
            + cells.size());
      }
      long f;
      try {
        f = Long.parseLong(cells.get(frequency).trim());
      } catch (NumberFormatException e) {
        throw new CorpusException(where + "frequency '" + cells.get(frequency)
            + "' is not a whole number");
      }
      if (f < 1) {
        throw new CorpusException(where + "frequency must be 1 or more, not " + f);
      }
      String w = unguard(cells.get(word));
      if (w.isEmpty()) {
        throw new CorpusException(where + "empty word");
      }
      if (perMillion >= 0) {
        double pm;
        try {
          pm = Double.parseDouble(cells.get(perMillion).trim());
        } catch (NumberFormatException e) {
          throw new CorpusException(where + "per_million '" + cells.get(perMillion)
              + "' is not a number");
        }
        if (!(pm > 0) || Double.isInfinite(pm)) {
          throw new CorpusException(where + "per_million must be a positive number");
        }
        long implied = Math.round(f * 1_000_000.0 / pm);
        if (size < 0) {
          size = implied;
        } else if (Math.abs(implied - size) > Math.max(1, size * 1e-6)) {
          throw new CorpusException(where + "per_million implies a corpus of " + implied
              + " tokens, earlier lines " + size);
        }
      }
      counts.merge(form.of(w), f, Long::sum);
      listed += f;
    }
    if (counts.isEmpty()) {
      throw new CorpusException("reference list " + name + " has no words");
    }
    String note;
    if (size < 0) {
      size = listed;
      note = "reference size = sum of the listed frequencies (" + listed + "; no per_million column)";
    } else {
      if (size < listed) {
        throw new CorpusException("reference list " + name + ": per_million implies " + size
            + " tokens, fewer than the " + listed + " listed");
      }
      note = "reference size = frequency x 1,000,000 / per_million of the saved list (" + size
          + " word tokens)";
    }
    return new ReferenceFrequencies(counts, size, name + " (frequency list)", note);
  }

  private static String unguard(String cell) {
    if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }

  /** Splits one line; with commas, honours RFC 4180 quoting. */
  static List<String> split(String line, char separator) {
    List<String> cells = new ArrayList<>();
    if (separator == '\t') {
      for (String s : line.split("\t", -1)) {
        cells.add(s);
      }
      return cells;
    }
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.length() == 0) {
        quoted = true;
      } else if (c == separator) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}

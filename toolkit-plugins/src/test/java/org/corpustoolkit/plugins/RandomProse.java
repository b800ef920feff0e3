package org.corpustoolkit.plugins;

import java.util.Random;

/**
 * Random English-like text for the tests that compare a file read in parts with the whole file: sentences
 * of words drawn from a list, with sentence ends (and non-ends) drawn from another, laid out as
 * hard-wrapped paragraphs or as one paragraph per line.
 */
public final class RandomProse {
  private final String[] words;
  private final String[] ends;
  private final int maxWords;

  /**
   * @param words the words a sentence is drawn from (the first is capitalised)
   * @param ends what follows a sentence's last word: ends such as {@code "."}, and non-ends such as
   *     {@code ","} or {@code ""}, so that "sentences" also run on
   * @param maxWords the most words in a sentence (at least 1)
   */
  public RandomProse(String[] words, String[] ends, int maxWords) {
    this.words = words.clone();
    this.ends = ends.clone();
    this.maxWords = maxWords;
  }

  /** One sentence: 1 to {@code maxWords} words, the first capitalised, then an end. */
  public String sentence(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + random.nextInt(maxWords);
    for (int w = 0; w < n; w++) {
      String word = words[random.nextInt(words.length)];
      sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
    }
    return sb.append(ends[random.nextInt(ends.length)]).toString();
  }

  /** Hard-wrapped lines of under 80 characters, paragraphs separated by blank lines. */
  public String wrapped(Random random, int paragraphs) {
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < paragraphs; p++) {
      int line = 0;
      for (int s = 1 + random.nextInt(6); s > 0; s--) {
        for (String word : sentence(random).split(" ")) {
          if (line + word.length() > 70) {
            sb.append('\n');
            line = 0;
          } else if (line > 0) {
            sb.append(' ');
            line++;
          }
          sb.append(word);
          line += word.length();
        }
      }
      sb.append("\n\n");
    }
    return sb.toString();
  }

  /**
   * {@link #wrapped} without its blank lines: hard-wrapped lines with no paragraph breaks, so that a
   * cut at a line break may fall inside a sentence.
   */
  public String wrappedWithoutBlankLines(Random random, int paragraphs) {
    StringBuilder text = new StringBuilder();
    for (String line : wrapped(random, paragraphs).split("\n")) {
      if (!line.isEmpty()) {
        text.append(line).append('\n');
      }
    }
    return text.toString();
  }

  /** One paragraph per line (lines of 220 characters or more, each ending ".\n"), no blank lines. */
  public String paragraphPerLine(Random random, int lines) {
    StringBuilder sb = new StringBuilder();
    for (int l = 0; l < lines; l++) {
      int start = sb.length();
      while (sb.length() - start < 220) {
        sb.append(sb.length() == start ? "" : " ").append(sentence(random));
      }
      sb.append(".\n");
    }
    return sb.toString();
  }
}

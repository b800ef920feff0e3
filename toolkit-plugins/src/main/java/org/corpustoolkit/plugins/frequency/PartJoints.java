package org.corpustoolkit.plugins.frequency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corpustoolkit.corpus.Document;
import org.corpustoolkit.text.SentenceSplitter;
import org.corpustoolkit.text.SentenceSplitter.LineCounts;

/**
 * What is needed to tell whether n-grams counted in the parts of large documents are those of the whole
 * documents: each part's {@linkplain LineCounts line layout} and the text on either side of each cut.
 *
 * <p>Sentences are found in each part on its own. They are those of the whole document when (1) every
 * part that has a line break reads line breaks as the whole document does (one paragraph per line or
 * hard-wrapped, decided by the document's median line length, which the layouts add up to), and (2)
 * every cut {@linkplain SentenceSplitter#separates separates} sentences (a cut after a blank line always
 * does). Then no n-gram spans a cut and every sentence lies in one part, so the n-grams of the parts,
 * in part order, are exactly those of the whole document. When either fails (a document mixing both
 * layouts, one paragraph per line cut after an abbreviation, a line longer than a part), the caller
 * counts again from whole documents.
 */
final class PartJoints {
  /** Characters kept from each end of a part: enough to judge a cut in any ordinary text. */
  static final int EDGE = 256;

  private record Part(int document, int segment, LineCounts layout, boolean hasLineBreak,
      String head, String tail) {}

  private final List<Part> parts = new ArrayList<>();

  /** Notes one part of a document read in parts. */
  void add(Document part) {
    String text = part.text();
    parts.add(new Part(part.index(), part.segment(), LineCounts.of(text), text.indexOf('\n') >= 0,
        text.substring(0, Math.min(EDGE, text.length())),
        text.substring(Math.max(0, text.length() - EDGE))));
  }

  PartJoints merge(PartJoints other) {
    parts.addAll(other.parts);
    return this;
  }

  /** True if the sentences of every part are those of its whole document (see the class comment). */
  boolean exact() {
    List<Part> sorted = new ArrayList<>(parts);
    sorted.sort(Comparator.comparingInt(Part::document).thenComparingInt(Part::segment));
    for (int from = 0; from < sorted.size(); ) {
      int to = from;
      LineCounts whole = new LineCounts(0, 0, false);
      while (to < sorted.size() && sorted.get(to).document() == sorted.get(from).document()) {
        whole = whole.plus(sorted.get(to).layout());
        to++;
      }
      boolean paragraphPerLine = whole.paragraphPerLine();
      for (int k = from; k < to; k++) {
        Part part = sorted.get(k);
        if (part.segment() != k - from) {
          return false; // a part is missing: the document could not be read to its end
        }
        if (part.hasLineBreak() && part.layout().lines() > 0
            && part.layout().paragraphPerLine() != paragraphPerLine) {
          return false;
        }
        if (k + 1 < to && !SentenceSplitter.separates(part.tail(), sorted.get(k + 1).head(),
            paragraphPerLine)) {
          return false;
        }
      }
      from = to;
    }
    return true;
  }
}

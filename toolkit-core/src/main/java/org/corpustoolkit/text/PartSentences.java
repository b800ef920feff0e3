package org.corpustoolkit.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corpustoolkit.corpus.Document;
import org.corpustoolkit.text.SentenceSplitter.LineCounts;

/**
 * Tells whether sentences found in the parts of large documents ({@code AnalysisContext.processSegments})
 * are exactly the sentences of the whole documents, so that an analyser that looks within sentences
 * (n-grams, readability) can count part by part and still give the figures of the whole documents.
 *
 * <p>Each part is split into sentences on its own. Its sentences are those of the whole document when
 * (1) every part that has a line break reads line breaks as the whole document does (one paragraph per
 * line or hard-wrapped, decided by the document's median line length, which the parts'
 * {@linkplain LineCounts line counts} add up to), and (2) every cut
 * {@linkplain SentenceSplitter#separates separates} sentences (a cut after a blank line always does).
 * Then every sentence lies in one part. When either fails (a document mixing both layouts, one
 * paragraph per line cut after an abbreviation, a line longer than a part), {@link #exact()} is false
 * and the caller counts again from whole documents ({@code processDocuments}).
 *
 * <p>Use one per thread, {@link #add} every part that {@link Document#isPartial() is partial}, and
 * {@link #merge} the threads' instances. Keeps about 0.5 KB per part, never the text.
 *
 * @since 0.5
 */
public final class PartSentences {
  /** Characters kept from each end of a part: enough to judge a cut in any ordinary text. */
  static final int EDGE = 256;

  private record Part(int document, int segment, LineCounts layout, boolean hasLineBreak,
      String head, String tail) {}

  private final List<Part> parts = new ArrayList<>();

  /** Notes one part of a document read in parts. */
  public void add(Document part) {
    String text = part.text();
    parts.add(new Part(part.index(), part.segment(), LineCounts.of(text), text.indexOf('\n') >= 0,
        text.substring(0, Math.min(EDGE, text.length())),
        text.substring(Math.max(0, text.length() - EDGE))));
  }

  /** Adds the parts noted by {@code other} (another thread's) to these; returns this. */
  public PartSentences merge(PartSentences other) {
    parts.addAll(other.parts);
    return this;
  }

  /** True if the sentences of every part are those of its whole document (see the class comment). */
  public boolean exact() {
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

package org.corpustoolkit.plugins.kwic;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.corpustoolkit.corpus.Document;
import org.corpustoolkit.text.SentenceSplitter;
import org.corpustoolkit.text.TextProcessor;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * Puts the searched parts of the corpus back together, in text order, on one thread: numbers tokens,
 * words and sentences across the parts of a document, searches the text around each cut (from the
 * last safe cut of one part to the first of the next, tokenized again as one piece), counts every hit
 * and the plot of every document, and hands each wanted hit to a {@link Sink} as soon as the
 * {@link TextWindow} holds its context on both sides. Text no line can need any more is let go, so a
 * large file is never in memory whole (unless it has no safe cut at all, or its layout is unknown:
 * then it is searched as one piece at its end).
 */
final class HitFinder {
  /** Receives the hits in corpus order. */
  interface Sink {
    /** A hit was found at token {@code start} of document {@code docIndex}; true to get its line. */
    boolean wants(int docIndex, int start);

    /**
     * The context of a wanted hit, the match of tokens {@code [start, end)} whose first word is word
     * {@code word} of its document (from 0), is in {@code window}.
     */
    void hit(TextWindow window, int start, int end, long word);
  }

  /** A wanted hit waiting for the text after it. */
  private record Waiting(TextWindow.Unit unit, int start, int end, long word, long wordAfter) {}

  private final PartScanner scanner;
  private final TextProcessor processor;
  private final DocumentLayouts layouts;
  private final Sink sink;
  private final Tally tally;
  private final int wordsBefore;
  private final int wordsAfter;
  private final int chars;
  private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();

  private TextWindow window;
  private Document document;
  private final StringBuilder pending = new StringBuilder();
  private long pendingStart;
  private int tokens;
  private long words;
  private int sentences;
  private long[] hitWords = new long[16];
  private int hits;
  private int documentsBegun;

  HitFinder(PartScanner scanner, TextProcessor processor, DocumentLayouts layouts, Contexts contexts,
      Sink sink, Tally tally) {
    this.scanner = scanner;
    this.processor = processor;
    this.layouts = layouts;
    this.sink = sink;
    this.tally = tally;
    this.wordsBefore = contexts.wordsBefore();
    this.wordsAfter = contexts.wordsAfter();
    this.chars = contexts.chars();
  }

  /** Documents begun so far (the one being searched included). */
  int documentsBegun() {
    return documentsBegun;
  }

  /** Takes the next part, in text order. */
  void accept(ScannedPart part) {
    Document d = part.doc().document();
    if (window == null || d.index() != window.documentIndex()) {
      endDocument();
      begin(d);
    }
    if (part.whole()) {
      add(part, 0);
      return;
    }
    long offset = d.charOffset();
    String text = part.doc().text();
    if (pendingStart + pending.length() != offset) {
      throw new IllegalStateException("part " + d.segment() + " of " + d.id() + " out of order");
    }
    if (!part.hasCuts()) {
      pending.append(text);
      return;
    }
    pending.append(text, 0, part.cutFrom());
    flushPending();
    add(part, offset);
    pending.append(text, part.cutTo(), text.length());
    pendingStart = offset + part.cutTo();
  }

  /** Ends the last document: call once every part has been given. */
  void finish() {
    endDocument();
  }

  private void begin(Document d) {
    window = new TextWindow(d.id(), d.index());
    document = d.withText(""); // its index, id, source and metadata, not the first part's text
    pending.setLength(0);
    pendingStart = 0;
    tokens = 0;
    words = 0;
    sentences = 0;
    hits = 0;
    documentsBegun++;
  }

  /** Searches the text kept since the last safe cut as one piece. */
  private void flushPending() {
    if (pending.length() == 0) {
      return;
    }
    String text = pending.toString();
    DocumentLayouts.Layout layout = layouts.of(document.index());
    // an unknown layout is never cut: the piece is then the whole document, measured here
    boolean hardWrapped = layout == DocumentLayouts.Layout.UNKNOWN
        ? SentenceSplitter.isHardWrapped(text) : layout.hardWrapped();
    TokenizedDocument piece = processor.process(new Document(document.index(), document.id(),
        document.source(), document.metadata(), text));
    add(scanner.between(piece, 0, text.length(), hardWrapped), pendingStart);
    pendingStart += text.length();
    pending.setLength(0);
  }

  private void add(ScannedPart part, long charBase) {
    if (part.cutTo() == part.cutFrom()) {
      return;
    }
    TextWindow.Unit unit = new TextWindow.Unit(part, charBase, tokens, words, sentences);
    window.add(unit);
    int[] spans = part.spans();
    int[] before = part.wordsBefore();
    TokenizedDocument doc = part.doc();
    for (int k = 0; k < before.length; k++) {
      int start = spans[2 * k];
      int end = spans[2 * k + 1];
      long word = words + before[k];
      if (hits == hitWords.length) {
        hitWords = Arrays.copyOf(hitWords, hits * 2);
      }
      hitWords[hits++] = word;
      int g = unit.tokenBase + start - part.tokenFrom();
      if (sink.wants(window.documentIndex(), g)) {
        long wordAfter = word;
        for (int i = start; i < end; i++) {
          if (doc.isWord(i)) {
            wordAfter++;
          }
        }
        waiting.add(new Waiting(unit, g, g + end - start, word, wordAfter));
      }
    }
    tokens += part.tokenTo() - part.tokenFrom();
    words += part.words();
    sentences += part.sentenceCount();
    release();
    forget();
  }

  /** Hands out the waiting hits whose right context is in the window. */
  private void release() {
    while (!waiting.isEmpty() && ready(waiting.peek())) {
      Waiting w = waiting.poll();
      sink.hit(window, w.start(), w.end(), w.word());
    }
  }

  private boolean ready(Waiting w) {
    if (window.isComplete()) {
      return true;
    }
    if (words - w.wordAfter() < wordsAfter) {
      return false;
    }
    return chars == 0 || visibleAfter(w.unit()) >= chars;
  }

  /** Characters shown in contexts in the units after {@code unit}. */
  private long visibleAfter(TextWindow.Unit unit) {
    List<TextWindow.Unit> units = window.units();
    long visible = 0;
    for (int i = units.size() - 1; i >= 0 && units.get(i) != unit; i--) {
      visible += units.get(i).part.visible();
    }
    return visible;
  }

  /** Drops the first units of the window while every line to come has its left context without them. */
  private void forget() {
    List<TextWindow.Unit> units = window.units();
    while (units.size() > 1) {
      TextWindow.Unit second = units.get(1);
      Waiting first = waiting.peek();
      long wordsKept = (first == null ? words : first.word()) - second.wordBase;
      if (wordsKept < wordsBefore) {
        return;
      }
      if (chars > 0) {
        long visible = 0;
        for (int i = 1; i < units.size() && (first == null || units.get(i) != first.unit()); i++) {
          visible += units.get(i).part.visible();
        }
        if (visible < chars) {
          return;
        }
      }
      window.dropFirst();
    }
  }

  private void endDocument() {
    if (window == null) {
      return;
    }
    flushPending();
    window.complete();
    release();
    DocumentPlot plot = null;
    if (hits > 0) {
      BitSet bins = new BitSet(DocumentPlot.BINS);
      for (int k = 0; k < hits; k++) {
        int bin = words == 0 ? 0 : (int) (hitWords[k] * DocumentPlot.BINS / words);
        bins.set(Math.min(DocumentPlot.BINS - 1, bin));
      }
      plot = new DocumentPlot(window.documentId(), (int) words, hits, bins);
    }
    tally.document((int) words, plot);
    window = null;
    document = null;
    if (hitWords.length > 1024) {
      hitWords = new long[16];
    }
  }
}

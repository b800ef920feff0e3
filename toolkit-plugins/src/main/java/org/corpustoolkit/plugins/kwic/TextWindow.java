package org.corpustoolkit.plugins.kwic;

import java.util.ArrayList;
import java.util.List;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * The stretch of one document that is in memory while it is searched: consecutive {@link Unit}s, each
 * a run of tokens between safe cuts (a whole document is one unit). Tokens are addressed by their
 * index in the whole document and characters by their offset in it, so a concordance line is the same
 * whether the document came whole or in parts. Lines are made only when the window holds enough
 * context on both sides (see {@link HitFinder}).
 */
final class TextWindow {
  /**
   * Tokens {@code [tokenFrom, tokenTo)} of {@code doc} (the engine's part, a whole document, or text
   * joined across a cut), covering characters {@code [charFrom, charTo)} of its text.
   */
  static final class Unit {
    final ScannedPart part;
    final TokenizedDocument doc;
    /** Offset of {@code doc}'s first character in the whole document. */
    final long charBase;
    /** Index in the whole document of token {@code part.tokenFrom()}. */
    final int tokenBase;
    /** Word tokens of the whole document before this unit. */
    final long wordBase;
    /** Sentences of the whole document before this unit (for parts; a whole document counts its own). */
    final int sentenceBase;

    Unit(ScannedPart part, long charBase, int tokenBase, long wordBase, int sentenceBase) {
      this.part = part;
      this.doc = part.doc();
      this.charBase = charBase;
      this.tokenBase = tokenBase;
      this.wordBase = wordBase;
      this.sentenceBase = sentenceBase;
    }

    int tokenEnd() {
      return tokenBase + part.tokenTo() - part.tokenFrom();
    }

    long charFrom() {
      return charBase + part.cutFrom();
    }

    long charTo() {
      return charBase + part.cutTo();
    }

    /** The token of {@code doc} at document index {@code g}. */
    int local(int g) {
      return g - tokenBase + part.tokenFrom();
    }

    /** Sentence (in the whole document) of token {@code local} of {@code doc}. */
    int sentence(int local) {
      int[] s = part.sentences();
      return s == null ? doc.sentence(local) : sentenceBase + s[local - part.tokenFrom()];
    }
  }

  private final String documentId;
  private final int documentIndex;
  private final List<Unit> units = new ArrayList<>();
  private boolean dropped;
  private boolean complete;

  TextWindow(String documentId, int documentIndex) {
    this.documentId = documentId;
    this.documentIndex = documentIndex;
  }

  String documentId() {
    return documentId;
  }

  int documentIndex() {
    return documentIndex;
  }

  void add(Unit unit) {
    units.add(unit);
  }

  List<Unit> units() {
    return units;
  }

  /** Forgets the first unit: no line needs it any more. */
  void dropFirst() {
    units.remove(0);
    dropped = true;
  }

  /** Marks the end of the document: nothing comes after the last unit. */
  void complete() {
    complete = true;
  }

  boolean isComplete() {
    return complete;
  }

  /** True if the first unit is the start of the document. */
  boolean atDocumentStart() {
    return !dropped;
  }

  int firstToken() {
    return units.isEmpty() ? 0 : units.get(0).tokenBase;
  }

  int endToken() {
    return units.isEmpty() ? 0 : units.get(units.size() - 1).tokenEnd();
  }

  long firstChar() {
    return units.isEmpty() ? 0 : units.get(0).charFrom();
  }

  long endChar() {
    return units.isEmpty() ? 0 : units.get(units.size() - 1).charTo();
  }

  /** The unit holding document token {@code g} (searched from the end: lines are made near it). */
  Unit unit(int g) {
    for (int i = units.size() - 1; i >= 0; i--) {
      Unit u = units.get(i);
      if (g >= u.tokenBase) {
        if (g < u.tokenEnd()) {
          return u;
        }
        break;
      }
    }
    throw new IllegalStateException("token " + g + " is not in memory");
  }

  private Unit unitAt(long offset) {
    for (int i = units.size() - 1; i >= 0; i--) {
      Unit u = units.get(i);
      if (offset >= u.charFrom()) {
        if (offset < u.charTo()) {
          return u;
        }
        break;
      }
    }
    throw new IllegalStateException("character " + offset + " is not in memory");
  }

  boolean isWord(int g) {
    Unit u = unit(g);
    return u.doc.isWord(u.local(g));
  }

  int formId(int g) {
    Unit u = unit(g);
    return u.doc.formId(u.local(g));
  }

  String form(int g) {
    Unit u = unit(g);
    return u.doc.form(u.local(g));
  }

  /** Offset in the document of token {@code g}'s first character. */
  long start(int g) {
    Unit u = unit(g);
    return u.charBase + u.doc.start(u.local(g));
  }

  /** Offset in the document just past token {@code g}'s last character. */
  long end(int g) {
    Unit u = unit(g);
    return u.charBase + u.doc.end(u.local(g));
  }

  int sentence(int g) {
    Unit u = unit(g);
    return u.sentence(u.local(g));
  }

  char charAt(long offset) {
    Unit u = unitAt(offset);
    return u.doc.text().charAt((int) (offset - u.charBase));
  }

  /** Characters {@code [from, to)} of the document. */
  String slice(long from, long to) {
    if (from >= to) {
      return "";
    }
    Unit first = unitAt(from);
    if (to <= first.charTo()) {
      return first.doc.text().substring((int) (from - first.charBase), (int) (to - first.charBase));
    }
    StringBuilder sb = new StringBuilder((int) (to - from));
    for (long at = from; at < to; ) {
      Unit u = unitAt(at);
      long end = Math.min(to, u.charTo());
      sb.append(u.doc.text(), (int) (at - u.charBase), (int) (end - u.charBase));
      at = end;
    }
    return sb.toString();
  }

  /** Characters {@code [from, to)}, {@linkplain Contexts#clean(String) cleaned}. */
  String clean(long from, long to) {
    if (from >= to) {
      return "";
    }
    Unit first = unitAt(from);
    if (to <= first.charTo()) {
      return Contexts.clean(first.doc.text(), (int) (from - first.charBase),
          (int) (to - first.charBase));
    }
    return Contexts.clean(slice(from, to));
  }
}

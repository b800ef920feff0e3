package org.corpustoolkit.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.text.CharacterIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences: ICU sentence boundaries (Unicode UAX #29) with these corrections.
 *
 * <ul>
 *   <li>An abbreviation list keeps {@code Mr.}, {@code Dr.}, {@code U.S.}, {@code p.m.} and the like
 *       from ending a sentence when the next word is capitalised ({@code Mr. Smith}). ICU already keeps a
 *       sentence going when the next word is lower-case ({@code the U.S. envoy}).</li>
 *   <li>Initials ({@code J. R. Hartley}: one capital letter other than {@code I}, then a dot) do not
 *       end a sentence; nor does {@code ?} or {@code !}, with any closing quotes, when the next word is
 *       lower-case ({@code "Stop!" he shouted}).</li>
 *   <li>Line breaks: in hard-wrapped text (the usual plain-text layout, lines of under 200 characters)
 *       a single line break is a space and a blank line ends a paragraph; in text with one paragraph per
 *       line (the median line is 200 characters or longer) every line break ends a sentence.</li>
 * </ul>
 *
 * <p>The layout is a statistic of the whole text. To split a large text in parts exactly as a whole,
 * measure the layout first ({@link LineLayout}, fed the text in any number of pieces), split each part
 * with {@link #starts(String, boolean)}, and cut the text only where {@link #isSafeCut} says the
 * sentences on both sides do not depend on the other side.
 *
 * <p>Not thread-safe: use one per thread.
 *
 * @since 0.1 (stable)
 */
public final class SentenceSplitter {
  /** Abbreviations (lower case, without the final dot) after which a sentence does not end. */
  static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "gen", "sen", "rep", "gov", "lt", "col",
      "capt", "sgt", "cpl", "adm", "rev", "hon", "mt", "ft", "messrs", "mme", "mlle", "vs", "cf",
      "e.g", "i.e", "u.s", "u.k", "u.n", "u.s.a", "a.m", "p.m", "no", "vol", "pp", "fig", "approx",
      "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec");
  private static final int PARAGRAPH_PER_LINE = 200;

  /** Texts up to this many characters are copied into a buffer kept for the next text. */
  private static final int KEPT_BUFFER = 1 << 22;

  private final BreakIterator sentences;
  /** The text's characters, with wrapped lines joined, as the break iterator reads them. */
  private char[] buffer = new char[0];
  private final CharArrayIterator iterator = new CharArrayIterator();

  public SentenceSplitter() {
    this.sentences = BreakIterator.getSentenceInstance(ULocale.ENGLISH);
  }

  /**
   * Sentence start offsets in {@code text}: element 0 is 0, each next one is the start of the next
   * sentence; the array is never empty.
   */
  public int[] starts(String text) {
    char[] chars = charsOf(text);
    int n = text.length();
    return split(chars, n, text.indexOf('\n') >= 0 && isHardWrapped(chars, n));
  }

  /** The characters of {@code text} in the kept buffer (or a new array if the text is very long). */
  private char[] charsOf(String text) {
    int n = text.length();
    char[] chars = buffer;
    if (chars.length < n) {
      chars = new char[Math.max(n, Math.min(KEPT_BUFFER, 2 * chars.length))];
      if (chars.length <= KEPT_BUFFER) {
        buffer = chars;
      }
    }
    text.getChars(0, n, chars, 0);
    return chars;
  }

  /** {@link #isHardWrapped(String)} of the text {@code chars[0, n)}. */
  private static boolean isHardWrapped(char[] chars, int n) {
    LineLayout layout = new LineLayout();
    layout.add(chars, n);
    return layout.isHardWrapped();
  }

  /**
   * Sentence start offsets in {@code text} as {@link #starts(String)} finds them, but with the line
   * layout given instead of measured on {@code text}: {@code hardWrapped} joins single line breaks
   * (the layout of a whole document that {@code text} is a part of, from {@link LineLayout}).
   *
   * @since 0.4
   */
  public int[] starts(String text, boolean hardWrapped) {
    return split(charsOf(text), text.length(), hardWrapped);
  }

  /**
   * The sentence starts of the text {@code chars[0, n)}, joining its wrapped lines in place first if
   * {@code hardWrapped}. The break iterator reads the array itself: no {@code String} of the text.
   */
  private int[] split(char[] chars, int n, boolean hardWrapped) {
    if (hardWrapped) {
      joinWrappedLines(chars, n);
    }
    iterator.reset(chars, n);
    sentences.setText(iterator);
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int b = sentences.next(); b != BreakIterator.DONE && b < n; b = sentences.next()) {
      if (suppressed(chars, n, b)) {
        continue;
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = b;
    }
    return Arrays.copyOf(starts, count);
  }

  /**
   * True if {@code text} is hard-wrapped: its median non-blank line is shorter than 200 characters
   * (or it has no non-blank line), so that {@link #starts(String)} joins single line breaks.
   *
   * @since 0.4
   */
  public static boolean isHardWrapped(String text) {
    LineLayout layout = new LineLayout();
    layout.add(text);
    return layout.isHardWrapped();
  }

  /**
   * The line layout of a text fed in consecutive pieces (a line may span pieces): counts the non-blank
   * lines ({@link String#lines()}, {@link String#isBlank()}) and those of 200 characters (UTF-16 units)
   * or more; the median non-blank line is that long exactly when at least half of the lines, rounded
   * up, are. Not thread-safe.
   *
   * @since 0.4
   */
  public static final class LineLayout {
    private long lines;
    private long longLines;
    private long length;
    private boolean blank = true;

    /**
     * Adds the next piece of the text, {@code chars[0, n)}, as {@link #add(CharSequence)} does, a line
     * at a time: white space is looked at only until the line's first other character.
     */
    void add(char[] chars, int n) {
      int i = 0;
      while (i < n) {
        int start = i;
        if (blank) {
          while (i < n && chars[i] != '\n' && chars[i] != '\r' && Character.isWhitespace(chars[i])) {
            i++;
          }
          if (i < n && chars[i] != '\n' && chars[i] != '\r') {
            blank = false;
          }
        }
        while (i < n) {
          char c = chars[i];
          if (c <= '\r' && (c == '\n' || c == '\r')) {
            break;
          }
          i++;
        }
        length += i - start;
        if (i < n) {
          endLine();
          i++;
        }
      }
    }

    /** Adds the next piece of the text. */
    public void add(CharSequence piece) {
      for (int i = 0, n = piece.length(); i < n; i++) {
        char c = piece.charAt(i);
        if (c == '\n' || c == '\r') {
          endLine(); // "\r\n" ends one line and then an empty one, which is blank: no difference
        } else {
          length++;
          if (blank && !Character.isWhitespace(c)) {
            blank = false;
          }
        }
      }
    }

    private void endLine() {
      addLine(length, blank);
      length = 0;
      blank = true;
    }

    /**
     * Adds a whole line measured elsewhere (for example on the bytes of a file): its length in UTF-16
     * units without the line break, and whether it is blank (only white space). Not to be mixed with
     * {@link #add} in the middle of a line.
     */
    public void addLine(long length, boolean blank) {
      if (!blank) {
        lines++;
        if (length >= PARAGRAPH_PER_LINE) {
          longLines++;
        }
      }
    }

    /** True if the text so far is hard-wrapped (see {@link SentenceSplitter#isHardWrapped}). */
    public boolean isHardWrapped() {
      long n = lines;
      long m = longLines;
      if (!blank) {
        n++;
        if (length >= PARAGRAPH_PER_LINE) {
          m++;
        }
      }
      // the median (element n/2 of the sorted lengths) is >= 200 iff n - n/2 lengths are >= 200
      return n == 0 || m < n - n / 2;
    }
  }

  /**
   * True if {@code text} can be cut at {@code at} (just after a line break) without changing any
   * sentence: the sentence starts of the whole text are those of {@code text[0, at)}, then {@code at}
   * itself, then those of {@code text[at, end)} (each split alone with the same layout), whatever text
   * comes before {@code text} or after it. That holds after a blank line in any layout, and in one
   * paragraph per line layout after a line break that ends a sentence (not after {@code Mr.} or an
   * initial, not before a lower-case word after {@code ?}). Conservative: false where it cannot tell
   * from {@code text} alone.
   *
   * @param hardWrapped the layout of the whole text, as {@link #starts(String, boolean)} takes it
   * @since 0.4
   */
  public static boolean isSafeCut(CharSequence text, int at, boolean hardWrapped) {
    if (at < 2 || at >= text.length() || text.charAt(at - 1) != '\n') {
      return false;
    }
    char before = text.charAt(at - 2);
    if (before == '\n' || (before == '\r' && at >= 3 && text.charAt(at - 3) == '\n')) {
      return true; // a blank line: kept in both layouts, ICU breaks after it, and it ends a sentence
    }
    if (hardWrapped || Character.isWhitespace(text.charAt(at))) {
      return false; // a wrapped line break is a space; leading white space could join the lines
    }
    // ICU breaks after every line break (UAX #29 rule SB4); the break stands unless suppressed()
    int end = at;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      return false;
    }
    for (int i = end; i < at - 1; i++) {
      if (text.charAt(i) == '\n') {
        return true; // a run of white space holding two line breaks: not suppressed
      }
    }
    if (text.charAt(end - 1) != '.') {
      int last = end;
      while (last > 0 && isClosing(text.charAt(last - 1))) {
        last--;
      }
      if (last == 0) {
        return false;
      }
      char mark = text.charAt(last - 1);
      return (mark != '!' && mark != '?')
          || !Character.isLowerCase(Character.codePointAt(text, at));
    }
    int start = end - 1;
    while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      start--;
    }
    if (start == 0) {
      return false;
    }
    String word = text.subSequence(start, end - 1).toString();
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) && !word.equals("I")) {
      return false;
    }
    return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Joins the wrapped lines of the text {@code chars[0, n)} in place: a single line break (with the
   * carriage return before it) becomes spaces; a blank line stays. (A break already turned into a space
   * is never looked at again: it had no line break after it.)
   */
  private static void joinWrappedLines(char[] chars, int n) {
    for (int i = 0; i < n; i++) {
      if (chars[i] != '\n') {
        continue;
      }
      int before = i - 1;
      if (before >= 0 && chars[before] == '\r') {
        before--;
      }
      int after = i + 1;
      boolean blankBefore = before < 0 || chars[before] == '\n';
      boolean blankAfter = after >= n || chars[after] == '\n' || chars[after] == '\r';
      if (!blankBefore && !blankAfter) {
        chars[i] = ' ';
        if (i > 0 && chars[i - 1] == '\r') {
          chars[i - 1] = ' ';
        }
      }
    }
  }

  /**
   * A {@link CharacterIterator} over {@code chars[0, n)}, for the break iterator: reads the array
   * directly, where one over a {@code String} goes through {@code String.charAt}.
   */
  private static final class CharArrayIterator implements CharacterIterator {
    private char[] chars;
    private int end;
    private int index;

    void reset(char[] chars, int end) {
      this.chars = chars;
      this.end = end;
      this.index = 0;
    }

    @Override
    public char first() {
      index = 0;
      return current();
    }

    @Override
    public char last() {
      index = end == 0 ? 0 : end - 1;
      return current();
    }

    @Override
    public char current() {
      return index < end ? chars[index] : DONE;
    }

    @Override
    public char next() {
      if (index < end) {
        index++;
      }
      return index < end ? chars[index] : DONE;
    }

    @Override
    public char previous() {
      if (index == 0) {
        return DONE;
      }
      return chars[--index];
    }

    @Override
    public char setIndex(int position) {
      if (position < 0 || position > end) {
        throw new IllegalArgumentException("index " + position + " outside [0, " + end + "]");
      }
      index = position;
      return current();
    }

    @Override
    public int getBeginIndex() {
      return 0;
    }

    @Override
    public int getEndIndex() {
      return end;
    }

    @Override
    public int getIndex() {
      return index;
    }

    @Override
    public Object clone() {
      CharArrayIterator copy = new CharArrayIterator();
      copy.reset(chars, end);
      copy.index = index;
      return copy;
    }
  }


  /**
   * True if a text can be cut between {@code before} and {@code after} (the end of the text before
   * the cut and the start of the text after it) and split into sentences on either side, with the
   * line-break reading of the whole text ({@code paragraphPerLine}), giving exactly the sentences of
   * the whole text, the cut being a sentence boundary. That holds when {@code before} ends with a blank
   * line (a line break, possibly after a carriage return, after a line break), whichever the reading;
   * and, in text with one paragraph per line, when {@code before} ends with a line break that ends its
   * sentence (no abbreviation, initial, or {@code !} or {@code ?} before a lower-case word) and the
   * white space that may begin {@code after} has no line separator other than a line break. False
   * when the pieces given are too short to tell.
   *
   * @param before the end of the text before the cut (at least the last line)
   * @param after the start of the text after the cut (at least up to its first non-white-space
   *     character)
   * @since 0.3
   */
  public static boolean separates(String before, String after, boolean paragraphPerLine) {
    int n = before.length();
    if (n == 0 || before.charAt(n - 1) != '\n') {
      return false;
    }
    int previous = n >= 2 && before.charAt(n - 2) == '\r' ? n - 3 : n - 2;
    if (previous >= 0 && before.charAt(previous) == '\n') {
      return true; // a blank line: kept by both readings, always a boundary (see suppressed)
    }
    if (!paragraphPerLine) {
      return false; // the line break may be a space
    }
    int first = 0;
    while (first < after.length() && Character.isWhitespace(after.charAt(first))) {
      char c = after.charAt(first);
      boolean separator = c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
      if (separator && !(c == '\r' && first + 1 < after.length()
          && after.charAt(first + 1) == '\n')) {
        return false;
      }
      first++;
    }
    if (first == after.length()) {
      return false;
    }
    int end = n;
    while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && (Character.isLetter(before.charAt(start - 1))
        || before.charAt(start - 1) == '.' || isClosing(before.charAt(start - 1)))) {
      start--;
    }
    if (start == 0) {
      return false; // the word before the cut may go on before the piece given
    }
    return !suppressed(before + after, n);
  }

  /**
   * True if the break at {@code b} is not a sentence end: it follows a known abbreviation, or an initial
   * (one capital letter other than {@code I} and a dot: {@code J. R. Hartley}), or a {@code ?} or
   * {@code !} (with any closing quotes or brackets) followed by a lower-case word
   * ({@code "Stop!" he shouted}). A blank line between always ends the sentence.
   */
  private static boolean suppressed(String text, int b) {
    return suppressed(text.toCharArray(), text.length(), b);
  }

  /** {@link #suppressed(String, int)} in the text {@code text[0, n)}. */
  private static boolean suppressed(char[] text, int n, int b) {
    int end = b;
    while (end > 0 && Character.isWhitespace(text[end - 1])) {
      end--;
    }
    if (end == b || end == 0) {
      return false;
    }
    int lineFeeds = 0;
    for (int i = end; i < b; i++) {
      if (text[i] == '\n' && ++lineFeeds == 2) {
        return false; // two line breaks in the white space before the boundary
      }
    }
    if (text[end - 1] != '.') {
      return exclamationOrQuestionBeforeLowerCase(text, n, end, b);
    }
    int start = end - 1;
    while (start > 0 && (Character.isLetter(text[start - 1]) || text[start - 1] == '.')) {
      start--;
    }
    int length = end - 1 - start;
    if (length == 1 && Character.isUpperCase(text[start]) && text[start] != 'I') {
      return true;
    }
    return ABBREVIATIONS.contains(new String(text, start, length).toLowerCase(Locale.ROOT));
  }

  private static boolean exclamationOrQuestionBeforeLowerCase(char[] text, int n, int end, int b) {
    int last = end;
    while (last > 0 && isClosing(text[last - 1])) {
      last--;
    }
    if (last == 0 || (text[last - 1] != '!' && text[last - 1] != '?')) {
      return false;
    }
    return b < n && Character.isLowerCase(Character.codePointAt(text, b, n));
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']'
        || c == '\u00BB';
  }

  /**
   * The line statistic that decides how a text's line breaks are read (see the class comment): how
   * many non-blank lines it has, how many of them are shorter than 200 characters, and whether it has
   * a line feed at all. Lines end at {@code \n}, {@code \r} or {@code \r\n}, as in
   * {@link String#lines()}; a line is blank if it holds only white space.
   *
   * <p>The layout of a text cut into parts after line feeds is the {@link #plus sum} of the layouts
   * of its parts, which is what lets a text read in parts be judged as a whole
   * ({@link PartEdges#sameSentencesAsWhole}).
   *
   * @param lines non-blank lines
   * @param shortLines non-blank lines shorter than 200 characters
   * @param lineFeed true if the text has a {@code \n}
   * @since 0.3
   */
  public record LineCounts(long lines, long shortLines, boolean lineFeed) {
    /** The layout of {@code text}. */
    public static LineCounts of(CharSequence text) {
      String s = text.toString();
      int n = s.length();
      long lines = 0;
      long shortLines = 0;
      boolean lineFeed = false;
      int nextLf = -2; // -2: not looked for yet; -1: none left
      int nextCr = -2;
      int start = 0;
      while (start < n) {
        if (nextLf != -1 && nextLf < start) {
          nextLf = s.indexOf('\n', start);
        }
        if (nextCr != -1 && nextCr < start) {
          nextCr = s.indexOf('\r', start);
        }
        int end = Math.min(nextLf < 0 ? n : nextLf, nextCr < 0 ? n : nextCr);
        if (!isBlank(s, start, end)) {
          lines++;
          if (end - start < PARAGRAPH_PER_LINE) {
            shortLines++;
          }
        }
        if (end == n) {
          break;
        }
        if (s.charAt(end) == '\r' && end + 1 < n && s.charAt(end + 1) == '\n') {
          end++;
        }
        lineFeed |= s.charAt(end) == '\n';
        start = end + 1;
      }
      return new LineCounts(lines, shortLines, lineFeed);
    }

    private static boolean isBlank(String s, int start, int end) {
      for (int i = start; i < end; i++) {
        if (!Character.isWhitespace(s.charAt(i))) {
          return false;
        }
      }
      return true;
    }

    /** The layout of this text followed by {@code other} (cut after a line feed). */
    public LineCounts plus(LineCounts other) {
      return new LineCounts(lines + other.lines, shortLines + other.shortLines,
          lineFeed || other.lineFeed);
    }

    /**
     * True if every line break ends a sentence (the opposite of {@link #joinsLines()}; for a text without
     * a line feed both readings give the same sentences).
     */
    public boolean paragraphPerLine() {
      return !joinsLines();
    }

    /**
     * True if a single line break is read as a space (hard-wrapped text: the text has a line feed
     * and its median non-blank line is shorter than 200 characters); false if every line break ends
     * a sentence.
     */
    public boolean joinsLines() {
      // The median is the element at lines / 2 of the sorted lengths; it is short iff more than
      // lines / 2 lines are short. No non-blank line: the median is 0.
      return lineFeed && (lines == 0 || shortLines > lines / 2);
    }
  }

  /**
   * What the sentence splitter needs to know about one part of a text read in consecutive parts
   * (as {@link org.corpustoolkit.spi.AnalysisContext#processSegments} reads large files) to tell
   * whether splitting each part on its own gives the sentences of the whole text: the part's
   * {@link LineCounts}, how it ends and how it begins. Made by {@link #of}; judged, for all parts of a
   * text in order, by {@link #sameSentencesAsWhole}.
   *
   * @since 0.3
   */
  public static final class PartEdges {
    /** The part does not end with a line feed (only a line longer than a part is cut so). */
    private static final byte NO_LINE_FEED = 0;
    /** The part ends with a blank line ({@code \n\n} or {@code \n\r\n}). */
    private static final byte BLANK_LINE = 1;
    /** The white space at its end holds two or more line feeds, not as a blank line. */
    private static final byte TWO_LINE_FEEDS = 2;
    /** One line feed at the end; a sentence ends there in one-paragraph-per-line text. */
    private static final byte ENDS = 3;
    /** One line feed after an abbreviation or initial: the sentence goes on in the next line. */
    private static final byte GOES_ON = 4;
    /** One line feed after {@code !} or {@code ?}: the sentence goes on if the next part begins
     * with a lower-case letter. */
    private static final byte GOES_ON_IF_LOWER_CASE = 5;

    private final LineCounts layout;
    private final byte tail;
    private final boolean startsLowerCase;

    private PartEdges(LineCounts layout, byte tail, boolean startsLowerCase) {
      this.layout = layout;
      this.tail = tail;
      this.startsLowerCase = startsLowerCase;
    }

    /** The edges of one part's text. */
    public static PartEdges of(String part) {
      return new PartEdges(LineCounts.of(part), tail(part),
          !part.isEmpty() && Character.isLowerCase(part.codePointAt(0)));
    }

    /** The part's line layout. */
    public LineCounts layout() {
      return layout;
    }

    /** True if the part ends with a line feed, so that no token runs on into the next part. */
    public boolean endsWithLineFeed() {
      return tail != NO_LINE_FEED;
    }

    /**
     * True if a text made of {@code parts} (all of its parts, in order) gets exactly the sentences of
     * the whole text when each part is split on its own: every cut is a sentence boundary of the whole
     * text, and every part reads its line breaks as the whole text does. False when that cannot be
     * shown (then read the text whole). It is shown when each cut follows a line feed and:
     *
     * <ul>
     *   <li>in hard-wrapped text (the whole text's {@link LineCounts#joinsLines()}), the part before
     *       the cut ends with a blank line, which always ends a sentence;</li>
     *   <li>in one-paragraph-per-line text, the line before the cut does not end with an abbreviation
     *       or initial, nor with {@code !} or {@code ?} before a lower-case letter;</li>
     * </ul>
     *
     * <p>and every part with a line feed has the whole text's kind of line layout (a part's median line
     * length can differ from the whole text's). Inside a part the boundaries are then those of the
     * whole text: ICU's sentence rules do not look past a paragraph separator, and the corrections
     * above look back only over the white space and the word before a boundary. (A boundary that the
     * whole text and a part see differently in the white space before the part's first token, after a
     * {@code U+2028} say, changes no sentence number: sentences are numbered by their tokens.)
     */
    public static boolean sameSentencesAsWhole(java.util.List<PartEdges> parts) {
      if (parts.isEmpty()) {
        return true;
      }
      LineCounts whole = parts.get(0).layout;
      for (int i = 1; i < parts.size(); i++) {
        whole = whole.plus(parts.get(i).layout);
      }
      boolean joins = whole.joinsLines();
      for (int i = 0; i < parts.size(); i++) {
        PartEdges part = parts.get(i);
        if (part.layout.lineFeed() && part.layout.joinsLines() != joins) {
          return false;
        }
        if (i + 1 < parts.size() && !sentenceEndsAtCut(part, parts.get(i + 1), joins)) {
          return false;
        }
      }
      return true;
    }

    private static boolean sentenceEndsAtCut(PartEdges before, PartEdges after, boolean joins) {
      switch (before.tail) {
        case BLANK_LINE:
          return true;
        case TWO_LINE_FEEDS:
          return !joins;
        case ENDS:
          return !joins;
        case GOES_ON_IF_LOWER_CASE:
          return !joins && !after.startsLowerCase;
        default:
          return false;
      }
    }

    /**
     * How {@code text} ends, mirroring {@link #suppressed} for a boundary just after its last line
     * feed in one-paragraph-per-line text.
     */
    private static byte tail(String text) {
      int b = text.length();
      if (b == 0 || text.charAt(b - 1) != '\n') {
        return NO_LINE_FEED;
      }
      if (b >= 2 && (text.charAt(b - 2) == '\n'
          || (b >= 3 && text.charAt(b - 2) == '\r' && text.charAt(b - 3) == '\n'))) {
        return BLANK_LINE;
      }
      int end = b;
      int lineFeeds = 0;
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        if (text.charAt(end - 1) == '\n') {
          lineFeeds++;
        }
        end--;
      }
      if (lineFeeds >= 2) {
        return TWO_LINE_FEEDS;
      }
      if (end == 0) {
        // Only white space: in the whole text the white space runs on into the line feed that ends
        // the part before, so the boundary stands.
        return ENDS;
      }
      if (text.charAt(end - 1) != '.') {
        int last = end;
        while (last > 0 && isClosing(text.charAt(last - 1))) {
          last--;
        }
        return last > 0 && (text.charAt(last - 1) == '!' || text.charAt(last - 1) == '?')
            ? GOES_ON_IF_LOWER_CASE : ENDS;
      }
      int start = end - 1;
      while (start > 0
          && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
        start--;
      }
      String word = text.substring(start, end - 1);
      boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0))
          && !word.equals("I");
      return initial || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)) ? GOES_ON : ENDS;
    }
  }
}

package org.corpustoolkit.query;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.corpustoolkit.spi.UsageException;
import org.corpustoolkit.text.CountingForm;

/**
 * Recursive-descent parser of the query language (grammar in {@code package-info.java}). Every error is
 * a {@link UsageException} of one line naming the 1-based column (in characters) where parsing failed.
 */
final class QueryParser {
  /** Largest repetition bound in {@code {m,n}}. */
  static final int MAX_BOUND = 1000;
  /** Largest automaton, in states: keeps nested repetitions from exhausting memory. */
  static final long MAX_STATES = 20_000;
  /** Deepest nesting of groups and negations. */
  static final int MAX_DEPTH = 100;
  /** Longest query, in UTF-16 code units. */
  static final int MAX_LENGTH = 10_000;

  private static final String STOP = "[](){}|\"/&=!%+<>";
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private final String text;
  private final boolean caseSensitive;
  private final TokenAttributes attributes;
  private final CountingForm countingForm;
  private int pos;
  private int depth;
  private int leaves;
  private boolean needsAnnotations;
  private boolean needsLemmas;

  QueryParser(String text, boolean caseSensitive, TokenAttributes attributes) {
    this.text = text == null ? "" : text;
    this.caseSensitive = caseSensitive;
    this.attributes = attributes;
    this.countingForm = new CountingForm(caseSensitive);
  }

  Query parse() {
    if (text.length() > MAX_LENGTH) {
      throw error(MAX_LENGTH, "the query is longer than " + MAX_LENGTH + " characters");
    }
    skipSpace();
    if (atEnd()) {
      throw error(pos, "the query is empty; give a word, a \"phrase\", a /regex/ or a [condition]");
    }
    Node root = alternatives();
    skipSpace();
    if (!atEnd()) {
      throw unexpected();
    }
    if (root.nullable()) {
      throw error(0, "the query can match zero tokens; every match needs at least one token "
          + "(check the ?, * and {0,n} repetitions)");
    }
    if (root.size() > MAX_STATES) {
      throw error(0, "the query is too large (its repetitions expand to more than " + MAX_STATES
          + " steps); use smaller {m,n} bounds");
    }
    return new Query(text, Automaton.compile(root), leaves, needsAnnotations, needsLemmas);
  }

  // ---- sequences ----

  private Node alternatives() {
    enter();
    List<Node> options = new ArrayList<>();
    options.add(sequence());
    skipSpace();
    while (peek() == '|') {
      pos++;
      options.add(sequence());
      skipSpace();
    }
    depth--;
    return options.size() == 1 ? options.get(0) : new Node.Alternatives(List.copyOf(options));
  }

  private Node sequence() {
    List<Node> parts = new ArrayList<>();
    while (true) {
      skipSpace();
      int c = peek();
      if (c < 0 || c == ')' || c == '|') {
        break;
      }
      parts.add(item());
    }
    if (parts.isEmpty()) {
      throw error(pos, "expected a token (a word, a \"regex\", a /regex/, a [condition] or a (group))"
          + (atEnd() ? " but the query ends" : " before '" + (char) peek() + "'"));
    }
    return parts.size() == 1 ? parts.get(0) : new Node.Sequence(List.copyOf(parts));
  }

  private Node item() {
    Node node = atom();
    while (true) {
      int c = peek();
      if (c == '?') {
        pos++;
        node = new Node.Repeat(node, 0, 1);
      } else if (c == '*') {
        pos++;
        node = new Node.Repeat(node, 0, -1);
      } else if (c == '+') {
        pos++;
        node = new Node.Repeat(node, 1, -1);
      } else if (c == '{') {
        node = bounds(node);
      } else {
        return node;
      }
    }
  }

  private Node bounds(Node node) {
    int open = pos;
    pos++;
    skipSpace();
    int min = number();
    int max;
    skipSpace();
    if (peek() == ',') {
      pos++;
      skipSpace();
      max = number();
      if (min < 0) {
        min = 0;
      }
    } else {
      if (min < 0) {
        throw error(pos, "expected a number in the repetition {m,n}");
      }
      max = min;
    }
    skipSpace();
    if (peek() != '}') {
      throw error(pos, "expected '}' to close the repetition opened at column " + column(open));
    }
    pos++;
    if (max >= 0 && max < min) {
      throw error(open, "the repetition {" + min + "," + max + "} has its maximum below its minimum");
    }
    return new Node.Repeat(node, min, max);
  }

  /** A non-negative number, or -1 if there is none here. */
  private int number() {
    int start = pos;
    long value = 0;
    while (!atEnd() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      value = Math.min(Integer.MAX_VALUE, value * 10 + (text.charAt(pos) - '0'));
      pos++;
    }
    if (pos == start) {
      return -1;
    }
    if (value > MAX_BOUND) {
      throw error(start, "repetition bounds must be at most " + MAX_BOUND);
    }
    return (int) value;
  }

  private Node atom() {
    int c = peek();
    if (c == '[') {
      return bracket();
    }
    if (c == '(') {
      int open = pos;
      pos++;
      Node inner = alternatives();
      skipSpace();
      if (peek() != ')') {
        throw error(pos, "expected ')' to close the '(' at column " + column(open));
      }
      pos++;
      return inner;
    }
    if (c == '"') {
      return phrase();
    }
    if (c == '/') {
      return slashRegex();
    }
    if (isWordChar(c)) {
      return bareWord();
    }
    throw unexpected();
  }

  // ---- single tokens ----

  /** {@code china}, {@code bilat*}, {@code wom?n}: literal except * (any characters) and ? (one). */
  private Node bareWord() {
    int start = pos;
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    while (!atEnd()) {
      int c = text.codePointAt(pos);
      if (!isWordChar(c)) {
        break;
      }
      if (c == '\\') {
        pos++;
        if (atEnd()) {
          throw error(pos - 1, "nothing after the escape character \\");
        }
        c = text.codePointAt(pos);
        literal.appendCodePoint(c);
      } else if (c == '*' || c == '?') {
        flushLiteral(literal, regex);
        regex.append(c == '*' ? ".*" : ".");
      } else {
        literal.appendCodePoint(c);
      }
      pos += Character.charCount(c);
    }
    flushLiteral(literal, regex);
    Pattern pattern = compile(TokenAttributes.WORD, regex.toString(), start, false);
    return new Node.Token(new Condition.Test(leaves++, TokenAttributes.WORD, pattern, false));
  }

  private void flushLiteral(StringBuilder literal, StringBuilder regex) {
    if (literal.length() > 0) {
      regex.append(Pattern.quote(countingForm.of(literal)));
      literal.setLength(0);
    }
  }

  /** {@code "ti.*"} or {@code "in the"}: regular expressions on {@code word}, one per token. */
  private Node phrase() {
    int open = pos;
    Quoted q = quoted('"');
    List<Node> tokens = new ArrayList<>();
    String s = q.content;
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        Pattern p = compile(TokenAttributes.WORD, s.substring(start, i), q.offset(start), q.ignoreCase);
        tokens.add(new Node.Token(new Condition.Test(leaves++, TokenAttributes.WORD, p, false)));
      }
    }
    if (tokens.isEmpty()) {
      throw error(open, "empty string; to match any token use []");
    }
    return tokens.size() == 1 ? tokens.get(0) : new Node.Sequence(List.copyOf(tokens));
  }

  /** {@code /colou?r/}: one regular expression on {@code word}. */
  private Node slashRegex() {
    int open = pos;
    Quoted q = quoted('/');
    if (q.content.isEmpty()) {
      throw error(open, "empty regular expression //");
    }
    Pattern p = compile(TokenAttributes.WORD, q.content, q.offset(0), q.ignoreCase);
    return new Node.Token(new Condition.Test(leaves++, TokenAttributes.WORD, p, false));
  }

  /** {@code [...]}: one token satisfying a condition; {@code []} is any token. */
  private Node bracket() {
    int open = pos;
    pos++;
    skipSpace();
    if (peek() == ']') {
      pos++;
      return new Node.Token(Condition.ANY);
    }
    Condition condition = orCondition();
    skipSpace();
    if (peek() != ']') {
      throw error(pos, "expected ']' to close the '[' at column " + column(open)
          + (atEnd() ? "" : ", found '" + (char) peek() + "'"));
    }
    pos++;
    return new Node.Token(condition);
  }

  private Condition orCondition() {
    enter();
    Condition c = andCondition();
    skipSpace();
    while (peek() == '|') {
      pos++;
      c = new Condition.Or(c, andCondition());
      skipSpace();
    }
    depth--;
    return c;
  }

  private Condition andCondition() {
    Condition c = unaryCondition();
    skipSpace();
    while (peek() == '&') {
      pos++;
      c = new Condition.And(c, unaryCondition());
      skipSpace();
    }
    return c;
  }

  private Condition unaryCondition() {
    skipSpace();
    int c = peek();
    if (c == '!') {
      pos++;
      enter();
      Condition inner = unaryCondition();
      depth--;
      return new Condition.Not(inner);
    }
    if (c == '(') {
      int open = pos;
      pos++;
      Condition inner = orCondition();
      skipSpace();
      if (peek() != ')') {
        throw error(pos, "expected ')' to close the '(' at column " + column(open));
      }
      pos++;
      return inner;
    }
    return comparison();
  }

  /** {@code word="regex"} or {@code word!="regex"}. */
  private Condition comparison() {
    int start = pos;
    while (!atEnd() && isNameChar(text.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      throw error(pos, "expected an attribute (" + String.join(", ", attributes.names())
          + ") followed by =\"regex\"" + (atEnd() ? " but the query ends" : ", found '"
          + (char) peek() + "'"));
    }
    String name = text.substring(start, pos);
    TokenAttribute attribute = attributes.find(name).orElseThrow(() -> error(start,
        "unknown attribute '" + name + "'; known: " + String.join(", ", attributes.names())));
    skipSpace();
    boolean negated;
    if (text.startsWith("!=", pos)) {
      negated = true;
      pos += 2;
    } else if (peek() == '=') {
      negated = false;
      pos++;
    } else {
      throw error(pos, "expected = or != after the attribute '" + name + "'");
    }
    skipSpace();
    if (peek() != '"') {
      throw error(pos, "expected a quoted \"regex\" after " + (negated ? "!=" : "="));
    }
    int valueAt = pos;
    Quoted q = quoted('"');
    Pattern pattern = compile(attribute, q.content, q.offset(0), q.ignoreCase);
    checkClosedValues(attribute, pattern, q, valueAt);
    needsAnnotations |= attribute.needsAnnotations();
    needsLemmas |= attribute.needsLemmas();
    return new Condition.Test(leaves++, attribute, pattern, negated);
  }

  /**
   * For an attribute with a closed set of values ({@code pos}, {@code kind}), rejects a pattern that
   * matches none of them: {@code [pos="NUON"]} is a typo, not a query for nothing.
   */
  private void checkClosedValues(TokenAttribute attribute, Pattern pattern, Quoted q, int at) {
    List<String> values = attribute.values();
    if (values.isEmpty() || values.stream().anyMatch(v -> pattern.matcher(v).matches())) {
      return;
    }
    boolean caseOnly = !q.ignoreCase && values.stream().anyMatch(v -> Pattern
        .compile(pattern.pattern(), pattern.flags() | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(v).matches());
    throw error(at, "\"" + q.content + "\" matches no value of " + attribute.name()
        + (caseOnly ? " (values are case-sensitive; add %c to ignore case)" : "") + "; values: "
        + String.join(", ", values));
  }

  // ---- strings and regular expressions ----

  /**
   * A string delimited by {@code delimiter}; a backslash before the delimiter escapes it (and is
   * dropped), any other backslash is kept for the regular expression. Then an optional {@code %c}.
   */
  private Quoted quoted(char delimiter) {
    int open = pos;
    pos++;
    StringBuilder content = new StringBuilder();
    List<Integer> offsets = new ArrayList<>();
    while (true) {
      if (atEnd()) {
        throw error(open, "unclosed " + delimiter + " (opened at column " + column(open) + ")");
      }
      char c = text.charAt(pos);
      if (c == delimiter) {
        pos++;
        break;
      }
      if (c == '\\' && pos + 1 < text.length()) {
        if (text.charAt(pos + 1) == delimiter) {
          offsets.add(pos + 1);
          content.append(delimiter);
          pos += 2;
          continue;
        }
        offsets.add(pos);
        content.append(c);
        offsets.add(pos + 1);
        content.append(text.charAt(pos + 1));
        pos += 2;
        continue;
      }
      offsets.add(pos);
      content.append(c);
      pos++;
    }
    offsets.add(pos - 1);
    boolean ignoreCase = false;
    if (peek() == '%') {
      int flag = pos;
      pos++;
      while (!atEnd() && Character.isLetter(text.charAt(pos))) {
        if (text.charAt(pos) != 'c') {
          throw error(pos, "unknown flag %" + text.charAt(pos) + "; the only flag is %c (ignore case)");
        }
        ignoreCase = true;
        pos++;
      }
      if (!ignoreCase) {
        throw error(flag, "expected a flag after %: %c (ignore case)");
      }
    }
    return new Quoted(content.toString(), offsets, ignoreCase);
  }

  private record Quoted(String content, List<Integer> offsets, boolean ignoreCase) {
    /** Offset in the query of character {@code i} of the content. */
    int offset(int i) {
      return offsets.get(Math.max(0, Math.min(i, offsets.size() - 1)));
    }
  }

  /** Compiles {@code regex} for {@code attribute}; errors point into the query from {@code at}. */
  private Pattern compile(TokenAttribute attribute, String regex, int at, boolean ignoreCase) {
    String source = regex;
    int flags = Pattern.UNICODE_CHARACTER_CLASS;
    if (attribute.isCountingForm()) {
      source = NFC.normalize(source).replace('\u2019', '\'').replace('\u02BC', '\'');
      if (!caseSensitive) {
        flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
      }
    }
    if (ignoreCase) {
      flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    }
    try {
      return Pattern.compile(source, flags);
    } catch (PatternSyntaxException e) {
      int index = Math.max(0, Math.min(e.getIndex(), regex.length()));
      throw error(at + index, "bad regular expression: " + e.getDescription());
    } catch (StackOverflowError e) {
      throw error(at, "the regular expression is nested too deeply");
    }
  }

  // ---- lexing helpers ----

  private static boolean isWordChar(int c) {
    return c >= 0 && !Character.isWhitespace(c) && !Character.isISOControl(c) && STOP.indexOf(c) < 0;
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error(pos, "the query is nested more than " + MAX_DEPTH + " levels deep");
    }
  }

  private boolean atEnd() {
    return pos >= text.length();
  }

  private int peek() {
    return atEnd() ? -1 : text.charAt(pos);
  }

  private void skipSpace() {
    while (!atEnd() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private UsageException unexpected() {
    int c = peek();
    if (c < 0) {
      return error(pos, "unexpected end of the query");
    }
    String hint = switch (c) {
      case '?', '*', '+', '{' -> "; a repetition (? * + {m,n}) must directly follow a token";
      case ']' -> "; there is no '[' to close";
      case ')' -> "; there is no '(' to close";
      case '&', '=', '!' -> "; conditions go inside [ ], as in [word!=\"the\"]";
      default -> "";
    };
    return error(pos, "unexpected '" + printable(text.codePointAt(pos)) + "'" + hint);
  }

  private static String printable(int c) {
    return Character.isISOControl(c) || Character.isWhitespace(c)
        ? String.format("U+%04X", c) : new String(Character.toChars(c));
  }

  private int column(int index) {
    int i = Math.max(0, Math.min(index, text.length()));
    if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
        && Character.isHighSurrogate(text.charAt(i - 1))) {
      i--;
    }
    return text.codePointCount(0, i) + 1;
  }

  private UsageException error(int index, String message) {
    StringBuilder shown = new StringBuilder();
    String q = text.length() > 200 ? text.substring(0, 200) + "…" : text;
    q.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return new UsageException("bad query at column " + column(index) + ": " + message
        + " (query: " + shown + ")");
  }
}

package org.corpustoolkit.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corpustoolkit.text.TokenKind;
import org.corpustoolkit.text.TokenizedDocument;
import org.corpustoolkit.text.UniversalPos;

/**
 * The set of attributes a query may name. {@link #standard()} holds the attributes every tokenized
 * document has:
 *
 * <ul>
 *   <li>{@code word}: the counting form (NFC, case-folded unless {@code --case-sensitive}, apostrophes
 *       folded), the form every analyser counts;
 *   <li>{@code surface}: the token as written, matched case-sensitively (add {@code %c} to ignore
 *       case);
 *   <li>{@code kind}: {@code word}, {@code number}, {@code ideographic}, {@code kana},
 *       {@code punctuation}, {@code symbol}, {@code url} or {@code email}.
 * </ul>
 *
 * <p>{@link #annotated()} adds the attributes read from {@link TokenizedDocument#annotations()}
 * (computed by the run's {@link org.corpustoolkit.spi.Annotator}, only when a query uses them):
 *
 * <ul>
 *   <li>{@code lemma}: the lemma, as a counting form (so matched like {@code word}: without case
 *       unless {@code --case-sensitive});
 *   <li>{@code pos}: the Universal Dependencies tag ({@link UniversalPos}: {@code NOUN},
 *       {@code VERB}...), matched as written (tags are upper case; {@code %c} ignores case).
 * </ul>
 *
 * <p>Immutable; {@link #with} returns a new set, so plugins can offer more attributes without touching
 * the parser.
 *
 * @since 0.1 (experimental)
 */
public final class TokenAttributes {
  /** The counting form. */
  public static final TokenAttribute WORD = new TokenAttribute() {
    @Override
    public String name() {
      return "word";
    }

    @Override
    public String description() {
      return "the counting form (NFC, case-folded unless --case-sensitive, apostrophes folded)";
    }

    @Override
    public String value(TokenizedDocument doc, int token) {
      return doc.form(token);
    }

    @Override
    public int valueKey(TokenizedDocument doc, int token) {
      return doc.formId(token);
    }

    @Override
    public boolean isCountingForm() {
      return true;
    }
  };

  /** The token as written. */
  public static final TokenAttribute SURFACE = new TokenAttribute() {
    @Override
    public String name() {
      return "surface";
    }

    @Override
    public String description() {
      return "the token as written (case-sensitive; add %c to ignore case)";
    }

    @Override
    public String value(TokenizedDocument doc, int token) {
      return doc.surface(token);
    }
  };

  /** The token kind label. */
  public static final TokenAttribute KIND = new TokenAttribute() {
    @Override
    public String name() {
      return "kind";
    }

    @Override
    public String description() {
      return "word, number, ideographic, kana, punctuation, symbol, url or email";
    }

    @Override
    public String value(TokenizedDocument doc, int token) {
      return doc.kind(token).label();
    }

    @Override
    public int valueKey(TokenizedDocument doc, int token) {
      return doc.kind(token).ordinal();
    }

    @Override
    public List<String> values() {
      return KIND_LABELS;
    }
  };

  private static final List<String> KIND_LABELS =
      Arrays.stream(TokenKind.values()).map(TokenKind::label).toList();

  /** The lemma (from the run's annotator), as a counting form. */
  public static final TokenAttribute LEMMA = new TokenAttribute() {
    @Override
    public String name() {
      return "lemma";
    }

    @Override
    public String description() {
      return "the lemma (be for is, are, was), a counting form; needs an annotator for --lang";
    }

    @Override
    public String value(TokenizedDocument doc, int token) {
      return doc.annotations().lemma(token);
    }

    @Override
    public int valueKey(TokenizedDocument doc, int token) {
      return doc.annotations().lemmaId(token);
    }

    @Override
    public boolean isCountingForm() {
      return true;
    }

    @Override
    public boolean needsAnnotations() {
      return true;
    }
  };

  /** The Universal Dependencies part-of-speech tag (from the run's annotator). */
  public static final TokenAttribute POS = new TokenAttribute() {
    @Override
    public String name() {
      return "pos";
    }

    @Override
    public String description() {
      return "the Universal Dependencies tag (NOUN, VERB, ADJ...); needs an annotator for --lang";
    }

    @Override
    public String value(TokenizedDocument doc, int token) {
      return UPOS_NAMES.get(doc.annotations().posOrdinal(token));
    }

    @Override
    public int valueKey(TokenizedDocument doc, int token) {
      return doc.annotations().posOrdinal(token);
    }

    @Override
    public boolean needsAnnotations() {
      return true;
    }

    @Override
    public boolean needsLemmas() {
      return false;
    }

    @Override
    public List<String> values() {
      return UPOS_NAMES;
    }
  };

  private static final List<String> UPOS_NAMES =
      Arrays.stream(UniversalPos.values()).map(Enum::name).toList();

  private static final TokenAttributes STANDARD = new TokenAttributes(Map.of())
      .with(WORD).with(SURFACE).with(KIND);
  private static final TokenAttributes ANNOTATED = STANDARD.with(LEMMA).with(POS);

  private final Map<String, TokenAttribute> byName;

  private TokenAttributes(Map<String, TokenAttribute> byName) {
    this.byName = byName;
  }

  /** {@code word}, {@code surface} and {@code kind}. */
  public static TokenAttributes standard() {
    return STANDARD;
  }

  /**
   * {@code word}, {@code surface}, {@code kind}, {@code lemma} and {@code pos}: what {@code ctk kwic}
   * and {@code ctk collocations --query} accept. A query naming {@code lemma} or {@code pos} reports
   * {@link Query#needsAnnotations()}.
   */
  public static TokenAttributes annotated() {
    return ANNOTATED;
  }

  /** This set plus {@code attribute} (replacing one of the same name). */
  public TokenAttributes with(TokenAttribute attribute) {
    if (!attribute.name().matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("attribute names are lower case: " + attribute.name());
    }
    Map<String, TokenAttribute> copy = new LinkedHashMap<>(byName);
    copy.put(attribute.name(), attribute);
    return new TokenAttributes(copy);
  }

  /** The attribute called {@code name}, if any. */
  public Optional<TokenAttribute> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The attribute names, in the order they were added. */
  public List<String> names() {
    return new ArrayList<>(byName.keySet());
  }
}

package org.corpustoolkit.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corpustoolkit.text.TokenizedDocument;

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
 * <p>Immutable; {@link #with} returns a new set, so annotation work can offer {@code lemma} and
 * {@code pos} without touching the parser.
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
  };

  private static final TokenAttributes STANDARD = new TokenAttributes(Map.of())
      .with(WORD).with(SURFACE).with(KIND);

  private final Map<String, TokenAttribute> byName;

  private TokenAttributes(Map<String, TokenAttribute> byName) {
    this.byName = byName;
  }

  /** {@code word}, {@code surface} and {@code kind}. */
  public static TokenAttributes standard() {
    return STANDARD;
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

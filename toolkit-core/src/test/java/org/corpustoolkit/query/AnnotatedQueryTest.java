package org.corpustoolkit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.corpustoolkit.corpus.Document;
import org.corpustoolkit.spi.UsageException;
import org.corpustoolkit.text.Annotations;
import org.corpustoolkit.text.TextProcessor;
import org.corpustoolkit.text.TextSettings;
import org.corpustoolkit.text.TokenizedDocument;
import org.corpustoolkit.text.UniversalPos;
import org.corpustoolkit.text.Vocabulary;
import org.junit.jupiter.api.Test;

/** {@code lemma} and {@code pos} in queries, with a dictionary standing in for a tagger. */
class AnnotatedQueryTest {
  static final String TEXT = "The old cat was black. Cats are here, and the dogs have been there. "
      + "Is the big black dog old?";

  /** word → "TAG lemma"; anything else is PUNCT with itself as lemma. */
  private static final Map<String, String> DICTIONARY = Map.ofEntries(
      Map.entry("the", "DET the"), Map.entry("old", "ADJ old"), Map.entry("cat", "NOUN cat"),
      Map.entry("cats", "NOUN cat"), Map.entry("was", "AUX be"), Map.entry("are", "AUX be"),
      Map.entry("been", "AUX be"), Map.entry("is", "AUX be"), Map.entry("black", "ADJ black"),
      Map.entry("here", "ADV here"), Map.entry("there", "ADV there"), Map.entry("and", "CCONJ and"),
      Map.entry("dogs", "NOUN dog"), Map.entry("dog", "NOUN dog"), Map.entry("have", "AUX have"),
      Map.entry("big", "ADJ big"));

  private final AtomicInteger annotated = new AtomicInteger();

  private TokenizedDocument doc() {
    Vocabulary vocabulary = new Vocabulary();
    return new TextProcessor(new TextSettings(false, Set.of(), "en"), vocabulary, d -> {
      annotated.incrementAndGet();
      byte[] pos = new byte[d.size()];
      int[] lemmas = new int[d.size()];
      for (int i = 0; i < d.size(); i++) {
        String entry = DICTIONARY.get(d.form(i));
        String tag = entry == null ? "PUNCT" : entry.substring(0, entry.indexOf(' '));
        String lemma = entry == null ? d.form(i) : entry.substring(entry.indexOf(' ') + 1);
        pos[i] = (byte) UniversalPos.named(tag).ordinal();
        lemmas[i] = vocabulary.intern(lemma.toLowerCase(Locale.ROOT));
      }
      return Annotations.of(d, pos, lemmas);
    }).process(Document.of(0, "d", TEXT));
  }

  private List<String> find(String query) {
    TokenizedDocument doc = doc();
    return Query.parse(query, false, TokenAttributes.annotated()).matcher(false).findAll(doc)
        .stream().map(s -> TEXT.substring(doc.start(s.start()), doc.end(s.end() - 1))).toList();
  }

  @Test
  void lemmaFindsEveryInflectedForm() {
    assertThat(find("[lemma=\"be\"]")).containsExactly("was", "are", "been", "Is");
    assertThat(find("[lemma=\"BE\"]")).as("lemmas are counting forms: case is ignored")
        .containsExactly("was", "are", "been", "Is");
    assertThat(find("[lemma=\"cat|dog\"]")).containsExactly("cat", "Cats", "dogs", "dog");
  }

  @Test
  void posMatchesTagsWithRegexesNegationAndConjunction() {
    assertThat(find("[pos=\"NOUN\"]")).containsExactly("cat", "Cats", "dogs", "dog");
    assertThat(find("[pos=\"ADJ|ADV\"]"))
        .containsExactly("old", "black", "here", "there", "big", "black", "old");
    assertThat(find("[pos=\"ADJ\" & word!=\"black\"]")).containsExactly("old", "big", "old");
    assertThat(find("[pos!=\"NOUN|DET|PUNCT\" & !lemma=\"be\"]"))
        .containsExactly("old", "black", "here", "and", "have", "there", "big", "black", "old");
    assertThat(find("[pos=\"noun\"%c]")).hasSize(4);
  }

  @Test
  void tagsInSequences() {
    assertThat(find("\"the\" [pos=\"ADJ\"]? [pos=\"NOUN\"]"))
        .containsExactly("The old cat", "the dogs");
    assertThat(find("\"the\" [pos=\"ADJ\"]* [pos=\"NOUN\"]"))
        .containsExactly("The old cat", "the dogs", "the big black dog");
    assertThat(find("[lemma=\"be\"] [pos=\"ADJ\"]")).containsExactly("was black");
  }

  @Test
  void onlyQueriesWithLemmaOrPosNeedAnnotations() {
    TokenAttributes attributes = TokenAttributes.annotated();
    assertThat(Query.parse("[pos=\"NOUN\"]", false, attributes).needsAnnotations()).isTrue();
    assertThat(Query.parse("cat [!lemma=\"be\"]", false, attributes).needsAnnotations()).isTrue();
    assertThat(Query.parse("\"the\" [word=\"c.*\" & kind=\"word\"]", false, attributes)
        .needsAnnotations()).isFalse();
    assertThat(find("\"the\" [word=\"d.*\" & kind=\"word\"]")).containsExactly("the dogs");
    assertThat(annotated).as("matching a query without lemma or pos never annotates").hasValue(0);
    find("[pos=\"NOUN\"]");
    assertThat(annotated).hasValue(1);
  }

  @Test
  void onlyQueriesWithLemmaNeedLemmas() {
    TokenAttributes attributes = TokenAttributes.annotated();
    assertThat(Query.parse("[pos=\"NOUN\"] [pos!=\"ADJ\"]", false, attributes).needsLemmas())
        .isFalse();
    assertThat(Query.parse("[pos=\"AUX\" & lemma=\"be\"]", false, attributes).needsLemmas()).isTrue();
    assertThat(Query.parse("cat [!lemma=\"be\"]", false, attributes).needsLemmas()).isTrue();
    assertThat(Query.parse("\"the\" cat", false, attributes).needsLemmas()).isFalse();
  }

  @Test
  void anUnknownTagIsAnErrorListingTheTags() {
    assertThatThrownBy(() -> Query.parse("[pos=\"NUON\"]", false, TokenAttributes.annotated()))
        .isInstanceOf(UsageException.class)
        .hasMessage("bad query at column 6: \"NUON\" matches no value of pos; values: ADJ, ADP, ADV, "
            + "AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X "
            + "(query: [pos=\"NUON\"])");
    assertThatThrownBy(() -> Query.parse("[pos=\"noun\"]", false, TokenAttributes.annotated()))
        .hasMessageContaining("matches no value of pos (values are case-sensitive; add %c to "
            + "ignore case)");
    assertThatThrownBy(() -> Query.parse("[kind=\"wrod\"]", false))
        .hasMessageContaining("matches no value of kind; values: word, number, ideographic, kana, "
            + "punctuation, symbol, url, email");
  }

  @Test
  void lemmaAndPosAreUnknownToTheStandardAttributes() {
    assertThatThrownBy(() -> Query.parse("[pos=\"NOUN\"]", false))
        .hasMessageContaining("unknown attribute 'pos'; known: word, surface, kind");
    assertThat(TokenAttributes.annotated().names())
        .containsExactly("word", "surface", "kind", "lemma", "pos");
  }
}

package org.corpustoolkit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corpustoolkit.corpus.Document;
import org.corpustoolkit.spi.UsageException;
import org.corpustoolkit.text.TextProcessor;
import org.corpustoolkit.text.TextSettings;
import org.corpustoolkit.text.TokenizedDocument;
import org.corpustoolkit.text.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The query language, as a specification: given this text, these matches. */
class QueryTest {
  static final String TEXT = "The Cat sat on the mat. The cats sat in the sun, in the end. "
      + "Women and a woman saw an owl at 3,200 feet. Straße, STRASSE!";

  static TokenizedDocument doc(String text, boolean caseSensitive) {
    TextSettings settings = new TextSettings(caseSensitive, java.util.Set.of(), "en");
    return new TextProcessor(settings, new Vocabulary()).process(Document.of(0, "d", text));
  }

  /** The matched text of each match. */
  static List<String> find(String query, String text) {
    return find(query, text, false, false);
  }

  static List<String> find(String query, String text, boolean caseSensitive, boolean cross) {
    TokenizedDocument doc = doc(text, caseSensitive);
    return Query.parse(query, caseSensitive).matcher(cross).findAll(doc).stream()
        .map(s -> text.substring(doc.start(s.start()), doc.end(s.end() - 1)))
        .toList();
  }

  @Test
  void aWordMatchesItsCountingFormSoCaseIsIgnored() {
    assertThat(find("cat", TEXT)).containsExactly("Cat");
    assertThat(find("THE", TEXT)).containsExactly("The", "the", "The", "the", "the");
  }

  @Test
  void caseSensitiveRunsMatchCase() {
    assertThat(find("the", TEXT, true, false)).containsExactly("the", "the", "the");
    assertThat(find("/the/", TEXT, true, false)).hasSize(3);
  }

  @Test
  void aBareWordIsFoldedLikeTheTokens() {
    assertThat(find("straße", TEXT)).containsExactly("Straße", "STRASSE");
  }

  @Test
  void wildcards() {
    assertThat(find("cat*", TEXT)).containsExactly("Cat", "cats");
    assertThat(find("wom?n", TEXT)).containsExactly("Women", "woman");
    assertThat(find("*at", TEXT)).containsExactly("Cat", "sat", "mat", "sat", "at");
    assertThat(find("3,200", TEXT)).containsExactly("3,200");
  }

  @Test
  void regularExpressionsMatchTheWholeForm() {
    assertThat(find("/s.t/", TEXT)).containsExactly("sat", "sat");
    assertThat(find("/wom[ae]n/", TEXT)).containsExactly("Women", "woman");
    assertThat(find("\"ca.*\"", TEXT)).containsExactly("Cat", "cats");
  }

  @Test
  void phrasesDoNotMatchAcrossPunctuation() {
    assertThat(find("\"in the\"", TEXT)).containsExactly("in the", "in the");
    assertThat(find("\"sun in\"", TEXT)).isEmpty();
    assertThat(find("\"sun , in\"", TEXT)).containsExactly("sun, in");
  }

  @Test
  void cqlConditions() {
    assertThat(find("[word=\"ti.*\"]", "Time and tide, tin, tie.")).containsExactly("Time", "tide",
        "tin", "tie");
    assertThat(find("[word=\"the\" & surface=\"The\"]", TEXT)).containsExactly("The", "The");
    assertThat(find("[word=\"sat\"] [word!=\"on\"]", TEXT)).containsExactly("sat in");
    assertThat(find("[kind=\"number\"]", TEXT)).containsExactly("3,200");
    assertThat(find("[surface=\"STRASSE\"]", TEXT)).containsExactly("STRASSE");
    assertThat(find("[surface=\"strasse\"%c]", TEXT)).containsExactly("STRASSE");
    assertThat(find("[!(kind=\"word\" | kind=\"punctuation\")]", TEXT)).containsExactly("3,200");
  }

  @Test
  void anyTokenAndRepetition() {
    assertThat(find("\"sat\" [] \"the\"", TEXT)).containsExactly("sat on the", "sat in the");
    assertThat(find("\"the\" []{0,2} \"sun\"", TEXT)).containsExactly("the sun");
    assertThat(find("\"a\"? \"woman\"", TEXT)).containsExactly("a woman");
    assertThat(find("[kind=\"word\"]+ \"sat\"", TEXT)).containsExactly("The Cat sat", "The cats sat");
  }

  @Test
  void alternatives() {
    assertThat(find("(\"a\"|\"an\") [kind=\"word\"]", TEXT)).containsExactly("a woman", "an owl");
    assertThat(find("owl | mat", TEXT)).containsExactly("mat", "owl");
  }

  @Test
  void matchesAreLeftmostLongestAndDoNotOverlap() {
    assertThat(find("\"a\" \"a\"", "a a a a a")).containsExactly("a a", "a a");
    assertThat(find("\"a\"+", "a a a b a")).containsExactly("a a a", "a");
    assertThat(find("\"a\" []{0,3} \"b\"", "a x b y b z")).containsExactly("a x b y b");
    assertThat(find("(\"a\" \"x\" | \"x\" \"b\")", "a x b")).containsExactly("a x");
  }

  @Test
  void hitsAtTheStartAndEndOfADocument() {
    assertThat(find("alpha", "alpha beta alpha")).containsExactly("alpha", "alpha");
    assertThat(find("\"beta\" []", "alpha beta")).isEmpty();
  }

  @Test
  void matchesStayInOneSentenceUnlessAskedToCross() {
    String text = "It ended. Then it began.";
    assertThat(find("\"ended\" [] \"then\"", text)).isEmpty();
    assertThat(find("\"ended\" [] \"then\"", text, false, true)).containsExactly("ended. Then");
  }

  @Test
  void aMatcherCanBeReusedAcrossDocumentsAndVocabularies() {
    Query q = Query.parse("cat", false);
    QueryMatcher m = q.matcher(false);
    assertThat(m.findAll(doc("cat dog", false))).containsExactly(new TokenSpan(0, 1));
    assertThat(m.findAll(doc("dog cat", false))).containsExactly(new TokenSpan(1, 2));
  }

  @Test
  void spansCanBeStreamedAndStopped() {
    QueryMatcher m = Query.parse("a", false).matcher(false);
    int[] seen = {0};
    boolean completed = m.find(doc("a a a a", false), (s, e) -> ++seen[0] < 2);
    assertThat(completed).isFalse();
    assertThat(seen[0]).isEqualTo(2);
  }

  @Test
  void customAttributesPlugIn() {
    TokenAttribute length = new TokenAttribute() {
      @Override
      public String name() {
        return "length";
      }

      @Override
      public String description() {
        return "number of characters";
      }

      @Override
      public String value(TokenizedDocument doc, int token) {
        return Integer.toString(doc.end(token) - doc.start(token));
      }
    };
    Query q = Query.parse("[length=\"5\"]", false, TokenAttributes.standard().with(length));
    TokenizedDocument d = doc("a woman and women", false);
    assertThat(q.matcher(false).findAll(d)).containsExactly(new TokenSpan(1, 2), new TokenSpan(3, 4));
    assertThatThrownBy(() -> Query.parse("[length=\"5\"]", false))
        .isInstanceOf(UsageException.class).hasMessageContaining("unknown attribute 'length'");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "`[word=\"a\"`            | 10 | expected ']' to close the '[' at column 1",
      "`\"abc`                  | 1  | unclosed \"",
      "`[lemma=\"go\"]`         | 2  | unknown attribute 'lemma'; known: word, surface, kind",
      "`[word=\"(\"]`           | 9  | bad regular expression",
      "`\"a\" {2}`              | 5  | must directly follow a token",
      "`[]?`                    | 1  | can match zero tokens",
      "`\"a\"{3,2}`             | 4  | maximum below its minimum",
      "`(\"a\"|)`               | 6  | expected a token",
      "`[word~\"a\"]`           | 6  | expected = or !=",
      "`[word=a]`               | 7  | expected a quoted",
      "`a ]`                    | 3  | there is no '[' to close",
      "`\"a\"%x`                | 5  | unknown flag %x",
      "`   `                    | 4  | the query is empty",
      "`a{1001}`                | 3  | at most 1000",
  })
  void aBadQueryIsOneLineNamingTheColumn(String query, int column, String message) {
    assertThatThrownBy(() -> Query.parse(query, false))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("bad query at column " + column + ": ")
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void hugeRepetitionsAreRejectedNotExpanded() {
    assertThatThrownBy(() -> Query.parse("([]{0,1000}){0,1000} \"a\"", false))
        .isInstanceOf(UsageException.class).hasMessageContaining("too large");
  }

  @Test
  void aRangeOfTokensIsSearchedWithTheSentenceNumbersGiven() {
    TokenizedDocument doc = doc("a b a b a b", false);
    QueryMatcher matcher = Query.parse("\"a\" \"b\"", false).matcher(false);
    List<int[]> spans = new java.util.ArrayList<>();
    // tokens 1..5 ("b a b a b"); sentences start at tokens 4 and 5, parting the last "a b"
    matcher.find(doc, 1, 6, new int[] {7, 7, 7, 8, 9}, (s, e) -> spans.add(new int[] {s, e}));
    assertThat(spans).containsExactly(new int[] {2, 4});
    spans.clear();
    matcher.find(doc, 0, 6, null, (s, e) -> spans.add(new int[] {s, e}));
    assertThat(spans).hasSize(3);
    assertThatThrownBy(() -> matcher.find(doc, 2, 7, null, (s, e) -> true))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

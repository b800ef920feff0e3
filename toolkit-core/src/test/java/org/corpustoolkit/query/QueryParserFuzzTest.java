package org.corpustoolkit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Random;
import org.corpustoolkit.corpus.Document;
import org.corpustoolkit.spi.UsageException;
import org.corpustoolkit.text.TextProcessor;
import org.corpustoolkit.text.TextSettings;
import org.corpustoolkit.text.TokenizedDocument;
import org.corpustoolkit.text.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The parser's only failure is its own one-line {@link UsageException}: thousands of random and
 * malformed queries (a fixed seed, so failures reproduce) either parse, and then match without error,
 * or are rejected with a message naming a column.
 */
class QueryParserFuzzTest {
  private static final String[] PIECES = {
      "[", "]", "(", ")", "{", "}", "|", "&", "!", "=", "!=", "\"", "/", "%c", "%", "?", "*", "+",
      ",", "0", "2", "1000", "99999999999", "word", "surface", "kind", "lemma", "=\"", "\"the\"",
      "the", "ti*", "wom?n", " ", "  ", "\\", "\\\"", ".*", "[a-", "(?", "\\Q", "é", "李", "😀", "\n",
      "\t", "[]", "[]{0,2}", "{1,}", "{,3}", "<s>", "'", "-", ".",
  };

  @Test
  void randomQueriesEitherParseOrFailWithAUsageError() {
    Random random = new Random(20240607L);
    TokenizedDocument doc = new TextProcessor(TextSettings.defaults(), new Vocabulary())
        .process(Document.of(0, "d", "The cat sat on the mat. Time, tide and the tin. 3 women! "
            + "李克強 said “war games” 😀 at https://example.org/a?b=c."));
    int parsed = 0;
    int rejected = 0;
    for (int i = 0; i < 5000; i++) {
      String query = i % 2 == 0 ? fromPieces(random) : fromCharacters(random);
      try {
        Query q = Query.parse(query, random.nextBoolean());
        q.matcher(random.nextBoolean()).findAll(doc);
        parsed++;
      } catch (UsageException e) {
        assertThat(e.getMessage()).startsWith("bad query at column ").doesNotContain("\n");
        rejected++;
      } catch (RuntimeException | StackOverflowError e) {
        fail("query " + escape(query) + " threw " + e, e);
      }
    }
    assertThat(parsed).as("some random queries are valid").isGreaterThan(100);
    assertThat(rejected).as("most random queries are not").isGreaterThan(1000);
  }

  private static String fromPieces(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + random.nextInt(12);
    for (int k = 0; k < n; k++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  private static String fromCharacters(Random random) {
    String alphabet = "[](){}|&!=\"/%c?*+,0123456789 abtheword\\.é李😀<>";
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(20);
    for (int k = 0; k < n; k++) {
      int i = random.nextInt(alphabet.length());
      char c = alphabet.charAt(i);
      // keep surrogate pairs whole only half of the time: lone surrogates must not break the parser
      sb.append(c);
    }
    return sb.toString();
  }

  private static String escape(String s) {
    return s.replace("\n", "\\n").replace("\t", "\\t");
  }
}

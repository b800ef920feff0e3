package org.corpustoolkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.corpustoolkit.corpus.Document;
import org.junit.jupiter.api.Test;

class TextProcessorTest {
  @Test
  void numbersSentencesAndIgnoresBoundariesInsideUrls() {
    Vocabulary vocabulary = new Vocabulary();
    TokenizedDocument doc = new TextProcessor(TextSettings.defaults(), vocabulary)
        .process(Document.of(0, "d", "Visit https://x.org/a?b=1 now. Then stop."));
    assertThat(doc.tokens()).extracting(Token::surface, Token::sentence).containsExactly(
        org.assertj.core.api.Assertions.tuple("Visit", 1),
        org.assertj.core.api.Assertions.tuple("https://x.org/a?b=1", 1),
        org.assertj.core.api.Assertions.tuple("now", 1),
        org.assertj.core.api.Assertions.tuple(".", 1),
        org.assertj.core.api.Assertions.tuple("Then", 2),
        org.assertj.core.api.Assertions.tuple("stop", 2),
        org.assertj.core.api.Assertions.tuple(".", 2));
    assertThat(doc.sentenceCount()).isEqualTo(2);
    assertThat(doc.wordCount()).isEqualTo(4);
    assertThat(doc.wordSentences()).containsExactly(1, 1, 2, 2);
  }

  @Test
  void caseSensitiveKeepsCase() {
    Vocabulary vocabulary = new Vocabulary();
    TokenizedDocument doc = new TextProcessor(new TextSettings(true, java.util.Set.of(), "en"),
        vocabulary).process(Document.of(0, "d", "The the THE"));
    assertThat(doc.tokens()).extracting(Token::form).containsExactly("The", "the", "THE");
    assertThat(vocabulary.size()).isEqualTo(3);
  }

  @Test
  void vocabularyInternsEqualFormsToOneId() {
    Vocabulary vocabulary = new Vocabulary();
    TokenizedDocument doc = new TextProcessor(TextSettings.defaults(), vocabulary)
        .process(Document.of(0, "d", "The cat and THE dog"));
    int[] ids = doc.wordIds();
    assertThat(ids[0]).isEqualTo(ids[3]);
    assertThat(vocabulary.form(ids[0])).isEqualTo("the");
    assertThat(vocabulary.idOf("cat")).isEqualTo(ids[1]);
    assertThat(vocabulary.idOf("unseen")).isEqualTo(-1);
  }
}

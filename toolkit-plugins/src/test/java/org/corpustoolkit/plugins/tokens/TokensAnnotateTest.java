package org.corpustoolkit.plugins.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.plugins.TestingAnnotator;
import org.corpustoolkit.report.Column;
import org.corpustoolkit.report.Table;
import org.corpustoolkit.spi.UsageException;
import org.junit.jupiter.api.Test;

/** {@code ctk tokens --annotate}. */
class TokensAnnotateTest {
  private final TokensAnalyser analyser = new TokensAnalyser();

  @Test
  void annotateAddsLemmaAndPosColumns() {
    RunContext context = RunContext.forTesting(Corpus.ofStrings("Cats ran!"), new TestingAnnotator());
    Table table = analyser.analyse(context, new TokensAnalyser.Options(false, true)).table();
    assertThat(table.columns()).extracting(Column::name).containsExactly("doc", "sentence",
        "position", "start", "end", "surface", "form", "kind", "lemma", "pos");
    List<String> rows = table.materialize().stream()
        .map(r -> String.join(" ", Arrays.stream(r, 5, r.length).map(String::valueOf).toList()))
        .toList();
    assertThat(rows).containsExactly("Cats cats word cat NOUN", "ran ran word run VERB",
        "! ! punctuation ! PUNCT");
  }

  @Test
  void withoutAnnotateNoColumnsAndNoTagging() {
    TestingAnnotator annotator = new TestingAnnotator();
    RunContext context = RunContext.forTesting(Corpus.ofStrings("Cats ran!"), annotator);
    Table table = analyser.analyse(context, new TokensAnalyser.Options(false)).table();
    assertThat(table.columns()).hasSize(8);
    assertThat(table.materialize()).hasSize(3);
    assertThat(annotator.sentences).hasValue(0);
  }

  @Test
  void annotateWithoutAnnotatorIsAUsageError() {
    RunContext context = RunContext.forTesting(Corpus.ofStrings("Cats ran!"));
    assertThatThrownBy(() -> analyser.analyse(context, new TokensAnalyser.Options(false, true)))
        .isInstanceOf(UsageException.class);
  }
}

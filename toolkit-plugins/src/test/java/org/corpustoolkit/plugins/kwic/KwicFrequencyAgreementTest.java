package org.corpustoolkit.plugins.kwic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.corpus.CorpusLoader;
import org.corpustoolkit.corpus.ReadOptions;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.plugins.frequency.FrequencyAnalyser;
import org.corpustoolkit.plugins.frequency.FrequencyEntry;
import org.corpustoolkit.plugins.frequency.FrequencyList;
import org.corpustoolkit.plugins.frequency.FrequencyOptions;
import org.junit.jupiter.api.Test;

/** The number of hits of a single word equals its frequency in {@code ctk frequency}. */
class KwicFrequencyAgreementTest {

  @Test
  void everyWordOfTheSeedCorpusHasAsManyHitsAsItsFrequency() {
    Corpus seeds = CorpusLoader.directory(Path.of("..", "seeds"), ReadOptions.detect(), "seeds");
    FrequencyList frequencies = new FrequencyAnalyser().analyse(RunContext.forTesting(seeds),
        FrequencyOptions.defaults());
    List<FrequencyEntry> entries = frequencies.entries();
    assertThat(entries).hasSizeGreaterThan(300);
    int checked = 0;
    for (int i = 0; i < entries.size(); i += entries.get(i).frequency() > 1 ? 1 : 7) {
      FrequencyEntry e = entries.get(i);
      Concordance c = (Concordance) new KwicAnalyser().analyse(RunContext.forTesting(seeds),
          KwicOptions.of(literal(e.item())));
      long lines = 0;
      for (ConcordanceLine ignored : c.lines()) {
        lines++;
      }
      assertThat(c.hits()).as(e.item()).isEqualTo(e.frequency());
      assertThat(lines).as(e.item()).isEqualTo(e.frequency());
      checked++;
    }
    assertThat(checked).isGreaterThan(100);
  }

  /** A bare-word query matching exactly {@code form}: every query character escaped. */
  static String literal(String form) {
    StringBuilder sb = new StringBuilder();
    form.codePoints().forEach(c -> {
      if (!Character.isLetterOrDigit(c)) {
        sb.append('\\');
      }
      sb.appendCodePoint(c);
    });
    return sb.toString();
  }
}

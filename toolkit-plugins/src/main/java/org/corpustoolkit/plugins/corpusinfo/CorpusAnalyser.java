package org.corpustoolkit.plugins.corpusinfo;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.corpustoolkit.spi.AnalyserDescriptor;
import org.corpustoolkit.spi.Analyser;
import org.corpustoolkit.spi.AnalysisContext;
import org.corpustoolkit.spi.OptionValues;
import org.corpustoolkit.text.TokenizedDocument;

/** {@code ctk corpus}: tokens, word tokens, types, sentences and characters per document and in all. */
public final class CorpusAnalyser implements Analyser<CorpusAnalyser.Options> {

  /** {@code ctk corpus} has no options of its own. */
  public record Options() {}

  @Override
  public AnalyserDescriptor descriptor() {
    return new AnalyserDescriptor("corpus", "Size of each document and of the corpus",
        "Per document and in total: tokens (all kinds), word tokens, types (distinct counting forms "
            + "of word tokens), sentences and characters. The total's types are counted over the "
            + "whole corpus.",
        List.of(), List.of(), CorpusOverview.class);
  }

  @Override
  public Options options(OptionValues values) {
    return new Options();
  }

  @Override
  public CorpusOverview analyse(AnalysisContext context, Options options) {
    State state = context.processDocuments(State::new, State::add, State::merge);
    state.rows.sort(Comparator.comparingInt(r -> r.index));
    List<DocumentFigures> documents = new ArrayList<>();
    long tokens = 0;
    long words = 0;
    long sentences = 0;
    long characters = 0;
    for (IndexedFigures r : state.rows) {
      documents.add(r.figures);
      tokens += r.figures.tokens();
      words += r.figures.wordTokens();
      sentences += r.figures.sentences();
      characters += r.figures.characters();
    }
    DocumentFigures total = new DocumentFigures("(total)", tokens, words, state.types.cardinality(),
        sentences, characters);
    return new CorpusOverview(documents, total);
  }

  private record IndexedFigures(int index, DocumentFigures figures) {}

  private static final class State {
    final List<IndexedFigures> rows = new ArrayList<>();
    final BitSet types = new BitSet();

    void add(TokenizedDocument doc) {
      BitSet docTypes = new BitSet();
      for (int id : doc.wordIds()) {
        docTypes.set(id);
      }
      types.or(docTypes);
      rows.add(new IndexedFigures(doc.document().index(), new DocumentFigures(doc.document().id(),
          doc.size(), doc.wordCount(), docTypes.cardinality(),
          doc.wordCount() == 0 ? 0 : doc.sentenceCount(), doc.text().length())));
    }

    State merge(State other) {
      rows.addAll(other.rows);
      types.or(other.types);
      return this;
    }
  }
}

package org.corpustoolkit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.spi.CorpusException;
import org.corpustoolkit.spi.CtkException;
import org.corpustoolkit.text.TextSettings;
import org.corpustoolkit.text.TokenizedDocument;
import org.junit.jupiter.api.Test;

class RunContextTest {
  private static Map<String, Integer> count(Corpus corpus, int threads) {
    RunContext context = new RunContext(corpus, TextSettings.defaults(), threads, w -> {},
        ProgressListener.NONE);
    return context.processDocuments(TreeMap::new, (Map<String, Integer> state, TokenizedDocument d) -> {
      for (int id : d.wordIds()) {
        state.merge(d.vocabulary().form(id), 1, Integer::sum);
      }
    }, (a, b) -> {
      b.forEach((k, v) -> a.merge(k, v, Integer::sum));
      return a;
    });
  }

  @Test
  void parallelCountsEqualSequentialCounts() {
    String[] texts = new String[40];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = ("Document " + i + " says the cat sat on the mat. ").repeat(i % 7 + 1);
    }
    Corpus corpus = Corpus.ofStrings(texts);
    Map<String, Integer> one = count(corpus, 1);
    assertThat(count(corpus, 2)).isEqualTo(one);
    assertThat(count(corpus, 4)).isEqualTo(one);
    assertThat(one.get("the")).isEqualTo(2 * java.util.stream.IntStream.range(0, 40)
        .map(i -> i % 7 + 1).sum());
  }

  @Test
  void statsCountDocumentsTokensAndWords() {
    RunContext context = RunContext.forTesting(Corpus.ofStrings("One two.", "Three!"));
    List<String> ids = new ArrayList<>();
    context.forEachDocument(d -> ids.add(d.document().id()));
    assertThat(ids).containsExactly("doc1", "doc2");
    assertThat(context.corpusStats().documents()).isEqualTo(2);
    assertThat(context.corpusStats().tokens()).isEqualTo(5);
    assertThat(context.corpusStats().wordTokens()).isEqualTo(3);
  }

  @Test
  void aCorpusWithNoReadableDocumentIsAnError() {
    assertThatThrownBy(() -> RunContext.forTesting(Corpus.ofStrings()).forEachDocument(d -> {}))
        .isInstanceOf(CorpusException.class).hasMessage("the corpus is empty");
  }

  @Test
  void lazyDocumentsAreInCorpusOrder() {
    RunContext context = RunContext.forTesting(Corpus.ofStrings("a", "b", "c"));
    List<String> texts = new ArrayList<>();
    context.documents().forEach(d -> texts.add(d.text()));
    assertThat(texts).containsExactly("a", "b", "c");
    assertThat(context.corpusStats().documents()).isEqualTo(3);
  }

  @Test
  void runTasksGivesResultsInTaskOrderOnTheWorkerThreads() {
    RunContext context = RunContext.forTesting(Corpus.ofStrings("a")).withThreads(2);
    java.util.Set<String> threads = ConcurrentHashMap.newKeySet();
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int n = i;
      tasks.add(() -> {
        threads.add(Thread.currentThread().getName());
        Thread.sleep(20 - n); // later tasks finish first
        return n * n;
      });
    }
    List<Integer> results = context.runTasks(tasks);
    assertThat(results).hasSize(20);
    for (int i = 0; i < 20; i++) {
      assertThat(results.get(i)).isEqualTo(i * i);
    }
    String caller = Thread.currentThread().getName();
    assertThat(threads).allMatch(name -> name.equals("ctk-worker") || name.equals(caller))
        .contains("ctk-worker");
  }

  @Test
  void runTasksRunsAtMostThreadsTasksAtOnceAndNoneAfterAFailure() {
    RunContext context = RunContext.forTesting(Corpus.ofStrings("a")).withThreads(3);
    java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      int n = i;
      tasks.add(() -> {
        most.accumulateAndGet(running.incrementAndGet(), Math::max);
        Thread.sleep(5);
        running.decrementAndGet();
        return n;
      });
    }
    assertThat(context.runTasks(tasks)).hasSize(30).startsWith(0, 1, 2).endsWith(29);
    assertThat(most.get()).isBetween(2, 3);

    java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
    List<Callable<Integer>> failing = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      int n = i;
      failing.add(() -> {
        started.incrementAndGet();
        if (n == 1) {
          throw new IllegalStateException("task 1");
        }
        Thread.sleep(2);
        return n;
      });
    }
    assertThatThrownBy(() -> context.runTasks(failing)).isInstanceOf(IllegalStateException.class)
        .hasMessage("task 1");
    assertThat(started.get()).isLessThan(100);
  }

  @Test
  void runTasksRethrowsATaskFailureUnwrapped() {
    RunContext context = RunContext.forTesting(Corpus.ofStrings("a")).withThreads(2);
    List<Callable<Integer>> tasks = List.of(() -> 1, () -> {
      throw new IllegalArgumentException("bad partition");
    }, () -> 3);
    assertThatThrownBy(() -> context.runTasks(tasks)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad partition");
    List<Callable<Integer>> checked = List.of(() -> {
      throw new java.io.IOException("disk");
    });
    assertThatThrownBy(() -> context.withThreads(1).runTasks(checked))
        .isInstanceOf(CtkException.class).hasMessageContaining("disk");
  }

  /** An annotator that tags every token NOUN with itself upper-cased as lemma, and counts its calls. */
  private static final class CountingAnnotator implements org.corpustoolkit.spi.Annotator {
    final java.util.concurrent.atomic.AtomicInteger annotated = new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger tagged = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public String language() {
      return "en";
    }

    @Override
    public String description() {
      return "counting";
    }

    @Override
    public Tagger newTagger() {
      return new Tagger() {
        @Override
        public void annotate(String[] tokens, String[] tags, String[] lemmas) {
          annotated.incrementAndGet();
          for (int i = 0; i < tokens.length; i++) {
            tags[i] = "NOUN";
            lemmas[i] = tokens[i].toUpperCase(java.util.Locale.ROOT) + "X";
          }
        }

        @Override
        public void tag(String[] tokens, String[] tags) {
          tagged.incrementAndGet();
          java.util.Arrays.fill(tags, "NOUN");
        }
      };
    }
  }

  @Test
  void aRunThatAsksForTagsOnlyIsNotLemmatisedUnlessAnotherAnalyserAsksForLemmas() {
    Corpus corpus = Corpus.ofStrings("Cats sat. Dogs ran.");
    CountingAnnotator annotator = new CountingAnnotator();
    RunContext context = RunContext.forTesting(corpus, annotator);
    assertThat(context.requireTags()).isEqualTo("counting");
    TokenizedDocument doc = context.documents().iterator().next();
    var annotations = doc.annotations();
    assertThat(annotations.hasLemmas()).isFalse();
    assertThat(annotations.pos(0)).isEqualTo(org.corpustoolkit.text.UniversalPos.NOUN);
    assertThat(annotations.wordPos()).hasSize(4);
    assertThatThrownBy(() -> annotations.lemma(0)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("requireAnnotations");
    assertThatThrownBy(annotations::wordLemmaIds).isInstanceOf(IllegalStateException.class);
    assertThat(annotator.tagged).hasValue(2);
    assertThat(annotator.annotated).hasValue(0);

    // an analyser that reads lemmas asks for them: later documents are lemmatised, whatever the order
    context.requireAnnotations();
    context.requireTags();
    TokenizedDocument again = context.documents().iterator().next();
    assertThat(again.annotations().hasLemmas()).isTrue();
    assertThat(again.annotations().lemma(0)).isEqualTo("catsx");
    assertThat(annotator.annotated).hasValue(2);

    // a run that never asks keeps lemmas (analysers that read annotations() without asking first)
    RunContext plain = RunContext.forTesting(corpus, annotator);
    assertThat(plain.documents().iterator().next().annotations().hasLemmas()).isTrue();
  }

  /** Tags by place in the sentence, lemma = token + "#" + place: wrong sentence cuts would show. */
  private static final class PlaceAnnotator implements org.corpustoolkit.spi.Annotator {
    final java.util.Set<String> threads = ConcurrentHashMap.newKeySet();

    @Override
    public String language() {
      return "en";
    }

    @Override
    public String description() {
      return "places";
    }

    @Override
    public Tagger newTagger() {
      return (tokens, tags, lemmas) -> {
        threads.add(Thread.currentThread().getName());
        String[] cycle = {"NOUN", "VERB", "ADP", "DET"};
        for (int i = 0; i < tokens.length; i++) {
          tags[i] = cycle[i % cycle.length];
          lemmas[i] = tokens[i] + "#" + i;
        }
      };
    }
  }

  @Test
  void aLargeDocumentIsAnnotatedOnEveryThreadAsOnOne() {
    StringBuilder text = new StringBuilder();
    java.util.Random random = new java.util.Random(3);
    while (text.length() < 200_000) {
      int words = 1 + random.nextInt(12);
      for (int w = 0; w < words; w++) {
        text.append(w == 0 ? "Word" : "word").append(random.nextInt(50)).append(' ');
      }
      text.setLength(text.length() - 1);
      text.append(random.nextBoolean() ? ". " : "! ");
    }
    Corpus corpus = Corpus.ofStrings(text.toString(), "A small one. Two sentences.");
    List<String> one = annotations(corpus, 1, new PlaceAnnotator());
    PlaceAnnotator annotator = new PlaceAnnotator();
    List<String> three = annotations(corpus, 3, annotator);
    assertThat(one.size()).isGreaterThan(DocumentAnnotator.SPLIT_TOKENS);
    assertThat(three).isEqualTo(one);
    assertThat(annotator.threads).as("helpers annotated runs of the large document")
        .anyMatch(name -> name.startsWith("ctk-annotator"));
  }

  private static List<String> annotations(Corpus corpus, int threads,
      org.corpustoolkit.spi.Annotator annotator) {
    RunContext context = new RunContext(corpus, new TextSettings(false, java.util.Set.of(), "en"),
        threads, w -> {}, ProgressListener.NONE, Map.of("en", annotator));
    context.requireAnnotations();
    List<String> out = new ArrayList<>();
    for (TokenizedDocument doc : context.documents()) {
      var a = doc.annotations();
      for (int i = 0; i < doc.size(); i++) {
        out.add(doc.surface(i) + "/" + a.pos(i) + "/" + a.lemma(i));
      }
    }
    return out;
  }
}

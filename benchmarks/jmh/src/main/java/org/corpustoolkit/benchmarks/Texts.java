package org.corpustoolkit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.corpustoolkit.corpus.Corpus;
import org.corpustoolkit.engine.RunContext;
import org.corpustoolkit.text.TokenizedDocument;

/**
 * The texts the benchmarks run on: the first {@code ctk.bench.mb} MB (default 10) of the benchmark
 * corpus ({@code ctk.bench.text}, default {@code ~/.cache/ctk-bench/en-100mb.txt}, built by
 * {@code benchmarks/build-corpus.sh}), cut back to a line end; if that file is missing, generated
 * English-like text (and the figures are not comparable).
 */
public final class Texts {
  private Texts() {}

  /** The English sample. */
  public static String english() {
    int mb = Integer.getInteger("ctk.bench.mb", 10);
    Path path = Path.of(System.getProperty("ctk.bench.text",
        System.getProperty("user.home") + "/.cache/ctk-bench/en-100mb.txt"));
    if (Files.isReadable(path)) {
      try (InputStream in = Files.newInputStream(path)) {
        byte[] bytes = in.readNBytes(mb << 20);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') {
          end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    System.err.println("ctk benchmarks: " + path + " is missing; using generated text");
    String[] words = {"the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "as", "was",
        "with", "be", "by", "on", "not", "he", "this", "are", "or", "his", "from", "at", "which",
        "government", "language", "corpus", "frequency", "don't", "U.S.", "e.g.", "3.14", "1,000"};
    Random random = new Random(1);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < (mb << 20)) {
      for (int w = 0; w < 12; w++) {
        sb.append(words[Math.min(words.length - 1, (int) Math.abs(random.nextGaussian() * 8))]);
        sb.append(w == 11 ? ".\n" : " ");
      }
    }
    return sb.toString();
  }

  /**
   * The English sample with about one line in {@code every} turned into other scripts (Greek,
   * Cyrillic, Chinese, Japanese, accented Latin), so that the tokenizer's ICU path has work.
   */
  public static String mixed(String english, int every) {
    String[] foreign = {"Καλημέρα κόσμε, τι κάνεις;", "Привет, мир! Как дела?", "我们在北京学习中文。",
        "東京は日本の首都です。", "Ein naïver Café-Besuch in München, Straße 5.", "¿Qué tal, señor?"};
    String[] lines = english.split("\n", -1);
    StringBuilder sb = new StringBuilder(english.length() + english.length() / every);
    for (int i = 0; i < lines.length; i++) {
      sb.append(i % every == 0 ? foreign[(i / every) % foreign.length] + " " + lines[i] : lines[i]);
      if (i < lines.length - 1) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /** {@code text} cut into documents of about {@code size} characters at line ends, tokenized. */
  public static List<TokenizedDocument> tokenized(String text, int size) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = Math.min(text.length(), start + size);
      int nl = text.indexOf('\n', end);
      end = nl < 0 ? text.length() : nl + 1;
      parts.add(text.substring(start, end));
      start = end;
    }
    List<TokenizedDocument> docs = new ArrayList<>();
    RunContext.forTesting(Corpus.ofStrings(parts.toArray(new String[0]))).documents()
        .forEach(docs::add);
    for (TokenizedDocument d : docs) {
      d.wordSentences(); // computed once here, not in the timed code
    }
    return docs;
  }
}

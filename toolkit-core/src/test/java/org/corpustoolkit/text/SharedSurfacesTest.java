package org.corpustoolkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.corpustoolkit.corpus.Document;
import org.junit.jupiter.api.Test;

/**
 * The main table that the byte path's caches share ({@link SharedSurfaces}): what one cache publishes the
 * others find with the same entries, and scans on several threads at once give every word the form the
 * tokenizer gives it while surfaces are being published.
 */
class SharedSurfacesTest {
  /** A surface of {@code length} bytes, different for every {@code n}. */
  private static byte[] surface(int n, int length) {
    byte[] b = new byte[length];
    for (int i = 0; i < length; i++) {
      b[i] = (byte) ('a' + (n >>> (i % 5 * 4) & 0xF) + (i % 3));
    }
    b[length - 1] = (byte) ('a' + n % 26);
    return b;
  }

  @Test
  void whatOneCachePublishesTheOtherFindsWithTheSameEntry() {
    SharedSurfaces shared = new SharedSurfaces();
    Utf8SurfaceCache first = new Utf8SurfaceCache(shared);
    Utf8SurfaceCache second = new Utf8SurfaceCache(shared);
    List<byte[]> surfaces = new ArrayList<>();
    for (int n = 0; n < 3 * Utf8SurfaceCache.PUBLISH_AT; n++) {
      // short, 9-16 byte and long surfaces: heads only, heads and front tails, pool tails
      byte[] b = surface(n, 1 + n % 24);
      long head = Utf8SurfaceCache.head(b, 0, b.length);
      int hash = Utf8SurfaceCache.hash(head, b, 0, b.length);
      if (first.get(b, 0, b.length, head, hash) >= 0) {
        continue; // the same bytes twice
      }
      first.put(b, 0, b.length, head, hash, 2 * surfaces.size());
      surfaces.add(b);
    }
    assertThat(shared.current().size).as("published at least once")
        .isGreaterThanOrEqualTo(Utf8SurfaceCache.PUBLISH_AT);
    second.refresh();
    int found = 0;
    for (int k = 0; k < surfaces.size(); k++) {
      byte[] b = surfaces.get(k);
      long head = Utf8SurfaceCache.head(b, 0, b.length);
      int entry = second.get(b, 0, b.length, head, Utf8SurfaceCache.hash(head, b, 0, b.length));
      if (entry >= 0) {
        assertThat(entry).as("entry of surface %d", k).isEqualTo(2 * k);
        found++;
      }
      // and the cache that put them still finds every one, published or its own
      assertThat(first.get(b, 0, b.length, head, Utf8SurfaceCache.hash(head, b, 0, b.length)))
          .isEqualTo(2 * k);
    }
    assertThat(found).isEqualTo(shared.current().size);
    // a surface nobody put is found by neither
    byte[] other = "zzzzzzzzzzzzzzzzzzzzq".getBytes(StandardCharsets.US_ASCII);
    long head = Utf8SurfaceCache.head(other, 0, other.length);
    assertThat(second.get(other, 0, other.length, head,
        Utf8SurfaceCache.hash(head, other, 0, other.length))).isEqualTo(-1);
  }

  @Test
  void scansOnSeveralThreadsGiveTheTokenizersFormsWhileTheyPublish() throws Exception {
    TextSettings settings = new TextSettings(false, java.util.Set.of("the"), "en");
    Vocabulary vocabulary = new Vocabulary();
    int threads = 3;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int seed = t;
        Callable<Integer> scan = () -> {
          // one processor per thread, as a run has; the vocabulary and settings are the run's
          TextProcessor bytes = new TextProcessor(settings, vocabulary);
          TextProcessor chars = new TextProcessor(settings, vocabulary);
          Random random = new Random(seed);
          int checked = 0;
          for (int round = 0; round < 40; round++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 600; w++) {
              // a vocabulary of some 20,000 words, so that every thread publishes several times
              int n = random.nextInt(random.nextBoolean() ? 300 : 20_000);
              text.append(new String(surface(n, 1 + n % 19), StandardCharsets.US_ASCII));
              text.append(random.nextInt(8) == 0 ? ", " : " ");
              if (random.nextInt(50) == 0) {
                text.append("The Straße 1913 co-op. ");
              }
            }
            Document document = Document.of(round, "t" + seed + "-" + round, text.toString());
            List<String> fast = new ArrayList<>();
            for (int id : bytes.process(document).wordIds()) {
              fast.add(vocabulary.form(id));
            }
            TokenizedDocument slow = chars.process(document);
            slow.size();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < slow.size(); i++) {
              if (slow.isWord(i)) {
                expected.add(slow.form(i));
              }
            }
            assertThat(fast).as("thread %d round %d", seed, round).isEqualTo(expected);
            checked += fast.size();
          }
          return checked;
        };
        done.add(pool.submit(scan));
      }
      for (Future<Integer> f : done) {
        assertThat(f.get()).isGreaterThan(10_000);
      }
    } finally {
      pool.shutdownNow();
    }
    SharedSurfaces shared = vocabulary.sharedSurfaces(settings);
    assertThat(shared.current().size).as("the threads published their surfaces")
        .isGreaterThan(Utf8SurfaceCache.PUBLISH_AT);
  }
}

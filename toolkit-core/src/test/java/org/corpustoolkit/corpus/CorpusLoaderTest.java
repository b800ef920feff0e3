package org.corpustoolkit.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.corpustoolkit.spi.CorpusException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {
  @TempDir
  Path dir;

  private CorpusLoader loader(String stdin) {
    return new CorpusLoader(FileSystems.getDefault(), dir,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
  }

  private Corpus load(String... args) {
    return loader("").load(List.of(args), ReadOptions.detect());
  }

  private static Document read(Corpus corpus, int i, List<String> warnings) {
    Optional<Document> d = corpus.read(i, warnings::add);
    return d.orElse(null);
  }

  @Test
  void directoriesAreWalkedRecursivelyInSortedOrderSkippingHiddenFiles() throws IOException {
    Files.createDirectories(dir.resolve("b/sub"));
    Files.writeString(dir.resolve("b/z.txt"), "z");
    Files.writeString(dir.resolve("b/a.txt"), "a");
    Files.writeString(dir.resolve("b/sub/m.txt"), "m");
    Files.writeString(dir.resolve("b/.hidden.txt"), "h");
    Corpus corpus = load("b");
    assertThat(corpus.sources()).extracting(DocumentSource::id)
        .containsExactly("a.txt", "sub/m.txt", "z.txt");
  }

  @Test
  void globsMatchUnderTheirFixedPrefix() throws IOException {
    Files.createDirectories(dir.resolve("t/x"));
    Files.writeString(dir.resolve("t/one.txt"), "1");
    Files.writeString(dir.resolve("t/two.md"), "2");
    Files.writeString(dir.resolve("t/x/three.txt"), "3");
    assertThat(load("t/*.txt").sources()).extracting(DocumentSource::id).containsExactly("t/one.txt");
    assertThat(load("t/**.txt").sources()).extracting(DocumentSource::id)
        .containsExactly("t/one.txt", "t/x/three.txt");
  }

  @Test
  void missingPathsEmptyFoldersAndUnmatchedGlobsAreCorpusErrors() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> load("no/such/file.txt")).isInstanceOf(CorpusException.class)
        .hasMessage("no such file or directory: no/such/file.txt");
    assertThatThrownBy(() -> load("empty")).isInstanceOf(CorpusException.class)
        .hasMessageContaining("no documents found");
    assertThatThrownBy(() -> load("*.nothing")).isInstanceOf(CorpusException.class)
        .hasMessageContaining("no files match");
  }

  @Test
  void theSameFileTwiceIsReadOnce() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "a");
    assertThat(load("a.txt", "./a.txt", ".").size()).isEqualTo(1);
  }

  @Test
  void standardInputIsADocument() {
    Corpus corpus = loader("from stdin").load(List.of("-"), ReadOptions.detect());
    assertThat(read(corpus, 0, new ArrayList<>()).text()).isEqualTo("from stdin");
  }

  @Test
  void utf8ByteOrderMarkIsRemoved() throws IOException {
    Files.write(dir.resolve("bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'});
    assertThat(read(load("bom.txt"), 0, new ArrayList<>()).text()).isEqualTo("hi");
  }

  @Test
  void latin1IsDetectedWhenNotUtf8() throws IOException {
    String text = "Le cœur a ses raisons que la raison ne connaît point. Ça, c'est très français, "
        + "déjà vu, où est la bibliothèque? Être ou ne pas être, voilà la question. ";
    Files.write(dir.resolve("latin1.txt"), text.repeat(5).getBytes(Charset.forName("windows-1252")));
    Document d = read(load("latin1.txt"), 0, new ArrayList<>());
    assertThat(d.text()).startsWith("Le cœur a ses raisons");
    assertThat(d.metadata().get("encoding")).isIn("windows-1252", "ISO-8859-1", "ISO-8859-15");
  }

  @Test
  void explicitEncodingIsUsedStrictly() throws IOException {
    Files.write(dir.resolve("l1.txt"), "café".getBytes(StandardCharsets.ISO_8859_1));
    Corpus corpus = loader("").load(List.of("l1.txt"),
        new ReadOptions(Optional.of(StandardCharsets.ISO_8859_1)));
    assertThat(read(corpus, 0, new ArrayList<>()).text()).isEqualTo("café");
  }

  @Test
  void gzipFilesAreReadTransparently() throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("a.txt.gz")))) {
      out.write("compressed text".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(read(load("a.txt.gz"), 0, new ArrayList<>()).text()).isEqualTo("compressed text");
  }

  @Test
  void binaryFilesAreSkippedWithOneWarningNamingThem() throws IOException {
    Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    List<String> warnings = new ArrayList<>();
    assertThat(read(load("image.png"), 0, warnings)).isNull();
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).contains("image.png").contains("binary");
  }
}

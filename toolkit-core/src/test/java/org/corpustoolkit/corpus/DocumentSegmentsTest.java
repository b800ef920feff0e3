package org.corpustoolkit.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSegmentsTest {
  private static List<Document> parts(Corpus corpus, int index, int block, List<String> warnings) {
    List<Document> parts = new ArrayList<>();
    try (DocumentSegments segments = corpus.openSegments(index, block, warnings::add)) {
      for (Optional<Document> d = segments.next(); d.isPresent(); d = segments.next()) {
        parts.add(d.get());
      }
    }
    return parts;
  }

  private static String joined(List<Document> parts) {
    StringBuilder sb = new StringBuilder();
    for (Document d : parts) {
      assertThat(d.charOffset()).isEqualTo(sb.length());
      sb.append(d.text());
    }
    return sb.toString();
  }

  @Test
  void partsOfALargeUtf8DocumentComeAsBytesWithTheirLengthInCharacters() {
    String text = "Straße und Café 😀 李克強.\nZweite Zeile.\n\n".repeat(30);
    Corpus corpus = Corpus.ofStrings(text);
    StringBuilder joined = new StringBuilder();
    int count = 0;
    try (DocumentSegments segments = corpus.openSegments(0, 64, w -> {})) {
      for (Optional<DocumentPart> p = segments.nextPart(); p.isPresent(); p = segments.nextPart()) {
        DocumentPart part = p.get();
        assertThat(part.utf8()).as("kept as bytes").isNotNull();
        String decoded = new String(part.utf8(), 0, part.utf8Length(), StandardCharsets.UTF_8);
        assertThat(part.characters()).isEqualTo(decoded.length());
        assertThat(part.isPartial()).isTrue();
        assertThat(part.segment()).isEqualTo(count++);
        Document document = part.document();
        assertThat(document.text()).isEqualTo(decoded);
        assertThat(document.charOffset()).isEqualTo(joined.length());
        joined.append(decoded);
      }
    }
    assertThat(count).isGreaterThan(5);
    assertThat(joined.toString()).isEqualTo(text);
  }

  @Test
  void aSmallDocumentComesWholeExactlyAsRead() {
    Corpus corpus = Corpus.ofStrings("one two\n\nthree");
    List<Document> parts = parts(corpus, 0, 16, new ArrayList<>());
    assertThat(parts).containsExactly(corpus.read(0, w -> {}).orElseThrow());
    assertThat(parts.get(0).isPartial()).isFalse();
    assertThat(parts.get(0).segment()).isZero();
    assertThat(parts.get(0).charOffset()).isZero();
  }

  @Test
  void aLargeDocumentIsCutAfterBlankLinesIntoNumberedPartsThatJoinToTheText() {
    String text = "The cat sat.\nOn the mat.\n\n".repeat(20);
    Corpus corpus = Corpus.ofStrings(text);
    List<Document> parts = parts(corpus, 0, 64, new ArrayList<>());
    assertThat(parts).hasSizeGreaterThan(5);
    assertThat(joined(parts)).isEqualTo(text);
    for (int i = 0; i < parts.size(); i++) {
      Document d = parts.get(i);
      assertThat(d.isPartial()).isTrue();
      assertThat(d.segment()).isEqualTo(i);
      assertThat(d.index()).isZero();
      assertThat(d.id()).isEqualTo("doc1");
      assertThat(d.text().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
      if (i < parts.size() - 1) {
        assertThat(d.text()).endsWith("\n\n");
      }
    }
  }

  /**
   * The first read buffer is small (64 KB) and grows to two blocks only for a larger document: with a
   * block of 100,000 bytes, documents just under, at and over each size the buffer passes through
   * (64 KB, 200,001 bytes) come whole or in the same parts as the policy gives, joined to the text.
   */
  @Test
  void documentsAroundTheSizesOfTheGrowingBufferComeWholeOrInPartsThatJoinToTheText() {
    int block = 100_000;
    String line = "The cat sat on the mat, naïvely.\n\n"; // 35 bytes
    for (int size : new int[] {1, 65_535, 65_536, 65_537, 70_000, 199_999, 200_000, 200_001,
        200_002, 262_144, 800_000}) {
      StringBuilder sb = new StringBuilder(line.repeat(size / 35 + 1));
      while (sb.toString().getBytes(StandardCharsets.UTF_8).length > size) {
        sb.setLength(sb.length() - 1);
      }
      String text = sb.toString();
      int bytes = text.getBytes(StandardCharsets.UTF_8).length;
      List<String> warnings = new ArrayList<>();
      List<Document> parts = parts(Corpus.ofStrings(text), 0, block, warnings);
      assertThat(joined(parts)).as("%d bytes", bytes).isEqualTo(text);
      assertThat(warnings).isEmpty();
      if (bytes <= 2 * block) {
        assertThat(parts).as("%d bytes come whole", bytes).hasSize(1);
        assertThat(parts.get(0).isPartial()).isFalse();
      } else {
        assertThat(parts.size()).as("%d bytes come in parts", bytes).isGreaterThan(2);
        for (Document d : parts) {
          assertThat(d.isPartial()).isTrue();
          assertThat(d.text().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(block);
        }
      }
    }
  }

  @Test
  void withoutBlankLinesItCutsAtLineBreaksElseAtCharacterBoundaries() {
    String lines = "ein Straße für naïve Cafés\n".repeat(12);
    List<Document> byLine = parts(Corpus.ofStrings(lines), 0, 40, new ArrayList<>());
    assertThat(joined(byLine)).isEqualTo(lines);
    assertThat(byLine).allSatisfy(d -> assertThat(d.text()).endsWith("\n"));

    String oneLine = "äöü€𝄞".repeat(40); // 2-, 3- and 4-byte characters, no line break
    List<String> warnings = new ArrayList<>();
    List<Document> byChar = parts(Corpus.ofStrings(oneLine), 0, 17, warnings);
    assertThat(byChar).hasSizeGreaterThan(10);
    assertThat(joined(byChar)).isEqualTo(oneLine);
    assertThat(warnings).isEmpty();
  }

  @Test
  void aByteOrderMarkIsDroppedAndGzipIsSplitByItsContent(@TempDir Path dir) throws IOException {
    String text = "alpha beta gamma\n\n".repeat(30);
    Path bom = dir.resolve("bom.txt");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.write(text.getBytes(StandardCharsets.UTF_8));
    Files.write(bom, bytes.toByteArray());
    Path gz = dir.resolve("text.txt.gz");
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    Corpus corpus = CorpusLoader.directory(dir, ReadOptions.detect(), "test");
    for (int i = 0; i < corpus.size(); i++) {
      List<Document> parts = parts(corpus, i, 100, new ArrayList<>());
      assertThat(parts).hasSizeGreaterThan(3);
      assertThat(joined(parts)).isEqualTo(text);
    }
  }

  @Test
  void aDocumentThatIsNotUtf8IsReadWholeWithItsEncoding() {
    byte[] latin1 = ("The caf\u00e9 was na\u00efve about the r\u00e9sum\u00e9 of the "
        + "d\u00e9j\u00e0 vu, and the fa\u00e7ade was old.\n\n").repeat(40)
        .getBytes(StandardCharsets.ISO_8859_1);
    List<DocumentSource> sources = List.of(new DocumentSource() {
      @Override
      public String id() {
        return "latin1.txt";
      }

      @Override
      public String location() {
        return "latin1.txt";
      }

      @Override
      public java.io.InputStream open() {
        return new java.io.ByteArrayInputStream(latin1);
      }
    });
    for (ReadOptions options : List.of(ReadOptions.detect(),
        new ReadOptions(Optional.of(StandardCharsets.ISO_8859_1)))) {
      Corpus corpus = new Corpus(sources, options, "test");
      Document whole = corpus.read(0, w -> {}).orElseThrow();
      assertThat(whole.text()).startsWith("The caf\u00e9 was");
      List<Document> parts = parts(corpus, 0, 64, new ArrayList<>());
      assertThat(parts).containsExactly(whole);
      assertThat(parts.get(0).isPartial()).isFalse();
    }
  }
}

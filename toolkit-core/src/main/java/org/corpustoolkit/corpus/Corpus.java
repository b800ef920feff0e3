package org.corpustoolkit.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * An ordered list of document sources and the policy to read them. A corpus holds no text: each
 * document is read when an analyser asks for it ({@link #read(int, Consumer)}), so corpora of any size
 * stream through analysers.
 *
 * <p>Build one with {@link CorpusLoader} from command-line arguments, or with {@link #ofStrings} in
 * tests.
 *
 * @since 0.1 (stable)
 */
public final class Corpus {
  private final List<DocumentSource> sources;
  private final ReadOptions readOptions;
  private final String description;
  private final CorpusReaders readers;

  public Corpus(List<DocumentSource> sources, ReadOptions readOptions, String description) {
    this(sources, readOptions, description, CorpusReaders.none());
  }

  private Corpus(List<DocumentSource> sources, ReadOptions readOptions, String description,
      CorpusReaders readers) {
    this.sources = List.copyOf(sources);
    this.readOptions = readOptions;
    this.description = description;
    this.readers = readers;
  }

  /**
   * This corpus, reading each file with the {@link org.corpustoolkit.spi.CorpusReader} its extension
   * selects (files no reader claims stay plain text).
   *
   * @since 0.2
   */
  public Corpus withReaders(CorpusReaders corpusReaders) {
    return new Corpus(sources, readOptions, description, corpusReaders);
  }

  /** A corpus of in-memory texts, ids {@code doc1}, {@code doc2}, ... in the given order. */
  public static Corpus ofStrings(String... texts) {
    List<DocumentSource> sources = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      sources.add(new StringSource("doc" + (i + 1), texts[i]));
    }
    return new Corpus(sources, ReadOptions.detect(), "in-memory texts");
  }

  /** A corpus of in-memory texts with the given ids (map iteration order is kept). */
  public static Corpus ofStrings(Map<String, String> textsById) {
    List<DocumentSource> sources = new ArrayList<>();
    textsById.forEach((id, text) -> sources.add(new StringSource(id, text)));
    return new Corpus(sources, ReadOptions.detect(), "in-memory texts");
  }

  /** Number of document sources (some may turn out unreadable and be skipped). */
  public int size() {
    return sources.size();
  }

  public List<DocumentSource> sources() {
    return sources;
  }

  /** What the corpus is, for provenance: for example {@code seed corpus} or the arguments given. */
  public String description() {
    return description;
  }

  /**
   * Reads and decodes document {@code index}. An unreadable, binary or undecodable document is skipped:
   * the result is empty and one warning line naming it goes to {@code warnings}.
   */
  public Optional<Document> read(int index, Consumer<String> warnings) {
    DocumentSource source = sources.get(index);
    byte[] bytes;
    try (InputStream in = decompressing(source.open())) {
      bytes = in.readAllBytes();
    } catch (IOException | UncheckedIOException e) {
      warnings.accept("skipped " + source.location() + ": cannot be read (" + e.getMessage() + ")");
      return Optional.empty();
    }
    return fromBytes(index, bytes, warnings);
  }

  /**
   * Opens document {@code index} for reading in segments of about {@code blockBytes} bytes: a document
   * of more than twice that many bytes (after decompression) that is UTF-8 and not claimed by a
   * {@link org.corpustoolkit.spi.CorpusReader} comes as several consecutive parts (see
   * {@link DocumentSegments}); any other document comes whole, exactly as {@link #read} returns it.
   *
   * @since 0.3
   */
  public DocumentSegments openSegments(int index, int blockBytes, Consumer<String> warnings) {
    return new DocumentSegments(this, index, blockBytes, warnings);
  }

  /**
   * Opens document {@code index}'s raw bytes, decompressed if the source is gzip-compressed, for a
   * caller that scans them itself; the bytes are not decoded.
   *
   * @since 0.4
   */
  public InputStream openBytes(int index) throws IOException {
    return open(sources.get(index));
  }

  DocumentSource source(int index) {
    return sources.get(index);
  }

  boolean segmentable(int index) {
    DocumentSource source = sources.get(index);
    boolean utf8 = readOptions.encoding().map(cs -> cs.name().equals("UTF-8")).orElse(true);
    return utf8 && readers.forName(source.id()).isEmpty();
  }

  /** The whole-document path: decode (with detection) and apply the corpus reader, if any. */
  Optional<Document> fromBytes(int index, byte[] bytes, Consumer<String> warnings) {
    DocumentSource source = sources.get(index);
    TextDecoder.Decoded decoded = new TextDecoder(readOptions).decode(bytes);
    if (decoded.text().isEmpty()) {
      warnings.accept("skipped " + source.location() + ": " + decoded.problem().orElse("unreadable"));
      return Optional.empty();
    }
    Map<String, String> metadata = new HashMap<>();
    metadata.put("encoding", decoded.charset());
    metadata.put("bytes", Long.toString(bytes.length));
    Document document = new Document(index, source.id(), source.location(), metadata,
        decoded.text().get());
    Optional<org.corpustoolkit.spi.CorpusReader> reader = readers.forName(source.id());
    if (reader.isPresent()) {
      try {
        document = reader.get().read(document).withMetadata("reader", reader.get().name());
      } catch (RuntimeException e) {
        warnings.accept("skipped " + source.location() + ": the '" + reader.get().name()
            + "' reader failed (" + e.getMessage() + ")");
        return Optional.empty();
      }
    }
    return Optional.of(document);
  }

  static InputStream open(DocumentSource source) throws IOException {
    return decompressing(source.open());
  }

  private static InputStream decompressing(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 65536);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      return new GZIPInputStream(in, 65536);
    }
    return in;
  }
}

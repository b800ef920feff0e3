package org.corpustoolkit.spi;

import java.util.Set;
import org.corpustoolkit.corpus.Document;

/**
 * An input format: turns the decoded text of a corpus file into the text ctk analyses. ctk chooses a
 * reader by the file's extension ({@code .gz} is looked through, so {@code page.html.gz} is read as
 * {@code html}); files whose extension no reader claims are read as plain text.
 *
 * <p>ctk has already read the bytes (decompressing {@code .gz}) and decoded them with the run's encoding
 * policy ({@code --encoding}, or strict UTF-8 then detection) when {@link #read} is called. A reader
 * returns the document with its text replaced (markup stripped, a column extracted ...) and may add
 * metadata. The built-in {@code markup} reader strips the tags of {@code .html}, {@code .htm},
 * {@code .xhtml} and {@code .xml} files.
 *
 * <p>Bind one with {@link Extensions#corpusReader}. Implementations must be thread-safe: one instance
 * reads documents on every worker thread. A reader that throws makes ctk skip that document with one
 * warning line naming the file and the reader, as for an undecodable file.
 *
 * <pre>{@code
 * final class TsvColumnReader implements CorpusReader {
 *   public String name() { return "tsv-text"; }
 *   public String description() { return "Second column of tab-separated files"; }
 *   public Set<String> extensions() { return Set.of("tsv"); }
 *   public Document read(Document raw) {
 *     StringBuilder text = new StringBuilder();
 *     raw.text().lines().forEach(l -> text.append(l.split("\t", -1)[1]).append('\n'));
 *     return raw.withText(text.toString());
 *   }
 * }
 * }</pre>
 *
 * @since 0.2 (experimental: the signature may gain a byte-level variant for binary formats)
 */
public interface CorpusReader {

  /** Short name shown in {@code ctk plugins} and in warnings, for example {@code markup}. */
  String name();

  /** One line saying which format it reads. */
  String description();

  /** File extensions it reads, lower case without the dot, for example {@code html}. */
  Set<String> extensions();

  /** The document to analyse, from {@code raw} (decoded text of the file, its id and metadata). */
  Document read(Document raw);
}

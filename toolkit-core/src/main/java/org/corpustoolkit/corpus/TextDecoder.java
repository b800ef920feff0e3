package org.corpustoolkit.corpus;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a document's bytes into text, or says why it cannot.
 *
 * <p>Policy: a UTF-8 byte order mark is removed; with an explicit encoding the bytes are decoded
 * strictly in it; otherwise strict UTF-8 is tried first, then ICU4J's {@link CharsetDetector}. Bytes
 * that look binary (a NUL byte, or many control characters, in the first 8 KiB) are rejected, as are
 * bytes that no charset decodes without errors.
 */
public final class TextDecoder {
  private static final int SNIFF = 8192;
  private static final int MIN_CONFIDENCE = 20;

  /** The result of decoding: the text and the charset used, or the reason it failed. */
  public record Decoded(Optional<String> text, String charset, Optional<String> problem) {
    static Decoded ok(String text, String charset) {
      return new Decoded(Optional.of(text), charset, Optional.empty());
    }

    static Decoded failed(String problem) {
      return new Decoded(Optional.empty(), "", Optional.of(problem));
    }
  }

  private final ReadOptions options;

  public TextDecoder(ReadOptions options) {
    this.options = options;
  }

  /** Decodes {@code bytes} according to the policy above. */
  public Decoded decode(byte[] bytes) {
    int offset = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3;
    }
    if (options.encoding().isPresent()) {
      Charset cs = options.encoding().get();
      Optional<String> text = strict(bytes, offset, cs);
      return text.map(t -> Decoded.ok(t, cs.name()))
          .orElseGet(() -> Decoded.failed("is not valid " + cs.name()));
    }
    boolean utf16Bom = bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
        || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE));
    if (!utf16Bom && looksBinary(bytes, offset)) {
      return Decoded.failed("looks like a binary file");
    }
    Optional<String> utf8 = strict(bytes, offset, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return Decoded.ok(utf8.get(), "UTF-8");
    }
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch[] matches = detector.detectAll();
    for (CharsetMatch match : matches) {
      if (match.getConfidence() < MIN_CONFIDENCE || !Charset.isSupported(match.getName())) {
        continue;
      }
      Charset cs = Charset.forName(match.getName());
      Optional<String> text = strict(bytes, 0, cs);
      if (text.isPresent()) {
        String t = text.get();
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
          t = t.substring(1);
        }
        return Decoded.ok(t, cs.name());
      }
    }
    return Decoded.failed("is not valid UTF-8 and its encoding could not be detected (try --encoding)");
  }

  static boolean looksBinary(byte[] bytes, int offset) {
    int end = Math.min(bytes.length, offset + SNIFF);
    int control = 0;
    for (int i = offset; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    int length = end - offset;
    return length > 0 && control * 10 > length;
  }

  private static Optional<String> strict(byte[] bytes, int offset, Charset cs) {
    CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}

package org.corpustoolkit.plugins.readers;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.corpustoolkit.corpus.Document;
import org.corpustoolkit.spi.CorpusReader;

/**
 * Reads HTML and XML files as the text between their tags, as concordancers do when they "hide tags":
 * comments, {@code <script>}, {@code <style>} and {@code <head>} content (except the title) are dropped;
 * inline HTML elements ({@code <b>}, {@code <em>}, {@code <a>} ...) vanish without a trace, so
 * {@code <b>Mos</b>cow} is one word; block elements ({@code <p>}, {@code <div>}, {@code <li>},
 * {@code <h1>} ...) become line breaks, so they end sentences; any other tag (an XML element such as
 * {@code <w>}) becomes a space. Character references ({@code &amp;}, {@code &#8217;}) are decoded. The
 * document's {@code <title>} is kept as the metadata field {@code title}.
 */
final class MarkupReader implements CorpusReader {
  private static final Pattern REMOVED = Pattern.compile(
      "<!--.*?-->|<\\?.*?\\?>|<!DOCTYPE[^>]*>|<(script|style)\\b[^>]*>.*?</\\1\\s*>",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);
  private static final Pattern TITLE = Pattern.compile("<title\\b[^>]*>(.*?)</title\\s*>",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("</?([A-Za-z][\\w:.-]*)[^>]*>");
  private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code",
      "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong",
      "sub", "sup", "time", "u", "var", "wbr");
  private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote",
      "body", "br", "caption", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "form",
      "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p",
      "pre", "section", "table", "td", "th", "title", "tr", "ul", "head");

  @Override
  public String name() {
    return "markup";
  }

  @Override
  public String description() {
    return "HTML and XML: the text between the tags, character references decoded";
  }

  @Override
  public Set<String> extensions() {
    return Set.of("html", "htm", "xhtml", "xml");
  }

  @Override
  public Document read(Document raw) {
    String text = raw.text();
    Matcher title = TITLE.matcher(text);
    String titleText = title.find() ? StringEscapeUtils.unescapeHtml4(title.group(1)).strip() : null;
    text = REMOVED.matcher(text).replaceAll(" ");
    text = CDATA.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
        StringEscapeUtils.escapeXml10(m.group(1))));
    Matcher tag = TAG.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    boolean inHead = false;
    while (tag.find()) {
      if (!inHead) {
        out.append(text, last, tag.start());
      }
      String name = tag.group(1).toLowerCase(Locale.ROOT);
      boolean closing = text.charAt(tag.start() + 1) == '/';
      if (name.equals("head")) {
        inHead = !closing;
      }
      if (!inHead) {
        out.append(INLINE.contains(name) ? "" : BLOCK.contains(name) ? "\n" : " ");
      }
      last = tag.end();
    }
    if (!inHead) {
      out.append(text, last, text.length());
    }
    Document read = raw.withText(StringEscapeUtils.unescapeHtml4(out.toString()));
    return titleText == null || titleText.isEmpty() ? read : read.withMetadata("title", titleText);
  }
}

/**
 * {@code ctk report}: one self-contained HTML page (inline CSS, SVG charts and a small sorting script,
 * no external resource) with the frequency list, dispersion, a Zipf plot, n-grams and keywords; also as
 * Markdown and JSON. Every piece of corpus text is escaped with
 * {@link org.corpustoolkit.report.HtmlPage#escape}.
 */
package org.corpustoolkit.plugins.report;

/**
 * The generic renderers as they were at commit f6f328d, before rows were written through
 * {@code RowWriter}s into an {@code OutputBuffer}: Cells, CsvRenderer, TextTableRenderer, Json,
 * JsonRenderer, Markdown, MarkdownRenderer, HtmlPage and HtmlRenderer, copied verbatim (only the package
 * changed). They are the test oracle of {@link org.corpustoolkit.report.legacy.RenderingDifferentialTest},
 * which requires the current renderers to write exactly what these wrote. Do not change them.
 */
package org.corpustoolkit.report.legacy;

package org.corpustoolkit.testkit;

import org.corpustoolkit.report.Table;
import org.corpustoolkit.spi.AnalysisResult;

/**
 * Entry point of the test kit's AssertJ assertions: {@code import static
 * org.corpustoolkit.testkit.CtkAssertions.assertThatTable;}
 *
 * <pre>{@code
 * assertThatTable(result.table())
 *     .hasColumns("rank", "word", "frequency")
 *     .hasRowCount(3)
 *     .row(0).hasValue("word", "the").hasValue("frequency", 2);
 * }</pre>
 *
 * @since 0.2
 */
public final class CtkAssertions {
  private CtkAssertions() {}

  /** Assertions on a result table (a streaming table is walked once, here). */
  public static TableAssert assertThatTable(Table actual) {
    return new TableAssert(actual);
  }

  /** Assertions on the table of {@code result}. */
  public static TableAssert assertThatTable(AnalysisResult result) {
    return new TableAssert(result.table());
  }
}

package org.corpustoolkit.report;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named, typed column of a {@link Table}.
 *
 * @param name snake_case name, used as the CSV/TSV header and the JSON key
 * @param type the cell type
 * @param decimals digits after the decimal point in human-oriented formats (text, Markdown, HTML);
 *     machine formats (CSV, TSV, JSON) keep full precision
 * @param description one line saying what the column holds, shown in JSON metadata and HTML reports
 * @since 0.1 (stable)
 */
public record Column(String name, ColumnType type, int decimals, String description) {
  private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  public Column {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    if (!SNAKE.matcher(name).matches()) {
      throw new IllegalArgumentException("column names are snake_case: " + name);
    }
  }

  public static Column text(String name, String description) {
    return new Column(name, ColumnType.TEXT, 0, description);
  }

  public static Column integer(String name, String description) {
    return new Column(name, ColumnType.INTEGER, 0, description);
  }

  public static Column decimal(String name, int decimals, String description) {
    return new Column(name, ColumnType.DECIMAL, decimals, description);
  }
}

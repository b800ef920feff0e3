package org.corpustoolkit.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A result projected to rows and named, typed columns: the one format-neutral shape that every renderer
 * (text, CSV, TSV, JSON, Markdown, HTML) walks.
 *
 * <p>Rows are either held in memory ({@link Builder}) or produced lazily ({@link #streaming}), so a
 * token listing of a gigabyte corpus is written as it is computed. A streaming table can be walked once.
 * A table of millions of rows can write them cell by cell ({@link #streamingTyped}), without an
 * {@code Object[]} or a boxed number per row; every table can be read either way ({@link #rows()},
 * {@link #cursor()}).
 *
 * <pre>{@code
 * Table table = Table.builder("frequency")
 *     .column(Column.text("word", "counting form"))
 *     .column(Column.integer("frequency", "occurrences"))
 *     .row("the", 42L)
 *     .build();
 * }</pre>
 *
 * @since 0.1 (stable)
 */
public final class Table {
  private final String title;
  private final List<Column> columns;
  private final Iterable<Object[]> rows;
  private final Supplier<? extends RowCursor> cursors;
  private final boolean streaming;
  /** True if {@link #rows} is a list that may be read from several threads at once. */
  private final boolean threadSafe;

  private Table(String title, List<Column> columns, Iterable<Object[]> rows, boolean streaming,
      boolean threadSafe) {
    this.title = title;
    this.columns = List.copyOf(columns);
    this.rows = rows;
    this.cursors = null;
    this.streaming = streaming;
    this.threadSafe = threadSafe;
  }

  private Table(String title, List<Column> columns, Supplier<? extends RowCursor> cursors) {
    this.title = Objects.requireNonNull(title);
    this.columns = List.copyOf(columns);
    this.rows = () -> new CursorRows(cursors.get(), this.columns.size());
    this.cursors = cursors;
    this.streaming = true;
    this.threadSafe = false;
  }

  /** A table whose rows are produced lazily by {@code rows}; each row has one cell per column. */
  public static Table streaming(String title, List<Column> columns, Iterable<Object[]> rows) {
    return new Table(title, columns, rows, true, false);
  }

  /**
   * A streaming table whose rows are written cell by cell into a {@link RowSink} by the cursor that
   * {@code cursors} makes when the table is walked (once). Renderers format each cell as it arrives, so
   * a listing of millions of rows costs no {@code Object[]}, boxed number or {@code String} per number;
   * {@link #rows()} still gives the rows as arrays (text as {@code String}, integers as {@code Long},
   * decimals as {@code Double}).
   *
   * @since 0.5
   */
  public static Table streamingTyped(String title, List<Column> columns,
      Supplier<? extends RowCursor> cursors) {
    return new Table(title, columns, Objects.requireNonNull(cursors));
  }

  /**
   * An in-memory table over {@code rows}, a list that may compute each row when it is read (so that a
   * list of millions of rows is not held as millions of row arrays); unlike a streaming table it can be
   * walked any number of times. Each row has one cell per column.
   *
   * @since 0.3
   */
  public static Table of(String title, List<Column> columns, List<Object[]> rows) {
    return new Table(Objects.requireNonNull(title), columns, Objects.requireNonNull(rows), false,
        false);
  }

  /**
   * An in-memory table as {@link #of}, whose {@code rows} may also be read from several threads at
   * once ({@code get} has no effect but its result, as in a list computed from data that no longer
   * changes): the text, CSV and TSV renderers then format a long table on every core, a block of rows
   * per thread, and write the blocks in order, so the output is the same as from one thread (a list
   * of millions of word n-grams, each row built when read, is written about twice as fast on two
   * cores).
   *
   * @since 0.6
   */
  public static Table ofThreadSafe(String title, List<Column> columns, List<Object[]> rows) {
    return new Table(Objects.requireNonNull(title), columns, Objects.requireNonNull(rows), false,
        true);
  }

  public static Builder builder(String title) {
    return new Builder(title);
  }

  public String title() {
    return title;
  }

  public List<Column> columns() {
    return columns;
  }

  /** The rows; cells are {@code String}, {@code Integer}/{@code Long}, {@code Double} or null. */
  public Iterable<Object[]> rows() {
    return rows;
  }

  /**
   * The rows as a cursor, each cell given to the sink with its type: the cursor of a
   * {@link #streamingTyped} table, or a walk of {@link #rows()} giving each cell to
   * {@link RowSink#value}. Walks a streaming table.
   *
   * @since 0.5
   */
  public RowCursor cursor() {
    if (cursors != null) {
      return cursors.get();
    }
    Iterator<Object[]> iterator = rows.iterator();
    return sink -> {
      if (!iterator.hasNext()) {
        return false;
      }
      for (Object cell : iterator.next()) {
        sink.value(cell);
      }
      return true;
    };
  }

  /**
   * The rows, if they may be read from several threads at once ({@link #ofThreadSafe}, or a built
   * table), else null.
   */
  List<Object[]> threadSafeRows() {
    return threadSafe && rows instanceof List<Object[]> list ? list : null;
  }

  /** True if rows are computed lazily and can be walked only once. */
  public boolean isStreaming() {
    return streaming;
  }

  /** The rows in memory (walks a streaming table). */
  public List<Object[]> materialize() {
    if (!streaming && rows instanceof List<Object[]> list) {
      return list;
    }
    List<Object[]> all = new ArrayList<>();
    for (Object[] row : rows) {
      all.add(row);
    }
    return all;
  }

  /** Index of the column named {@code name}, or -1. */
  public int columnIndex(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Builds an in-memory table. */
  public static final class Builder {
    private final String title;
    private final List<Column> columns = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();

    private Builder(String title) {
      this.title = Objects.requireNonNull(title);
    }

    public Builder column(Column column) {
      columns.add(column);
      return this;
    }

    public Builder columns(List<Column> more) {
      columns.addAll(more);
      return this;
    }

    public Builder row(Object... cells) {
      if (cells.length != columns.size()) {
        throw new IllegalArgumentException("row has " + cells.length + " cells, table has "
            + columns.size() + " columns: " + Arrays.toString(cells));
      }
      rows.add(cells);
      return this;
    }

    public Table build() {
      return new Table(title, columns, List.copyOf(rows), false, true);
    }
  }

  /** The rows of a cursor as arrays: what {@link #rows()} gives for a {@link #streamingTyped} table. */
  private static final class CursorRows implements Iterator<Object[]>, RowSink {
    private final RowCursor cursor;
    private final List<Object> cells;
    private Object[] next;
    private boolean done;

    CursorRows(RowCursor cursor, int columns) {
      this.cursor = cursor;
      this.cells = new ArrayList<>(columns);
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        cells.clear();
        if (cursor.next(this)) {
          next = cells.toArray();
        } else {
          done = true;
        }
      }
      return next != null;
    }

    @Override
    public Object[] next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Object[] row = next;
      next = null;
      return row;
    }

    @Override
    public void text(String value) {
      cells.add(value);
    }

    @Override
    public void text(String value, int start, int end) {
      cells.add(value.substring(start, end));
    }

    @Override
    public void integer(long value) {
      cells.add(value);
    }

    @Override
    public void decimal(double value) {
      cells.add(value);
    }

    @Override
    public void value(Object value) {
      cells.add(value);
    }
  }

  /** Adapts an iterator factory to the {@code rows} of a streaming table. */
  public interface RowSource extends Iterable<Object[]> {
    @Override
    Iterator<Object[]> iterator();
  }
}

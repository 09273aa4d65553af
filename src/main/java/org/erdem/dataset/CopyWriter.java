package org.erdem.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Rows for one table, spooled as CSV to a temporary file while the generator walks the country, then
 * loaded with one COPY ... FROM STDIN (a connection runs one COPY at a time, so tables load in turn).
 */
final class CopyWriter implements AutoCloseable {
  private final String table;
  private final String columns;
  private final Path file;
  private final BufferedWriter out;
  private long rows;

  CopyWriter(String table, String columns) {
    this.table = table;
    this.columns = columns;
    try {
      this.file = Files.createTempFile("erdem-dataset-", ".csv");
      this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String table() {
    return table;
  }

  /** One row; values are written as CSV fields (null as an empty unquoted field). */
  void row(Object... values) {
    try {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        if (values[i] != null) {
          out.write('"');
          out.write(values[i].toString().replace("\"", "\"\""));
          out.write('"');
        }
      }
      out.write('\n');
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads the spooled rows into the table; returns how many. */
  long load(Connection connection) throws SQLException {
    try {
      out.close();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)", reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  @Override
  public void close() {
    try {
      out.close();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

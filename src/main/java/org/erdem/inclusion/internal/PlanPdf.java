package org.erdem.inclusion.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A plan as a PDF, for the school file and the plan meeting: the lines the caller has already put in
 * the reader's language, set in Liberation Sans (which PDFBox carries, with Cyrillic and the
 * Mongolian and Kazakh letters), wrapped to an A4 page.
 */
public final class PlanPdf {
  private static final float MARGIN = 50;
  private static final float SIZE = 10.5f;
  private static final float HEADING = 13;
  private static final float LEADING = 1.35f;

  private PlanPdf() {}

  /** A line of the document: a heading or body text. */
  public record Line(String text, boolean heading) {
    public static Line heading(String text) {
      return new Line(text, true);
    }

    public static Line text(String text) {
      return new Line(text, false);
    }
  }

  public static byte[] render(String title, List<Line> lines) {
    try (var document = new PDDocument(); InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
      PDFont font = PDType0Font.load(document, ttf);
      document.getDocumentInformation().setTitle(title);
      var writer = new Writer(document, font);
      writer.write(title, HEADING + 3);
      for (var line : lines) {
        writer.write(line.text() == null ? "" : line.text(), line.heading() ? HEADING : SIZE);
      }
      writer.close();
      var out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes wrapped lines down the page, starting a new page when one is full. */
  private static final class Writer {
    private final PDDocument document;
    private final PDFont font;
    private PDPageContentStream stream;
    private float y;

    Writer(PDDocument document, PDFont font) throws IOException {
      this.document = document;
      this.font = font;
      newPage();
    }

    void write(String text, float size) throws IOException {
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      for (String paragraph : text.replace("\r", "").split("\n", -1)) {
        for (String line : wrap(paragraph, size, width)) {
          if (y < MARGIN + size) {
            newPage();
          }
          stream.beginText();
          stream.setFont(font, size);
          stream.newLineAtOffset(MARGIN, y);
          stream.showText(printable(line));
          stream.endText();
          y -= size * LEADING;
        }
      }
      if (size > SIZE) {
        y -= SIZE * 0.4f;
      }
    }

    /** The text with any character the font cannot draw replaced by a question mark, so that no input breaks the export. */
    private String printable(String text) {
      var out = new StringBuilder();
      text.codePoints().forEach(c -> {
        String ch = new String(Character.toChars(c));
        try {
          font.encode(ch);
          out.append(ch);
        } catch (IOException | IllegalArgumentException e) {
          out.append('?');
        }
      });
      return out.toString();
    }

    private List<String> wrap(String paragraph, float size, float width) throws IOException {
      var lines = new ArrayList<String>();
      var line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (!line.isEmpty() && font.getStringWidth(printable(candidate)) / 1000 * size > width) {
          lines.add(line.toString());
          line = new StringBuilder(word);
        } else {
          line = new StringBuilder(candidate);
        }
      }
      lines.add(line.toString());
      return lines;
    }

    private void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      var page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void close() throws IOException {
      stream.close();
    }
  }
}

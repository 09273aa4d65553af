package org.erdem.content.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Draws a small circle in equal parts with some shaded: a picture of a fraction, a few kilobytes of PNG. */
final class FractionDiagram {
  private static final int SIZE = 160;

  private FractionDiagram() {}

  static byte[] png(int shaded, int parts) {
    var image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_BYTE_INDEXED);
    var g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, SIZE, SIZE);
    double step = 360.0 / parts;
    for (int i = 0; i < parts; i++) {
      var slice = new Arc2D.Double(10, 10, SIZE - 20, SIZE - 20, 90 - i * step, -step, Arc2D.PIE);
      g.setColor(i < shaded ? new Color(0x0B4F8A) : Color.WHITE);
      g.fill(slice);
      g.setColor(Color.BLACK);
      g.setStroke(new BasicStroke(2f));
      g.draw(slice);
    }
    g.dispose();
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

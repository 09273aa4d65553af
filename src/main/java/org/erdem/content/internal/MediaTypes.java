package org.erdem.content.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** What a file is, by its first bytes rather than its name: the types a lesson may carry. */
final class MediaTypes {
  record Detected(String kind, String mediaType) {}

  private MediaTypes() {}

  static Optional<Detected> detect(byte[] head) {
    if (starts(head, 0x89, 'P', 'N', 'G')) {
      return found("image", "image/png");
    }
    if (starts(head, 0xFF, 0xD8, 0xFF)) {
      return found("image", "image/jpeg");
    }
    if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
      return found("image", "image/webp");
    }
    if (ascii(head, 0, "%PDF-")) {
      return found("pdf", "application/pdf");
    }
    if (ascii(head, 4, "ftyp")) {
      return ascii(head, 8, "M4A ") ? found("audio", "audio/mp4") : found("video", "video/mp4");
    }
    if (starts(head, 0x1A, 0x45, 0xDF, 0xA3)) {
      return found("video", "video/webm");
    }
    if (ascii(head, 0, "ID3") || starts(head, 0xFF, 0xFB) || starts(head, 0xFF, 0xF3)) {
      return found("audio", "audio/mpeg");
    }
    if (ascii(head, 0, "OggS")) {
      return found("audio", "audio/ogg");
    }
    String text = new String(head, 0, Math.min(head.length, 16), StandardCharsets.UTF_8).replace("\uFEFF", "");
    if (text.startsWith("WEBVTT")) {
      return found("captions", "text/vtt");
    }
    return Optional.empty();
  }

  private static Optional<Detected> found(String kind, String type) {
    return Optional.of(new Detected(kind, type));
  }

  private static boolean starts(byte[] head, int... bytes) {
    if (head.length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((head[i] & 0xFF) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean ascii(byte[] head, int offset, String text) {
    byte[] expected = text.getBytes(StandardCharsets.US_ASCII);
    return head.length >= offset + expected.length && Arrays.equals(head, offset, offset + expected.length, expected, 0, expected.length);
  }
}

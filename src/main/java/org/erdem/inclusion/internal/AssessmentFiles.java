package org.erdem.inclusion.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.erdem.content.MediaStorage;
import org.erdem.shared.Ids;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.ValidationException;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files of functional assessments: PDF, PNG or JPEG, up to 10 MB, recognised by their first bytes
 * (not by their name); kept in the media store under the hash of their content, read under the
 * same need-to-know as the record.
 */
@Service
public class AssessmentFiles {
  public static final long LIMIT = 10L * 1024 * 1024;
  private final JdbcClient jdbc;
  private final InclusionAccess access;
  private final MediaStorage storage;
  private final Consents consents;

  AssessmentFiles(JdbcClient jdbc, InclusionAccess access, MediaStorage storage, Consents consents) {
    this.consents = consents;
    this.jdbc = jdbc;
    this.access = access;
    this.storage = storage;
  }

  public record FileRef(UUID id, UUID assessmentId, String filename, String mediaType, long size) {}

  public record Opened(FileRef file, Resource content) {}

  @Transactional
  public UUID attach(UUID assessmentId, String filename, byte[] bytes) {
    record Of(UUID child, UUID school) {}
    var of = jdbc.sql("select child_id, school_id from inclusion.functional_assessment where id = :a").param("a", assessmentId)
        .query((rs, n) -> new Of(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).optional()
        .orElseThrow(() -> new NotFoundException("assessment " + assessmentId));
    access.write(of.child(), "assessment.file");
    consents.require(of.child());
    if (bytes == null || bytes.length == 0) {
      throw ValidationException.of("file", "validation.required");
    }
    if (bytes.length > LIMIT) {
      throw ValidationException.of("file", "validation.sen.fileTooLarge", LIMIT >> 20);
    }
    String type = typeOf(bytes).orElseThrow(() -> ValidationException.of("file", "validation.sen.fileType"));
    String key = sha256(bytes);
    try {
      storage.put(key, new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    UUID id = Ids.newId();
    String name = filename == null || filename.isBlank() ? "file" : filename.replaceAll("[\\\\/\\r\\n\"]", "_").strip();
    jdbc.sql("""
        insert into inclusion.assessment_file (id, assessment_id, child_id, school_id, filename, media_type, size_bytes, storage_key, uploaded_by)
        values (:id, :a, :c, :s, :f, :t, :n, :k, :by)""")
        .param("id", id).param("a", assessmentId).param("c", of.child()).param("s", of.school()).param("f", name.length() > 200 ? name.substring(0, 200) : name)
        .param("t", type).param("n", bytes.length).param("k", key).param("by", access.caller().accountId()).update();
    return id;
  }

  public Opened open(UUID fileId) {
    record Row(FileRef ref, UUID child, String key) {}
    var row = jdbc.sql("select id, assessment_id, filename, media_type, size_bytes, child_id, storage_key from inclusion.assessment_file where id = :f")
        .param("f", fileId)
        .query((rs, n) -> new Row(new FileRef(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getLong(5)),
            rs.getObject(6, UUID.class), rs.getString(7))).optional()
        .orElseThrow(() -> new NotFoundException("file " + fileId));
    access.read(row.child(), "assessment.file");
    return new Opened(row.ref(), storage.open(row.key()));
  }

  java.util.List<FileRef> ofChild(UUID childId) {
    return jdbc.sql("select id, assessment_id, filename, media_type, size_bytes from inclusion.assessment_file where child_id = :c order by uploaded_at")
        .param("c", childId)
        .query((rs, n) -> new FileRef(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getLong(5)))
        .list();
  }

  static Optional<String> typeOf(byte[] b) {
    if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
      return Optional.of("application/pdf");
    }
    if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return Optional.of("image/png");
    }
    if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
      return Optional.of("image/jpeg");
    }
    return Optional.empty();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

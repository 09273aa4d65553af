package org.erdem.content.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.content.MediaStorage;
import org.erdem.identity.AuditLog;
import org.erdem.identity.Caller;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.Ids;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.Validation;
import org.erdem.shared.ValidationException;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files of lessons: checked by their content (not their name) and size, kept under the digest of
 * their content, streamed with range requests. Images need alternative text; captions belong to a
 * video or audio file.
 */
@Service
public class MediaService {
  static final Map<String, Long> LIMITS = Map.of("image", 5L << 20, "pdf", 50L << 20, "audio", 100L << 20, "video", 500L << 20, "captions", 1L << 20);
  public static final List<String> ROLES = List.of("main", "sign_language", "easy_read", "audio_only");

  private final JdbcClient jdbc;
  private final Lessons lessons;
  private final ContentAccess access;
  private final MediaStorage storage;
  private final AuditLog audit;

  MediaService(JdbcClient jdbc, Lessons lessons, ContentAccess access, MediaStorage storage, AuditLog audit) {
    this.jdbc = jdbc;
    this.lessons = lessons;
    this.access = access;
    this.storage = storage;
    this.audit = audit;
  }

  public record MediaItem(UUID id, UUID versionId, String kind, String role, String language, String mediaType, long size,
      String sha256, String filename, String altText, String transcript, UUID captionsFor) {}

  public record Upload(String role, String language, String altText, String transcript, UUID captionsFor) {}

  /** An uploaded file: its name, declared size and a way to read it. */
  public record FileData(String filename, long size, InputStreamSource source) {}

  @FunctionalInterface
  public interface InputStreamSource {
    InputStream open() throws IOException;
  }

  private static final String SELECT = """
      select id, version_id, kind, role, language, media_type, size_bytes, sha256, filename, alt_text, transcript, captions_for
        from content.media
      """;

  static MediaItem row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new MediaItem(rs.getObject("id", UUID.class), rs.getObject("version_id", UUID.class), rs.getString("kind"), rs.getString("role"),
        rs.getString("language"), rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("filename"),
        rs.getString("alt_text"), rs.getString("transcript"), rs.getObject("captions_for", UUID.class));
  }

  public List<MediaItem> of(UUID versionId) {
    return jdbc.sql(SELECT + " where version_id = :v order by created_at").param("v", versionId).query(MediaService::row).list();
  }

  @Transactional
  public UUID upload(UUID lessonId, FileData file, Upload meta) {
    Caller author = access.requireAuthor();
    var draft = lessons.find(lessonId, "draft").orElseThrow(() -> ValidationException.of("file", "validation.media.noDraft"));
    if (!draft.authorId().equals(author.accountId())) {
      throw new AccessDeniedException();
    }
    if (file == null || file.size() == 0) {
      throw ValidationException.of("file", "validation.required");
    }
    MediaTypes.Detected type;
    try (InputStream in = file.source().open()) {
      type = MediaTypes.detect(in.readNBytes(64)).orElseThrow(() -> ValidationException.of("file", "validation.media.type"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var v = new Validation();
    v.check(file.size() <= LIMITS.get(type.kind()), "file", "validation.media.tooLarge", LIMITS.get(type.kind()) >> 20);
    v.check(meta.role() == null || ROLES.contains(meta.role()), "role", "validation.choice");
    v.check(!type.kind().equals("image") || (meta.altText() != null && !meta.altText().isBlank()), "altText", "validation.media.alt");
    v.maxLength("altText", meta.altText(), 500).maxLength("transcript", meta.transcript(), 100_000);
    boolean captions = type.kind().equals("captions");
    v.check(!captions || (meta.captionsFor() != null && of(draft.id()).stream()
        .anyMatch(m -> m.id().equals(meta.captionsFor()) && (m.kind().equals("video") || m.kind().equals("audio")))), "captionsFor", "validation.media.captionsFor");
    v.throwIfInvalid();
    String sha = store(file);
    UUID id = Ids.newId();
    jdbc.sql("""
        insert into content.media (id, version_id, kind, role, language, media_type, size_bytes, sha256, storage_key, filename, alt_text, transcript, captions_for)
        values (:id, :v, :kind, :role, :lang, :type, :size, :sha, :sha, :name, :alt, :transcript, :for)""")
        .param("id", id).param("v", draft.id()).param("kind", type.kind()).param("role", meta.role() == null ? "main" : meta.role())
        .param("lang", org.erdem.shared.Text.blankToNull(meta.language())).param("type", type.mediaType()).param("size", file.size()).param("sha", sha)
        .param("name", file.filename() == null ? type.kind() : file.filename().replaceAll("[\\\\/]", "_")).param("alt", org.erdem.shared.Text.blankToNull(meta.altText()))
        .param("transcript", org.erdem.shared.Text.blankToNull(meta.transcript())).param("for", captions ? meta.captionsFor() : null).update();
    audit.record("lesson.mediaAdded", "lesson", lessonId, type.mediaType());
    return id;
  }

  private String store(FileData file) {
    try {
      var temp = Files.createTempFile("erdem-upload", ".bin");
      try {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(file.source().open(), digest)) {
          Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String sha = HexFormat.of().formatHex(digest.digest());
        try (InputStream in = Files.newInputStream(temp)) {
          storage.put(sha, in);
        }
        return sha;
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds a file made by the application (the demo library's diagrams) to a version, without an author's checks. */
  void attach(UUID versionId, String filename, byte[] content, String altText) {
    var type = MediaTypes.detect(java.util.Arrays.copyOf(content, Math.min(64, content.length))).orElseThrow();
    String sha = store(new FileData(filename, content.length, () -> new java.io.ByteArrayInputStream(content)));
    jdbc.sql("""
        insert into content.media (id, version_id, kind, role, media_type, size_bytes, sha256, storage_key, filename, alt_text)
        values (:id, :v, :kind, 'main', :type, :size, :sha, :sha, :name, :alt)""")
        .param("id", Ids.newId()).param("v", versionId).param("kind", type.kind()).param("type", type.mediaType())
        .param("size", content.length).param("sha", sha).param("name", filename).param("alt", altText).update();
  }

  @Transactional
  public void delete(UUID lessonId, UUID mediaId) {
    Caller author = access.requireAuthor();
    var draft = lessons.find(lessonId, "draft").orElseThrow(() -> ValidationException.of(null, "validation.media.noDraft"));
    if (!draft.authorId().equals(author.accountId())) {
      throw new AccessDeniedException();
    }
    jdbc.sql("delete from content.media where id = :m and version_id = :v").param("m", mediaId).param("v", draft.id()).update();
  }

  /** A file to stream: published lessons' files for every signed-in user, drafts' for their author and reviewers. */
  public Map.Entry<MediaItem, Resource> open(UUID mediaId) {
    Caller caller = access.reader();
    var item = jdbc.sql(SELECT + " where id = :id").param("id", mediaId).query(MediaService::row).optional()
        .orElseThrow(() -> new NotFoundException("media " + mediaId));
    var status = jdbc.sql("select v.status, l.author_id from content.lesson_version v join content.lesson l on l.id = v.lesson_id where v.id = :v")
        .param("v", item.versionId()).query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class))).single();
    boolean published = status.getKey().equals("published") || status.getKey().equals("archived");
    if (!published && !status.getValue().equals(caller.accountId()) && !access.isReviewer()) {
      throw new AccessDeniedException();
    }
    return Map.entry(item, storage.open(item.sha256()));
  }

  /** A new draft starts with the files of the version it was made from (the files themselves are shared). */
  void copy(UUID fromVersion, UUID toVersion) {
    var idMap = new java.util.HashMap<UUID, UUID>();
    var items = of(fromVersion);
    for (var m : items.stream().sorted((a, b) -> Boolean.compare(a.captionsFor() != null, b.captionsFor() != null)).toList()) {
      UUID id = Ids.newId();
      idMap.put(m.id(), id);
      jdbc.sql("""
          insert into content.media (id, version_id, kind, role, language, media_type, size_bytes, sha256, storage_key, filename, alt_text, transcript, captions_for)
          select :id, :to, kind, role, language, media_type, size_bytes, sha256, storage_key, filename, alt_text, transcript, :for from content.media where id = :from""")
          .param("id", id).param("to", toVersion).param("from", m.id()).param("for", m.captionsFor() == null ? null : idMap.get(m.captionsFor())).update();
    }
  }

}

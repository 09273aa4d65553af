package org.erdem.content.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.erdem.shared.Ids;
import org.erdem.shared.Page;
import org.erdem.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lessons, their versions, language variants, outcomes and review comments in the {@code content} schema. */
@Repository
public class Lessons {
  private final JdbcClient jdbc;
  private final PublishedTexts publishedTexts;

  Lessons(JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.publishedTexts = new PublishedTexts(jdbc);
  }

  public record Version(UUID id, UUID lessonId, UUID authorId, int number, String status, String subject, int grade,
      int durationMinutes, String broadcastChannel, LocalDate broadcastDate, LocalTime broadcastTime, OffsetDateTime publishedAt) {}

  public record Variant(String language, String title, String summary, String bodyMarkdown, String bodyHtml) {}

  public record Comment(String authorName, String body, OffsetDateTime at) {}

  /** A lesson in a list: its titles and summaries per language, from the version listed. */
  public record Card(UUID lessonId, int number, String status, String subject, int grade, int durationMinutes,
      Map<String, String> titles, Map<String, String> summaries, OffsetDateTime publishedAt, long opens, List<UUID> outcomeIds) {}

  private static final String VERSION = """
      select v.id, v.lesson_id, l.author_id, v.number, v.status, v.subject_code, v.grade, v.duration_minutes,
             v.broadcast_channel, v.broadcast_date, v.broadcast_time, v.published_at
        from content.lesson_version v join content.lesson l on l.id = v.lesson_id""";

  static Version version(ResultSet rs, int n) throws SQLException {
    return new Version(rs.getObject("id", UUID.class), rs.getObject("lesson_id", UUID.class), rs.getObject("author_id", UUID.class),
        rs.getInt("number"), rs.getString("status"), rs.getString("subject_code"), rs.getInt("grade"), rs.getInt("duration_minutes"),
        rs.getString("broadcast_channel"), rs.getObject("broadcast_date", LocalDate.class), rs.getObject("broadcast_time", LocalTime.class),
        rs.getObject("published_at", OffsetDateTime.class));
  }

  void insertLesson(UUID id, String key, UUID authorId) {
    jdbc.sql("insert into content.lesson (id, key, author_id) values (:id, :key, :author)").param("id", id).param("key", key).param("author", authorId).update();
  }

  UUID insertVersion(UUID lessonId, int number, String status, LessonService.LessonDraft d, UUID createdBy) {
    UUID id = Ids.newId();
    jdbc.sql("""
        insert into content.lesson_version (id, lesson_id, number, status, subject_code, grade, duration_minutes,
                                            broadcast_channel, broadcast_date, broadcast_time, created_by)
        values (:id, :lesson, :number, :status, :subject, :grade, :duration, :channel, :date, :time, :by)""")
        .param("id", id).param("lesson", lessonId).param("number", number).param("status", status).param("subject", d.subject())
        .param("grade", d.grade()).param("duration", d.durationMinutes()).param("channel", d.broadcastChannel() == null || d.broadcastChannel().isBlank() ? null : d.broadcastChannel().trim())
        .param("date", d.broadcastDate()).param("time", d.broadcastTime()).param("by", createdBy).update();
    return id;
  }

  void updateVersion(UUID versionId, LessonService.LessonDraft d) {
    jdbc.sql("""
        update content.lesson_version set subject_code = :subject, grade = :grade, duration_minutes = :duration,
               broadcast_channel = :channel, broadcast_date = :date, broadcast_time = :time where id = :id""")
        .param("id", versionId).param("subject", d.subject()).param("grade", d.grade()).param("duration", d.durationMinutes())
        .param("channel", d.broadcastChannel() == null || d.broadcastChannel().isBlank() ? null : d.broadcastChannel().trim()).param("date", d.broadcastDate()).param("time", d.broadcastTime()).update();
  }

  void replaceVariants(UUID versionId, Collection<Variant> variants) {
    jdbc.sql("delete from content.lesson_variant where version_id = :v").param("v", versionId).update();
    for (Variant x : variants) {
      jdbc.sql("""
          insert into content.lesson_variant (version_id, language, title, summary, body_markdown, body_html)
          values (:v, :lang, :title, :summary, :md, :html)""")
          .param("v", versionId).param("lang", x.language()).param("title", x.title()).param("summary", x.summary())
          .param("md", x.bodyMarkdown()).param("html", x.bodyHtml()).update();
    }
  }

  void replaceOutcomes(UUID versionId, Collection<UUID> outcomeIds) {
    jdbc.sql("delete from content.lesson_outcome where version_id = :v").param("v", versionId).update();
    outcomeIds.forEach(o -> jdbc.sql("insert into content.lesson_outcome (version_id, outcome_id) values (:v, :o)")
        .param("v", versionId).param("o", o).update());
  }

  void setStatus(UUID versionId, String status) {
    jdbc.sql("""
        update content.lesson_version set status = :s,
               submitted_at = case when :s = 'in_review' then now() else submitted_at end
         where id = :id""").param("s", status).param("id", versionId).update();
  }

  void publish(UUID versionId, UUID by) {
    jdbc.sql("update content.lesson_version set status = 'published', published_at = now(), published_by = :by where id = :id")
        .param("by", by).param("id", versionId).update();
  }

  Optional<Version> find(UUID lessonId, String... statuses) {
    return jdbc.sql(VERSION + " where v.lesson_id = :l and v.status = any(cast(:s as text[])) order by v.number desc limit 1")
        .param("l", lessonId).param("s", statuses).query(Lessons::version).optional();
  }

  Optional<Version> latest(UUID lessonId) {
    return jdbc.sql(VERSION + " where v.lesson_id = :l order by v.number desc limit 1").param("l", lessonId).query(Lessons::version).optional();
  }

  List<Variant> variants(UUID versionId) {
    return jdbc.sql("select language, title, summary, body_markdown, body_html from content.lesson_variant where version_id = :v order by language")
        .param("v", versionId)
        .query((rs, n) -> new Variant(rs.getString("language"), rs.getString("title"), rs.getString("summary"),
            rs.getString("body_markdown"), rs.getString("body_html")))
        .list();
  }

  List<UUID> outcomes(UUID versionId) {
    return jdbc.sql("select outcome_id from content.lesson_outcome where version_id = :v").param("v", versionId).query(UUID.class).list();
  }

  List<Comment> comments(UUID lessonId) {
    return jdbc.sql("""
        select c.author_name, c.body, c.created_at from content.review_comment c
          join content.lesson_version v on v.id = c.version_id where v.lesson_id = :l order by c.created_at""")
        .param("l", lessonId)
        .query((rs, n) -> new Comment(rs.getString("author_name"), rs.getString("body"), rs.getObject("created_at", OffsetDateTime.class))).list();
  }

  void addComment(UUID versionId, UUID authorId, String authorName, String body) {
    jdbc.sql("insert into content.review_comment (id, version_id, author_id, author_name, body) values (:id, :v, :a, :n, :b)")
        .param("id", Ids.newId()).param("v", versionId).param("a", authorId).param("n", authorName).param("b", body).update();
  }

  void addOpenings(List<UUID> lessonIds, List<Long> counts) {
    jdbc.sql("""
        update content.lesson l set open_count = l.open_count + d.n
          from unnest(cast(:ids as uuid[]), cast(:counts as bigint[])) as d(id, n) where l.id = d.id""")
        .param("ids", lessonIds.toArray(UUID[]::new)).param("counts", counts.toArray(Long[]::new)).update();
  }

  long count() {
    return jdbc.sql("select count(*) from content.lesson").query(Long.class).single();
  }

  /**
   * A card's row; its texts come from {@link PublishedTexts}. The lesson's opening count is looked up
   * per version: joined, a list of a few lessons by id was planned as a scan of every lesson.
   */
  private static final String CARD = """
      select v.id, v.lesson_id, v.number, v.status, v.subject_code, v.grade, v.duration_minutes, v.published_at,
             (select l.open_count from content.lesson l where l.id = v.lesson_id) as open_count
        from content.lesson_version v
      """;

  private record Row(UUID versionId, UUID lessonId, int number, String status, String subject, int grade, int durationMinutes,
      OffsetDateTime publishedAt, long opens) {}

  private List<Card> cards(JdbcClient.StatementSpec query) {
    var rows = query.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("lesson_id", UUID.class), rs.getInt("number"),
        rs.getString("status"), rs.getString("subject_code"), rs.getInt("grade"), rs.getInt("duration_minutes"),
        rs.getObject("published_at", OffsetDateTime.class), rs.getLong("open_count"))).list();
    if (rows.isEmpty()) {
      return List.of();
    }
    var texts = publishedTexts.of(rows.stream().map(r -> new PublishedTexts.Listed(r.versionId(), r.status())).toList());
    return rows.stream().map(r -> {
      var t = texts.get(r.versionId());
      return new Card(r.lessonId(), r.number(), r.status(), r.subject(), r.grade(), r.durationMinutes(), t.titles(), t.summaries(),
          r.publishedAt(), r.opens(), t.outcomeIds());
    }).toList();
  }

  public record Query(String text, String subject, Integer grade, UUID outcomeId, String language, String mediaKind) {
    public Query(String text, String subject, Integer grade, UUID outcomeId, String language) {
      this(text, subject, grade, outcomeId, language, null);
    }
  }

  /** Published lessons matching words (full text, or part of a title), subject, grade, outcome and language; most used and newest first. */
  Page<Card> searchPublished(Query q, PageRequest page) {
    String where = """
        \swhere v.status = 'published'
           and (cast(:subject as text) is null or v.subject_code = :subject)
           and (cast(:grade as int) is null or v.grade = :grade)
           and (cast(:outcome as uuid) is null or exists (select 1 from content.lesson_outcome o where o.version_id = v.id and o.outcome_id = :outcome))
           and (cast(:lang as text) is null or exists (select 1 from content.lesson_variant x where x.version_id = v.id and x.language = :lang))
           and (cast(:media as text) is null or exists (select 1 from content.media m where m.version_id = v.id
                 and (m.kind = :media or m.role = :media)))
           and (cast(:words as text) is null or exists (select 1 from content.lesson_variant x where x.version_id = v.id
                 and (x.search @@ plainto_tsquery('simple', :words) or lower(x.title) like :like)))""";
    String words = q.text() == null || q.text().isBlank() ? null : q.text().trim();
    var params = new LinkedHashMap<String, Object>();
    params.put("subject", q.subject());
    params.put("grade", q.grade());
    params.put("outcome", q.outcomeId());
    params.put("lang", q.language());
    params.put("media", q.mediaKind());
    params.put("words", words);
    params.put("like", words == null ? null : "%" + words.toLowerCase() + "%");
    var items = cards(jdbc.sql(CARD + where + " order by open_count desc, v.published_at desc, v.lesson_id limit :limit offset :offset")
        .params(params).param("limit", page.size()).param("offset", page.offset()));
    long total = jdbc.sql("select count(*) from content.lesson_version v" + where)
        .params(params).query(Long.class).single();
    return Page.of(items, page, total);
  }

  /** The author's lessons, each in its latest version. */
  List<Card> byAuthor(UUID authorId) {
    return cards(jdbc.sql(CARD + """
         where v.lesson_id in (select l.id from content.lesson l where l.author_id = :a)
           and v.number = (select max(number) from content.lesson_version w where w.lesson_id = v.lesson_id)
         order by v.created_at desc""").param("a", authorId));
  }

  List<Card> inReview() {
    return cards(jdbc.sql(CARD + " where v.status = 'in_review' order by v.submitted_at"));
  }

  List<Card> publishedCards(Collection<UUID> lessonIds) {
    if (lessonIds.isEmpty()) {
      return List.of();
    }
    return cards(jdbc.sql(CARD + " where v.status = 'published' and v.lesson_id = any(cast(:ids as uuid[]))")
        .param("ids", lessonIds.stream().map(UUID::toString).toArray(String[]::new)));
  }

  List<Card> publishedForOutcome(UUID outcomeId, int limit) {
    return cards(jdbc.sql(CARD + """
         where v.status = 'published' and exists (select 1 from content.lesson_outcome o where o.version_id = v.id and o.outcome_id = :o)
         order by open_count desc, v.published_at desc limit :limit""").param("o", outcomeId).param("limit", limit));
  }
}

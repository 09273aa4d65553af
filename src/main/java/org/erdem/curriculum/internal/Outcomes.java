package org.erdem.curriculum.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.erdem.shared.Ids;
import org.erdem.shared.LocalizedJson;
import org.erdem.shared.Page;
import org.erdem.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subjects, outcomes and prerequisite edges in the {@code curriculum} schema. */
@Repository
public class Outcomes {
  private final JdbcClient jdbc;
  private final CurriculumChanges changes;

  Outcomes(JdbcClient jdbc, CurriculumChanges changes) {
    this.jdbc = jdbc;
    this.changes = changes;
  }

  public record Subject(String code, Map<String, String> names, long outcomes) {}

  public record Outcome(UUID id, String code, String subject, int grade, Map<String, String> titles,
      Map<String, String> descriptions, long prerequisites) {}

  /** An outcome builds on a prerequisite. */
  record Edge(UUID outcome, UUID prerequisite) {}

  private static final String SELECT = """
      select o.id, o.code, o.subject_code, o.grade, o.titles, o.descriptions,
             (select count(*) from curriculum.outcome_prerequisite p where p.outcome_id = o.id) as prerequisites
        from curriculum.outcome o""";

  static Outcome row(ResultSet rs, int n) throws SQLException {
    return new Outcome(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("subject_code"), rs.getInt("grade"),
        LocalizedJson.parse(rs.getString("titles")), LocalizedJson.parse(rs.getString("descriptions")), rs.getLong("prerequisites"));
  }

  public List<Subject> subjects() {
    return jdbc.sql("""
        select s.code, s.names, (select count(*) from curriculum.outcome o where o.subject_code = s.code) as outcomes
          from curriculum.subject s order by s.position, s.code""")
        .query((rs, n) -> new Subject(rs.getString("code"), LocalizedJson.parse(rs.getString("names")), rs.getLong("outcomes"))).list();
  }

  public Optional<Subject> subject(String code) {
    return subjects().stream().filter(s -> s.code().equals(code)).findFirst();
  }

  public Page<Outcome> search(String subject, Integer grade, String text, PageRequest page) {
    String where = """
        \swhere (cast(:subject as text) is null or o.subject_code = :subject)
           and (cast(:grade as int) is null or o.grade = :grade)
           and (cast(:q as text) is null or lower(o.code) like :q
                or exists (select 1 from jsonb_each_text(o.titles) t where lower(t.value) like :q))""";
    String q = text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase() + "%";
    var items = jdbc.sql(SELECT + where + " order by o.grade, o.code limit :limit offset :offset")
        .param("subject", subject).param("grade", grade).param("q", q).param("limit", page.size()).param("offset", page.offset())
        .query(Outcomes::row).list();
    long total = jdbc.sql("select count(*) from curriculum.outcome o" + where)
        .param("subject", subject).param("grade", grade).param("q", q).query(Long.class).single();
    return Page.of(items, page, total);
  }

  public List<Outcome> all() {
    return jdbc.sql(SELECT + " order by o.subject_code, o.grade, o.code").query(Outcomes::row).list();
  }

  /** Every outcome, by grade and code as PostgreSQL orders them. */
  List<Outcome> byGradeAndCode() {
    return jdbc.sql(SELECT + " order by o.grade, o.code").query(Outcomes::row).list();
  }

  List<Edge> edges() {
    return jdbc.sql("select outcome_id, prerequisite_id from curriculum.outcome_prerequisite")
        .query((rs, n) -> new Edge(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
  }

  public Optional<Outcome> findByCode(String code) {
    return jdbc.sql(SELECT + " where o.code = :c").param("c", code).query(Outcomes::row).optional();
  }

  /** What the outcome builds on. */
  public List<Outcome> prerequisitesOf(UUID id) {
    return jdbc.sql(SELECT + " join curriculum.outcome_prerequisite p on p.prerequisite_id = o.id where p.outcome_id = :id order by o.grade, o.code")
        .param("id", id).query(Outcomes::row).list();
  }

  /** What builds on the outcome. */
  public List<Outcome> dependentsOf(UUID id) {
    return jdbc.sql(SELECT + " join curriculum.outcome_prerequisite p on p.outcome_id = o.id where p.prerequisite_id = :id order by o.grade, o.code")
        .param("id", id).query(Outcomes::row).list();
  }

  /** The whole graph by code, for cycle checks of bulk changes. */
  PrerequisiteGraph graph() {
    var graph = new PrerequisiteGraph();
    jdbc.sql("select code from curriculum.outcome").query(String.class).list().forEach(c -> graph.put(c, Set.of()));
    jdbc.sql("""
        select o.code, p.code as prerequisite from curriculum.outcome_prerequisite e
          join curriculum.outcome o on o.id = e.outcome_id join curriculum.outcome p on p.id = e.prerequisite_id""")
        .query((rs, n) -> {
          graph.add(rs.getString("code"), rs.getString("prerequisite"));
          return null;
        }).list();
    return graph;
  }

  UUID insert(String code, String subject, int grade, Map<String, String> titles, Map<String, String> descriptions) {
    UUID id = Ids.newId();
    jdbc.sql("""
        insert into curriculum.outcome (id, code, subject_code, grade, titles, descriptions)
        values (:id, :code, :subject, :grade, cast(:titles as jsonb), cast(:descriptions as jsonb))""")
        .param("id", id).param("code", code).param("subject", subject).param("grade", grade)
        .param("titles", LocalizedJson.json(titles)).param("descriptions", LocalizedJson.json(descriptions)).update();
    changes.changed();
    return id;
  }

  void update(UUID id, String subject, int grade, Map<String, String> titles, Map<String, String> descriptions) {
    jdbc.sql("""
        update curriculum.outcome set subject_code = :subject, grade = :grade, titles = cast(:titles as jsonb),
               descriptions = cast(:descriptions as jsonb), updated_at = now() where id = :id""")
        .param("id", id).param("subject", subject).param("grade", grade)
        .param("titles", LocalizedJson.json(titles)).param("descriptions", LocalizedJson.json(descriptions)).update();
    changes.changed();
  }

  void addPrerequisite(UUID outcome, UUID prerequisite) {
    jdbc.sql("insert into curriculum.outcome_prerequisite (outcome_id, prerequisite_id) values (:o, :p) on conflict do nothing")
        .param("o", outcome).param("p", prerequisite).update();
    changes.changed();
  }

  void removePrerequisite(UUID outcome, UUID prerequisite) {
    jdbc.sql("delete from curriculum.outcome_prerequisite where outcome_id = :o and prerequisite_id = :p").param("o", outcome).param("p", prerequisite).update();
    changes.changed();
  }

  void replacePrerequisites(UUID outcome, Collection<UUID> prerequisites) {
    jdbc.sql("delete from curriculum.outcome_prerequisite where outcome_id = :o").param("o", outcome).update();
    changes.changed();
    prerequisites.forEach(p -> addPrerequisite(outcome, p));
  }

  /** Serializes prerequisite changes, so that two concurrent edits cannot close a cycle together. */
  void lockGraph() {
    jdbc.sql("lock table curriculum.outcome_prerequisite in share row exclusive mode").update();
  }

  long count() {
    return jdbc.sql("select count(*) from curriculum.outcome").query(Long.class).single();
  }
}

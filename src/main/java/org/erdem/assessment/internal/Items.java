package org.erdem.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.erdem.shared.Json;
import org.erdem.shared.Page;
import org.erdem.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** The item bank in the {@code assessment} schema. */
@Repository
public class Items {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  private static final TypeReference<List<List<String>>> PAIRS = new TypeReference<>() {};
  private final JdbcClient jdbc;

  Items(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Item(UUID id, String key, UUID outcomeId, String type, Map<String, Object> answer, String status, UUID authorId) {}

  public record Variant(String language, String stem, String feedback, List<String> choices, List<String> accepted, List<List<String>> pairs) {}

  private static final String SELECT = "select id, key, outcome_id, type, answer, status, author_id from assessment.item";

  static Item item(ResultSet rs, int n) throws SQLException {
    return new Item(rs.getObject("id", UUID.class), rs.getString("key"), rs.getObject("outcome_id", UUID.class), rs.getString("type"),
        Json.read(rs.getString("answer"), MAP), rs.getString("status"), rs.getObject("author_id", UUID.class));
  }

  Optional<Item> find(UUID id) {
    return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Items::item).optional();
  }

  List<Item> byIds(Collection<UUID> ids) {
    return jdbc.sql(SELECT + " where id = any(cast(:ids as uuid[]))").param("ids", ids.stream().map(UUID::toString).toArray(String[]::new))
        .query(Items::item).list();
  }

  Page<Item> search(UUID outcomeId, String status, PageRequest page) {
    String where = " where (cast(:o as uuid) is null or outcome_id = :o) and (cast(:s as text) is null or status = :s)";
    var items = jdbc.sql(SELECT + where + " order by created_at desc, id limit :limit offset :offset")
        .param("o", outcomeId).param("s", status).param("limit", page.size()).param("offset", page.offset()).query(Items::item).list();
    long total = jdbc.sql("select count(*) from assessment.item" + where).param("o", outcomeId).param("s", status).query(Long.class).single();
    return Page.of(items, page, total);
  }

  /** Published items of an outcome, at random; a practice quiz or a pool draws from these. */
  List<UUID> drawPublished(UUID outcomeId, int count, String salt) {
    return jdbc.sql("select id from assessment.item where outcome_id = :o and status = 'published' order by md5(id::text || :salt) limit :n")
        .param("o", outcomeId).param("salt", salt).param("n", count).query(UUID.class).list();
  }

  Map<String, Variant> variants(UUID itemId) {
    var variants = new LinkedHashMap<String, Variant>();
    jdbc.sql("select language, stem, feedback, choices, accepted, pairs from assessment.item_variant where item_id = :i order by language")
        .param("i", itemId)
        .query((rs, n) -> new Variant(rs.getString("language"), rs.getString("stem"), rs.getString("feedback"),
            Json.read(rs.getString("choices"), STRINGS), Json.read(rs.getString("accepted"), STRINGS), Json.read(rs.getString("pairs"), PAIRS)))
        .list().forEach(v -> variants.put(v.language(), v));
    return variants;
  }

  void insert(UUID id, String key, UUID outcomeId, String type, Map<String, Object> answer, UUID authorId, Collection<Variant> variants) {
    jdbc.sql("insert into assessment.item (id, key, outcome_id, type, answer, author_id) values (:id, :key, :o, :t, cast(:a as jsonb), :author)")
        .param("id", id).param("key", key).param("o", outcomeId).param("t", type).param("a", Json.write(answer)).param("author", authorId).update();
    for (Variant v : variants) {
      jdbc.sql("""
          insert into assessment.item_variant (item_id, language, stem, feedback, choices, accepted, pairs)
          values (:i, :l, :stem, :feedback, cast(:choices as jsonb), cast(:accepted as jsonb), cast(:pairs as jsonb))""")
          .param("i", id).param("l", v.language()).param("stem", v.stem()).param("feedback", v.feedback() == null ? "" : v.feedback())
          .param("choices", Json.write(v.choices())).param("accepted", Json.write(v.accepted())).param("pairs", Json.write(v.pairs())).update();
    }
  }

  /** Replaces a draft's outcome, type, key and texts. */
  void update(UUID id, UUID outcomeId, String type, Map<String, Object> answer, Collection<Variant> variants) {
    jdbc.sql("update assessment.item set outcome_id = :o, type = :t, answer = cast(:a as jsonb) where id = :id and status = 'draft'")
        .param("o", outcomeId).param("t", type).param("a", Json.write(answer)).param("id", id).update();
    jdbc.sql("delete from assessment.item_variant where item_id = :id").param("id", id).update();
    for (Variant v : variants) {
      jdbc.sql("""
          insert into assessment.item_variant (item_id, language, stem, feedback, choices, accepted, pairs)
          values (:i, :l, :stem, :feedback, cast(:choices as jsonb), cast(:accepted as jsonb), cast(:pairs as jsonb))""")
          .param("i", id).param("l", v.language()).param("stem", v.stem()).param("feedback", v.feedback() == null ? "" : v.feedback())
          .param("choices", Json.write(v.choices())).param("accepted", Json.write(v.accepted())).param("pairs", Json.write(v.pairs())).update();
    }
  }

  void setStatus(UUID id, String status) {
    jdbc.sql("update assessment.item set status = :s, published_at = case when :s = 'published' then now() else published_at end where id = :id")
        .param("s", status).param("id", id).update();
  }

  long count() {
    return jdbc.sql("select count(*) from assessment.item").query(Long.class).single();
  }
}

package org.erdem.content.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.erdem.shared.LocalizedJson;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The titles, summaries and outcomes of lesson versions as their cards show them, those of published
 * and archived versions kept on this node. Such a version cannot change (trigger
 * {@code lesson_variant_frozen}), so what is kept here is never stale and needs no notice from other
 * nodes. A child's My work lists a dozen lessons: reading their texts, with two aggregates and an
 * array per version, and planning that query anew each time, had cost PostgreSQL more than the rest
 * of the page.
 */
final class PublishedTexts {
  private static final Set<String> FROZEN = Set.of("published", "archived");
  /** Far more than a country's catalogue (~2,000 lessons); past it, the kept texts are forgotten and read again. */
  private static final int KEPT = 20_000;

  /** What a card shows of a version besides its row. */
  record Texts(Map<String, String> titles, Map<String, String> summaries, List<UUID> outcomeIds) {}

  /** A version as listed: its id and status decide whether its texts may be kept. */
  record Listed(UUID versionId, String status) {}

  private final JdbcClient jdbc;
  private final Map<UUID, Texts> kept = new ConcurrentHashMap<>();

  PublishedTexts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The texts of the versions listed, by version id: kept ones from memory, the others in one read. */
  Map<UUID, Texts> of(Collection<Listed> versions) {
    var texts = new HashMap<UUID, Texts>();
    var missing = new HashMap<UUID, String>();
    for (var v : versions) {
      var known = kept.get(v.versionId());
      if (known != null) {
        texts.put(v.versionId(), known);
      } else {
        missing.put(v.versionId(), v.status());
      }
    }
    if (missing.isEmpty()) {
      return texts;
    }
    jdbc.sql("""
        select v.id,
               (select jsonb_object_agg(x.language, x.title) from content.lesson_variant x where x.version_id = v.id) as titles,
               (select jsonb_object_agg(x.language, x.summary) from content.lesson_variant x where x.version_id = v.id) as summaries,
               array(select o.outcome_id from content.lesson_outcome o where o.version_id = v.id) as outcome_ids
          from content.lesson_version v where v.id = any(cast(:ids as uuid[]))""")
        .param("ids", missing.keySet().stream().map(UUID::toString).toArray(String[]::new))
        .query((rs, n) -> {
          UUID id = rs.getObject("id", UUID.class);
          // Unmodifiable: a kept value is shared by every request.
          var read = new Texts(Collections.unmodifiableMap(LocalizedJson.parse(rs.getString("titles"))),
              Collections.unmodifiableMap(LocalizedJson.parse(rs.getString("summaries"))),
              List.of((UUID[]) rs.getArray("outcome_ids").getArray()));
          texts.put(id, read);
          // The status was read before the texts: a version listed as published was frozen when they were read.
          if (FROZEN.contains(missing.get(id))) {
            keep(id, read);
          }
          return id;
        })
        .list();
    return texts;
  }

  private void keep(UUID versionId, Texts texts) {
    if (kept.size() >= KEPT) {
      kept.clear();
    }
    kept.put(versionId, texts);
  }
}

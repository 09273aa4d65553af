package org.erdem.identity.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.erdem.identity.AuditLog;
import org.erdem.shared.Page;
import org.erdem.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
public class JdbcAuditLog implements AuditLog {
  private final JdbcClient jdbc;
  private final CallerLoader callers;

  JdbcAuditLog(JdbcClient jdbc, CallerLoader callers) {
    this.jdbc = jdbc;
    this.callers = callers;
  }

  @Override
  public void record(String action, String recordType, Object recordId, String details) {
    var caller = callers.find();
    UUID actorId = caller.map(c -> c.accountId()).orElse(null);
    String actorName = caller.map(c -> c.username()).orElseGet(JdbcAuditLog::authenticatedName);
    insert(actorId, actorName, action, recordType, recordId, details);
  }

  /** A login attempt: the actor is the name that was typed, signed in or not. */
  void recordLogin(String action, String username, UUID accountId) {
    insert(accountId, username, action, "account", accountId, null);
  }

  private void insert(UUID actorId, String actorName, String action, String recordType, Object recordId, String details) {
    jdbc.sql("""
        insert into identity.audit_event (actor_id, actor_name, action, record_type, record_id, client_address, details)
        values (:actorId, :actorName, :action, :recordType, :recordId, :address, :details)""")
        .param("actorId", actorId).param("actorName", actorName).param("action", action)
        .param("recordType", recordType).param("recordId", recordId == null ? null : recordId.toString())
        .param("address", ClientAddress.current()).param("details", details).update();
  }

  private static String authenticatedName() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null ? null : auth.getName();
  }

  public record AuditEvent(long id, OffsetDateTime at, String actorName, String action, String recordType,
      String recordId, String clientAddress, String details) {}

  public record AuditQuery(String actor, String action, String record, java.time.LocalDate from, java.time.LocalDate to) {}

  /** Searches the log; for national system administrators only, as it spans every region. */
  public Page<AuditEvent> search(AuditQuery q, PageRequest page) {
    if (!callers.current().hasNationally(org.erdem.identity.Role.SYSTEM_ADMIN)) {
      throw new org.erdem.shared.AccessDeniedException();
    }
    String where = """
        \swhere (cast(:actor as text) is null or lower(actor_name) like lower(:actor) || '%')
           and (cast(:action as text) is null or action = :action)
           and (cast(:record as text) is null or record_id = :record)
           and (cast(:from as date) is null or at >= cast(:from as date))
           and (cast(:to as date) is null or at < cast(:to as date) + 1)""";
    List<AuditEvent> items = jdbc.sql("select id, at, actor_name, action, record_type, record_id, client_address, details from identity.audit_event"
            + where + " order by at desc, id desc limit :limit offset :offset")
        .params(params(q)).param("limit", page.size()).param("offset", page.offset())
        .query((rs, n) -> new AuditEvent(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class), rs.getString("actor_name"),
            rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"), rs.getString("client_address"),
            rs.getString("details")))
        .list();
    long total = jdbc.sql("select count(*) from identity.audit_event" + where).params(params(q)).query(Long.class).single();
    return Page.of(items, page, total);
  }

  public List<String> actions() {
    return jdbc.sql("select distinct action from identity.audit_event order by action").query(String.class).list();
  }

  private static java.util.Map<String, Object> params(AuditQuery q) {
    var map = new java.util.HashMap<String, Object>();
    map.put("actor", org.erdem.shared.Text.blankToNull(q.actor()));
    map.put("action", org.erdem.shared.Text.blankToNull(q.action()));
    map.put("record", org.erdem.shared.Text.blankToNull(q.record()));
    map.put("from", q.from());
    map.put("to", q.to());
    return map;
  }

}

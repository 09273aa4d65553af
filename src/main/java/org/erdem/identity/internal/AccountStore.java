package org.erdem.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.erdem.identity.Grant;
import org.erdem.identity.Role;
import org.erdem.shared.Ids;
import org.erdem.shared.Page;
import org.erdem.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts and role assignments in the {@code identity} schema. */
@Repository
public class AccountStore {
  private final JdbcClient jdbc;
  private final IdentityChanges changes;

  AccountStore(JdbcClient jdbc, IdentityChanges changes) {
    this.jdbc = jdbc;
    this.changes = changes;
  }

  public record Account(UUID id, String username, String displayName, String passwordHash, String language,
      boolean enabled, boolean mustChangePassword, OffsetDateTime lockedUntil, OffsetDateTime createdAt) {
    boolean lockedAt(OffsetDateTime now) {
      return lockedUntil != null && lockedUntil.isAfter(now);
    }
  }

  private static final String ACCOUNT_COLUMNS =
      "id, username, display_name, password_hash, preferred_language, enabled, must_change_password, locked_until, created_at";

  private static Account account(ResultSet rs, int row) throws SQLException {
    return new Account(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
        rs.getString("password_hash"), rs.getString("preferred_language"), rs.getBoolean("enabled"),
        rs.getBoolean("must_change_password"), rs.getObject("locked_until", OffsetDateTime.class),
        rs.getObject("created_at", OffsetDateTime.class));
  }

  public Optional<Account> findByUsername(String username) {
    return jdbc.sql("select " + ACCOUNT_COLUMNS + " from identity.account where lower(username) = lower(:u)")
        .param("u", username).query(AccountStore::account).optional();
  }

  /** An account with its role assignments. */
  public record Holder(Account account, List<Grant> grants) {}

  /** The account and its role assignments in one round trip: this is read on every signed-in request. */
  public Optional<Holder> findWithGrants(String username) {
    var rows = jdbc.sql("""
        select a.id, a.username, a.display_name, a.password_hash, a.preferred_language, a.enabled, a.must_change_password,
               a.locked_until, a.created_at, r.id as grant_id, r.role, r.node_id, r.node_path, r.valid_from, r.valid_to
          from identity.account a left join identity.role_assignment r on r.account_id = a.id
         where lower(a.username) = lower(:u) order by r.valid_from, r.role""")
        .param("u", username)
        .query((rs, n) -> new Holder(account(rs, n), rs.getObject("grant_id") == null ? List.of()
            : List.of(grant(rs, "grant_id"))))
        .list();
    return rows.isEmpty() ? Optional.empty()
        : Optional.of(new Holder(rows.get(0).account(), rows.stream().flatMap(h -> h.grants().stream()).toList()));
  }

  public Optional<Account> findById(UUID id) {
    return jdbc.sql("select " + ACCOUNT_COLUMNS + " from identity.account where id = :id")
        .param("id", id).query(AccountStore::account).optional();
  }

  /**
   * Accounts matching the text; with scope patterns, only accounts that hold roles and hold them all
   * under those patterns (a regional administrator's reach).
   */
  public Page<Account> search(String text, String[] scopePatterns, PageRequest page) {
    String pattern = text == null || text.isBlank() ? "%" : "%" + text.trim().toLowerCase() + "%";
    String where = """
        \swhere (lower(a.username) like :p or lower(a.display_name) like :p)
           and (cast(:scoped as boolean) = false
                or (exists (select 1 from identity.role_assignment r where r.account_id = a.id)
                    and not exists (select 1 from identity.role_assignment r where r.account_id = a.id
                                     and not r.node_path like any(cast(:patterns as text[])))))""";
    boolean scoped = scopePatterns != null;
    String[] patterns = scoped ? scopePatterns : new String[0];
    List<Account> items = jdbc.sql("select a.id, a.username, a.display_name, a.password_hash, a.preferred_language, a.enabled, "
            + "a.must_change_password, a.locked_until, a.created_at from identity.account a" + where
            + " order by lower(a.username) limit :limit offset :offset")
        .param("p", pattern).param("scoped", scoped).param("patterns", patterns).param("limit", page.size()).param("offset", page.offset())
        .query(AccountStore::account).list();
    long total = jdbc.sql("select count(*) from identity.account a" + where)
        .param("p", pattern).param("scoped", scoped).param("patterns", patterns).query(Long.class).single();
    return Page.of(items, page, total);
  }

  public UUID insert(String username, String displayName, String passwordHash, String language, boolean mustChange) {
    UUID id = Ids.newId();
    jdbc.sql("""
        insert into identity.account (id, username, display_name, password_hash, preferred_language, must_change_password)
        values (:id, :username, :displayName, :hash, :lang, :mustChange)""")
        .param("id", id).param("username", username).param("displayName", displayName).param("hash", passwordHash)
        .param("lang", language).param("mustChange", mustChange).update();
    return id;
  }

  public void setPassword(UUID id, String hash, boolean mustChange) {
    jdbc.sql("update identity.account set password_hash = :hash, must_change_password = :mustChange, locked_until = null where id = :id")
        .param("hash", hash).param("mustChange", mustChange).param("id", id).update();
    changes.accountChanged(id);
  }

  public void setEnabled(UUID id, boolean enabled) {
    jdbc.sql("update identity.account set enabled = :enabled where id = :id").param("enabled", enabled).param("id", id).update();
    changes.accountChanged(id);
  }

  public void lockUntil(String username, OffsetDateTime until) {
    jdbc.sql("update identity.account set locked_until = :until where lower(username) = lower(:u)")
        .param("until", until).param("u", username).update();
  }

  private static Grant grant(ResultSet rs, int row) throws SQLException {
    return grant(rs, "id");
  }

  private static Grant grant(ResultSet rs, String idColumn) throws SQLException {
    return new Grant(rs.getObject(idColumn, UUID.class), Role.fromCode(rs.getString("role")).orElseThrow(),
        rs.getObject("node_id", UUID.class), rs.getString("node_path"), rs.getObject("valid_from", LocalDate.class),
        rs.getObject("valid_to", LocalDate.class));
  }

  public List<Grant> grants(UUID accountId) {
    return jdbc.sql("""
        select id, role, node_id, node_path, valid_from, valid_to from identity.role_assignment
         where account_id = :id order by valid_from, role""")
        .param("id", accountId).query(AccountStore::grant).list();
  }

  public Optional<Grant> findGrant(UUID accountId, UUID grantId) {
    return jdbc.sql("select id, role, node_id, node_path, valid_from, valid_to from identity.role_assignment where id = :g and account_id = :a")
        .param("g", grantId).param("a", accountId).query(AccountStore::grant).optional();
  }

  public UUID insertGrant(UUID accountId, Role role, UUID nodeId, String nodePath, LocalDate from, LocalDate to) {
    UUID id = Ids.newId();
    jdbc.sql("""
        insert into identity.role_assignment (id, account_id, role, node_id, node_path, valid_from, valid_to)
        values (:id, :account, :role, :node, :path, :from, :to)""")
        .param("id", id).param("account", accountId).param("role", role.code()).param("node", nodeId)
        .param("path", nodePath).param("from", from).param("to", to).update();
    changes.accountChanged(accountId);
    return id;
  }

  public void deleteGrant(UUID grantId) {
    jdbc.sql("delete from identity.role_assignment where id = :id returning account_id").param("id", grantId).query(UUID.class).optional()
        .ifPresent(changes::accountChanged);
  }
}

package org.erdem.identity.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.erdem.identity.Accounts;
import org.erdem.identity.Caller;
import org.erdem.identity.Grant;
import org.erdem.identity.NewAccount;
import org.erdem.identity.OrgDirectory;
import org.erdem.identity.Role;
import org.erdem.shared.AccessDeniedException;
import org.erdem.shared.Calendar;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.Page;
import org.erdem.shared.PageRequest;
import org.erdem.shared.Validation;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.Languages;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and role assignments; administration is for system administrators, within their scope. */
@Service
public class AccountService implements Accounts {
  static final int MIN_PASSWORD = 8;
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

  private final AccountStore store;
  private final PasswordEncoder encoder;
  private final CallerLoader callers;
  private final OrgDirectory org;
  private final JdbcAuditLog audit;

  AccountService(AccountStore store, PasswordEncoder encoder, CallerLoader callers, OrgDirectory org, JdbcAuditLog audit) {
    this.store = store;
    this.encoder = encoder;
    this.callers = callers;
    this.org = org;
    this.audit = audit;
  }

  @Override
  @Transactional
  public UUID create(NewAccount account) {
    validateNew(account);
    UUID id = store.insert(account.username().trim().toLowerCase(), account.displayName().trim(), encoder.encode(account.password()),
        language(account.language()), account.mustChangePassword());
    audit.record("account.created", "account", id, account.username().trim().toLowerCase());
    return id;
  }

  @Override
  @Transactional
  public UUID createEncoded(NewAccount account, String encodedPassword) {
    return store.insert(account.username(), account.displayName(), encodedPassword, language(account.language()), account.mustChangePassword());
  }

  @Override
  public String encode(String rawPassword) {
    return encoder.encode(rawPassword);
  }

  @Override
  public Optional<UUID> findByUsername(String username) {
    return store.findByUsername(username).map(AccountStore.Account::id);
  }

  @Override
  @Transactional
  public UUID grant(UUID accountId, Role role, UUID nodeId, LocalDate validFrom, LocalDate validTo) {
    var node = org.findNode(nodeId).orElseThrow(() -> new NotFoundException("org node " + nodeId));
    UUID grantId = store.insertGrant(accountId, role, nodeId, node.path(), validFrom == null ? Calendar.today() : validFrom, validTo);
    audit.record("role.assigned", "account", accountId, role.code() + "@" + node.code());
    return grantId;
  }

  @Override
  public boolean holds(UUID accountId, Role role) {
    LocalDate today = Calendar.today();
    return store.grants(accountId).stream().anyMatch(g -> g.role() == role && g.activeOn(today));
  }

  // --- administration, by a system administrator ---

  public Page<AccountStore.Account> search(String text, PageRequest page) {
    Caller admin = requireAdmin();
    String[] scope = admin.hasNationally(Role.SYSTEM_ADMIN) ? null
        : admin.scopes(Role.SYSTEM_ADMIN).stream().map(p -> p + "%").toArray(String[]::new);
    return store.search(text, scope, page);
  }

  /** An account the calling administrator may manage: a national one any, a regional one those wholly in the region. */
  public AccountStore.Account get(UUID id) {
    Caller admin = requireAdmin();
    var account = store.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
    if (!admin.hasNationally(Role.SYSTEM_ADMIN)) {
      List<Grant> grants = store.grants(id);
      if (grants.isEmpty() || !grants.stream().allMatch(g -> admin.covers(g.nodePath(), Role.SYSTEM_ADMIN))) {
        throw new AccessDeniedException();
      }
    }
    return account;
  }

  public List<Grant> grantsOf(UUID id) {
    get(id);
    return store.grants(id);
  }

  @Transactional
  public UUID createByAdmin(NewAccount account) {
    requireAdmin();
    return create(new NewAccount(account.username(), account.displayName(), account.password(), account.language(), true));
  }

  public record GrantRequest(String role, String nodeCode, LocalDate validFrom, LocalDate validTo) {}

  @Transactional
  public UUID assignRole(UUID accountId, GrantRequest request) {
    Caller admin = requireAdmin();
    get(accountId);
    var v = new Validation().required("role", request.role()).required("nodeCode", request.nodeCode());
    Optional<Role> role = Role.fromCode(request.role());
    v.check(request.role() == null || role.isPresent(), "role", "validation.role.unknown");
    var node = request.nodeCode() == null ? Optional.<OrgDirectory.OrgNode>empty() : org.findNodeByCode(request.nodeCode().trim());
    v.check(request.nodeCode() == null || request.nodeCode().isBlank() || node.isPresent(), "nodeCode", "validation.node.unknown");
    v.check(request.validTo() == null || request.validFrom() == null || !request.validTo().isBefore(request.validFrom()), "validTo", "validation.dates.order");
    v.throwIfInvalid();
    if (!admin.covers(node.get().path(), Role.SYSTEM_ADMIN)) {
      throw ValidationException.of("nodeCode", "validation.node.outOfScope");
    }
    return grant(accountId, role.get(), node.get().id(), request.validFrom(), request.validTo());
  }

  @Transactional
  public void revokeRole(UUID accountId, UUID grantId) {
    Caller admin = requireAdmin();
    get(accountId);
    Grant grant = store.findGrant(accountId, grantId).orElseThrow(() -> new NotFoundException("grant " + grantId));
    if (!admin.covers(grant.nodePath(), Role.SYSTEM_ADMIN)) {
      throw new AccessDeniedException();
    }
    store.deleteGrant(grantId);
    audit.record("role.revoked", "account", accountId, grant.role().code() + "@" + grant.nodePath());
  }

  /** Sets a temporary password that the user must change at the next sign-in. */
  @Transactional
  public void resetPassword(UUID accountId, String temporaryPassword) {
    requireAdmin();
    get(accountId);
    new Validation().required("password", temporaryPassword)
        .check(temporaryPassword == null || temporaryPassword.length() >= MIN_PASSWORD, "password", "validation.password.short", MIN_PASSWORD)
        .throwIfInvalid();
    store.setPassword(accountId, encoder.encode(temporaryPassword), true);
    audit.record("password.reset", "account", accountId, null);
  }

  @Transactional
  public void setEnabled(UUID accountId, boolean enabled) {
    Caller admin = requireAdmin();
    get(accountId);
    if (admin.accountId().equals(accountId) && !enabled) {
      throw ValidationException.of(null, "validation.account.selfDisable");
    }
    store.setEnabled(accountId, enabled);
    audit.record(enabled ? "account.enabled" : "account.disabled", "account", accountId, null);
  }

  // --- the caller's own account ---

  @Transactional
  public void changeOwnPassword(String current, String next, String repeat) {
    Caller caller = callers.current();
    var account = store.findById(caller.accountId()).orElseThrow();
    var v = new Validation().required("current", current).required("password", next).required("repeat", repeat);
    v.check(current == null || encoder.matches(current, account.passwordHash()), "current", "validation.password.wrong");
    v.check(next == null || next.length() >= MIN_PASSWORD, "password", "validation.password.short", MIN_PASSWORD);
    v.check(next == null || !next.equalsIgnoreCase(account.username()), "password", "validation.password.username");
    v.check(next == null || current == null || !next.equals(current), "password", "validation.password.same");
    v.check(next == null || next.equals(repeat), "repeat", "validation.password.repeat");
    v.throwIfInvalid();
    store.setPassword(account.id(), encoder.encode(next), false);
    callers.forget();
    audit.record("password.changed", "account", account.id(), null);
  }

  private Caller requireAdmin() {
    Caller caller = callers.current();
    if (!caller.has(Role.SYSTEM_ADMIN)) {
      throw new AccessDeniedException();
    }
    return caller;
  }

  private void validateNew(NewAccount account) {
    var v = new Validation()
        .required("username", account.username())
        .required("displayName", account.displayName())
        .required("password", account.password())
        .maxLength("displayName", account.displayName(), 200)
        .matches("username", account.username() == null ? null : account.username().trim().toLowerCase(), USERNAME, "validation.username.format");
    v.check(account.password() == null || account.password().length() >= MIN_PASSWORD, "password", "validation.password.short", MIN_PASSWORD);
    if (account.username() != null && !v.hasErrorOn("username") && store.findByUsername(account.username().trim()).isPresent()) {
      v.add("username", "validation.username.taken");
    }
    v.throwIfInvalid();
  }

  private static String language(String code) {
    return Languages.isSupported(code) ? code : Languages.DEFAULT.getLanguage();
  }
}

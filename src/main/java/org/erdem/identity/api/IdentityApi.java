package org.erdem.identity.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.identity.Callers;
import org.erdem.identity.Grant;
import org.erdem.identity.NewAccount;
import org.erdem.identity.internal.AccountService;
import org.erdem.identity.internal.AccountStore;
import org.erdem.identity.internal.JdbcAuditLog;
import org.erdem.shared.Page;
import org.erdem.shared.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Accounts, roles and the audit log over JSON; the same services and rules as the pages. */
@RestController
@RequestMapping("/api/v1")
class IdentityApi {
  private final Callers callers;
  private final AccountService accounts;
  private final JdbcAuditLog audit;

  IdentityApi(Callers callers, AccountService accounts, JdbcAuditLog audit) {
    this.callers = callers;
    this.accounts = accounts;
    this.audit = audit;
  }

  record AccountView(UUID id, String username, String displayName, String language, boolean enabled, boolean mustChangePassword, OffsetDateTime createdAt) {
    static AccountView of(AccountStore.Account a) {
      return new AccountView(a.id(), a.username(), a.displayName(), a.language(), a.enabled(), a.mustChangePassword(), a.createdAt());
    }
  }

  record GrantView(UUID id, String role, UUID nodeId, String nodePath, LocalDate validFrom, LocalDate validTo) {
    static GrantView of(Grant g) {
      return new GrantView(g.id(), g.role().code(), g.nodeId(), g.nodePath(), g.validFrom(), g.validTo());
    }
  }

  record Me(UUID id, String username, String displayName, boolean mustChangePassword, List<GrantView> roles) {}

  record PasswordChange(String current, String password, String repeat) {}

  record PasswordReset(String password) {}

  @GetMapping("/me")
  Me me() {
    var c = callers.current();
    return new Me(c.accountId(), c.username(), c.displayName(), c.mustChangePassword(), c.grants().stream().map(GrantView::of).toList());
  }

  @PostMapping("/me/password")
  ResponseEntity<Void> changePassword(@RequestBody PasswordChange change) {
    accounts.changeOwnPassword(change.current(), change.password(), change.repeat());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/users")
  Page<AccountView> users(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return accounts.search(q, PageRequest.of(page, size)).map(AccountView::of);
  }

  @PostMapping("/users")
  ResponseEntity<AccountView> create(@RequestBody NewAccount account) {
    UUID id = accounts.createByAdmin(account);
    return ResponseEntity.created(URI.create("/api/v1/users/" + id)).body(AccountView.of(accounts.get(id)));
  }

  @GetMapping("/users/{id}")
  Map<String, Object> user(@PathVariable UUID id) {
    return Map.of("account", AccountView.of(accounts.get(id)), "roles", accounts.grantsOf(id).stream().map(GrantView::of).toList());
  }

  @PostMapping("/users/{id}/roles")
  ResponseEntity<Map<String, UUID>> assign(@PathVariable UUID id, @RequestBody AccountService.GrantRequest request) {
    UUID grantId = accounts.assignRole(id, request);
    return ResponseEntity.created(URI.create("/api/v1/users/" + id)).body(Map.of("id", grantId));
  }

  @DeleteMapping("/users/{id}/roles/{grantId}")
  ResponseEntity<Void> revoke(@PathVariable UUID id, @PathVariable UUID grantId) {
    accounts.revokeRole(id, grantId);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/users/{id}/password-reset")
  ResponseEntity<Void> reset(@PathVariable UUID id, @RequestBody PasswordReset reset) {
    accounts.resetPassword(id, reset.password());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/audit")
  Page<JdbcAuditLog.AuditEvent> audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
      @RequestParam(required = false) String record,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return audit.search(new JdbcAuditLog.AuditQuery(actor, action, record, from, to), PageRequest.of(page, size));
  }
}

package org.erdem.registry.internal;

import java.util.List;
import java.util.UUID;
import org.erdem.identity.Accounts;
import org.erdem.identity.AuditLog;
import org.erdem.identity.Guardianships;
import org.erdem.identity.NewAccount;
import org.erdem.identity.Role;
import org.erdem.shared.Validation;
import org.erdem.shared.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links parents and guardians to a child. A guardian may have children in several schools and a
 * child several guardians; the link, not the role, opens the child's record to them.
 */
@Service
public class GuardianLinks {
  public static final List<String> RELATIONSHIPS = List.of("mother", "father", "guardian", "parent");

  private final ChildService children;
  private final RegistryAccess access;
  private final Accounts accounts;
  private final Guardianships guardianships;
  private final AuditLog audit;

  GuardianLinks(ChildService children, RegistryAccess access, Accounts accounts, Guardianships guardianships, AuditLog audit) {
    this.children = children;
    this.access = access;
    this.accounts = accounts;
    this.guardianships = guardianships;
    this.audit = audit;
  }

  /** An existing account by username, or a new one when a name and a temporary password are given. */
  public record GuardianForm(String username, String displayName, String password, String relationship) {}

  @Transactional
  public UUID link(UUID childId, GuardianForm form) {
    var child = children.get(childId);
    access.requireManage(child.schoolPath());
    new Validation().required("username", form.username()).required("relationship", form.relationship())
        .check(form.relationship() == null || form.relationship().isBlank() || RELATIONSHIPS.contains(form.relationship()), "relationship", "validation.choice")
        .throwIfInvalid();
    boolean newAccount = form.displayName() != null && !form.displayName().isBlank();
    UUID account = accounts.findByUsername(form.username().trim()).orElse(null);
    if (account == null && !newAccount) {
      throw ValidationException.of("username", "validation.guardian.unknown");
    }
    if (account == null) {
      account = accounts.create(new NewAccount(form.username(), form.displayName(), form.password(), "mn", true));
    }
    if (!accounts.holds(account, Role.GUARDIAN)) {
      accounts.grant(account, Role.GUARDIAN, child.schoolId(), null, null);
    }
    guardianships.link(account, childId, form.relationship());
    audit.record("guardian.linked", "child", childId, form.username().trim());
    return account;
  }

  @Transactional
  public void unlink(UUID childId, UUID guardianAccountId) {
    var child = children.get(childId);
    access.requireManage(child.schoolPath());
    guardianships.unlink(guardianAccountId, childId);
    audit.record("guardian.unlinked", "child", childId, guardianAccountId.toString());
  }
}

package org.erdem.identity.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.erdem.identity.NewAccount;
import org.erdem.identity.Role;
import org.erdem.identity.internal.AccountService;
import org.erdem.shared.PageRequest;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration for system administrators: accounts, roles at org nodes, password resets. */
@Controller
class AdminUsersController {
  private final AccountService accounts;
  private final GrantViews grants;

  AdminUsersController(AccountService accounts, GrantViews grants) {
    this.accounts = accounts;
    this.grants = grants;
  }

  @GetMapping("/admin/users")
  String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("accounts", accounts.search(q, PageRequest.of(page, null)));
    return "identity/users";
  }

  @GetMapping("/admin/users/new")
  String newForm(Model model) {
    model.addAttribute("form", new NewAccount("", "", "", "mn", true));
    model.addAttribute("errors", FormErrors.NONE);
    return "identity/user-new";
  }

  @PostMapping("/admin/users")
  String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
      @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "mn") String language, Model model) {
    var form = new NewAccount(username, displayName, password, language, true);
    try {
      UUID id = accounts.createByAdmin(form);
      return "redirect:/admin/users/" + id;
    } catch (ValidationException e) {
      model.addAttribute("form", form);
      model.addAttribute("errors", FormErrors.of(e));
      return "identity/user-new";
    }
  }

  @GetMapping("/admin/users/{id}")
  String show(@PathVariable UUID id, Model model) {
    return show(id, model, FormErrors.NONE, new AccountService.GrantRequest("", "", null, null));
  }

  private String show(UUID id, Model model, FormErrors errors, AccountService.GrantRequest grantForm) {
    model.addAttribute("account", accounts.get(id));
    model.addAttribute("grants", grants.of(accounts.grantsOf(id)));
    model.addAttribute("roles", Arrays.asList(Role.values()));
    model.addAttribute("errors", errors);
    model.addAttribute("grantForm", grantForm);
    return "identity/user";
  }

  @PostMapping("/admin/users/{id}/roles")
  String assign(@PathVariable UUID id, @RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String nodeCode,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
      Model model, RedirectAttributes redirect) {
    var request = new AccountService.GrantRequest(role, nodeCode, validFrom, validTo);
    try {
      accounts.assignRole(id, request);
    } catch (ValidationException e) {
      return show(id, model, FormErrors.of(e), request);
    }
    redirect.addFlashAttribute("notice", "admin.role.assigned");
    return "redirect:/admin/users/" + id;
  }

  @PostMapping("/admin/users/{id}/roles/{grantId}/revoke")
  String revoke(@PathVariable UUID id, @PathVariable UUID grantId, RedirectAttributes redirect) {
    accounts.revokeRole(id, grantId);
    redirect.addFlashAttribute("notice", "admin.role.revoked");
    return "redirect:/admin/users/" + id;
  }

  @PostMapping("/admin/users/{id}/password")
  String reset(@PathVariable UUID id, @RequestParam(defaultValue = "") String password, Model model, RedirectAttributes redirect) {
    try {
      accounts.resetPassword(id, password);
    } catch (ValidationException e) {
      return show(id, model, FormErrors.of(e), new AccountService.GrantRequest("", "", null, null));
    }
    redirect.addFlashAttribute("notice", "admin.password.reset.done");
    return "redirect:/admin/users/" + id;
  }

  @PostMapping("/admin/users/{id}/enabled")
  String enable(@PathVariable UUID id, @RequestParam boolean enabled, Model model, RedirectAttributes redirect) {
    try {
      accounts.setEnabled(id, enabled);
    } catch (ValidationException e) {
      return show(id, model, FormErrors.of(e), new AccountService.GrantRequest("", "", null, null));
    }
    redirect.addFlashAttribute("notice", enabled ? "admin.account.enabled" : "admin.account.disabled");
    return "redirect:/admin/users/" + id;
  }
}

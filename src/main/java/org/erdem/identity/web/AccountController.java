package org.erdem.identity.web;

import org.erdem.identity.Callers;
import org.erdem.identity.internal.AccountService;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: roles held, password. */
@Controller
class AccountController {
  private final Callers callers;
  private final AccountService accounts;
  private final GrantViews grants;

  AccountController(Callers callers, AccountService accounts, GrantViews grants) {
    this.callers = callers;
    this.accounts = accounts;
    this.grants = grants;
  }

  @GetMapping("/account")
  String account(Model model) {
    var caller = callers.current();
    model.addAttribute("caller", caller);
    model.addAttribute("grants", grants.of(caller.grants()));
    return "identity/account";
  }

  @GetMapping("/account/password")
  String passwordForm(Model model) {
    model.addAttribute("forced", callers.current().mustChangePassword());
    model.addAttribute("errors", FormErrors.NONE);
    return "identity/password";
  }

  @PostMapping("/account/password")
  String changePassword(@RequestParam(required = false) String current, @RequestParam(required = false) String password,
      @RequestParam(required = false) String repeat, Model model, RedirectAttributes redirect) {
    try {
      accounts.changeOwnPassword(current, password, repeat);
    } catch (ValidationException e) {
      model.addAttribute("forced", callers.current().mustChangePassword());
      model.addAttribute("errors", FormErrors.of(e));
      return "identity/password";
    }
    redirect.addFlashAttribute("notice", "account.password.changed");
    return "redirect:/account";
  }
}

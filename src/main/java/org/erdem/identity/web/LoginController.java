package org.erdem.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {
  @GetMapping("/login")
  String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout, Model model) {
    String message = error == null ? null : switch (error) {
      case "locked" -> "login.error.locked";
      case "address" -> "login.error.address";
      case "disabled" -> "login.error.disabled";
      default -> "login.error.bad";
    };
    model.addAttribute("errorKey", message);
    model.addAttribute("loggedOut", logout != null);
    return "identity/login";
  }
}

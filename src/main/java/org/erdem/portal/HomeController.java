package org.erdem.portal;

import org.erdem.identity.Callers;
import org.erdem.registry.Registry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the caller's roles give them, from every module. */
@Controller
class HomeController {
  private final Callers callers;
  private final Registry registry;

  HomeController(Callers callers, Registry registry) {
    this.callers = callers;
    this.registry = registry;
  }

  @GetMapping("/")
  String home(Model model) {
    var caller = callers.current();
    model.addAttribute("caller", caller);
    model.addAttribute("children", registry.myChildren());
    model.addAttribute("classes", registry.myClasses());
    model.addAttribute("scopes", registry.myScopes());
    return "portal/home";
  }
}

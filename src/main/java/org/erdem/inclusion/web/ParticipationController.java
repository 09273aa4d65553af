package org.erdem.inclusion.web;

import java.time.LocalDate;
import java.util.UUID;
import org.erdem.inclusion.internal.PeerSupport;
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

/** Peer buddies, the student council and awareness activities of a school. */
@Controller
class ParticipationController {
  private final PeerSupport peers;

  ParticipationController(PeerSupport peers) {
    this.peers = peers;
  }

  @GetMapping("/schools/{id}/participation")
  String page(@PathVariable UUID id, Model model) {
    return page(id, model, FormErrors.NONE);
  }

  private String page(UUID id, Model model, FormErrors errors) {
    model.addAttribute("participation", peers.of(id));
    model.addAttribute("errors", errors);
    return "inclusion/participation";
  }

  @PostMapping("/schools/{id}/buddies")
  String pair(@PathVariable UUID id, @RequestParam(required = false) UUID childId, @RequestParam(required = false) UUID buddyId, Model model,
      RedirectAttributes redirect) {
    return act(id, model, redirect, () -> peers.pair(id, childId, buddyId));
  }

  @PostMapping("/schools/{id}/council")
  String council(@PathVariable UUID id, @RequestParam(required = false) UUID councilChildId, @RequestParam(required = false) String role, Model model,
      RedirectAttributes redirect) {
    return act(id, model, redirect, () -> peers.joinCouncil(id, councilChildId, role));
  }

  @PostMapping("/schools/{id}/awareness")
  String activity(@PathVariable UUID id, @RequestParam(required = false) String title,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn, @RequestParam(required = false) String audience,
      @RequestParam(required = false) Integer participants, Model model, RedirectAttributes redirect) {
    return act(id, model, redirect, () -> peers.addActivity(id, new PeerSupport.ActivityForm(title, heldOn, audience, participants)));
  }

  private String act(UUID id, Model model, RedirectAttributes redirect, Runnable action) {
    try {
      action.run();
    } catch (ValidationException e) {
      return page(id, model, FormErrors.of(e).renamed(java.util.Map.of("childId", "councilChildId")));
    }
    redirect.addFlashAttribute("notice", "sen.notice.saved");
    return "redirect:/schools/" + id + "/participation";
  }
}

package org.erdem.inclusion.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.identity.Caller;
import org.erdem.identity.NavContributor;
import org.erdem.identity.Role;
import org.erdem.inclusion.internal.SenRecords;
import org.erdem.inclusion.internal.SupportRooms;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.FormErrors;
import org.erdem.shared.web.NavItem;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Support rooms of a school: rooms, staff, caseloads, the weekly schedule and the session log. */
@Controller
class SupportRoomController {
  private final SupportRooms rooms;
  private final SenRecords records;

  SupportRoomController(SupportRooms rooms, SenRecords records) {
    this.rooms = rooms;
    this.records = records;
  }

  @GetMapping("/schools/{id}/support-rooms")
  String school(@PathVariable UUID id, Model model) {
    return school(id, model, FormErrors.NONE);
  }

  private String school(UUID id, Model model, FormErrors errors) {
    model.addAttribute("school", rooms.ofSchool(id));
    model.addAttribute("errors", errors);
    return "inclusion/rooms";
  }

  @PostMapping("/schools/{id}/support-rooms")
  String create(@PathVariable UUID id, @RequestParam(required = false) String name, @RequestParam(required = false) String location, Model model) {
    try {
      return "redirect:/support-rooms/" + rooms.create(id, name, location);
    } catch (ValidationException e) {
      return school(id, model, FormErrors.of(e));
    }
  }

  @GetMapping("/support-rooms")
  String mine() {
    return rooms.myRoom().map(id -> "redirect:/support-rooms/" + id).orElse("inclusion/no-room");
  }

  @GetMapping("/support-rooms/{id}")
  String room(@PathVariable UUID id, Model model) {
    return room(id, model, FormErrors.NONE);
  }

  private String room(UUID id, Model model, FormErrors errors) {
    var view = rooms.view(id);
    model.addAttribute("view", view);
    model.addAttribute("goals", view.canLog() ? rooms.goalsOfMyCaseload(id) : java.util.Map.of());
    model.addAttribute("children", view.canManage() ? records.register(view.room().schoolId()).entries() : List.of());
    model.addAttribute("errors", errors);
    return "inclusion/room";
  }

  @PostMapping("/support-rooms/{id}/staff")
  String addStaff(@PathVariable UUID id, @RequestParam(required = false) UUID member, Model model, RedirectAttributes redirect) {
    return act(id, model, redirect, Map.of("accountId", "member"), () -> rooms.addStaff(id, member));
  }

  @PostMapping("/support-rooms/{id}/caseload")
  String assign(@PathVariable UUID id, @RequestParam(required = false) UUID childId, @RequestParam(required = false) UUID accountId,
      @RequestParam(defaultValue = "false") boolean confirm, Model model, RedirectAttributes redirect) {
    return act(id, model, redirect, Map.of(), () -> rooms.assign(id, childId, accountId, confirm));
  }

  @PostMapping("/support-rooms/{id}/caseload/remove")
  String unassign(@PathVariable UUID id, @RequestParam UUID childId, @RequestParam UUID accountId, Model model, RedirectAttributes redirect) {
    return act(id, model, redirect, Map.of(), () -> rooms.unassign(id, childId, accountId));
  }

  @PostMapping("/support-rooms/{id}/schedule")
  String slot(@PathVariable UUID id, @RequestParam(required = false) Integer weekday,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startsAt,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endsAt,
      @RequestParam(required = false) UUID slotAccountId, @RequestParam(required = false) String activity, Model model, RedirectAttributes redirect) {
    return act(id, model, redirect, Map.of("accountId", "slotAccountId"),
        () -> rooms.addSlot(id, new SupportRooms.SlotForm(weekday, startsAt, endsAt, slotAccountId, activity)));
  }

  @PostMapping("/support-rooms/{id}/sessions")
  String session(@PathVariable UUID id, @RequestParam(required = false) UUID sessionChildId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn, @RequestParam(required = false) Integer minutes,
      @RequestParam(required = false) UUID goalId, @RequestParam(required = false) BigDecimal progress, @RequestParam(required = false) String note,
      Model model, RedirectAttributes redirect) {
    return act(id, model, redirect, Map.of("childId", "sessionChildId"),
        () -> rooms.logSession(id, new SupportRooms.SessionForm(sessionChildId, heldOn, minutes, goalId, progress, note)));
  }

  /** Runs a change; on bad input shows the room again, with each message beside the field of the form it came from. */
  private String act(UUID id, Model model, RedirectAttributes redirect, Map<String, String> fieldNames, Runnable action) {
    try {
      action.run();
    } catch (ValidationException e) {
      return room(id, model, FormErrors.of(e).renamed(fieldNames));
    }
    redirect.addFlashAttribute("notice", "sen.notice.saved");
    return "redirect:/support-rooms/" + id;
  }

  @Component
  static class Nav implements NavContributor {
    @Override
    public List<NavItem> items(Caller caller) {
      return caller.has(Role.TUTOR, Role.SPECIALIST) ? List.of(new NavItem("nav.supportRoom", "/support-rooms")) : List.of();
    }
  }
}

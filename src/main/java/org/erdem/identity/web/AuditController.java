package org.erdem.identity.web;

import java.time.LocalDate;
import org.erdem.identity.internal.JdbcAuditLog;
import org.erdem.shared.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Searching the audit log, for system administrators. */
@Controller
class AuditController {
  private final JdbcAuditLog audit;

  AuditController(JdbcAuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/admin/audit")
  String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
      @RequestParam(required = false) String record,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) Integer page, Model model) {
    var query = new JdbcAuditLog.AuditQuery(actor, action, record, from, to);
    model.addAttribute("query", query);
    model.addAttribute("actions", audit.actions());
    model.addAttribute("events", audit.search(query, PageRequest.of(page, 50)));
    return "identity/audit";
  }
}

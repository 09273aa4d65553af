package org.erdem.inclusion.web;

import java.util.List;
import java.util.UUID;
import org.erdem.identity.Caller;
import org.erdem.identity.NavContributor;
import org.erdem.inclusion.internal.InclusionIndicators;
import org.erdem.shared.web.NavItem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** Inclusion indicators by place, small counts suppressed, as a page, CSV and JSON. */
@Controller
class IndicatorsController {
  private final InclusionIndicators indicators;

  IndicatorsController(InclusionIndicators indicators) {
    this.indicators = indicators;
  }

  @GetMapping("/inclusion/indicators")
  String start() {
    return "redirect:/inclusion/indicators/" + indicators.startNode();
  }

  @GetMapping("/inclusion/indicators/{id}")
  String page(@PathVariable UUID id, Model model) {
    model.addAttribute("indicators", indicators.of(id));
    return "inclusion/indicators";
  }

  @GetMapping("/inclusion/indicators/{id}/export.csv")
  ResponseEntity<String> csv(@PathVariable UUID id) {
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"inclusion-indicators.csv\"").body(indicators.csv(id));
  }

  @GetMapping(path = "/api/v1/org-units/{id}/inclusion-indicators", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  InclusionIndicators.Indicators json(@PathVariable UUID id) {
    return indicators.of(id);
  }

  @Component
  static class Nav implements NavContributor {
    @Override
    public List<NavItem> items(Caller caller) {
      return InclusionIndicators.mayView(caller) ? List.of(new NavItem("nav.inclusionIndicators", "/inclusion/indicators")) : List.of();
    }
  }
}

package org.erdem.mastery.api;

import java.util.List;
import java.util.UUID;
import org.erdem.mastery.internal.MasteryService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class MasteryApi {
  private final MasteryService mastery;

  MasteryApi(MasteryService mastery) {
    this.mastery = mastery;
  }

  @GetMapping("/me/progress")
  List<MasteryService.Estimate> mine() {
    return mastery.mine();
  }

  @GetMapping("/children/{id}/gaps")
  List<MasteryService.Gap> gaps(@PathVariable UUID id) {
    return mastery.gaps(id);
  }

  @GetMapping("/classes/{id}/mastery")
  MasteryService.HeatMap heatMap(@PathVariable UUID id, @org.springframework.web.bind.annotation.RequestParam(required = false) String subject) {
    return mastery.heatMap(id, subject);
  }

  @GetMapping("/children/{id}/mastery")
  List<MasteryService.Estimate> child(@PathVariable UUID id) {
    return mastery.forChild(id);
  }
}

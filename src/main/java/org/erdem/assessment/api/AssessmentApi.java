package org.erdem.assessment.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.assessment.TimeAccommodations;
import org.erdem.assessment.internal.AttemptService;
import org.erdem.assessment.internal.ItemService;
import org.erdem.assessment.internal.Items;
import org.erdem.assessment.internal.QuizService;
import org.erdem.assessment.internal.Quizzes;
import org.erdem.shared.Page;
import org.erdem.shared.PageRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Items, quizzes, attempts and time accommodations over JSON; the same services and rules as the pages. */
@RestController
@RequestMapping("/api/v1")
class AssessmentApi {
  private final ItemService items;
  private final QuizService quizzes;
  private final AttemptService attempts;
  private final TimeAccommodations accommodations;
  private final org.erdem.registry.Registry registry;
  private final org.erdem.assessment.internal.ItemStatistics statistics;

  AssessmentApi(ItemService items, QuizService quizzes, AttemptService attempts, TimeAccommodations accommodations,
      org.erdem.registry.Registry registry, org.erdem.assessment.internal.ItemStatistics statistics) {
    this.registry = registry;
    this.statistics = statistics;
    this.items = items;
    this.quizzes = quizzes;
    this.attempts = attempts;
    this.accommodations = accommodations;
  }

  @GetMapping("/items")
  Page<Items.Item> bank(@RequestParam(required = false) String outcome, @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return items.bank(outcome, status, PageRequest.of(page, size));
  }

  @GetMapping("/items/{id}")
  ItemService.ItemView item(@PathVariable UUID id) {
    return items.get(id);
  }

  @PostMapping("/items")
  ResponseEntity<ItemService.ItemView> createItem(@RequestBody ItemService.ItemDraft draft) {
    UUID id = items.create(draft);
    return ResponseEntity.created(URI.create("/api/v1/items/" + id)).body(items.get(id));
  }

  @PutMapping("/items/{id}")
  ItemService.ItemView updateItem(@PathVariable UUID id, @RequestBody ItemService.ItemDraft draft) {
    items.update(id, draft);
    return items.get(id);
  }

  @PostMapping("/items/{id}/submit")
  ItemService.ItemView submitItem(@PathVariable UUID id) {
    items.submit(id);
    return items.get(id);
  }

  @PostMapping("/items/{id}/publish")
  ItemService.ItemView publishItem(@PathVariable UUID id) {
    items.decide(id, true);
    return items.get(id);
  }

  @PostMapping("/items/{id}/return")
  ItemService.ItemView returnItem(@PathVariable UUID id) {
    items.decide(id, false);
    return items.get(id);
  }

  @GetMapping("/quizzes")
  List<Quizzes.Quiz> quizzes(@RequestParam(required = false) String subject, @RequestParam(required = false) Integer grade) {
    return quizzes.list(subject, grade);
  }

  @GetMapping("/quizzes/{id}")
  Quizzes.Quiz quiz(@PathVariable UUID id) {
    return quizzes.get(id);
  }

  @PostMapping("/quizzes")
  ResponseEntity<Quizzes.Quiz> createQuiz(@RequestBody QuizService.QuizDraft draft) {
    UUID id = quizzes.create(draft);
    return ResponseEntity.created(URI.create("/api/v1/quizzes/" + id)).body(quizzes.get(id));
  }

  @PostMapping("/quizzes/{id}/attempts")
  AttemptService.State start(@PathVariable UUID id, @RequestParam(required = false) UUID context) {
    return attempts.start(id, context);
  }

  @GetMapping("/attempts/{id}")
  AttemptService.State attempt(@PathVariable UUID id) {
    return attempts.state(id);
  }

  @GetMapping("/attempts/{id}/questions/{position}")
  AttemptService.Question question(@PathVariable UUID id, @PathVariable int position, @RequestParam(required = false) String lang) {
    return attempts.question(id, position, lang != null ? lang : LocaleContextHolder.getLocale().getLanguage());
  }

  record AnswerRequest(UUID clientId, Long seq, Map<String, Object> response) {}

  /** Stores one answer; send it again with the same clientId as often as needed. */
  @PutMapping("/attempts/{id}/answers/{position}")
  AttemptService.Ack answer(@PathVariable UUID id, @PathVariable int position, @RequestBody AnswerRequest request) {
    return attempts.answer(id, position, request.clientId(), request.seq(), request.response());
  }

  @PostMapping("/attempts/{id}/submit")
  AttemptService.Result submit(@PathVariable UUID id) {
    return attempts.submit(id);
  }

  @GetMapping("/attempts/{id}/result")
  AttemptService.Result result(@PathVariable UUID id) {
    return attempts.result(id);
  }

  @GetMapping("/quizzes/{id}/statistics")
  List<org.erdem.assessment.internal.ItemStatistics.ItemStat> statistics(@PathVariable UUID id, @RequestParam(required = false) UUID context) {
    return statistics.forQuiz(id, context);
  }

  @GetMapping("/children/{childId}/time-accommodation")
  ResponseEntity<TimeAccommodations.TimeAccommodation> accommodation(@PathVariable UUID childId) {
    registry.visibleChild(childId).orElseThrow(org.erdem.shared.AccessDeniedException::new);
    return ResponseEntity.of(accommodations.of(childId));
  }

  @PutMapping("/children/{childId}/time-accommodation")
  TimeAccommodations.TimeAccommodation setAccommodation(@PathVariable UUID childId, @RequestBody TimeAccommodations.TimeAccommodation accommodation) {
    accommodations.set(childId, accommodation);
    return accommodations.of(childId).orElseThrow();
  }
}

package org.erdem.content.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.erdem.content.internal.LessonService;
import org.erdem.content.internal.Lessons;
import org.erdem.curriculum.Curriculum;
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

/** The lesson library over JSON; the same services and rules as the pages. */
@RestController
@RequestMapping("/api/v1")
class ContentApi {
  private final LessonService lessons;
  private final Curriculum curriculum;
  private final org.erdem.content.internal.MediaService media;

  ContentApi(LessonService lessons, Curriculum curriculum, org.erdem.content.internal.MediaService media) {
    this.lessons = lessons;
    this.curriculum = curriculum;
    this.media = media;
  }

  @GetMapping("/lessons")
  Page<Lessons.Card> search(@RequestParam(required = false) String q, @RequestParam(required = false) String subject,
      @RequestParam(required = false) Integer grade, @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String language, @RequestParam(required = false) String media,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    UUID outcomeId = outcome == null ? null : curriculum.findOutcomeByCode(outcome).map(o -> o.id()).orElse(new UUID(0, 0));
    return lessons.search(new Lessons.Query(q, subject, grade, outcomeId, language, media), PageRequest.of(page, size));
  }

  @GetMapping("/lessons/{id}")
  LessonService.LessonView read(@PathVariable UUID id, @RequestParam(required = false) String lang) {
    return lessons.read(id, lang != null ? lang : LocaleContextHolder.getLocale().getLanguage());
  }

  @GetMapping("/lessons/{id}/workbench")
  LessonService.Workbench workbench(@PathVariable UUID id) {
    return lessons.workbench(id);
  }

  @PostMapping("/lessons")
  ResponseEntity<LessonService.Workbench> create(@RequestBody LessonService.LessonDraft draft) {
    UUID id = lessons.create(draft);
    return ResponseEntity.created(URI.create("/api/v1/lessons/" + id + "/workbench")).body(lessons.workbench(id));
  }

  @PutMapping("/lessons/{id}")
  LessonService.Workbench save(@PathVariable UUID id, @RequestBody LessonService.LessonDraft draft) {
    lessons.saveDraft(id, draft);
    return lessons.workbench(id);
  }

  record Decision(String comment) {}

  @PostMapping("/lessons/{id}/submit")
  LessonService.Workbench submit(@PathVariable UUID id) {
    lessons.submit(id);
    return lessons.workbench(id);
  }

  @PostMapping("/lessons/{id}/approve")
  LessonService.Workbench approve(@PathVariable UUID id, @RequestBody(required = false) Decision decision) {
    lessons.approve(id, decision == null ? null : decision.comment());
    return lessons.workbench(id);
  }

  @PostMapping("/lessons/{id}/return")
  LessonService.Workbench giveBack(@PathVariable UUID id, @RequestBody(required = false) Decision decision) {
    lessons.returnToAuthor(id, decision == null ? null : decision.comment());
    return lessons.workbench(id);
  }

  @PostMapping("/lessons/{id}/comments")
  LessonService.Workbench comment(@PathVariable UUID id, @RequestBody Decision decision) {
    lessons.comment(id, decision.comment());
    return lessons.workbench(id);
  }

  @PostMapping("/lessons/{id}/archive")
  ResponseEntity<Map<String, String>> archive(@PathVariable UUID id) {
    lessons.archive(id);
    return ResponseEntity.ok(Map.of("status", "archived"));
  }

  @PostMapping(path = "/lessons/{id}/media", consumes = "multipart/form-data")
  ResponseEntity<java.util.List<org.erdem.content.internal.MediaService.MediaItem>> upload(@PathVariable UUID id,
      @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file, @RequestParam(required = false) String role,
      @RequestParam(required = false) String language, @RequestParam(required = false) String altText,
      @RequestParam(required = false) String transcript, @RequestParam(required = false) UUID captionsFor) {
    media.upload(id, file == null ? null : new org.erdem.content.internal.MediaService.FileData(file.getOriginalFilename(), file.getSize(), file::getInputStream),
        new org.erdem.content.internal.MediaService.Upload(role, language, altText, transcript, captionsFor));
    return ResponseEntity.status(org.springframework.http.HttpStatus.CREATED).body(lessons.workbench(id).media());
  }

  @org.springframework.web.bind.annotation.DeleteMapping("/lessons/{id}/media/{mediaId}")
  ResponseEntity<Void> deleteMedia(@PathVariable UUID id, @PathVariable UUID mediaId) {
    media.delete(id, mediaId);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/authoring/lessons")
  List<Lessons.Card> mine() {
    return lessons.mine();
  }

  @GetMapping("/review/lessons")
  List<Lessons.Card> queue() {
    return lessons.reviewQueue();
  }
}

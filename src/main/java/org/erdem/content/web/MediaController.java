package org.erdem.content.web;

import java.time.Duration;
import java.util.UUID;
import org.erdem.content.internal.LessonService;
import org.erdem.content.internal.MediaService;
import org.erdem.curriculum.Curriculum;
import org.erdem.shared.ValidationException;
import org.erdem.shared.web.FormErrors;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploading a lesson's files, and streaming them (with range requests, so video can seek and resume). */
@Controller
class MediaController {
  private final MediaService media;
  private final LessonService lessons;
  private final Curriculum curriculum;

  MediaController(MediaService media, LessonService lessons, Curriculum curriculum) {
    this.media = media;
    this.lessons = lessons;
    this.curriculum = curriculum;
  }

  @GetMapping("/media/{id}")
  ResponseEntity<Resource> stream(@PathVariable UUID id) {
    var file = media.open(id);
    var item = file.getKey();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(item.mediaType()))
        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
        .eTag(item.sha256())
        .header("Content-Disposition", ContentDisposition.inline().filename(item.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
        .body(file.getValue());
  }

  @PostMapping("/lessons/{id}/media")
  String upload(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String role,
      @RequestParam(required = false) String language, @RequestParam(required = false) String altText,
      @RequestParam(required = false) String transcript, @RequestParam(required = false) UUID captionsFor, Model model, RedirectAttributes redirect) {
    try {
      media.upload(id, file == null ? null : new MediaService.FileData(file.getOriginalFilename(), file.getSize(), file::getInputStream),
          new MediaService.Upload(role, language, altText, transcript, captionsFor));
    } catch (ValidationException e) {
      model.addAttribute("bench", lessons.workbench(id));
      model.addAttribute("subjects", curriculum.subjects());
      model.addAttribute("errors", FormErrors.of(e));
      return "content/workbench";
    }
    redirect.addFlashAttribute("notice", "media.added");
    return "redirect:/lessons/" + id + "/workbench";
  }

  @PostMapping("/lessons/{id}/media/{mediaId}/delete")
  String delete(@PathVariable UUID id, @PathVariable UUID mediaId, RedirectAttributes redirect) {
    media.delete(id, mediaId);
    redirect.addFlashAttribute("notice", "media.removed");
    return "redirect:/lessons/" + id + "/workbench";
  }
}

package org.erdem.shared.web;

import java.util.Locale;
import java.util.Map;
import org.erdem.shared.ImportReport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** An import report for API callers: 200 when applied, 422 when rejected, messages in the caller's language. */
public final class ImportReportJson {
  private ImportReportJson() {}

  public static ResponseEntity<Map<String, Object>> response(ImportReport report, MessageSource messages) {
    Locale locale = LocaleContextHolder.getLocale();
    var body = Map.<String, Object>of(
        "applied", report.applied(),
        "created", report.count(ImportReport.Status.CREATED),
        "updated", report.count(ImportReport.Status.UPDATED),
        "unchanged", report.count(ImportReport.Status.UNCHANGED),
        "fileErrors", report.fileErrors().stream().map(e -> messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale)).toList(),
        "rows", report.rows().stream().map(r -> Map.of("line", r.line(), "key", r.key() == null ? "" : r.key(),
            "status", r.status().name().toLowerCase(Locale.ROOT),
            "errors", r.errors().stream().map(e -> Map.of("column", e.field() == null ? "" : e.field(),
                "message", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale))).toList())).toList());
    return ResponseEntity.status(report.applied() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(body);
  }
}

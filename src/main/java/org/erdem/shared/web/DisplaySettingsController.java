package org.erdem.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Larger text and high contrast, chosen on any page (signed in or not) and kept in the browser. */
@Controller
class DisplaySettingsController {
  private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

  @PostMapping("/settings/display")
  String change(@RequestParam(required = false) String text, @RequestParam(required = false) String contrast,
      @RequestParam(required = false) String back, HttpServletResponse response) {
    if (text != null) {
      response.addCookie(cookie(PageContext.TEXT_COOKIE, "large".equals(text) ? "large" : "normal"));
    }
    if (contrast != null) {
      response.addCookie(cookie(PageContext.CONTRAST_COOKIE, "high".equals(contrast) ? "high" : "normal"));
    }
    return "redirect:" + localPath(back);
  }

  /** Only a path on this site, never another host. */
  static String localPath(String back) {
    return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/";
  }

  private static Cookie cookie(String name, String value) {
    var cookie = new Cookie(name, value);
    cookie.setPath("/");
    cookie.setMaxAge(ONE_YEAR);
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }
}

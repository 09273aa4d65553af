package org.erdem.shared.web;

/** The text of a JTE template line that a reader would see, with expressions, directives and tags taken out. */
final class TemplateText {
  private TemplateText() {}

  static String visibleText(String line) {
    String s = line.strip();
    if (s.startsWith("@import") || s.startsWith("@param")) {
      return "";
    }
    s = removeBalanced(s, "${", '{', '}');
    s = removeBalanced(s, "!{", '{', '}');
    s = removeBalanced(s, "$unsafe{", '{', '}');
    for (String directive : new String[] {"@if", "@elseif", "@for"}) {
      s = removeBalanced(s, directive, '(', ')');
    }
    // A template call: its arguments are code; only the content block after @` holds markup.
    int call = s.indexOf("@template.");
    while (call >= 0) {
      int block = s.indexOf("@`", call);
      int open = s.indexOf('(', call);
      if (block >= 0) {
        s = s.substring(0, call) + s.substring(block + 2);
      } else if (open >= 0) {
        s = removeBalanced(s, s.substring(call, open), '(', ')');
      } else {
        s = s.substring(0, call);
      }
      call = s.indexOf("@template.");
    }
    s = s.replace("`)", "").replace("@endif", "").replace("@endfor", "").replace("@else", "");
    s = s.replaceAll("<[^>]*>", " ").replaceAll("&[a-z]+;", " ");
    return s;
  }

  private static String removeBalanced(String s, String start, char open, char close) {
    int at = s.indexOf(start);
    while (at >= 0) {
      int i = at + start.length() - (start.charAt(start.length() - 1) == open ? 1 : 0);
      while (i < s.length() && s.charAt(i) != open) {
        i++;
      }
      int depth = 0;
      boolean inString = false;
      for (; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' && s.charAt(i - 1) != '\\') {
          inString = !inString;
        } else if (!inString && c == open) {
          depth++;
        } else if (!inString && c == close && --depth == 0) {
          break;
        }
      }
      s = s.substring(0, at) + s.substring(Math.min(i + 1, s.length()));
      at = s.indexOf(start);
    }
    return s;
  }
}

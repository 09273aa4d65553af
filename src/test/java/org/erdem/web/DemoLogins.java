package org.erdem.web;

import java.util.List;

/** The demo accounts the README lists; all share one password. */
final class DemoLogins {
  static final String PASSWORD = "demo1234";
  static final List<String> ALL = List.of("admin", "analyst", "author", "reviewer", "trainer", "aimagofficer", "supervisor",
      "soumofficer", "schooladmin", "sencoord", "protection", "teacher", "tutor", "specialist", "eteacher", "student", "guardian");

  private DemoLogins() {}
}

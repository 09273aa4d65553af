package org.erdem.shared;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The deployment's calendar: school days, due dates and validity of roles are counted in the
 * country's time zone, whatever the server's. Mongolia's by default, set by ERDEM_TIME_ZONE.
 */
public final class Calendar {
  public static final ZoneId ZONE = ZoneId.of(System.getenv().getOrDefault("ERDEM_TIME_ZONE", "Asia/Ulaanbaatar"));

  private Calendar() {}

  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}

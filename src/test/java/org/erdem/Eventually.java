package org.erdem;

import java.util.function.BooleanSupplier;

/** For what another node's notice brings about: it comes after the change commits, within milliseconds. */
public final class Eventually {
  private static final long WITHIN_MILLIS = 10_000;

  private Eventually() {}

  public static void until(String what, BooleanSupplier condition) {
    long deadline = System.currentTimeMillis() + WITHIN_MILLIS;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("not within " + WITHIN_MILLIS + " ms: " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting: " + what);
      }
    }
  }
}

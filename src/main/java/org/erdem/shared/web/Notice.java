package org.erdem.shared.web;

import java.util.Set;
import java.util.UUID;

/**
 * The change notices ({@code <topic>:<key>}, ADR 0017) that kept pages ({@link ThisPage}) name, and
 * that the modules' triggers announce (ADR 0018).
 */
public final class Notice {
  /** Followed from the start: a notice of a topic no one follows empties every cache on the node. */
  static final Set<String> TOPICS = Set.of("session", "account", "child", "school", "roster", "classwork", "lesson", "quiz", "plan", "curriculum");

  private Notice() {}

  /** What an account may do or is called (identity's triggers; registry's for whom a teacher teaches). */
  public static String account(UUID id) {
    return "account:" + id;
  }

  /** A child's record, classes, accommodations, assignments to the child, progress or mastery. */
  public static String child(UUID id) {
    return "child:" + id;
  }

  /** Which children a school has, and in which classes. */
  public static String school(UUID id) {
    return "school:" + id;
  }

  /** A class's children, with their names and home classes (registry's rosters). */
  public static String roster(UUID classId) {
    return "roster:" + classId;
  }

  /** A class's assignments. */
  public static String classwork(UUID classId) {
    return "classwork:" + classId;
  }

  /** A lesson's versions: which one is published. */
  public static String lesson(UUID id) {
    return "lesson:" + id;
  }

  /** A quiz, its items and pools. */
  public static String quiz(UUID id) {
    return "quiz:" + id;
  }

  /** A remediation plan, its members and steps. */
  public static String plan(UUID id) {
    return "plan:" + id;
  }

  static String session(String id) {
    return "session:" + id;
  }

  /** Whether kept pages hear the notice: one they do not could never forget a page that names it. */
  static boolean followed(String notice) {
    int colon = notice.indexOf(':');
    return colon > 0 && TOPICS.contains(notice.substring(0, colon));
  }
}

/**
 * Classroom: lessons and quizzes assigned to classes, groups or single children, in class or at
 * home, with start and due dates; each child's "My work" and progress; the teacher's view of
 * completion and overdue work. The package root is the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Classroom", allowedDependencies = {"shared", "identity", "registry", "content", "assessment"})
package org.erdem.classroom;

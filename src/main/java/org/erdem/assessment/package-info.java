/**
 * Assessment: the item bank, quizzes (fixed or drawn from outcome pools), attempts that store each
 * answer when it is given and resume after any interruption, server-side time limits with per-child
 * accommodations, automatic grading and item statistics. The package root is the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment", allowedDependencies = {"shared", "identity", "registry", "curriculum"})
package org.erdem.assessment;

/**
 * Curriculum: subjects, grades and learning outcomes (the unit of mastery) in several languages,
 * with a prerequisite graph across grades that is kept free of cycles. The package root is the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Curriculum", allowedDependencies = {"shared", "identity"})
package org.erdem.curriculum;

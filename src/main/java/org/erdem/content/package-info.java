/**
 * Content: the national lesson library. Lessons have language variants linked as translations,
 * outcomes, and a review workflow (draft, in review, published, archived) where a published version
 * is immutable. The package root is the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lesson library", allowedDependencies = {"shared", "identity", "curriculum"})
package org.erdem.content;

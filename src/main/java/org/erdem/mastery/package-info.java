/**
 * Mastery: what each child has learned, per outcome, estimated from every graded answer with
 * Bayesian Knowledge Tracing (see docs/adr/0009). The package root is the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mastery", allowedDependencies = {"shared", "identity", "registry", "curriculum", "content", "assessment"})
package org.erdem.mastery;

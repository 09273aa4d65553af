/**
 * Inclusion: consents, SEN profiles, individual education plans whose accommodations apply
 * themselves. SEN and health data never leave this module: other modules get only the
 * accommodations. The package root is the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inclusion", allowedDependencies = {"shared", "identity", "registry", "curriculum", "content", "assessment"})
package org.erdem.inclusion;

/**
 * Identity: accounts, sign-in, roles held at nodes of the org hierarchy, guardians, audit log.
 * The package root is the module's API: {@link org.erdem.identity.Callers}, {@link org.erdem.identity.Caller},
 * {@link org.erdem.identity.Accounts}, {@link org.erdem.identity.Guardianships}, {@link org.erdem.identity.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access", allowedDependencies = "shared")
package org.erdem.identity;

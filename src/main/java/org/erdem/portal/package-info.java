/** Portal: each user's home page, gathering what the other modules have for them. */
@org.springframework.modulith.ApplicationModule(displayName = "Portal", allowedDependencies = {"shared", "identity", "registry"})
package org.erdem.portal;

/** Portal: each user's home page, gathering what the other modules have for them. */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package org.erdem.portal;

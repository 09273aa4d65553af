/**
 * Shared kernel: database bootstrap, per-module migrations, the web shell (templates, languages,
 * static assets, errors) and identifiers. Every module may use it; it depends on no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.erdem.shared;

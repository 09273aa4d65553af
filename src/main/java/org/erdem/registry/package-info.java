/**
 * Registry: the org hierarchy (country, aimag, soum or düüreg, school), schools, academic years,
 * classes, children with their enrolment history, staff. The package root is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry", allowedDependencies = {"shared", "identity"})
package org.erdem.registry;

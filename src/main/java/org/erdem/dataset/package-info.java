/**
 * The national dataset generator for benchmarks: on request (erdem.dataset.scale), a country's worth
 * of schools, classes, children with guardians, staff, accounts and mastery rows, written with COPY
 * straight into every module's tables (docs/adr/0012). Nothing else uses it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dataset generator", allowedDependencies = {"shared", "identity"})
package org.erdem.dataset;

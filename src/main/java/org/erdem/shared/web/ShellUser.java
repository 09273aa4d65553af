package org.erdem.shared.web;

import java.util.List;

/**
 * What the page shell shows of the signed-in user: a name, the roles held, the navigation, and the
 * display settings given by default ("large-text", "high-contrast"), which the user's own choice overrides.
 */
public record ShellUser(String displayName, List<String> roleKeys, List<NavItem> navigation, java.util.Set<String> display) {}

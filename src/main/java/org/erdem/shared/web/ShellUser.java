package org.erdem.shared.web;

import java.util.List;

/** What the page shell shows of the signed-in user: a name, the roles held and the navigation. */
public record ShellUser(String displayName, List<String> roleKeys, List<NavItem> navigation) {}

package org.erdem.shared.web;

/** An entry of the main navigation: a message key and a link. */
public record NavItem(String labelKey, String href) {}

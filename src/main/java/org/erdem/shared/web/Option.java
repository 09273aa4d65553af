package org.erdem.shared.web;

/** A choice in a select list: the submitted value and its already translated label. */
public record Option(String value, String label) {}

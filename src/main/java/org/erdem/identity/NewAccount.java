package org.erdem.identity;

/** An account to create; with {@code mustChangePassword} the user sets their own password at first sign-in. */
public record NewAccount(String username, String displayName, String password, String language, boolean mustChangePassword) {}

package dev.beads.core.api;

import java.util.Map;
import java.util.Optional;

/** {@code bd config}: workspace configuration values stored in the database (such as {@code issue_prefix}). */
public interface ConfigCommands {

    Optional<String> get(String key);

    /** Sets a value; keys are non-empty and have no spaces. */
    void set(String key, String value);

    /** All values, sorted by key. */
    Map<String, String> list();

    /** Removes a value; returns whether it was there. */
    boolean unset(String key);
}

package dev.beads.core.port;

import dev.beads.core.model.IssueId;
import java.time.OffsetDateTime;

/**
 * Proposes hash ids (DESIGN §4). The caller checks for collisions and asks again with the next nonce, then with a
 * longer length. Deterministic for the same arguments. Thread-safe.
 */
public interface IdGenerator {

    /**
     * @param length number of base36 characters after the prefix, 3 to 8
     * @param nonce 0 for the first try
     */
    IssueId propose(
            String prefix,
            String title,
            String description,
            String actor,
            OffsetDateTime createdAt,
            int nonce,
            int length);
}

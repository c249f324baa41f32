package dev.beads.core.service;

import dev.beads.core.error.AmbiguousIdException;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.error.NotFoundException;
import dev.beads.core.model.IssueId;
import dev.beads.core.port.IssueRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves what users type to an issue id, as Go bd does: the exact id; else the workspace prefix plus the input
 * ({@code a3f8} → {@code bd-a3f8}); else the unique id whose hash part (or whole id) starts with the input,
 * ignoring case. Tombstones resolve too. Thread-safe.
 */
public final class IdResolver {
    /** More candidates than anyone reads: the error lists them all. */
    private static final int MAX_CANDIDATES = 10_000;

    private final IssueRepository repository;

    public IdResolver(IssueRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    /**
     * @throws NotFoundException when nothing matches (the message says "no issue found", as Go bd's does)
     * @throws AmbiguousIdException listing the matches when several do
     */
    public IssueId resolve(String input) {
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("issue id is required: give an id such as bd-a3f8, or part of one");
        }
        if (text.chars().anyMatch(Character::isWhitespace)) {
            throw NotFoundException.issue(text);
        }
        IssueId exact = IssueId.of(text);
        if (repository.exists(exact)) {
            return exact;
        }
        Optional<IssueId> prefixed = withPrefix(text).filter(repository::exists);
        if (prefixed.isPresent()) {
            return prefixed.get();
        }
        List<IssueId> matches = repository.idsContaining(text, MAX_CANDIDATES).stream()
                .filter(id -> startsWith(id.localPart(), text) || startsWith(id.value(), text))
                .toList();
        return switch (matches.size()) {
            case 0 -> throw NotFoundException.issue(text);
            case 1 -> matches.getFirst();
            default ->
                throw new AmbiguousIdException(
                        text, matches.stream().map(IssueId::value).toList());
        };
    }

    private Optional<IssueId> withPrefix(String text) {
        return repository
                .config(ConfigKeys.ISSUE_PREFIX)
                .filter(prefix -> !prefix.isBlank() && !text.startsWith(prefix + "-"))
                .map(prefix -> IssueId.of(prefix + "-" + text));
    }

    private static boolean startsWith(String text, String start) {
        return text.regionMatches(true, 0, start, 0, start.length());
    }
}

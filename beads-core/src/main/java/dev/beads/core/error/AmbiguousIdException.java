package dev.beads.core.error;

import java.util.List;

/** A partial id that matches more than one issue; the message lists the matches. */
public class AmbiguousIdException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> matches;

    public AmbiguousIdException(String partial, List<String> matches) {
        super("ambiguous id \"" + partial + "\" matches " + matches.size() + " issues: " + String.join(", ", matches)
                + "; give more characters of the id");
        this.matches = List.copyOf(matches);
    }

    public List<String> matches() {
        return matches;
    }
}

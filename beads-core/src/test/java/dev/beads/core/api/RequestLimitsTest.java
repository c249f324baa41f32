package dev.beads.core.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.beads.core.error.InvalidInputException;
import dev.beads.core.model.Issue;
import dev.beads.core.model.IssueId;
import dev.beads.core.model.IssueRules;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The edges of what a request and an issue accept: titles of 1-500 characters, estimates of 0 minutes or more. */
class RequestLimitsTest {
    private static final String LONGEST_TITLE = "t".repeat(Issue.MAX_TITLE_LENGTH);
    private static final String TOO_LONG_TITLE = LONGEST_TITLE + "t";
    private static final IssueId ID = IssueId.of("bd-1");
    private static final OffsetDateTime T0 = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private static Issue.Builder issue() {
        return Issue.builder().id(ID).title("title").createdAt(T0).updatedAt(T0);
    }

    @Test
    void aTitleOfExactly500Characters_isAccepted_501IsNot() {
        assertThat(Issue.MAX_TITLE_LENGTH).isEqualTo(500);
        assertThat(CreateIssue.titled(LONGEST_TITLE, "me").title()).isEqualTo(LONGEST_TITLE);
        assertThat(IssueRules.check(issue().title(LONGEST_TITLE).build())).isEmpty();

        assertThatThrownBy(() -> CreateIssue.titled(TOO_LONG_TITLE, "me"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("title is too long (501 characters): the limit is 500; put the details in the description");
        // Issue 8: the model keeps history as written; the rule is IssueRules', which commands are held to.
        assertThat(IssueRules.check(issue().title(TOO_LONG_TITLE).build()))
                .extracting(IssueRules.Violation::rule, IssueRules.Violation::message)
                .containsExactly(tuple("title-too-long", "the title is 501 characters long: the limit is 500"));
    }

    @Test
    void anEstimateOfZeroMinutes_isAccepted_minusOneIsNot() {
        assertThat(CreateIssue.builder("t").estimatedMinutes(0).build().estimatedMinutes())
                .isZero();
        assertThat(UpdateIssue.builder(ID).estimatedMinutes(0).build().estimatedMinutes())
                .isZero();
        assertThat(IssueRules.check(issue().estimatedMinutes(0).build())).isEmpty();

        assertThatThrownBy(() -> CreateIssue.builder("t").estimatedMinutes(-1).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("estimate must be a non-negative number of minutes, got -1");
        assertThatThrownBy(() -> UpdateIssue.builder(ID).estimatedMinutes(-1).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("estimate must be a non-negative number of minutes, got -1");
        assertThat(IssueRules.check(issue().estimatedMinutes(-1).build()))
                .extracting(IssueRules.Violation::rule)
                .containsExactly("negative-estimate");
    }

    @Test
    void anUpdateWithOnlyAnEstimate_isNotEmpty() {
        assertThat(UpdateIssue.builder(ID).estimatedMinutes(0).build().isEmpty())
                .isFalse();
        assertThat(UpdateIssue.builder(ID).build().isEmpty()).isTrue();
    }

    @Test
    void anImportWithoutAnActor_recordsTheEmptyActor() {
        assertThat(new ImportIssues(null, false, null).actor()).isEmpty();
        assertThat(new ImportIssues(null, true, "ann").actor()).isEqualTo("ann");
    }
}

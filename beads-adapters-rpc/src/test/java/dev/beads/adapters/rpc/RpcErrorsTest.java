package dev.beads.adapters.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.adapters.rpc.protocol.RpcError;
import dev.beads.adapters.rpc.protocol.RpcErrors;
import dev.beads.adapters.rpc.protocol.RpcTimeoutException;
import dev.beads.core.error.AmbiguousIdException;
import dev.beads.core.error.BackendException;
import dev.beads.core.error.BeadsException;
import dev.beads.core.error.ConflictException;
import dev.beads.core.error.InvalidInputException;
import dev.beads.core.error.JsonlFormatException;
import dev.beads.core.error.NotFoundException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The exception table both ways: what the core threw is what the client re-throws, type and message. */
class RpcErrorsTest {

    static Stream<BeadsException> thrown() {
        return Stream.of(
                NotFoundException.issue("bd-x"),
                new InvalidInputException("priority must be 0-4"),
                new ConflictException("cycle: bd-a -> bd-b -> bd-a"),
                new BackendException("database is locked"),
                new AmbiguousIdException("a1", List.of("bd-a1b", "bd-a1c")),
                new JsonlFormatException("issues.jsonl", 17, "git conflict marker; resolve the merge"),
                new RpcTimeoutException("the daemon did not answer within 30 s"));
    }

    @ParameterizedTest
    @MethodSource("thrown")
    void eachException_comesBackAsItsOwnType_withItsMessage(BeadsException e) {
        RpcError error = RpcErrors.of(e);
        assertThat(error.code()).isBetween(-32099, -32000);
        assertThat(error.type()).isNotNull();
        BeadsException back = RpcErrors.toException(error);
        assertThat(back).hasSameClassAs(e).hasMessage(e.getMessage());
        assertThat(back.kind()).isEqualTo(e.kind());
        if (e instanceof AmbiguousIdException a) {
            assertThat(((AmbiguousIdException) back).matches()).isEqualTo(a.matches());
        }
        if (e instanceof JsonlFormatException j) {
            assertThat(((JsonlFormatException) back).line()).isEqualTo(j.line());
        }
    }

    @ParameterizedTest
    @MethodSource("thrown")
    void eachType_hasItsOwnCode(BeadsException e) {
        long sameCode = thrown().filter(
                        other -> RpcErrors.of(other).code() == RpcErrors.of(e).code())
                .count();
        assertThat(sameCode).isEqualTo(1);
    }

    @org.junit.jupiter.api.Test
    void protocolErrors_comeBackAsBackendFailures_namingTheCode() {
        BeadsException back = RpcErrors.toException(RpcError.methodNotFound("frobnicate"));
        assertThat(back).isExactlyInstanceOf(BackendException.class).hasMessageContaining("-32601");
    }
}

package dev.beads.testkit.gen;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** The seeds of a {@link SeededTest}, one invocation each. */
public final class SeedsProvider extends AnnotationBasedArgumentsProvider<SeededTest> {
    @Override
    protected Stream<? extends Arguments> provideArguments(
            ParameterDeclarations parameters, ExtensionContext context, SeededTest test) {
        return Seeds.seeds(test.tries()).mapToObj(Arguments::of);
    }
}

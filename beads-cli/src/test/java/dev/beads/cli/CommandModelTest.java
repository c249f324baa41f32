package dev.beads.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.beads.cli.CommandModel.Arg;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandModelTest {

    /** A command with one declaration of each kind. */
    static final class Sample implements Callable<Integer> {
        final CommandModel model = CommandModel.of(this, "sample");
        final Arg<Boolean> flag =
                model.option("-f", "--flag").description("A switch.").flag();
        final Arg<String> text = model.option("--text").label("<text>").string();
        final Arg<List<String>> many = model.option("-m").label("<m>").strings();
        final Arg<Integer> count = model.option("-n").label("<n>").integer(10);
        final Arg<Integer> maybe = model.option("-e").label("<e>").integer();
        final Arg<Path> file = model.option("--file").label("<file>").path();
        final Arg<String> first = model.positional("0", "<first>").arity("0..1").string();
        final Arg<List<String>> rest = model.positional("1..*", "<rest>").strings();
        final Arg<Boolean> byA = model.option("--by-a").flag();
        final Arg<Boolean> byB = model.option("--by-b").flag();

        Sample() {
            model.exclusive(byA, byB);
        }

        @Override
        public Integer call() {
            return 0;
        }
    }

    @Test
    void valuesNotGiven_areTheDeclaredDefaults() {
        Sample s = parse();
        assertThat(s.flag.get()).isFalse();
        assertThat(s.text.get()).isNull();
        assertThat(s.many.get()).isNull();
        assertThat(s.count.get()).isEqualTo(10);
        assertThat(s.maybe.get()).isNull();
        assertThat(s.file.get()).isNull();
        assertThat(s.first.get()).isNull();
        assertThat(s.rest.get()).isNull();
        assertThat(s.byA.get()).isFalse();
        assertThat(s.byB.get()).isFalse();
    }

    @Test
    void givenValues_areConvertedToTheDeclaredTypes() {
        Sample s = parse(
                "-f", "--text", "t", "-m", "a", "-m", "b", "-n", "3", "-e", "7", "--file", "x/y.md", "one", "two",
                "three", "--by-b");
        assertThat(s.flag.get()).isTrue();
        assertThat(s.text.get()).isEqualTo("t");
        assertThat(s.many.get()).containsExactly("a", "b");
        assertThat(s.count.get()).isEqualTo(3);
        assertThat(s.maybe.get()).isEqualTo(7);
        assertThat(s.file.get()).isEqualTo(Path.of("x/y.md"));
        assertThat(s.first.get()).isEqualTo("one");
        assertThat(s.rest.get()).containsExactly("two", "three");
        assertThat(s.byA.get()).isFalse();
        assertThat(s.byB.get()).isTrue();
    }

    @Test
    void exclusiveOptions_areRejectedTogether() {
        assertThatThrownBy(() -> parse("--by-a", "--by-b"))
                .isInstanceOf(CommandLine.MutuallyExclusiveArgsException.class)
                .hasMessageContaining("--by-a")
                .hasMessageContaining("--by-b");
    }

    /** A command with required positional parameters, one with a message of its own. */
    static final class Pair implements Callable<Integer> {
        final CommandModel model = CommandModel.of(this, "pair");
        final Arg<String> from = model.positional("0", "<from>").string();
        final Arg<String> to =
                model.positional("1", "<to>").missing("no target given").string();
        final Arg<List<String>> more = model.positional("2..*", "<more>").strings();

        @Override
        public Integer call() {
            return 0;
        }
    }

    @Test
    void positionalsWithAMinimumArity_areRequired_andSayWhatIsMissingInCobrasWords() {
        Pair pair = new Pair();
        CommandLine cl = CommandModel.commandLine(pair.model);
        assertThatThrownBy(() -> cl.parseArgs())
                .isInstanceOfSatisfying(
                        CommandLine.MissingParameterException.class,
                        e -> assertThat(CommandModel.missingMessage(
                                        cl.getCommandSpec(), e.getMissing().get(0)))
                                .isEqualTo("requires at least 2 arg(s), only received 0 (missing <from>)"));
        assertThatThrownBy(() -> cl.parseArgs("a"))
                .isInstanceOfSatisfying(
                        CommandLine.MissingParameterException.class,
                        e -> assertThat(CommandModel.missingMessage(
                                        cl.getCommandSpec(), e.getMissing().get(0)))
                                .isEqualTo("no target given"));
        cl.parseArgs("a", "b");
        assertThat(pair.more.get()).as("a list without an arity stays optional").isNull();
    }

    @Test
    void everyCommand_hasPicocliStandardHelpOptions() {
        CommandLine cl = CommandModel.commandLine(new Sample().model);
        assertThat(cl.getCommandSpec().findOption("--help").usageHelp()).isTrue();
        assertThat(cl.getCommandSpec().findOption("-V").versionHelp()).isTrue();
        assertThat(cl.parseArgs("-h").isUsageHelpRequested()).isTrue();
    }

    /**
     * Start-up: reading picocli's annotations makes the JDK generate a proxy class per annotation type and set fields
     * reflectively, a third of a cold {@code bd}. Every command declares its model in code instead.
     */
    @Test
    void noCommandUsesPicocliAnnotations() {
        List<Class<?>> classes = new ArrayList<>();
        classes.add(BdCommand.class);
        for (String name : Commands.names()) {
            collect(Commands.create(name).getClass(), classes);
        }
        List<String> annotated = new ArrayList<>();
        for (Class<?> c : classes) {
            check(c, c.getName(), annotated);
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    check(f, k.getName() + "." + f.getName(), annotated);
                }
            }
        }
        assertThat(classes).hasSizeGreaterThan(Commands.names().size());
        assertThat(annotated).isEmpty();
    }

    private static void collect(Class<?> c, List<Class<?>> into) {
        into.add(c);
        for (Class<?> nested : c.getDeclaredClasses()) {
            collect(nested, into);
        }
    }

    private static void check(AnnotatedElement e, String name, List<String> annotated) {
        for (Annotation a : e.getDeclaredAnnotations()) {
            if (a.annotationType().getName().startsWith("picocli.")) {
                annotated.add(name + " @" + a.annotationType().getSimpleName());
            }
        }
    }

    private static Sample parse(String... args) {
        Sample s = new Sample();
        CommandModel.commandLine(s.model).parseArgs(args);
        return s;
    }
}

package dev.beads.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.beads.core.model.Issue;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding example compiles and does what it says: it is read from README.md, not copied. */
class ReadmeEmbeddingTest {
    private static final Pattern EXAMPLE =
            Pattern.compile("<!-- embedding:start -->\\s*```java\\n(.*?)```\\s*<!-- embedding:end -->", Pattern.DOTALL);

    @TempDir
    Path temp;

    @Test
    void readmeExample_compilesAndLeavesTheUnblockedIssueReady() throws Exception {
        Path source = temp.resolve("src/EmbeddingExample.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, readmeExample());
        Path classes = Files.createDirectories(temp.resolve("classes"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(
                null,
                null,
                null,
                "-classpath",
                System.getProperty("java.class.path"),
                "-d",
                classes.toString(),
                source.toString());
        assertThat(status).as("javac exit status for the README example").isZero();

        Path workspace = Files.createDirectories(temp.resolve("ws"));
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Method run = loader.loadClass("EmbeddingExample").getMethod("run", Path.class);
            @SuppressWarnings("unchecked")
            List<Issue> ready = (List<Issue>) run.invoke(null, workspace);
            assertThat(ready).extracting(Issue::title).containsExactly("Build the API");
        }
        assertThat(Files.readString(workspace.resolve(".beads/issues.jsonl")))
                .contains("\"title\":\"Design the schema\"", "\"status\":\"closed\"", "\"title\":\"Build the API\"");
    }

    private static String readmeExample() throws IOException {
        Path readme = Path.of("..", "README.md");
        Matcher m = EXAMPLE.matcher(Files.readString(readme));
        assertThat(m.find())
                .as("README.md has an embedding example between the markers")
                .isTrue();
        return m.group(1);
    }
}

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Merges the PIT runs of bin/mutation into one report per module (docs/TESTING.md).
 *
 * <p>Arguments: the output directory, the modules as {@code module=package,...}, then one {@code suite=mutations.xml}
 * per PIT run. A module's mutants are those of its package found in any run; a mutant that several runs produced (a
 * beads-core mutant, run against every suite) takes its best outcome: killed by one suite is killed. Writes
 * {@code <out>/<module>/mutations.xml} (PIT's format) and {@code index.html} (the mutants left alive, with their
 * source line), and prints one line per module.
 */
public final class MutationReport {

    /** PIT's outcomes, best first: the first three are "detected" (the tests noticed the change). */
    private static final List<String> OUTCOMES = List.of(
            "KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR", "NON_VIABLE", "SURVIVED", "NOT_STARTED", "STARTED",
            "NO_COVERAGE");

    record Mutant(
            String key,
            String status,
            boolean detected,
            String suite,
            String sourceFile,
            String mutatedClass,
            String method,
            String methodDescription,
            int line,
            String mutator,
            List<String> indexes,
            List<String> blocks,
            String killingTest,
            String description) {

        int rank() {
            int rank = OUTCOMES.indexOf(status);
            return rank < 0 ? OUTCOMES.size() : rank;
        }
    }

    record Module(String name, String pkg) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: MutationReport <out-dir> <module=package,...> <suite=mutations.xml>...\n"
                    + "       MutationReport --open-classes <package> <suite=mutations.xml>...");
            System.exit(2);
        }
        if (args[0].equals("--open-classes")) {
            Map<String, List<Mutant>> runs = runs(args, 2);
            System.out.println(String.join(",", openClasses(args[1], runs)));
            System.out.println(String.join(",", closedMethods(args[1], runs)));
            return;
        }
        Path out = Path.of(args[0]);
        Map<String, List<Mutant>> runs = runs(args, 2);
        for (String spec : args[1].split(",")) {
            String[] nameAndPackage = spec.split("=", 2);
            Module module = new Module(nameAndPackage[0], nameAndPackage[1]);
            List<Mutant> merged = merge(module, runs);
            write(out.resolve(module.name()), module, merged, reports(out, args));
            System.out.println(summaryLine(module, merged));
        }
    }

    /** Each run's name and its PIT report's index.html, relative to a module's directory under {@code out}. */
    private static Map<String, String> reports(Path out, String[] args) {
        Map<String, String> reports = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] nameAndFile = args[i].split("=", 2);
            Path index = Path.of(nameAndFile[1]).resolveSibling("index.html");
            reports.put(nameAndFile[0], "../" + out.relativize(index).toString().replace('\\', '/'));
        }
        return reports;
    }

    private static Map<String, List<Mutant>> runs(String[] args, int from) throws Exception {
        Map<String, List<Mutant>> runs = new LinkedHashMap<>();
        for (int i = from; i < args.length; i++) {
            String[] suiteAndFile = args[i].split("=", 2);
            runs.put(suiteAndFile[0], read(suiteAndFile[0], Path.of(suiteAndFile[1])));
        }
        return runs;
    }

    /**
     * The classes of {@code pkg} with a mutant no run has killed yet, sorted: the next suite needs to mutate only
     * these (bin/mutation narrows each run of beads-core's mutants so, and by {@link #closedMethods}).
     */
    static List<String> openClasses(String pkg, Map<String, List<Mutant>> runs) {
        return merge(new Module("", pkg), runs).stream()
                .filter(m -> !m.detected())
                .map(Mutant::mutatedClass)
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * The names of the methods of {@code pkg} whose mutants some run killed, in every class: PIT excludes methods by
     * name only, so a name with a mutant alive in any class is left out.
     */
    static List<String> closedMethods(String pkg, Map<String, List<Mutant>> runs) {
        List<Mutant> merged = merge(new Module("", pkg), runs);
        var open = merged.stream().filter(m -> !m.detected()).map(Mutant::method).collect(Collectors.toSet());
        return merged.stream()
                .map(Mutant::method)
                .filter(name -> !open.contains(name))
                .distinct()
                .sorted()
                .toList();
    }

    static List<Mutant> read(String suite, Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList nodes = factory.newDocumentBuilder()
                .parse(file.toFile())
                .getDocumentElement()
                .getElementsByTagName("mutation");
        List<Mutant> mutants = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            mutants.add(mutant(suite, (Element) nodes.item(i)));
        }
        return mutants;
    }

    private static Mutant mutant(String suite, Element e) {
        String mutatedClass = text(e, "mutatedClass");
        String method = text(e, "mutatedMethod");
        String desc = text(e, "methodDescription");
        String mutator = text(e, "mutator");
        List<String> indexes = texts(e, "index");
        String key = String.join("|", mutatedClass, method, desc, mutator, String.join(",", indexes));
        return new Mutant(
                key,
                e.getAttribute("status"),
                Boolean.parseBoolean(e.getAttribute("detected")),
                suite,
                text(e, "sourceFile"),
                mutatedClass,
                method,
                desc,
                Integer.parseInt(text(e, "lineNumber")),
                mutator,
                indexes,
                texts(e, "block"),
                text(e, "killingTest"),
                text(e, "description"));
    }

    private static String text(Element e, String tag) {
        NodeList nodes = e.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    private static List<String> texts(Element e, String tag) {
        NodeList nodes = e.getElementsByTagName(tag);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            values.add(node.getTextContent());
        }
        return values;
    }

    /** The module's mutants from every run, each once, with the best outcome any suite gave it. */
    static List<Mutant> merge(Module module, Map<String, List<Mutant>> runs) {
        Map<String, Mutant> best = new LinkedHashMap<>();
        for (List<Mutant> run : runs.values()) {
            for (Mutant m : run) {
                if (m.mutatedClass().startsWith(module.pkg() + ".")) {
                    best.merge(m.key(), m, (a, b) -> b.rank() < a.rank() ? b : a);
                }
            }
        }
        List<Mutant> merged = new ArrayList<>(best.values());
        merged.sort(Comparator.comparing(Mutant::mutatedClass)
                .thenComparingInt(Mutant::line)
                .thenComparing(Mutant::key));
        return merged;
    }

    static String summaryLine(Module module, List<Mutant> mutants) {
        long killed = mutants.stream().filter(Mutant::detected).count();
        long survived = count(mutants, "SURVIVED");
        long noCoverage = count(mutants, "NO_COVERAGE");
        return String.format(
                Locale.ROOT,
                "%-22s mutants %5d  killed %5d  survived %4d  no coverage %4d  score %5.1f %%",
                module.name(),
                mutants.size(),
                killed,
                survived,
                noCoverage,
                score(mutants));
    }

    private static long count(List<Mutant> mutants, String status) {
        return mutants.stream().filter(m -> m.status().equals(status)).count();
    }

    private static double score(List<Mutant> mutants) {
        long killed = mutants.stream().filter(Mutant::detected).count();
        return mutants.isEmpty() ? 100.0 : 100.0 * killed / mutants.size();
    }

    private static void write(Path dir, Module module, List<Mutant> mutants, Map<String, String> reports)
            throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("mutations.xml"), xml(mutants), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("index.html"), html(module, mutants, reports), StandardCharsets.UTF_8);
    }

    private static String xml(List<Mutant> mutants) {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mutations partial=\"true\">\n");
        for (Mutant m : mutants) {
            xml.append("<mutation detected='")
                    .append(m.detected())
                    .append("' status='")
                    .append(m.status())
                    .append("'>");
            element(xml, "sourceFile", m.sourceFile());
            element(xml, "mutatedClass", m.mutatedClass());
            element(xml, "mutatedMethod", m.method());
            element(xml, "methodDescription", m.methodDescription());
            element(xml, "lineNumber", Integer.toString(m.line()));
            element(xml, "mutator", m.mutator());
            xml.append("<indexes>");
            m.indexes().forEach(i -> element(xml, "index", i));
            xml.append("</indexes><blocks>");
            m.blocks().forEach(b -> element(xml, "block", b));
            xml.append("</blocks>");
            element(xml, "killingTest", m.killingTest().isEmpty() ? "" : m.suite() + ": " + m.killingTest());
            element(xml, "description", m.description());
            xml.append("</mutation>\n");
        }
        return xml.append("</mutations>\n").toString();
    }

    private static void element(StringBuilder xml, String tag, String value) {
        xml.append('<').append(tag).append('>').append(escape(value)).append("</").append(tag).append('>');
    }

    private static String html(Module module, List<Mutant> mutants, Map<String, String> reports)
            throws IOException {
        var html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(module.name())
                .append(" mutants</title><style>body{font-family:sans-serif}td,th{padding:2px 8px;text-align:left;"
                        + "vertical-align:top}code{white-space:pre}.SURVIVED{background:#fdd}"
                        + ".NO_COVERAGE{background:#eee}</style></head><body>\n<h1>")
                .append(module.name())
                .append("</h1>\n<p><code>")
                .append(escape(summaryLine(module, mutants)))
                .append("</code></p>\n<p>PIT's line-by-line reports, one per run:");
        reports.forEach((name, index) -> html.append(" <a href=\"")
                .append(index)
                .append("\">")
                .append(name)
                .append("</a>"));
        html.append("</p>\n<h2>Mutants no suite killed</h2>\n<table><tr><th>class</th><th>line</th><th>method</th>"
                + "<th>status</th><th>mutation</th><th>source</th></tr>\n");
        for (Mutant m : mutants) {
            if (!m.detected()) {
                html.append("<tr class=\"")
                        .append(m.status())
                        .append("\"><td>")
                        .append(escape(m.mutatedClass().substring(module.pkg().length() + 1)))
                        .append("</td><td>")
                        .append(m.line())
                        .append("</td><td>")
                        .append(escape(m.method()))
                        .append("</td><td>")
                        .append(m.status())
                        .append("</td><td>")
                        .append(escape(m.description()))
                        .append("</td><td><code>")
                        .append(escape(sourceLine(module, m)))
                        .append("</code></td></tr>\n");
            }
        }
        return html.append("</table>\n<h2>Killed first by</h2>\n<table>")
                .append(killedBySuite(mutants))
                .append("</table>\n</body></html>\n")
                .toString();
    }

    private static String killedBySuite(List<Mutant> mutants) {
        Map<String, Integer> bySuite = new LinkedHashMap<>();
        for (Mutant m : mutants) {
            if (m.detected()) {
                bySuite.merge(m.suite(), 1, Integer::sum);
            }
        }
        var rows = new StringBuilder();
        bySuite.forEach((suite, n) ->
                rows.append("<tr><td>").append(suite).append("</td><td>").append(n).append("</td></tr>"));
        return rows.toString();
    }

    /** The mutated line as written, from the module's sources (bin/mutation runs at the repository root). */
    private static String sourceLine(Module module, Mutant m) throws IOException {
        String dir = m.mutatedClass().substring(0, m.mutatedClass().lastIndexOf('.')).replace('.', '/');
        Path source = Path.of(module.name(), "src/main/java", dir, m.sourceFile());
        if (!Files.exists(source)) {
            return "";
        }
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        return m.line() >= 1 && m.line() <= lines.size() ? lines.get(m.line() - 1).strip() : "";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}

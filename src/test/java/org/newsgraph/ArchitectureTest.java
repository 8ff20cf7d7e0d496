package org.newsgraph;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data flows one way: each package of newsgraph may use only the packages below it in {@link #LEVELS}, never
 * one above, and packages on one level (serve, export, eval) do not use each other. docs/architecture.md draws the
 * same order.
 */
class ArchitectureTest {

    /** Bottom to top; the packages of one row stand side by side. */
    static final List<List<String>> LEVELS = List.of(
            List.of("text"),
            List.of("ingest"),
            List.of("annotate"),
            List.of("extract"),
            List.of("canon"),
            List.of("link"),
            List.of("rdf"),
            List.of("store"),
            List.of("pipeline"),
            List.of("serve", "export", "eval"),
            List.of("bench"),
            List.of("cli"));

    private static final Path MAIN = Path.of("src/main/java/org/newsgraph");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsgraph");
    }

    @Test
    void everyMainPackageHasItsPlaceInTheOrder() throws IOException {
        List<String> placed = LEVELS.stream().flatMap(List::stream).sorted().toList();
        try (Stream<Path> dirs = Files.list(MAIN)) {
            assertEquals(placed, dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted()
                    .toList(), "a new package needs its level in LEVELS and in docs/architecture.md");
        }
    }

    @Test
    void noPackageUsesOneAboveItOrBesideIt() {
        for (int level = 0; level < LEVELS.size(); level++) {
            for (String pkg : LEVELS.get(level)) {
                List<String> forbidden = new ArrayList<>(higher(level));
                LEVELS.get(level).stream().filter(p -> !p.equals(pkg)).forEach(forbidden::add);
                if (forbidden.isEmpty()) {
                    continue;
                }
                noClasses().that().resideInAPackage("org.newsgraph." + pkg + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden.stream()
                                .map(p -> "org.newsgraph." + p + "..").toArray(String[]::new))
                        .because(pkg + " comes before " + forbidden + " in the data flow")
                        .check(classes);
            }
        }
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.newsgraph.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** A class name written as a string (reflection, a command line) is a dependency the compiler cannot see. */
    @Test
    void noSourceNamesAClassOfAHigherPackageInAString() throws IOException {
        Pattern named = Pattern.compile("\"org\\.newsgraph\\.([a-z]+)");
        List<String> found = new ArrayList<>();
        for (int level = 0; level < LEVELS.size(); level++) {
            List<String> above = higher(level);
            for (String pkg : LEVELS.get(level)) {
                try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                        Matcher m = named.matcher(Files.readString(f));
                        while (m.find()) {
                            if (above.contains(m.group(1))) {
                                found.add(f + " names org.newsgraph." + m.group(1));
                            }
                        }
                    }
                }
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    private static List<String> higher(int level) {
        return LEVELS.subList(level + 1, LEVELS.size()).stream().flatMap(List::stream).toList();
    }
}

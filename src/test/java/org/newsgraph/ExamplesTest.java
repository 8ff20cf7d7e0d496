package org.newsgraph;

import org.junit.jupiter.api.Test;
import org.newsgraph.support.SharedData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code examples/} holds the mission's seed articles exactly as scraped, boilerplate included.
 */
class ExamplesTest {

    @Test
    void examplesAreTheSeedArticlesUnchanged() throws IOException {
        Path seeds = SharedData.require("mission/seeds");
        List<Path> expected = list(seeds);
        assertEquals(expected.stream().map(Path::getFileName).toList(),
                list(Path.of("examples")).stream().map(Path::getFileName).toList());
        for (Path seed : expected) {
            assertArrayEquals(Files.readAllBytes(seed), Files.readAllBytes(Path.of("examples").resolve(seed.getFileName())),
                    seed.getFileName() + " differs");
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}

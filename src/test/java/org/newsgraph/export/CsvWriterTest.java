package org.newsgraph.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Gephi's CSV read back with commons-csv. */
class CsvWriterTest extends EntityGraphWriterSuite {

    @Override
    GraphWriter writer() {
        return new CsvWriter();
    }

    @Override
    Path output(Path dir) {
        return dir.resolve("csv");
    }

    @Override
    ReadGraph read(Path out) throws Exception {
        return new ReadGraph(records(out.resolve(CsvWriter.NODES)).stream()
                .map(r -> new ReadNode(r.get("Id"), r.get("Label"))).toList(),
                records(out.resolve(CsvWriter.EDGES)).stream().map(r -> new ReadEdge(r.get("Id"), r.get("Source"),
                        r.get("Target"), r.get("Label"), Integer.parseInt(r.get("Weight")), r.get("Example"),
                        r.get("SourceText"), r.get("TargetText")))
                        .toList());
    }

    @Test
    void headersAreGephis(@TempDir Path dir) throws IOException {
        new CsvWriter().write(hostileGraph(), dir);
        assertEquals(List.of("Id", "Label", "EntityType", "Facts", "Aliases", "SameAs"),
                header(dir.resolve(CsvWriter.NODES)));
        assertEquals(List.of("Source", "Target", "Type", "Id", "Label", "Weight", "Relation", "Category",
                "Confidence", "FirstDate", "LastDate", "Articles", "Example", "SourceText", "TargetText"),
                header(dir.resolve(CsvWriter.EDGES)));
        assertEquals("Directed", records(dir.resolve(CsvWriter.EDGES)).get(0).get("Type"));
    }

    private static List<String> header(Path file) throws IOException {
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().get())) {
            return p.getHeaderNames();
        }
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().get())) {
            return p.getRecords();
        }
    }
}

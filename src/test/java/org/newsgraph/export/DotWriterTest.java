package org.newsgraph.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.support.ExternalTool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * DOT read back by Graphviz itself: {@code dot -Tjson} parses the file and prints every node and edge with its
 * attributes. Skipped without Graphviz, failed under CI.
 */
class DotWriterTest extends EntityGraphWriterSuite {

    @Override
    GraphWriter writer() {
        return new DotWriter();
    }

    @Override
    ReadGraph read(Path out) throws Exception {
        ExternalTool.Result r = ExternalTool.run(List.of(ExternalTool.dot(), "-Tjson", out.toString()));
        assertEquals(0, r.status(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        List<String> names = new ArrayList<>();
        List<ReadNode> nodes = new ArrayList<>();
        for (JsonNode n : json.path("objects")) {
            names.add(n.get("name").asText());
            nodes.add(new ReadNode(n.get("name").asText(), unescape(n.get("label").asText())));
        }
        List<ReadEdge> edges = new ArrayList<>();
        for (JsonNode e : json.path("edges")) {
            edges.add(new ReadEdge(e.get("id").asText(), names.get(e.get("tail").asInt()),
                    names.get(e.get("head").asInt()), unescape(e.get("label").asText()),
                    Integer.parseInt(e.get("weight").asText()), unescape(e.get("example").asText()),
                    unescape(e.path("sourceText").asText("")), unescape(e.path("targetText").asText(""))));
        }
        return new ReadGraph(nodes, edges);
    }

    /** Graphviz keeps attribute values as escStrings; this reads {@code \\} and {@code \n} as Graphviz draws them. */
    private static String unescape(String escString) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < escString.length(); i++) {
            char c = escString.charAt(i);
            if (c == '\\' && i + 1 < escString.length()) {
                char next = escString.charAt(++i);
                b.append(next == 'n' ? "\n" : next == '\\' ? "\\" : "\\" + next);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}

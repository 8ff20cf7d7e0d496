package org.newsgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Graphviz DOT: a digraph with every node ID and attribute value a quoted string. No Java library for DOT is on
 * the classpath (and pulling one in for a grammar this small is not worth a dependency), so {@link #quoted} is the
 * escaper. Attributes that are not Graphviz's own (facts, relation, …) are kept by Graphviz and read by other DOT
 * readers.
 */
public final class DotWriter implements GraphWriter {

    @Override
    public void write(EntityGraph graph, Path out) throws IOException {
        OutputFiles.prepare(out);
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.write("digraph entities {\n");
            w.write("  graph [charset=\"UTF-8\"];\n");
            w.write("  node [shape=box];\n");
            for (EntityGraph.Node n : graph.nodes()) {
                Map<String, String> a = new LinkedHashMap<>();
                a.put("label", n.label());
                // Graphviz's own attribute, so that concepts stand apart from the boxed entities in any layout.
                a.put("shape", n.type().equals(EntityGraphReader.CONCEPT) ? "ellipse" : "");
                a.putAll(Values.of(n));
                w.write("  " + quoted(n.id()) + attributes(a) + ";\n");
            }
            for (EntityGraph.Edge e : graph.edges()) {
                Map<String, String> a = new LinkedHashMap<>();
                a.put("id", e.id());
                a.put("label", e.label());
                a.put("weight", Integer.toString(e.weight()));
                a.putAll(Values.of(e));
                w.write("  " + quoted(e.source()) + " -> " + quoted(e.target()) + attributes(a) + ";\n");
            }
            w.write("}\n");
        }
    }

    /**
     * An attribute list; empty values are left out, except the label: an empty label says "no label", where a
     * missing one would show the node's IRI.
     */
    private static String attributes(Map<String, String> values) {
        StringBuilder b = new StringBuilder(" [");
        values.forEach((k, v) -> {
            if (!v.isEmpty() || k.equals("label")) {
                b.append(b.length() > 2 ? ", " : "").append(k).append('=').append(quoted(v));
            }
        });
        return b.append(']').toString();
    }

    /**
     * A DOT quoted string: a quote is escaped as {@code \"}; a backslash is doubled and a line break written as
     * {@code \n}, which is how Graphviz's escString (the type of {@code label}) says a backslash and a line break,
     * so a label shows as written rather than with {@code \N}, {@code \l} and the like read as Graphviz codes.
     */
    static String quoted(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        String text = s.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}

package org.newsgraph.cli;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RDFFormat;
import org.newsgraph.export.DatasetDump;
import org.newsgraph.export.EntityGraph;
import org.newsgraph.export.EntityGraphReader;
import org.newsgraph.export.Formats;
import org.newsgraph.export.NodeChoice;
import org.newsgraph.ingest.Reasons;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code newsgraph export}: the graph of entities and concepts for graph tools, or the whole store as RDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the graph of the news for graph tools, or the whole store as RDF.",
                "Nodes are entities and the concepts in facts with an entity (id = IRI, label, type = Concept for "
                        + "a concept, facts, aliases, sameAs links); edges are the asserted facts touching an "
                        + "entity, one per subject, relation and object (label, category, weight = number of "
                        + "facts, confidence = the highest, firstDate, lastDate, articles, example sentence, "
                        + "sourceText and targetText = the original labels of ends drawn as their entity).",
                "Nodes (--nodes):",
                "  all       entities, and the concepts in asserted facts with an entity;",
                "            the edges touch an entity (the default)",
                "  entities  entities only, and the edges between two of them",
                "  actors    as all, with each actor concept drawn as the entity it acts",
                "            for: a demonym and an actor's noun (Turkish military,",
                "            Syrians) as its country, X's forces as X; the original",
                "            words stay on the edge (sourceText, targetText)",
                "Filters apply in order: --query picks stored facts, --nodes draws them, then --type keeps nodes "
                        + "and --min-weight edges.",
                "Formats:",
                "  graphml  GraphML, for yEd, Gephi, networkx (ids n0, n1, ...; IRI in 'iri')",
                "  gexf     GEXF 1.2, Gephi's own format (line breaks in labels become spaces)",
                "  dot      Graphviz DOT, for dot, neato, sfdp",
                "  csv      nodes.csv and edges.csv in a directory, for Gephi's import",
                "  cyjs     Cytoscape.js JSON, which Cytoscape desktop imports too",
                "  nq       the whole store, every named graph, as N-Quads (a backup)",
                "  trig     the whole store, every named graph, as TriG (a backup)"})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "graphml, gexf, dot, csv, cyjs, nq or trig.")
    String format;

    @Option(names = "--out", paramLabel = "FILE|DIR",
            description = "Where to write: a file, or a directory for csv (default: entity-graph.<format>, "
                    + "entity-graph-csv/ for csv, newsgraph-store.<format> for nq and trig).")
    Path out;

    @Option(names = "--nodes", paramLabel = "CHOICE",
            description = "Which nodes to draw: all (the default), entities or actors (see above).")
    String nodes;

    @Option(names = "--query", paramLabel = "FILE.rq",
            description = "A SPARQL CONSTRUCT picking the part to export: the nodes it names and the facts it "
                    + "holds as triples, as stored, before --nodes draws actors as their entity "
                    + "(queries/story-graph.rq picks the default picture, queries/entity-graph.rq that of "
                    + "--nodes entities).")
    Path query;

    @Option(names = "--min-weight", paramLabel = "N",
            description = "Keep only edges of at least N facts (counted after --nodes draws them), and the nodes "
                    + "they connect.")
    Integer minWeight;

    @Option(names = "--type", paramLabel = "T", split = ",",
            description = "Keep only nodes of these types (Person, Organization, Country, City, ..., Concept; "
                    + "repeat or separate with commas) and the edges between them.")
    List<String> types = List.of();

    @Override
    public Integer call() throws IOException {
        Optional<RDFFormat> dump = DatasetDump.format(format);
        if (dump.isPresent()) {
            if (query != null || minWeight != null || !types.isEmpty() || nodes != null) {
                return usage("--query, --nodes, --min-weight and --type apply to the graph, not to " + format
                        + ", which dumps the whole store");
            }
            Path file = out != null ? out : Path.of("newsgraph-store." + format);
            try (NewsStore s = store.open()) {
                DatasetDump.write(s.dataset(), dump.get(), file);
            }
            System.out.println("wrote the whole store to " + file + " (" + format + ")");
            return 0;
        }
        Optional<Formats> graphFormat = Formats.byName(format);
        if (graphFormat.isEmpty()) {
            return usage("unknown format '" + format + "': use graphml, gexf, dot, csv, cyjs, nq or trig");
        }
        Optional<NodeChoice> choice = nodes == null ? Optional.of(NodeChoice.ALL) : NodeChoice.byName(nodes);
        if (choice.isEmpty()) {
            return usage("unknown --nodes '" + nodes + "': use all, entities or actors");
        }
        Query construct = null;
        if (query != null) {
            try {
                construct = QueryFactory.create(Files.readString(query, StandardCharsets.UTF_8));
            } catch (IOException e) {
                return usage("cannot read query file " + query + ": "
                        + Reasons.ofNamed(e));
            } catch (QueryParseException e) {
                return usage("bad query in " + query + ": " + e.getMessage());
            }
            if (!construct.isConstructType()) {
                return usage("the query in " + query + " is a " + construct.queryType()
                        + "; export needs a CONSTRUCT (see queries/story-graph.rq)");
            }
        }
        if (minWeight != null && minWeight < 1) {
            return usage("--min-weight must be at least 1");
        }
        EntityGraph graph;
        try (NewsStore s = store.open()) {
            EntityGraphReader reader = new EntityGraphReader(s.dataset());
            graph = construct == null ? reader.read(choice.get()) : reader.read(choice.get(), construct);
        }
        graph = graph.withTypes(new HashSet<>(types));
        if (minWeight != null) {
            graph = graph.withMinWeight(minWeight);
        }
        Path file = out != null ? out : Path.of(graphFormat.get().defaultOut());
        graphFormat.get().writer().write(graph, file);
        System.out.println("wrote " + graph.nodes().size() + " nodes and " + graph.edges().size() + " edges to "
                + file + " (" + graphFormat.get().formatName() + ")");
        return 0;
    }

    private static int usage(String message) {
        System.err.println("newsgraph export: " + message);
        return 2;
    }
}

package org.newsgraph.cli;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.newsgraph.ingest.Reasons;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code newsgraph query}: SPARQL against the store, no server needed. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query against the store without a server.",
                "The default graph is the union of all article graphs. SELECT results print as a table, CSV, TSV "
                        + "or SPARQL JSON; CONSTRUCT and DESCRIBE print Turtle (N-Triples for csv/tsv, "
                        + "JSON-LD for json); ASK prints true or false."})
final class QueryCommand implements Callable<Integer> {

    enum Format { table, csv, tsv, json }

    @Mixin
    StoreOption store;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "File holding the query.")
        Path file;

        @Option(names = {"-e", "--expression"}, paramLabel = "SPARQL", description = "The query itself.")
        String expression;
    }

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        String text;
        try {
            text = source.expression != null
                    ? source.expression
                    : Files.readString(source.file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("newsgraph: cannot read query file " + source.file + ": "
                    + Reasons.ofNamed(e)
                    + " (use -e to give the query itself)");
            return 2;
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            System.err.println("newsgraph: bad query: " + e.getMessage());
            return 2;
        }
        try (NewsStore s = store.open()) {
            Txn.executeRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(query).build()) {
                    print(query, qe);
                }
            });
        }
        return 0;
    }

    private void print(Query query, QueryExecution qe) {
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case csv -> ResultSetFormatter.outputAsCSV(System.out, rs);
                case tsv -> ResultSetFormatter.outputAsTSV(System.out, rs);
                case json -> ResultSetFormatter.outputAsJSON(System.out, rs);
                default -> ResultSetFormatter.out(System.out, rs, query);
            }
        } else if (query.isAskType()) {
            System.out.println(qe.execAsk());
        } else {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            Lang lang = switch (format) {
                case csv, tsv -> Lang.NTRIPLES;
                case json -> Lang.JSONLD;
                default -> Lang.TURTLE;
            };
            RDFDataMgr.write(System.out, m, lang);
        }
        System.out.flush();
    }
}

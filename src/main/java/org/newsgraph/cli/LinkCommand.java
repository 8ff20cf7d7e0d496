package org.newsgraph.cli;

import org.newsgraph.link.WikidataClient;
import org.newsgraph.link.WikidataException;
import org.newsgraph.pipeline.WikidataLinking;
import org.newsgraph.pipeline.ArticleProcessor;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code newsgraph link --wikidata}: links the store's entities to Wikidata items, online. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Links stored entities to more knowledge bases than the offline Wikipedia/DBpedia linking "
                + "that ingest does. Needs internet.",
                "--wikidata: asks Wikidata's SPARQL endpoint, in batches, which item (QID) each English Wikipedia "
                        + "page an entity is linked to is about, and the item's GeoNames ID (P1566) for places. "
                        + "The answers are cached in the store's graph <urn:newsgraph:graph:wikidata>, and each "
                        + "such entity gets owl:sameAs <http://www.wikidata.org/entity/Q…> there. Pages already "
                        + "asked about are answered from the cache (no request), so running it again after an "
                        + "ingest asks only about new pages; --refresh asks about every page again.",
                "Exit status 1 when the endpoint cannot be reached or fails; batches answered before that "
                        + "are kept.",
                "Example: newsgraph link --wikidata --contact you@example.org"})
final class LinkCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--wikidata", required = true,
            description = "Link entities to Wikidata items (the only source so far).")
    boolean wikidata;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = WikidataClient.DEFAULT_ENDPOINT,
            description = "SPARQL endpoint holding Wikidata's sitelinks (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--refresh", description = "Ask about every page again, even those the cache answers.")
    boolean refresh;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "50",
            description = "Pages per request, 1 to 500 (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to wait to connect and then for each answer (default: ${DEFAULT-VALUE}).")
    int timeout;

    @Option(names = "--contact", paramLabel = "EMAIL_OR_URL",
            description = "How Wikimedia can reach you, put in the User-Agent as its policy asks.")
    String contact;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (batch < 1 || batch > 500) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch must be 1 to 500: " + batch);
        }
        if (timeout < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout must be at least 1: " + timeout);
        }
        WikidataClient client = new WikidataClient(endpoint, Duration.ofSeconds(timeout),
                WikidataClient.userAgent(ArticleProcessor.version(), contact));
        try (NewsStore s = store.open()) {
            WikidataLinking.Summary r = new WikidataLinking(s, client, batch).run(refresh, (asked, toAsk) -> {
                if (toAsk > batch) {
                    System.err.println("asked Wikidata about " + asked + " of " + toAsk + " pages");
                }
            });
            System.out.println("endpoint\t" + endpoint);
            System.out.println("linked pages\t" + r.pages());
            System.out.println("titles asked\t" + r.asked());
            System.out.println("requests\t" + r.requests());
            System.out.println("answered from cache\t" + r.fromCache());
            System.out.println("QIDs found\t" + r.qids());
            System.out.println("GeoNames IDs found\t" + r.geonames());
            System.out.println("entities given owl:sameAs Wikidata\t" + r.entities());
            return 0;
        } catch (WikidataException e) {
            System.err.println("newsgraph: " + e.getMessage());
            return Newsgraph.SOME_FAILED;
        }
    }
}

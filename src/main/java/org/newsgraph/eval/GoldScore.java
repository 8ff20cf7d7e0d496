package org.newsgraph.eval;

import org.apache.commons.io.file.PathUtils;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.newsgraph.eval.GoldSet.GoldEntity;
import org.newsgraph.eval.GoldSet.GoldFact;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.NewsStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Scores a store against a {@link GoldSet}, by the matching rules in the gold file's
 * header: labels compared ignoring case and on whole words; a fact counts only as a fact node of its seed's
 * article graph whose triple that graph also asserts.
 */
public final class GoldScore {

    /** Words that are no name: a fact whose argument is labelled only so has a pronoun argument. */
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "you", "your", "he", "him", "his", "she",
            "her", "it", "its", "we", "us", "our", "they", "them", "their", "this", "that", "these", "those", "who",
            "whom", "whose", "which", "what", "himself", "herself", "itself", "themselves", "ourselves", "one",
            "the", "a", "an", "some", "any", "both", "all", "each", "either", "neither");

    private final GoldSet gold;

    public GoldScore(GoldSet gold) {
        this.gold = gold;
    }

    /** Scores the dataset (a store's union default graph must show every named graph). */
    public GoldReport score(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> scoreInTxn(dataset));
    }

    /**
     * Scores what {@code ingest} stores into a new, empty store in a temporary folder; the folder is deleted
     * afterwards.
     */
    public GoldReport scoreIngested(Consumer<NewsStore> ingest) throws IOException {
        Path dir = Files.createTempDirectory("newsgraph-eval-gold");
        try (NewsStore s = NewsStore.open(dir)) {
            ingest.accept(s);
            return score(s.dataset());
        } finally {
            PathUtils.deleteDirectory(dir);
        }
    }

    private GoldReport scoreInTxn(Dataset ds) {
        Map<String, Set<String>> labels = new HashMap<>();
        select(ds, "SELECT ?r ?l { { ?r rdfs:label ?l } UNION { ?r skos:altLabel ?l } FILTER(isIRI(?r)) }",
                q -> labels.computeIfAbsent(q.getResource("r").getURI(), k -> new HashSet<>())
                        .add(q.getLiteral("l").getLexicalForm()));
        Set<String> entities = new HashSet<>();
        select(ds, "SELECT DISTINCT ?e { ?e a ng:Entity }", q -> entities.add(q.getResource("e").getURI()));
        Map<String, Set<String>> tiedTo = new HashMap<>();
        select(ds, "SELECT DISTINCT ?x ?e { ?x ?p ?e . ?e a ng:Entity . FILTER(isIRI(?x) && ?x != ?e) "
                        + "FILTER NOT EXISTS { ?p rdfs:subPropertyOf* ng:relatedTo } "
                        + "FILTER NOT EXISTS { ?x a ng:Fact } FILTER NOT EXISTS { ?x a ng:Mention } "
                        + "FILTER NOT EXISTS { ?x a ng:Article } }",
                q -> tiedTo.computeIfAbsent(q.getResource("e").getURI(), k -> new HashSet<>())
                        .add(q.getResource("x").getURI()));

        List<String> missingAliases = new ArrayList<>();
        int merged = 0;
        Map<String, String> actorOf = actors(gold.entities());
        Map<String, Map<String, String>> goldOfEntity = new HashMap<>();
        for (GoldEntity g : gold.entities()) {
            boolean whole = false;
            for (String e : entities) {
                Set<String> ls = labels.getOrDefault(e, Set.of());
                boolean any = false;
                boolean all = true;
                for (String form : g.forms()) {
                    boolean holds = containsIgnoreCase(ls, form);
                    any |= holds;
                    all &= holds;
                }
                if (any) {
                    goldOfEntity.computeIfAbsent(e, k -> new TreeMap<>())
                            .putIfAbsent(actorOf.get(g.id()), g.id() + " " + g.label());
                }
                whole |= all;
            }
            if (whole) {
                merged++;
            } else {
                missingAliases.add(g.id() + " " + g.label() + ": " + String.join(" | ", g.forms())
                        + " are not all labels of one entity");
            }
        }
        List<String> overMerged = new ArrayList<>();
        goldOfEntity.forEach((e, golds) -> {
            if (golds.size() > 1) {
                overMerged.add(e + " holds " + String.join(", ", golds.values()));
            }
        });

        List<GraphFact> facts = new ArrayList<>();
        select(ds, "SELECT ?src ?id ?s ?p ?o { GRAPH ?a { ?a ng:sourceFile ?src ; schema:identifier ?id . "
                        + "?f a ng:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . ?s ?p ?o } }",
                q -> facts.add(new GraphFact(fileName(q.getLiteral("src").getLexicalForm()),
                        q.getLiteral("id").getLexicalForm(),
                        q.getResource("s").getURI(), q.getResource("p").getURI(), q.getResource("o").getURI())));
        int core = 0;
        int coreTotal = 0;
        int found = 0;
        List<String> missingFacts = new ArrayList<>();
        for (GoldFact g : gold.facts()) {
            Set<String> subjects = resources(g.subjects(), labels, entities, tiedTo);
            Set<String> objects = resources(g.objects(), labels, entities, tiedTo);
            boolean hit = facts.stream().filter(f -> f.file().equals(g.seed()) || f.id().equals(g.seed()))
                    .filter(f -> containsWord(labels.getOrDefault(f.predicate(), Set.of()), g.relations()))
                    .anyMatch(f -> subjects.contains(f.subject()) && objects.contains(f.object())
                            || g.symmetric() && subjects.contains(f.object()) && objects.contains(f.subject()));
            if (g.core()) {
                coreTotal++;
            }
            if (hit) {
                found++;
                core += g.core() ? 1 : 0;
            } else {
                missingFacts.add(g.id() + (g.core() ? " (core) " : " ") + String.join("|", g.subjects()) + " / "
                        + String.join("|", g.relations()) + " / " + String.join("|", g.objects()));
            }
        }

        List<String> boilerplate = new ArrayList<>();
        for (GoldSet.Absent a : gold.absent()) {
            labels.forEach((r, ls) -> {
                for (String l : ls) {
                    if (containsWord(l, a.text())) {
                        boilerplate.add(a.id() + " '" + a.text() + "' in " + r + " ('" + l + "')");
                    }
                }
            });
        }

        List<String> pronounFacts = new ArrayList<>();
        int[] total = {0};
        select(ds, "SELECT ?f ?s ?o { ?f a ng:Fact ; rdf:subject ?s ; rdf:object ?o }", q -> {
            total[0]++;
            for (String arg : List.of(q.getResource("s").getURI(), q.getResource("o").getURI())) {
                Set<String> ls = labels.getOrDefault(arg, Set.of());
                if (!ls.isEmpty() && ls.stream().allMatch(l -> PRONOUNS.contains(l.toLowerCase(Locale.ROOT)))) {
                    pronounFacts.add(q.getResource("f").getURI() + " has argument " + arg);
                }
            }
        });
        return new GoldReport(merged, gold.entities().size(), missingAliases, overMerged, core, coreTotal, found,
                gold.facts().size(), missingFacts, boilerplate, gold.absent().size(), pronounFacts, total[0]);
    }

    /**
     * The actor each gold entity stands for, by id: a gold file names one actor in several articles, each time as a
     * gold entity of its own, so gold entities sharing a label or a name form are one actor, and one graph entity
     * holding both is no over-merging.
     */
    static Map<String, String> actors(List<GoldEntity> entities) {
        Map<String, String> actorOfName = new HashMap<>();
        Map<String, String> parent = new HashMap<>();
        for (GoldEntity g : entities) {
            parent.put(g.id(), g.id());
            List<String> names = new ArrayList<>(g.forms());
            names.add(g.label());
            for (String name : names) {
                String other = actorOfName.putIfAbsent(name.toLowerCase(Locale.ROOT), g.id());
                if (other != null) {
                    parent.put(root(parent, g.id()), root(parent, other));
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        parent.keySet().forEach(id -> out.put(id, root(parent, id)));
        return out;
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /** The graph resources a slot's alternatives stand for. */
    private Set<String> resources(List<String> alternatives, Map<String, Set<String>> labels, Set<String> entities,
                                  Map<String, Set<String>> tiedTo) {
        Set<String> out = new LinkedHashSet<>();
        for (String alt : alternatives) {
            var goldEntity = gold.entityLabelled(alt);
            if (goldEntity.isPresent()) {
                for (String e : entities) {
                    Set<String> ls = labels.getOrDefault(e, Set.of());
                    if (goldEntity.get().forms().stream().anyMatch(f -> containsIgnoreCase(ls, f))) {
                        out.add(e);
                        out.addAll(tiedTo.getOrDefault(e, Set.of()));
                    }
                }
            } else {
                labels.forEach((r, ls) -> {
                    if (ls.stream().anyMatch(l -> containsWord(l, alt))) {
                        out.add(r);
                    }
                });
            }
        }
        return out;
    }

    /** A stored, asserted fact; its article is known by its source file's name and by its id. */
    private record GraphFact(String file, String id, String subject, String predicate, String object) {
    }

    private static boolean containsIgnoreCase(Set<String> values, String wanted) {
        return values.stream().anyMatch(v -> v.equalsIgnoreCase(wanted));
    }

    private static boolean containsWord(Set<String> values, List<String> words) {
        return values.stream().anyMatch(v -> words.stream().anyMatch(w -> containsWord(v, w)));
    }

    /** Whether text contains the phrase as whole words, ignoring case ("Russia" is not in "Russian"). */
    static boolean containsWord(String text, String phrase) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    private static String fileName(String source) {
        String s = source.replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1);
    }

    private static void select(Dataset ds, String query, Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(NG.SPARQL_PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(row);
        }
    }
}

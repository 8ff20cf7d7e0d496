package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.link.WikidataItem;

/**
 * Terms of the newsgraph ontology ({@code ontology/newsgraph.ttl}) and the standard vocabularies it reuses.
 */
public final class NG {

    /** The ontology's namespace. */
    public static final String NS = "https://w3id.org/newsgraph/ontology#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    /** Wikidata's items ({@code wd:}). */
    public static final String WD = WikidataItem.WD;
    /** Wikidata's direct ("truthy") properties ({@code wdt:}). */
    public static final String WDT = WikidataItem.WDT;

    /** PREFIX lines for the vocabularies newsgraph's queries use: ng, rdf, rdfs, skos, owl, schema, prov. */
    public static final String SPARQL_PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX schema: <https://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    /** The named graph that holds each entity's and concept's corpus-wide label, aliases and type. */
    public static final Node CORPUS_GRAPH = NodeFactory.createURI("urn:newsgraph:graph:corpus");

    /**
     * The named graph {@code newsgraph link --wikidata} writes: what Wikidata answered about each English Wikipedia
     * page (its item, the item's GeoNames ID, when it was asked) and {@code owl:sameAs} Wikidata for the entities
     * linked to those pages.
     */
    public static final Node WIKIDATA_GRAPH = NodeFactory.createURI("urn:newsgraph:graph:wikidata");

    public static final Node Article = ng("Article");
    public static final Node Entity = ng("Entity");
    public static final Node Concept = ng("Concept");
    public static final Node Fact = ng("Fact");
    public static final Node Sentence = ng("Sentence");
    public static final Node Mention = ng("Mention");
    public static final Node Relation = ng("Relation");

    public static final Node relatedTo = ng("relatedTo");
    public static final Node country = ng("country");
    public static final Node about = ng("about");
    public static final Node category = ng("category");
    public static final Node linkConfidence = ng("linkConfidence");
    public static final Node attributedTo = ng("attributedTo");
    public static final Node attributionText = ng("attributionText");
    public static final Node extraText = ng("extraText");
    public static final Node subjectPhrase = ng("subjectPhrase");
    public static final Node objectPhrase = ng("objectPhrase");
    public static final Node sentence = ng("sentence");
    public static final Node inArticle = ng("inArticle");
    public static final Node text = ng("text");
    public static final Node index = ng("index");
    public static final Node charStart = ng("charStart");
    public static final Node charEnd = ng("charEnd");
    public static final Node confidence = ng("confidence");
    public static final Node extractor = ng("extractor");
    public static final Node extractorVersion = ng("extractorVersion");
    public static final Node negated = ng("negated");
    public static final Node hedged = ng("hedged");
    public static final Node subjectText = ng("subjectText");
    public static final Node relationText = ng("relationText");
    public static final Node objectText = ng("objectText");
    public static final Node refersTo = ng("refersTo");
    public static final Node nerType = ng("nerType");
    public static final Node surfaceForm = ng("surfaceForm");
    public static final Node articleLabel = ng("articleLabel");
    public static final Node typeInArticle = ng("typeInArticle");
    public static final Node sourceFile = ng("sourceFile");
    public static final Node contentHash = ng("contentHash");
    public static final Node inputDigest = ng("inputDigest");
    public static final Node wikidataChecked = ng("wikidataChecked");

    public static final Node schemaHeadline = schema("headline");
    public static final Node schemaDatePublished = schema("datePublished");
    public static final Node schemaUrl = schema("url");
    public static final Node schemaIdentifier = schema("identifier");
    public static final Node schemaArticleBody = schema("articleBody");
    public static final Node schemaMentions = schema("mentions");
    public static final Node schemaSameAs = schema("sameAs");
    public static final Node schemaAbout = schema("about");

    /** Wikidata's GeoNames ID property, P1566, as a direct property. */
    public static final Node wdtGeonamesId = NodeFactory.createURI(WDT + "P1566");

    public static final Node provWasDerivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");
    public static final Node skosAltLabel = NodeFactory.createURI(SKOS + "altLabel");

    private NG() {
    }

    /** A term of the newsgraph ontology. */
    public static Node ng(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    private static Node schema(String localName) {
        return NodeFactory.createURI(SCHEMA + localName);
    }
}

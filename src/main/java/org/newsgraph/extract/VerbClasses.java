package org.newsgraph.extract;

import java.util.Map;
import java.util.Set;

/** Classes of verbs whose facts {@link PredicateFacts} reads in a way of their own. */
final class VerbClasses {

    /** Verbs that say two parties did something together, so "A and B met" means A met B. */
    static final Set<String> RECIPROCAL = Set.of("meet", "talk", "negotiate", "agree", "clash", "fight",
            "cooperate", "ally", "merge", "marry", "quarrel", "compete", "collide", "confer", "reconcile", "trade",
            "sign", "discuss", "consult", "spar", "battle", "feud");
    /** Verbs that direct someone to act ("asked them to leave"), with their past participles. */
    static final Map<String, String> DIRECTIVES = Map.ofEntries(Map.entry("ask", "asked"),
            Map.entry("tell", "told"), Map.entry("order", "ordered"), Map.entry("instruct", "instructed"),
            Map.entry("require", "required"), Map.entry("urge", "urged"), Map.entry("force", "forced"),
            Map.entry("allow", "allowed"), Map.entry("permit", "permitted"), Map.entry("persuade", "persuaded"),
            Map.entry("invite", "invited"), Map.entry("encourage", "encouraged"),
            Map.entry("authorize", "authorized"), Map.entry("compel", "compelled"), Map.entry("oblige", "obliged"),
            Map.entry("advise", "advised"), Map.entry("press", "pressed"), Map.entry("direct", "directed"));

    /** Verbs of saying whose object, if a noun phrase, is whom it was said to, never what was said. */
    static final Set<String> REPORTING = Set.of("say", "tell", "add", "state", "insist", "argue", "contend",
            "reply", "respond", "reckon", "speculate", "testify", "remark", "think", "believe");

    private VerbClasses() {
    }
}

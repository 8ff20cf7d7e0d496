package org.newsgraph.support;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Strings made to break what newsgraph writes and reads: IRIs, N-Quads, TriG and Turtle, SPARQL, percent-encoding
 * and UTF-8. Each is a run of a few pieces: syntax of those languages, every C0 and C1 control, lone surrogates,
 * line and paragraph separators, noncharacters, emoji, right-to-left text and combining marks, mixed with random
 * letters and random UTF-16 code units. About one in a hundred is 10,000 characters long.
 */
public final class NastyStrings {

    /** The length of the long names: far more than any real name, title or URL. */
    public static final int LONG = 10_000;

    /** Pieces that mean something to a syntax newsgraph writes or reads, or that an encoder may get wrong. */
    public static final List<String> PIECES = pieces();

    private NastyStrings() {
    }

    private static List<String> pieces() {
        List<String> p = new ArrayList<>(List.of(
                "<", ">", "\"", "'", "{", "}", "\\", "\n", "\r", "\t", "\r\n", " ", "  ", "_", "+", "|", "^", "`",
                "\"\"\"", "'''", "\\\"", "\\u0022", "\\n", "\\U0001F600", "^^", "@en", "_:b0", "<>", "#", "%",
                "%00", "%20", "%5F", "%zz", "%C3%A9", "%ED%A0%80", "../", "./", "..", "/", "?", "&", "=", ":", ";", ".",
                ",", "*", "(", ")", "[", "]", "~", "$", "!", "@",
                "@prefix ex: <http://evil/> .", "PREFIX evil: <http://evil/>", "} ; INSERT DATA {",
                "} ; INSERT DATA { <http://evil/> <http://evil/> <http://evil/> } ; #",
                "<http://evil/> <http://evil/> <http://evil/> .",
                "\" . <http://evil/> <http://evil/> \"x\" <http://evil/> .\n",
                "\"\"\" . <http://evil/> <http://evil/> <http://evil/> . \"\"\"",
                "GRAPH <http://evil/> { <http://evil/> <http://evil/> <http://evil/> }",
                "http://example.org/a?b=c#d", "urn:newsgraph:graph:corpus", "https://w3id.org/newsgraph/ontology#Fact",
                "\u2028", "\u2029", "\u0085", "\u00A0", "\u200B", "\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF", "\uFDD0",
                "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "\uD83D\uDE00", "\uD83C\uDDFA\uD83C\uDDF8",
                "\uD83D\uDC69\u200D\uD83D\uDC67", "\uDB40\uDC01", "\uDBFF\uDFFF",
                "\u05E9\u05DC\u05D5\u05DD", "\u0627\u0644\u0633\u0644\u0627\u0645", "\u202E", "\u202D", "\u200F",
                "e\u0301", "\u0301", "\u0301\u0301\u0301", "\u00E9", "\u1E9B\u0323", "\uFB01", "\u2126", "\u212B",
                "\u0130", "\u0131", "\u00DF", "\u4E2D\u6587", "\uFF1C\uFF1E",
                "agree to", "say", "attack", "call for", "S\u00E3o Paulo", "john kerry", "john_kerry", "U.N."));
        IntStream.range(0, 0x20).forEach(c -> p.add(Character.toString(c)));
        IntStream.rangeClosed(0x7F, 0x9F).forEach(c -> p.add(Character.toString(c)));
        return List.copyOf(p);
    }

    /** Any string, the empty one included. */
    public static Arbitrary<String> any() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> word = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6);
        // Any UTF-16 code unit, so lone surrogates and unassigned characters too.
        Arbitrary<String> units = Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMinLength(1)
                .ofMaxLength(4);
        Arbitrary<String> codePoint = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .map(Character::toString);
        Arbitrary<String> chunk = Arbitraries.frequencyOf(
                Tuple.of(6, piece), Tuple.of(3, word), Tuple.of(2, units), Tuple.of(1, codePoint));
        Arbitrary<String> shortOnes = chunk.list().ofMaxSize(8).map(chunks -> String.join("", chunks));
        Arbitrary<String> longOnes = chunk.list().ofMinSize(1).ofMaxSize(3)
                .map(chunks -> longer(String.join("", chunks)));
        return Arbitraries.frequencyOf(Tuple.of(99, shortOnes), Tuple.of(1, longOnes));
    }

    /** Any string that is not blank, as an article id must be. */
    public static Arbitrary<String> nonBlank() {
        return any().filter(s -> !s.isBlank());
    }

    /** Any string but the empty one, as a label, lemma or sentence must be. */
    public static Arbitrary<String> nonEmpty() {
        return any().filter(s -> !s.isEmpty());
    }

    /** The text repeated to exactly {@link #LONG} characters (which may cut a surrogate pair in two). */
    private static String longer(String s) {
        return s.repeat(LONG / s.length() + 1).substring(0, LONG);
    }
}

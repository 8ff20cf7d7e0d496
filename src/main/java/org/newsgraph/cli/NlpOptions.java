package org.newsgraph.cli;

import org.newsgraph.annotate.AnnotationLimits;
import org.newsgraph.annotate.NlpPipeline;
import org.newsgraph.link.Linker;
import org.newsgraph.rdf.Iris;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.time.Duration;

/**
 * How articles are read into facts and entities: size and CoreNLP limits, the base of the IRIs, linking. Part of
 * every command that runs the NLP, whether or not it stores what it reads.
 */
final class NlpOptions {

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base IRI for articles, entities and relations (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "1000000",
            description = "Skip articles longer than this many characters (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "250",
            description = "Leave unread any sentence of more than this many tokens (a scraped list, text without "
                    + "punctuation), which CoreNLP would take minutes over; each is reported (default: "
                    + "${DEFAULT-VALUE}).")
    int maxSentenceTokens;

    @Option(names = "--max-annotation-seconds", paramLabel = "SECONDS", defaultValue = "300",
            description = "Give up on an article whose annotation takes longer than this; it is reported and the "
                    + "run goes on (default: ${DEFAULT-VALUE}).")
    double maxAnnotationSeconds;

    @Mixin
    LinkOptions link;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The shared pipeline, within --max-sentence-tokens and --max-annotation-seconds. */
    NlpPipeline nlp() {
        if (maxSentenceTokens < 1) {
            throw new ParameterException(command.commandLine(),
                    "--max-sentence-tokens must be at least 1: " + maxSentenceTokens);
        }
        if (!(maxAnnotationSeconds >= 0.001)) {
            throw new ParameterException(command.commandLine(),
                    "--max-annotation-seconds must be at least 0.001: " + maxAnnotationSeconds);
        }
        AnnotationLimits limits = new AnnotationLimits(maxSentenceTokens,
                Duration.ofMillis(Math.round(maxAnnotationSeconds * 1000)));
        return limits.equals(AnnotationLimits.DEFAULT) ? NlpPipeline.shared() : NlpPipeline.shared().withLimits(limits);
    }

    /** The linker, or null with --no-link; builds the dictionary index on first use. */
    Linker linker() {
        return link.linker();
    }

    Iris iris() {
        return Iris.under(base);
    }
}

package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code newsgraph bench}: measurements of what newsgraph costs. More subcommands are to come; for now
 * {@code annotators} weighs CoreNLP's annotators and options against what they add.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures what newsgraph costs: time, memory, and the quality bought with them.",
        subcommands = {BenchAnnotatorsCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}

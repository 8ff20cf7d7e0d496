package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsgraph eval}: measures the graph and the extractor against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures newsgraph against gold data (see ../shared/eval/README.md).",
        subcommands = {EvalGoldCommand.class, EvalSeedsCommand.class, EvalCarbCommand.class, EvalLinkingCommand.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}

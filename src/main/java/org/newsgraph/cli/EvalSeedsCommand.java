package org.newsgraph.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code newsgraph eval seeds}. */
@Command(name = "seeds", mixinStandardHelpOptions = true, description = "Not written yet.")
final class EvalSeedsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("newsgraph: eval seeds is not written yet");
        return 2;
    }
}

package org.newsgraph.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code newsgraph eval carb}. */
@Command(name = "carb", mixinStandardHelpOptions = true, description = "Not written yet.")
final class EvalCarbCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("newsgraph: eval carb is not written yet");
        return 2;
    }
}

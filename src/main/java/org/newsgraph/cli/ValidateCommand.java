package org.newsgraph.cli;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Shapes;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code newsgraph validate}: checks the store against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates the union of all graphs in the store against ontology/shapes.ttl (SHACL).",
                "Exit status 1 with a report on stdout when anything violates the shapes."})
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (NewsStore s = store.open()) {
            ValidationReport report = Txn.calculateRead(s.dataset(),
                    () -> Shapes.validate(s.dataset().asDatasetGraph().getUnionGraph()));
            if (report.conforms()) {
                System.out.println("conforms: the store satisfies ontology/shapes.ttl");
                return 0;
            }
            System.out.println(report.getEntries().size() + " violations:");
            ShLib.printReport(System.out, report);
            return Newsgraph.SOME_FAILED;
        }
    }
}

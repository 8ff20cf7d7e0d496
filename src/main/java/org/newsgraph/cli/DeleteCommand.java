package org.newsgraph.cli;

import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsgraph delete}: removes articles. */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = {"Removes articles by id and everything that came only from them; entities other "
                + "articles still name keep their other names.",
                "Exit status 1 when an id is not in the store."})
final class DeleteCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "Article ids, as ingest gave them.")
    List<String> ids;

    @Override
    public Integer call() {
        int missing = 0;
        try (NewsStore s = store.open()) {
            for (String id : ids) {
                if (s.delete(id)) {
                    System.out.println("deleted " + id);
                } else {
                    System.err.println("newsgraph: no article with id " + id);
                    missing++;
                }
            }
        }
        return missing == 0 ? 0 : Newsgraph.SOME_FAILED;
    }
}

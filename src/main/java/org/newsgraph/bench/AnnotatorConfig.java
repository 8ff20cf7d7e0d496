package org.newsgraph.bench;

import org.newsgraph.annotate.NlpPipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * One CoreNLP configuration that {@code bench annotators} measures: newsgraph's default properties with one thing
 * changed.
 *
 * @param name          what the user calls it ({@code --config NAME})
 * @param onRequestOnly whether it is measured only when named (it is slow)
 * @param change        what it changes in the default properties
 */
public record AnnotatorConfig(String name, boolean onRequestOnly, Consumer<Properties> change) {

    /** Every configuration; those {@code onRequestOnly} are measured only when named. */
    public static final List<AnnotatorConfig> CONFIGS = List.of(
            new AnnotatorConfig("default", false, p -> { }),
            new AnnotatorConfig("coref-none", false, p -> withoutAnnotators(p, "coref")),
            new AnnotatorConfig("coref-fastneural", false, p -> p.setProperty("coref.algorithm", "fastneural")),
            // Neural coreference needs constituency trees (parse), not only dependencies; 20-36 s an article.
            new AnnotatorConfig("coref-neural", true, p -> {
                p.setProperty("annotators", p.getProperty("annotators").replace("depparse", "parse"));
                p.setProperty("coref.algorithm", "neural");
            }),
            new AnnotatorConfig("sutime-on", false, p -> {
                p.setProperty("ner.useSUTime", "true");
                p.setProperty("ner.applyNumericClassifiers", "true");
            }),
            new AnnotatorConfig("ner-fine-off", false, p -> p.setProperty("ner.applyFineGrained", "false")),
            // One CRF instead of three (3class, 7class MUC, 4class CoNLL): no MISC, DATE, MONEY, PERCENT, TIME.
            new AnnotatorConfig("ner-3class", false, p -> p.setProperty("ner.model",
                    "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz")),
            new AnnotatorConfig("openie-off", false, p -> withoutAnnotators(p, "natlog", "openie")));

    /** The configuration names, in the order they are measured. */
    public static List<String> names() {
        return CONFIGS.stream().map(AnnotatorConfig::name).toList();
    }

    /** Newsgraph's default CoreNLP properties with this configuration's change. */
    public Properties properties() {
        Properties p = NlpPipeline.defaultProperties();
        change.accept(p);
        return p;
    }

    /** What a configuration changes from the default, in properties. */
    public String description() {
        Properties base = NlpPipeline.defaultProperties();
        Properties p = properties();
        Set<String> keys = new TreeSet<>(base.stringPropertyNames());
        keys.addAll(p.stringPropertyNames());
        List<String> changes = new ArrayList<>();
        for (String key : keys) {
            String was = base.getProperty(key);
            String is = p.getProperty(key);
            if (Objects.equals(was, is)) {
                continue;
            }
            if (key.equals("annotators")) {
                List<String> before = List.of(was.split(","));
                List<String> after = List.of(is.split(","));
                StringBuilder sb = new StringBuilder("annotators");
                before.stream().filter(a -> !after.contains(a)).forEach(a -> sb.append(" -").append(a));
                after.stream().filter(a -> !before.contains(a)).forEach(a -> sb.append(" +").append(a));
                changes.add(sb.toString());
            } else {
                changes.add(key + "=" + (is == null ? "(unset)" : is));
            }
        }
        return changes.isEmpty() ? "as shipped" : "`" + String.join("`, `", changes) + "`";
    }

    private static void withoutAnnotators(Properties p, String... names) {
        List<String> annotators = new ArrayList<>(List.of(p.getProperty("annotators").split(",")));
        annotators.removeAll(List.of(names));
        p.setProperty("annotators", String.join(",", annotators));
    }
}

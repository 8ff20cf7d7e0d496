package org.newsgraph.annotate;

import org.newsgraph.text.Digests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The rule files a configuration names (TokensRegex rules, RegexNER mappings), by their content: the settings
 * hold only their paths, and a changed rule file must change the {@linkplain NlpPipeline#version() version},
 * or annotations cached under the old rules would be read as current ones.
 */
final class RuleFiles {

    private RuleFiles() {
    }

    /**
     * A digest of the content of every file named by a {@code *.rules} or {@code *.mapping} setting, looked up on
     * the class path first and then as a file; "none" when there is no such setting.
     *
     * @throws IllegalArgumentException when a named file is neither on the class path nor on disk
     */
    static String digest(Properties properties) {
        StringBuilder content = new StringBuilder();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            if (key.endsWith(".rules") || key.endsWith(".mapping")) {
                for (String path : properties.getProperty(key).split("[,;]")) {
                    if (!path.isBlank()) {
                        content.append(key).append('=').append(path.strip()).append('\n')
                                .append(read(path.strip())).append('\n');
                    }
                }
            }
        }
        return content.isEmpty() ? "none" : Digests.sha256(content.toString()).substring(0, 12);
    }

    private static String read(String path) {
        try (InputStream in = RuleFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Path file = Path.of(path);
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule file " + path, e);
        }
        throw new IllegalArgumentException("no rule file " + path + " on the class path or on disk");
    }
}

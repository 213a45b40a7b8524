package org.mtvkit.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the relative links of a Markdown file that point at nothing. */
final class Links {

    // [text](target) or [text](target "title"); images too. Targets with a scheme are not ours to check.
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private Links() {
    }

    /** One message per broken link: the file, the line, the target, and where it was looked for. */
    static List<String> broken(Path markdown) {
        List<String> problems = new ArrayList<>();
        List<String> lines = Excerpts.readLines(markdown);
        boolean inCode = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                continue;
            }
            Matcher link = LINK.matcher(line);
            while (link.find()) {
                String target = link.group(1);
                if (SCHEME.matcher(target).find() || target.startsWith("#")) {
                    continue;
                }
                String path = target.replaceFirst("#.*$", "");
                Path resolved = markdown.getParent().resolve(path).normalize();
                if (!Files.exists(resolved)) {
                    problems.add(markdown.getFileName() + ":" + (i + 1) + ": link to '" + target
                            + "' points at nothing (looked for " + resolved + ")");
                }
            }
        }
        return problems;
    }
}

package org.mtvkit.mtv;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.util.Map;

/** What a command runs with: the project, its output, its input (for prompts) and the environment. */
public record CommandContext(Project project, PrintStream out, BufferedReader in, Map<String, String> environment) {
}

package org.mtvkit.mtv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code dumpdata [app[.Model]...] [--indent N] [--output FILE]}: writes objects as a fixture in Django's
 * JSON format, laid out as Django's own {@code dumpdata} lays it out, so Django's {@code loaddata} reads it.
 */
final class DumpDataCommand implements Command {

    @Override
    public String name() {
        return "dumpdata";
    }

    @Override
    public String help() {
        return "Writes objects as a Django-format JSON fixture: dumpdata [app[.Model]...] [--indent N] [--output FILE]";
    }

    // region: dumpdata
    @Override
    public void run(CommandContext context, List<String> args) {
        int indent = -1;
        String output = null;
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--indent") || arg.equals("--output")) {
                if (i + 1 == args.size()) {
                    throw new CommandError(arg + " needs a value: dumpdata " + arg + (arg.equals("--indent") ? " 2" : " polls.json"));
                }
                String value = args.get(++i);
                if (arg.equals("--output")) {
                    output = value;
                } else {
                    indent = indent(value);
                }
            } else if (arg.startsWith("--")) {
                throw new CommandError("Unknown option " + arg + " for dumpdata; it takes --indent N and --output FILE");
            } else {
                labels.add(arg);
            }
        }
        Map<String, Class<?>> models = select(context.project().models(), labels);
        context.project().migrate();                    // a fresh database dumps as [], not as a missing table
        String json = Fixtures.dump(context.project().database(), models, indent);
        if (output == null) {
            context.out().print(json);
            context.out().flush();
            return;
        }
        try {
            Files.writeString(Path.of(output), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandError("Cannot write " + output + ": " + e.getMessage(), e);
        }
    }
    // endregion

    /** The models the labels name, in the project's order: {@code polls} is all of the app, {@code polls.Question} one. */
    static Map<String, Class<?>> select(Map<String, Class<?>> models, List<String> labels) {
        if (labels.isEmpty()) {
            return models;
        }
        Map<String, Class<?>> chosen = new LinkedHashMap<>();
        for (String label : labels) {
            String wanted = label.toLowerCase(Locale.ROOT);
            int before = chosen.size();
            boolean known = false;
            for (Map.Entry<String, Class<?>> model : models.entrySet()) {
                String app = model.getKey().substring(0, model.getKey().indexOf('.'));
                known |= app.equals(wanted.contains(".") ? wanted.substring(0, wanted.indexOf('.')) : wanted);
                if (model.getKey().equals(wanted) || app.equals(wanted)) {
                    chosen.put(model.getKey(), model.getValue());
                }
            }
            if (!known) {
                throw new CommandError("No installed app with label '" + label + "'. This project's models are "
                        + models.keySet());
            }
            if (chosen.size() == before && wanted.contains(".")) {
                throw new CommandError("Unknown model: " + label + ". This project's models are " + models.keySet());
            }
        }
        return chosen;
    }

    private static int indent(String value) {
        try {
            int indent = Integer.parseInt(value);
            if (indent >= 0) {
                return indent;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new CommandError("--indent needs a number of spaces, 0 or more, not '" + value + "'");
    }
}

package org.mtvkit.orm.migrations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every migration of the project and what depends on what, checked as it is loaded: each dependency
 * exists, no cycle, one leaf per app. It answers the planning questions: in which order to apply, what
 * to undo to reach a target, what the state is once a set of migrations has run.
 */
final class MigrationGraph {
    private static final Pattern NAME = Pattern.compile("\\d{4}_[A-Za-z0-9_]+");

    private final List<String> apps;
    private final Map<MigrationKey, Migration> nodes;

    private MigrationGraph(List<String> apps, Map<MigrationKey, Migration> nodes) {
        this.apps = apps;
        this.nodes = nodes;
    }

    // region: load
    static MigrationGraph load(MigrationSource source, List<String> apps) {
        Map<MigrationKey, Migration> nodes = new LinkedHashMap<>();
        for (String app : apps) {
            for (String name : source.names(app)) {
                if (!NAME.matcher(name).matches()) {
                    throw new MigrationError("Migration file " + source.describe(app, name) + " is not named like a"
                            + " migration: rename it to four digits, '_' and a name (0002_question_author.json).");
                }
                MigrationKey key = new MigrationKey(app, name);
                nodes.put(key, Migration.read(key, source.read(app, name), source.describe(app, name)));
            }
        }
        MigrationGraph graph = new MigrationGraph(List.copyOf(apps), nodes);
        graph.checkDependencies(source);
        graph.checkCycles();
        graph.checkLeaves();
        return graph;
    }
    // endregion

    private void checkDependencies(MigrationSource source) {
        for (Migration migration : nodes.values()) {
            for (MigrationKey dependency : migration.dependencies()) {
                if (!nodes.containsKey(dependency)) {
                    List<String> known = nodes.keySet().stream().filter(k -> k.app().equals(dependency.app()))
                            .map(MigrationKey::name).toList();
                    throw new MigrationError("Migration " + migration.key() + " (" + source.describe(migration.app(),
                            migration.name()) + ") depends on " + dependency + ", which does not exist ("
                            + dependency.app() + " has " + (known.isEmpty() ? "no migrations" : String.join(", ", known))
                            + "). Restore the missing file, or correct the dependency.");
                }
            }
        }
    }

    private void checkCycles() {
        Set<MigrationKey> done = new HashSet<>();
        for (MigrationKey key : nodes.keySet()) {
            cycleFrom(key, new ArrayList<>(), done);
        }
    }

    private void cycleFrom(MigrationKey key, List<MigrationKey> path, Set<MigrationKey> done) {
        if (done.contains(key)) {
            return;
        }
        int seen = path.indexOf(key);
        if (seen >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(seen, path.size()).stream().map(Object::toString).toList());
            cycle.add(key.toString());
            throw new MigrationError("Migrations depend on each other in a cycle: " + String.join(" -> ", cycle)
                    + ". Remove one of these dependencies so that one migration can run first.");
        }
        path.add(key);
        for (MigrationKey dependency : nodes.get(key).dependencies()) {
            cycleFrom(dependency, path, done);
        }
        path.remove(path.size() - 1);
        done.add(key);
    }

    private void checkLeaves() {
        for (String app : apps) {
            List<MigrationKey> leaves = leaves(app);
            if (leaves.size() > 1) {
                throw new MigrationError("Conflicting migrations detected; multiple leaf nodes in the migration graph: ("
                        + String.join(", ", leaves.stream().map(MigrationKey::name).toList()) + " in " + app
                        + "). Django merges them with 'makemigrations --merge'; here, add the one as a dependency of"
                        + " the other in its \"dependencies\".");
            }
        }
    }

    private List<MigrationKey> leaves(String app) {
        Set<MigrationKey> dependedOn = new HashSet<>();
        // Django's leaf_nodes(app): a child in another app (a foreign key's migration) does not make a node inner
        nodes.values().forEach(m -> m.dependencies().stream().filter(d -> d.app().equals(m.app())).forEach(dependedOn::add));
        return nodes.keySet().stream().filter(k -> k.app().equals(app) && !dependedOn.contains(k)).toList();
    }

    /** The last migration of an app, when it has any. */
    java.util.Optional<MigrationKey> leaf(String app) {
        return leaves(app).stream().findFirst();
    }

    List<String> apps() {
        return apps;
    }

    Collection<Migration> migrations() {
        return nodes.values();
    }

    List<Migration> migrations(String app) {
        return nodes.values().stream().filter(m -> m.app().equals(app)).toList();
    }

    Migration get(MigrationKey key) {
        return nodes.get(key);
    }

    /**
     * Finds a migration by the start of its name, as Django does ({@code 0001} means {@code 0001_initial}).
     *
     * @throws MigrationError when none or several match
     */
    MigrationKey find(String app, String prefix) {
        if (!apps.contains(app)) {
            throw new MigrationError("App '" + app + "' does not exist; the apps are " + String.join(", ", apps) + ".");
        }
        List<MigrationKey> matches = nodes.keySet().stream().filter(k -> k.app().equals(app)
                && k.name().startsWith(prefix)).toList();
        if (matches.size() > 1) {
            throw new MigrationError("More than one migration matches '" + prefix + "' in app '" + app + "' ("
                    + String.join(", ", matches.stream().map(MigrationKey::name).toList()) + "). Please be more specific.");
        }
        if (matches.isEmpty()) {
            List<String> names = migrations(app).stream().map(Migration::name).toList();
            throw new MigrationError("Cannot find a migration matching '" + prefix + "' from app '" + app + "'; it has "
                    + (names.isEmpty() ? "no migrations" : String.join(", ", names)) + ". Use one of those, or 'zero'.");
        }
        return matches.get(0);
    }

    // region: plans
    /** Every migration, each after its dependencies: the order in which the whole history runs. */
    List<Migration> inOrder() {
        Set<MigrationKey> ordered = new LinkedHashSet<>();
        for (MigrationKey key : nodes.keySet()) {
            visit(key, ordered);
        }
        return ordered.stream().map(nodes::get).toList();
    }

    /** What must run to reach {@code target}: it and its dependencies, dependencies first. */
    List<Migration> forwardsPlan(MigrationKey target) {
        Set<MigrationKey> ordered = new LinkedHashSet<>();
        visit(target, ordered);
        return ordered.stream().map(nodes::get).toList();
    }

    private void visit(MigrationKey key, Set<MigrationKey> ordered) {
        if (ordered.contains(key)) {
            return;
        }
        for (MigrationKey dependency : nodes.get(key).dependencies()) {
            visit(dependency, ordered);
        }
        ordered.add(key);
    }

    /** {@code key} and everything that depends on it, dependents first: what undoing {@code key} means. */
    List<Migration> backwardsPlan(MigrationKey key) {
        List<Migration> forwards = new ArrayList<>(inOrder().stream().filter(m -> dependsOn(m.key(), key)).toList());
        java.util.Collections.reverse(forwards);
        return forwards;
    }

    private boolean dependsOn(MigrationKey node, MigrationKey on) {
        return node.equals(on) || nodes.get(node).dependencies().stream().anyMatch(d -> dependsOn(d, on));
    }
    // endregion

    /** The state once exactly the migrations in {@code applied} have run. */
    ProjectState state(Set<MigrationKey> applied) {
        ProjectState state = ProjectState.empty();
        for (Migration migration : inOrder()) {
            if (applied.contains(migration.key())) {
                for (Operation operation : migration.operations()) {
                    state = apply(migration, operation, state);
                }
            }
        }
        return state;
    }

    static ProjectState apply(Migration migration, Operation operation, ProjectState state) {
        try {
            return operation.apply(migration.app(), state);
        } catch (MigrationError e) {
            throw new MigrationError("Migration " + migration.key() + ", operation " + (migration.operations()
                    .indexOf(operation) + 1) + ": " + e.getMessage(), e);
        }
    }

    /** The state at the end of every migration: what the models should look like. */
    ProjectState finalState() {
        return state(nodes.keySet());
    }
}

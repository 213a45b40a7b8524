package architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * A miniature kit under {@code architecture.fixtures.<name>} that breaks one rule on purpose. Its
 * packages copy the real ones below the prefix ({@code org/mtvkit/http}, {@code mysite/polls/models},
 * ...), so the same {@link LayerRules} apply to it through {@link LayerRules#under(String)}.
 */
record Fixture(String name) {

    // One import for all fixtures: reading the class path is the slow part, so it is done once.
    private static final JavaClasses ALL = new ClassFileImporter().importPackages("architecture.fixtures");

    String prefix() {
        return "architecture.fixtures." + name;
    }

    /** The fixture's rules: the kit's rules, moved under the fixture's prefix. */
    LayerRules rules() {
        return LayerRules.under(prefix());
    }

    /** The fixture's classes, and nothing else. */
    JavaClasses classes() {
        return ALL.that(resideInAPackage(prefix() + ".."));
    }

    /** The full name of a fixture class given as it would be named in the real kit, e.g. {@code mysite.polls.models.Question}. */
    String className(String realName) {
        return prefix() + "." + realName;
    }
}

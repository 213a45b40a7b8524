package architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaModifier.PUBLIC;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What the admin may know, as rules a build checks: the admin is an application of the framework, built
 * only on the public APIs of the ORM, forms, views, templates and auth, and nothing below it knows it.
 * Built from the framework's root package like {@link LayerRules}, so a fixture gets the same rules
 * for its miniature copy with {@link #under(String)}.
 */
final class AdminRules {

    static final AdminRules KIT = new AdminRules("org.mtvkit", "mysite");

    private final String framework;
    private final String app;

    private AdminRules(String framework, String app) {
        this.framework = framework;
        this.app = app;
    }

    static AdminRules under(String prefix) {
        return new AdminRules(prefix + ".org.mtvkit", prefix + ".mysite");
    }

    private String admin() {
        return framework + ".contrib.admin..";
    }

    // region: admin-rules
    /** The layers the admin builds on, each by its package (the FreeMarker adapter and every library excluded). */
    private DescribedPredicate<JavaClass> publicApiOfTheLayers() {
        DescribedPredicate<JavaClass> kit = resideInAnyPackage(framework + ".orm", framework + ".forms",
                framework + ".views..", framework + ".paginator", framework + ".template", framework + ".http",
                framework + ".routing", framework + ".mtv", framework + ".contrib.auth", framework + ".contrib.messages",
                framework + ".contrib.sessions");
        DescribedPredicate<JavaClass> isPublic = DescribedPredicate.describe("public", c -> c.getModifiers().contains(PUBLIC));
        DescribedPredicate<JavaClass> jdk = resideInAnyPackage("java.lang..", "java.util..", "java.time..", "java.net..",
                "java.nio..", "java.math..", "java.io..");
        return jdk.or(resideInAnyPackage(admin())).or(kit.and(isPublic))
                .as("the JDK's basics, the admin itself, or a public class of the ORM, forms, views, paginator,"
                        + " templates, HTTP, routing, the glue, auth, sessions or messages");
    }

    ArchRule adminUsesOnlyThePublicApisOfTheLayers() {
        return classes().that().resideInAPackage(admin())
                .should().onlyDependOnClassesThat(publicApiOfTheLayers())
                .because("the admin is an application of the framework: it reads models and queries them through"
                        + " the ORM's QuerySet, edits them with ModelForm and renders templates, never SQL, JDBC,"
                        + " FreeMarker, the servlet API, or an app's own classes");
    }

    ArchRule nothingInTheFrameworkOrTheModelsKnowsTheAdmin() {
        return noClasses().that().resideOutsideOfPackage(admin()).and().resideOutsideOfPackage(app)
                .and().resideOutsideOfPackage(app + ".*.admin..")
                .should().dependOnClassesThat().resideInAPackage(admin())
                .because("the admin sits on top: a project mounts it and an app's admin module registers with it,"
                        + " but no layer, model or view may need it");
    }
    // endregion
}

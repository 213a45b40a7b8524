package architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The kit's architecture, written as rules a build can check.
 *
 * <p>Every rule is built from two root packages: where the framework lives ({@code org.mtvkit}) and
 * where the project lives ({@code mysite}). {@link #KIT} holds the rules for the real code; a test
 * fixture gets the same rules for its own miniature copy of the kit with {@link #under(String)}.
 * Library packages (the servlet API, Jetty, FreeMarker, JDBC, H2) keep their real names.
 */
final class LayerRules {

    // region: roots
    /** The rules for the kit itself. */
    static final LayerRules KIT = new LayerRules("org.mtvkit", "mysite");

    private final String framework;
    private final String app;

    private LayerRules(String framework, String app) {
        this.framework = framework;
        this.app = app;
    }

    /**
     * The same rules for a miniature kit whose packages start with {@code prefix}: the framework in
     * {@code prefix.org.mtvkit}, the project in {@code prefix.mysite}.
     */
    static LayerRules under(String prefix) {
        return new LayerRules(prefix + ".org.mtvkit", prefix + ".mysite");
    }

    /** A framework layer and its sub-packages: {@code layer("orm")} is {@code org.mtvkit.orm..}. */
    private String layer(String name) {
        return framework + "." + name + "..";
    }
    // endregion

    // region: http-core
    ArchRule httpCoreKnowsNothingAbove() {
        return noClasses().that().resideInAPackage(layer("http"))
                .should().dependOnClassesThat().resideInAnyPackage(
                        layer("routing"), layer("template"), layer("orm"), layer("mtv"))
                .because("the HTTP core is the bottom layer: everything else is built on it");
    }
    // endregion

    ArchRule routingBuildsOnlyOnTheHttpCore() {
        return noClasses().that().resideInAPackage(layer("routing"))
                .should().dependOnClassesThat().resideInAnyPackage(
                        layer("template"), layer("orm"), layer("mtv"), "jakarta.servlet..", "org.eclipse.jetty..")
                .because("the router sees requests only through the HTTP core's Request and Response");
    }

    // region: templates-and-orm
    ArchRule templatesAndOrmKnowNothingWeb() {
        return noClasses().that().resideInAnyPackage(layer("template"), layer("orm"))
                .should().dependOnClassesThat().resideInAnyPackage(
                        layer("http"), layer("routing"), layer("mtv"), "jakarta.servlet..", "org.eclipse.jetty..")
                .because("templates and the ORM are plain libraries, usable without a web server");
    }
    // endregion

    ArchRule ormKnowsNothingOfTemplates() {
        return noClasses().that().resideInAPackage(layer("orm"))
                .should().dependOnClassesThat().resideInAPackage(layer("template"))
                .because("rows become objects without knowing how they will be shown");
    }

    ArchRule templatesKnowNothingOfTheOrm() {
        return noClasses().that().resideInAPackage(layer("template"))
                .should().dependOnClassesThat().resideInAPackage(layer("orm"))
                .because("a template renders whatever the view put in its Context, never a query");
    }

    ArchRule onlyTheOrmSpeaksSql() {
        return noClasses().that().resideInAnyPackage(layer("http"), layer("routing"), layer("template"))
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..")
                .because("SQL lives in one layer, the ORM");
    }

    ArchRule onlyTheFreeMarkerAdapterUsesFreeMarker() {
        return noClasses().that().resideOutsideOfPackages(layer("template.freemarker"), layer("demo"))
                .should().dependOnClassesThat().resideInAPackage("freemarker..")
                .because("FreeMarker is one engine behind the kit's template API, swappable in one place");
    }

    // region: framework-and-app
    ArchRule frameworkNeverKnowsTheApp() {
        return noClasses().that().resideInAPackage(framework + "..")
                .and().resideOutsideOfPackage(layer("demo"))
                .should().dependOnClassesThat().resideInAPackage(app + "..")
                .because("a framework serves any project; the project calls the framework, not the other way");
    }
    // endregion

    ArchRule nothingDependsOnTheDemos() {
        return noClasses().that().resideOutsideOfPackage(layer("demo"))
                .should().dependOnClassesThat().resideInAPackage(layer("demo"))
                .because("a demo shows a step from outside, like any user of it");
    }

    // region: models
    ArchRule modelsKnowOnlyTheOrm() {
        return noClasses().that().resideInAPackage(app + "..models..")
                .should().dependOnClassesThat().resideInAnyPackage(app + "..views..", app + "..urls..",
                        layer("http"), layer("routing"), layer("template"), layer("mtv"),
                        "jakarta.servlet..", "org.eclipse.jetty..", "freemarker..")
                .because("a model is data and its rules; it does not know how it is requested or shown")
                .allowEmptyShould(true);
    }
    // endregion

    // region: views
    ArchRule viewsReachTheDatabaseOnlyThroughTheOrm() {
        return noClasses().that().resideInAPackage(app + "..views..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..")
                .because("a view asks the ORM for objects; JDBC in a view would bypass its mapping, sessions and transactions")
                .allowEmptyShould(true);
    }
    // endregion

    // region: urls-rule
    ArchRule urlsOnlyWireViews() {
        DescribedPredicate<JavaClass> wiring = resideInAnyPackage(
                app + "..urls..", app + "..views..", layer("routing"), "java.lang..", "java.util..")
                .or(describe("is " + framework + ".http.Handler",
                        javaClass -> javaClass.getName().equals(framework + ".http.Handler")));
        return classes().that().resideInAPackage(app + "..urls..")
                .should().onlyDependOnClassesThat(wiring)
                .because("a URLconf maps patterns to views and nothing else: the route API, the views, a list")
                .allowEmptyShould(true);
    }
    // endregion

    // region: calls-back-up
    ArchRule nothingCallsBackUp() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("Project").definedBy(app)
                .layer("URLconfs").definedBy(app + "..urls..")
                .layer("Views").definedBy(app + "..views..")
                .layer("Models").definedBy(app + "..models..")
                .whereLayer("Project").mayNotBeAccessedByAnyLayer()
                .whereLayer("URLconfs").mayOnlyBeAccessedByLayers("Project")
                .whereLayer("Views").mayOnlyBeAccessedByLayers("URLconfs", "Project")
                .whereLayer("Models").mayOnlyBeAccessedByLayers("Views", "Project")
                .because("a request travels down, URLconf to view to model, and answers come back as return values");
    }
    // endregion

    // region: test-tools
    ArchRule testToolsAreNotMainCode() {
        return noClasses().should().resideInAPackage(layer("testing"))
                .because("the test tools (step 1's src/testFixtures/java) are compiled with each module's tests;"
                        + " in main code they would ship with the framework, and a test-jar would break exec:java");
    }
    // endregion

    // region: cycles
    ArchRule frameworkLayersAreFreeOfCycles() {
        return slices().matching(framework + ".(*)..").should().beFreeOfCycles()
                .because("each layer must be understandable, and testable, with only the layers below it");
    }

    ArchRule appPackagesAreFreeOfCycles() {
        return slices().matching(app + ".(**)").should().beFreeOfCycles()
                .because("a cycle makes two packages one, whatever their names say");
    }
    // endregion
}

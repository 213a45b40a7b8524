package architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * What Django's batteries in step 5 may know: the generic views, the paginator, forms, and the
 * contrib packages (sessions, messages, auth). Built from the same two roots as {@link LayerRules},
 * so that a fixture gets the same rules under its own prefix.
 */
final class BatteryRules {

    static final BatteryRules KIT = new BatteryRules("org.mtvkit", "mysite");

    private final String framework;
    private final String app;

    private BatteryRules(String framework, String app) {
        this.framework = framework;
        this.app = app;
    }

    static BatteryRules under(String prefix) {
        return new BatteryRules(prefix + ".org.mtvkit", prefix + ".mysite");
    }

    private String pkg(String name) {
        return framework + "." + name + "..";
    }

    // region: forms-rule
    ArchRule formsKnowNothingOfHttpOrSessions() {
        return noClasses().that().resideInAPackage(pkg("forms"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("http"), pkg("routing"), pkg("mtv"),
                        pkg("views"), pkg("contrib"), "jakarta.servlet..", "org.eclipse.jetty..")
                .because("a form turns submitted texts into values; a view hands it the data, and the same form"
                        + " serves a command, a test or an import as well as a request");
    }
    // endregion

    ArchRule paginatorKnowsNothingOfTheWeb() {
        return noClasses().that().resideInAPackage(pkg("paginator"))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("http"), pkg("routing"), pkg("mtv"),
                        pkg("views"), pkg("template"))
                .because("a page of objects is arithmetic on a list or a query; the view turns a bad number into a 404");
    }

    // region: batteries-and-app
    ArchRule batteriesNeverKnowTheApp() {
        return noClasses().that().resideInAnyPackage(pkg("views"), pkg("paginator"), pkg("forms"), pkg("contrib"))
                .should().dependOnClassesThat().resideInAPackage(app + "..")
                .because("the batteries serve any project: a ListView lists any model, not the polls app's questions");
    }
    // endregion

    ArchRule genericViewsKnowNothingOfContrib() {
        return noClasses().that().resideInAPackage(pkg("views"))
                .should().dependOnClassesThat().resideInAPackage(pkg("contrib"))
                .because("auth's views are built on the generic views, never the other way round");
    }

    ArchRule batteriesSpeakNoSql() {
        return noClasses().that().resideInAnyPackage(pkg("views"), pkg("paginator"), pkg("forms"), pkg("contrib"))
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..")
                .because("sessions and users are models like any other: they reach the database through the ORM");
    }
}

package architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The kit's own production classes obey every rule of {@link LayerRules}. */
@DisplayName("The kit's classes follow its architecture")
class LayerRulesTest {

    // region: import-kit
    private static final JavaClasses KIT = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.mtvkit", "mysite");
    // endregion

    private static final LayerRules RULES = LayerRules.KIT;

    // Without this, an empty import (a wrong package name, a missing module) would pass every rule below.
    @ParameterizedTest(name = "the import holds the package {0}")
    @ValueSource(strings = {"org.mtvkit.http", "org.mtvkit.routing", "org.mtvkit.template",
            "org.mtvkit.template.freemarker", "org.mtvkit.orm", "org.mtvkit.mtv", "mysite.polls.models"})
    void theImportSeesEveryLayer(String packageName) {
        assertTrue(KIT.containPackage(packageName), "no classes imported from " + packageName);
    }

    @Test
    @DisplayName("the HTTP core knows nothing of routing, templates, the ORM or the glue")
    void httpCore() {
        RULES.httpCoreKnowsNothingAbove().check(KIT);
    }

    @Test
    @DisplayName("routing builds only on the HTTP core, not on the servlet API or Jetty")
    void routing() {
        RULES.routingBuildsOnlyOnTheHttpCore().check(KIT);
    }

    @Test
    @DisplayName("templates and the ORM know nothing web")
    void templatesAndOrmAreNotWeb() {
        RULES.templatesAndOrmKnowNothingWeb().check(KIT);
    }

    @Test
    @DisplayName("the ORM knows nothing of templates")
    void ormWithoutTemplates() {
        RULES.ormKnowsNothingOfTemplates().check(KIT);
    }

    @Test
    @DisplayName("templates know nothing of the ORM")
    void templatesWithoutOrm() {
        RULES.templatesKnowNothingOfTheOrm().check(KIT);
    }

    @Test
    @DisplayName("only the ORM speaks SQL: HTTP core, routing and templates use no JDBC")
    void sql() {
        RULES.onlyTheOrmSpeaksSql().check(KIT);
    }

    @Test
    @DisplayName("only the FreeMarker adapter uses FreeMarker")
    void freeMarker() {
        RULES.onlyTheFreeMarkerAdapterUsesFreeMarker().check(KIT);
    }

    @Test
    @DisplayName("no framework package depends on the app")
    void frameworkWithoutApp() {
        RULES.frameworkNeverKnowsTheApp().check(KIT);
    }

    @Test
    @DisplayName("nothing depends on the demos")
    void demos() {
        RULES.nothingDependsOnTheDemos().check(KIT);
    }

    @Test
    @DisplayName("models know only the ORM: no view, URLconf, HTTP, routing, template or glue type")
    void models() {
        RULES.modelsKnowOnlyTheOrm().check(KIT);
    }

    @Test
    @DisplayName("views reach the database only through the ORM")
    void views() {
        RULES.viewsReachTheDatabaseOnlyThroughTheOrm().check(KIT);
    }

    @Test
    @DisplayName("URLconfs only wire views")
    void urls() {
        RULES.urlsOnlyWireViews().check(KIT);
    }

    @Test
    @DisplayName("nothing in the app calls back up: project, URLconfs, views, models")
    void layers() {
        RULES.nothingCallsBackUp().check(KIT);
    }

    @Test
    @DisplayName("the framework's layers are free of cycles")
    void frameworkCycles() {
        RULES.frameworkLayersAreFreeOfCycles().check(KIT);
    }

    @Test
    @DisplayName("the app's packages are free of cycles")
    void appCycles() {
        RULES.appPackagesAreFreeOfCycles().check(KIT);
    }

    @Test
    @DisplayName("the test tools are not main code")
    void testTools() {
        RULES.testToolsAreNotMainCode().check(KIT);
    }
}

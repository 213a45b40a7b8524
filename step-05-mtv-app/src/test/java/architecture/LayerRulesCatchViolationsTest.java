package architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link LayerRules}, applied to a fixture under {@code architecture.fixtures} that
 * breaks it on purpose, reports the violation and names the class that commits it. A rule that
 * passed here would pass on any code, and so would prove nothing about the real one.
 */
@DisplayName("Each layer rule catches a violation")
class LayerRulesCatchViolationsTest {

    // region: negative-test
    @Test
    @DisplayName("an HTTP core that imports the router")
    void httpCoreImportingRouting() {
        assertCaught("httpknowsrouting", LayerRules::httpCoreKnowsNothingAbove,
                "org.mtvkit.http.Request");
    }
    // endregion

    @Test
    @DisplayName("a router that reads the servlet API")
    void routingUsingServletApi() {
        assertCaught("routingknowsservlet", LayerRules::routingBuildsOnlyOnTheHttpCore,
                "org.mtvkit.routing.Router");
    }

    @Test
    @DisplayName("a template holding the HTTP request, and a QuerySet reading the servlet request")
    void templatesAndOrmUsingWebTypes() {
        assertCaught("templatesandormknowweb", LayerRules::templatesAndOrmKnowNothingWeb,
                "org.mtvkit.template.Context", "org.mtvkit.orm.QuerySet");
    }

    @Test
    @DisplayName("a QuerySet that builds a template Context")
    void ormUsingTemplates() {
        assertCaught("ormknowstemplates", LayerRules::ormKnowsNothingOfTemplates,
                "org.mtvkit.orm.QuerySet");
    }

    @Test
    @DisplayName("a template Context that runs a QuerySet")
    void templatesUsingOrm() {
        assertCaught("templatesknoworm", LayerRules::templatesKnowNothingOfTheOrm,
                "org.mtvkit.template.Context");
    }

    @Test
    @DisplayName("an HTTP Request that carries a JDBC connection")
    void httpCoreUsingJdbc() {
        assertCaught("httpknowssql", LayerRules::onlyTheOrmSpeaksSql,
                "org.mtvkit.http.Request");
    }

    @Test
    @DisplayName("the kit's own template engine using FreeMarker, while the adapter may")
    void freeMarkerOutsideTheAdapter() {
        Fixture fixture = new Fixture("freemarkeroutsideadapter");
        String report = assertCaught(fixture, LayerRules::onlyTheFreeMarkerAdapterUsesFreeMarker,
                "org.mtvkit.template.Engine");
        String adapter = fixture.className("org.mtvkit.template.freemarker.FreeMarkerEngine");
        assertFalse(report.contains(adapter), "the adapter is allowed to use FreeMarker, but was reported:\n" + report);
    }

    @Test
    @DisplayName("the framework's glue naming one app's model")
    void frameworkUsingTheApp() {
        assertCaught("frameworkknowsapp", LayerRules::frameworkNeverKnowsTheApp,
                "org.mtvkit.mtv.Shortcuts");
    }

    @Test
    @DisplayName("framework code calling into a demo")
    void frameworkUsingADemo() {
        assertCaught("dependsondemo", LayerRules::nothingDependsOnTheDemos,
                "org.mtvkit.mtv.Settings");
    }

    @Test
    @DisplayName("a model that takes the HTTP request")
    void modelUsingHttp() {
        assertCaught("modelsknowhttp", LayerRules::modelsKnowOnlyTheOrm,
                "mysite.polls.models.Question");
    }

    @Test
    @DisplayName("a view that opens a JDBC connection")
    void viewUsingJdbc() {
        assertCaught("viewsusejdbc", LayerRules::viewsReachTheDatabaseOnlyThroughTheOrm,
                "mysite.polls.views.PollsViews");
    }

    @Test
    @DisplayName("a URLconf that builds a view from a model, while wiring views is fine")
    void urlsUsingModels() {
        Fixture fixture = new Fixture("urlsknowmodels");
        String report = assertCaught(fixture, LayerRules::urlsOnlyWireViews,
                "mysite.polls.urls.PollsUrls", "mysite.polls.models.Question");
        String views = fixture.className("mysite.polls.views.PollsViews");
        assertFalse(report.contains(views), "depending on the views is allowed, but was reported:\n" + report);
    }

    @Test
    @DisplayName("a view that calls back up into its URLconf")
    void viewUsingUrls() {
        assertCaught("viewsknowurls", LayerRules::nothingCallsBackUp,
                "mysite.polls.views.PollsViews");
    }

    @Test
    @DisplayName("a cycle between the HTTP core and routing")
    void frameworkCycle() {
        assertCaught("frameworkcycle", LayerRules::frameworkLayersAreFreeOfCycles,
                "org.mtvkit.http.Request", "org.mtvkit.routing.Router");
    }

    @Test
    @DisplayName("a cycle between models and views")
    void appCycle() {
        assertCaught("appcycle", LayerRules::appPackagesAreFreeOfCycles,
                "mysite.polls.models.Question", "mysite.polls.views.PollsViews");
    }

    @Test
    @DisplayName("a test tool moved into the main code")
    void testToolInMainCode() {
        assertCaught("testtoolinmain", LayerRules::testToolsAreNotMainCode,
                "org.mtvkit.testing.RawHttp");
    }

    private static String assertCaught(String fixtureName, Function<LayerRules, ArchRule> rule, String... offenders) {
        return assertCaught(new Fixture(fixtureName), rule, offenders);
    }

    // region: assert-caught
    /**
     * Applies the rule, moved under the fixture's prefix, to the fixture's classes; checks that it
     * fails and that its report names every offending class.
     *
     * @return the failure report, for further checks
     */
    private static String assertCaught(Fixture fixture, Function<LayerRules, ArchRule> rule, String... offenders) {
        EvaluationResult result = rule.apply(fixture.rules()).evaluate(fixture.classes());
        String report = result.getFailureReport().toString();
        assertTrue(result.hasViolation(), "the rule let the fixture " + fixture.name() + " pass");
        for (String offender : offenders) {
            assertTrue(report.contains(fixture.className(offender)),
                    "the report does not name " + offender + ":\n" + report);
        }
        return report;
    }
    // endregion
}

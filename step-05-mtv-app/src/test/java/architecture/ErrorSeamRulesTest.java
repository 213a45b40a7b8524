package architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The kit follows {@link ErrorSeamRules}, and each rule catches a fixture that breaks it. */
@DisplayName("Error pages come from one seam")
class ErrorSeamRulesTest {

    private static final JavaClasses KIT = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.mtvkit", "mysite");

    @Test
    @DisplayName("the kit's routing writes no HTML outside the error middleware and its renderers")
    void routingWritesNoHtml() {
        assertTrue(KIT.containPackage("org.mtvkit.routing"), "routing was not imported");
        ErrorSeamRules.KIT.routingWritesNoHtml().check(KIT);
    }

    @Test
    @DisplayName("in the kit only the error middleware and its renderers build error pages")
    void onlyTheSeamBuildsErrorPages() {
        ErrorSeamRules.KIT.onlyTheErrorSeamBuildsErrorPages().check(KIT);
    }

    @Test
    @DisplayName("a router that writes its own 404 page is caught; the middleware and a renderer are not")
    void routerWritingHtmlIsCaught() {
        Fixture fixture = new Fixture("routingwriteshtml");
        EvaluationResult result = ErrorSeamRules.under(fixture.prefix()).routingWritesNoHtml().evaluate(fixture.classes());
        String report = result.getFailureReport().toString();
        assertTrue(result.hasViolation(), "the rule let the fixture pass");
        assertTrue(report.contains(fixture.className("org.mtvkit.routing.Router")), report);
        assertFalse(report.contains("Method <" + fixture.className("org.mtvkit.routing.ErrorMiddleware") + "."), report);
        assertFalse(report.contains("Method <" + fixture.className("org.mtvkit.routing.PlainErrorRenderer") + "."), report);
    }

    @Test
    @DisplayName("a middleware that builds its own 403 page is caught; a renderer and the HTTP core are not")
    void errorPageOutsideTheSeamIsCaught() {
        Fixture fixture = new Fixture("pagesoutsidetheseam");
        EvaluationResult result = ErrorSeamRules.under(fixture.prefix()).onlyTheErrorSeamBuildsErrorPages()
                .evaluate(fixture.classes());
        String report = result.getFailureReport().toString();
        assertTrue(result.hasViolation(), "the rule let the fixture pass");
        assertTrue(report.contains(fixture.className("org.mtvkit.mtv.Csrf")), report);
        assertFalse(report.contains("Method <" + fixture.className("org.mtvkit.mtv.ErrorPages") + "."), report);
        assertFalse(report.contains("Method <" + fixture.className("org.mtvkit.http.HandlerServlet") + "."), report);
    }
}

package architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The batteries' rules hold for the kit's classes, and each one catches the deliberately bad fixture
 * under {@code architecture.fixtures} that breaks it (a rule that passed there would prove nothing).
 */
@DisplayName("The batteries know only what they should")
class BatteryRulesTest {

    private static final JavaClasses KIT = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.mtvkit", "mysite");

    private static final List<Function<BatteryRules, ArchRule>> RULES = List.of(
            BatteryRules::formsKnowNothingOfHttpOrSessions, BatteryRules::paginatorKnowsNothingOfTheWeb,
            BatteryRules::batteriesNeverKnowTheApp, BatteryRules::genericViewsKnowNothingOfContrib,
            BatteryRules::batteriesSpeakNoSql);

    @Test
    @DisplayName("the kit's batteries are imported, and follow every rule")
    void kitFollowsTheRules() {
        for (String pkg : List.of("org.mtvkit.views.generic", "org.mtvkit.paginator", "org.mtvkit.forms",
                "org.mtvkit.contrib.sessions", "org.mtvkit.contrib.messages", "org.mtvkit.contrib.auth")) {
            assertTrue(KIT.containPackage(pkg), "no classes imported from " + pkg);
        }
        RULES.forEach(rule -> rule.apply(BatteryRules.KIT).check(KIT));
    }

    @Test
    @DisplayName("a form that reads the HTTP session")
    void formsUsingSessions() {
        assertCaught("formsknowsessions", BatteryRules::formsKnowNothingOfHttpOrSessions, "org.mtvkit.forms.Form");
    }

    @Test
    @DisplayName("form data made from the HTTP request")
    void formsUsingHttp() {
        assertCaught("formsknowhttp", BatteryRules::formsKnowNothingOfHttpOrSessions, "org.mtvkit.forms.FormData");
    }

    @Test
    @DisplayName("a paginator that throws the HTTP 404 itself")
    void paginatorUsingHttp() {
        assertCaught("paginatorknowshttp", BatteryRules::paginatorKnowsNothingOfTheWeb, "org.mtvkit.paginator.Paginator");
    }

    @Test
    @DisplayName("a ListView that knows the polls app's Question")
    void batteriesUsingTheApp() {
        assertCaught("batteriesknowapp", BatteryRules::batteriesNeverKnowTheApp, "org.mtvkit.views.generic.ListView");
    }

    @Test
    @DisplayName("a generic View that asks auth who is logged in")
    void genericViewsUsingAuth() {
        assertCaught("genericviewsknowauth", BatteryRules::genericViewsKnowNothingOfContrib, "org.mtvkit.views.generic.View");
    }

    @Test
    @DisplayName("a session store that opens a JDBC connection")
    void batteriesUsingJdbc() {
        assertCaught("batteriesusejdbc", BatteryRules::batteriesSpeakNoSql, "org.mtvkit.contrib.sessions.SessionStore");
    }

    private static void assertCaught(String name, Function<BatteryRules, ArchRule> rule, String offender) {
        Fixture fixture = new Fixture(name);
        EvaluationResult result = rule.apply(BatteryRules.under(fixture.prefix())).evaluate(fixture.classes());
        String report = result.getFailureReport().toString();
        assertTrue(result.hasViolation(), "the rule let the fixture " + name + " pass");
        assertTrue(report.contains(fixture.className(offender)), "the report does not name " + offender + ":\n" + report);
    }
}

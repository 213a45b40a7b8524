package architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The admin's rules hold for the kit, and each one catches the deliberately bad fixture that breaks it. */
@DisplayName("The admin uses only the public APIs of the layers below it")
class AdminRulesTest {

    private static final JavaClasses KIT = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.mtvkit", "mysite");

    @Test
    @DisplayName("the import holds the admin, so the rules below are about real classes")
    void importSeesTheAdmin() {
        assertTrue(KIT.containPackage("org.mtvkit.contrib.admin"));
        assertTrue(KIT.containPackage("mysite.polls.admin"));
    }

    @Test
    @DisplayName("the admin depends only on the JDK's basics and public classes of the ORM, forms, views, templates and auth")
    void adminUsesPublicApis() {
        AdminRules.KIT.adminUsesOnlyThePublicApisOfTheLayers().check(KIT);
    }

    @Test
    @DisplayName("no layer, model or view of the kit depends on the admin")
    void nothingKnowsTheAdmin() {
        AdminRules.KIT.nothingInTheFrameworkOrTheModelsKnowsTheAdmin().check(KIT);
    }

    @Test
    @DisplayName("caught: an admin change list that writes its own SQL")
    void catchesSql() {
        assertCaught("adminusessql", AdminRules::adminUsesOnlyThePublicApisOfTheLayers, "org.mtvkit.contrib.admin.ChangeList");
    }

    @Test
    @DisplayName("caught: an admin that knows one app's model")
    void catchesAppKnowledge() {
        assertCaught("adminknowsapp", AdminRules::adminUsesOnlyThePublicApisOfTheLayers, "org.mtvkit.contrib.admin.ChangeList");
    }

    @Test
    @DisplayName("caught: a QuerySet that depends on the admin's options")
    void catchesOrmKnowingTheAdmin() {
        assertCaught("ormknowsadmin", AdminRules::nothingInTheFrameworkOrTheModelsKnowsTheAdmin, "org.mtvkit.orm.QuerySet");
    }

    @Test
    @DisplayName("the fixtures break only the rule they are named for")
    void fixturesAreOtherwiseClean() {
        Fixture fixture = new Fixture("ormknowsadmin");
        EvaluationResult result = AdminRules.under(fixture.prefix()).adminUsesOnlyThePublicApisOfTheLayers()
                .evaluate(fixture.classes());
        assertFalse(result.hasViolation(), result.getFailureReport().toString());
    }

    private static void assertCaught(String name, Function<AdminRules, ArchRule> rule, String offender) {
        Fixture fixture = new Fixture(name);
        EvaluationResult result = rule.apply(AdminRules.under(fixture.prefix())).evaluate(fixture.classes());
        assertTrue(result.hasViolation(), "the rule let the fixture " + name + " pass");
        String report = result.getFailureReport().toString();
        assertTrue(report.contains(fixture.className(offender)), "the report does not name " + offender + ":\n" + report);
    }
}

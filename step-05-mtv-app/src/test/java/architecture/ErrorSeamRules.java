package architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The error seam, written as rules: layers raise, and one error middleware with its renderers turns
 * what they raise into a page. Built from the same roots as {@link LayerRules}, so a fixture under
 * {@code architecture.fixtures} gets the same rules with {@link #under(String)}.
 */
final class ErrorSeamRules {

    static final ErrorSeamRules KIT = new ErrorSeamRules("org.mtvkit");

    private final String framework;

    private ErrorSeamRules(String framework) {
        this.framework = framework;
    }

    static ErrorSeamRules under(String prefix) {
        return new ErrorSeamRules(prefix + ".org.mtvkit");
    }

    private String renderer() {
        return framework + ".routing.ErrorRenderer";
    }

    private String middleware() {
        return framework + ".routing.ErrorMiddleware";
    }

    // region: error-seam-rules
    /** The router and its middleware raise; only the error middleware (and its renderers) answer with HTML. */
    ArchRule routingWritesNoHtml() {
        return noClasses().that().resideInAPackage(framework + ".routing..")
                .and().areNotAssignableTo(renderer()).and().doNotHaveFullyQualifiedName(middleware())
                .should().callMethod(framework + ".http.Response", "html", String.class.getName())
                .orShould().callMethod(framework + ".http.Html", "errorPage", "int", String.class.getName())
                .because("routing raises Resolver404 and MethodNotAllowed; the error middleware writes the page");
    }

    /** Outside the HTTP core's last resort, only an ErrorRenderer or the error middleware builds an error page. */
    ArchRule onlyTheErrorSeamBuildsErrorPages() {
        return noClasses().that().resideOutsideOfPackage(framework + ".http..")
                .and().areNotAssignableTo(renderer()).and().doNotHaveFullyQualifiedName(middleware())
                .should().callMethod(framework + ".http.Html", "errorPage", "int", String.class.getName())
                .because("one seam renders every error page: throw an HttpException instead");
    }
    // endregion
}

package org.mtvkit.template;

import java.util.List;

/** The data both engines render in the contract tests. Public: FreeMarker reads only public types. */
public final class ContractData {

    private ContractData() {
    }

    /** A poll question as the polls app will have it. */
    public record Question(int id, String text, int votes, boolean open) {
    }

    static final List<Question> QUESTIONS = List.of(
            new Question(1, "What's new?", 1, true),
            new Question(2, "<script>alert('x')</script> & \"friends\"", 12345, false));

    static final TemplateHooks HOOKS = TemplateHooks.of((route, arguments) -> "/" + route.replace(':', '/') + "/"
            + arguments.get(0) + "/", "/static/");
}

package org.mtvkit.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The application's tags: simple and inclusion tags built on the same node an application's block tag gets. */
final class CustomTags {

    private CustomTags() {
    }

    static void render(Node.Custom custom, RenderContext context, StringBuilder out) {
        try {
            custom.tag().render(new Rendering(context), out);
        } catch (TemplateError e) {
            throw e;
        } catch (RuntimeException e) {
            throw context.error("{% " + custom.at().tagName() + " %} failed: " + e.getMessage(), custom.at(), e);
        }
    }

    // region: simple-tag
    static Node simple(Parser parser, Token token, Function<List<Object>, Object> function) {
        List<String> bits = new ArrayList<>(ExpressionParser.bits(token.arguments()));
        String as = TagSyntax.asName(parser, token, bits);
        List<FilterExpression> arguments = TagSyntax.expressions(parser, token, bits);
        Library.Tag tag = (rendering, out) -> {
            Object value = function.apply(rendering.resolveAll(arguments));
            if (as != null) {
                rendering.set(as, value);
            } else {
                out.append(rendering.escape(value));
            }
        };
        return new Node.Custom(tag, token);
    }
    // endregion

    static Node inclusion(Parser parser, Token token, String template, Function<List<Object>, Map<String, ?>> function) {
        List<FilterExpression> arguments = TagSyntax.expressions(parser, token,
                ExpressionParser.bits(token.arguments()));
        Engine engine = parser.engine();
        Library.Tag tag = (rendering, out) -> {
            Map<String, ?> variables = function.apply(rendering.resolveAll(arguments));
            out.append(engine.getTemplate(template).render(variables));
        };
        return new Node.Custom(tag, token);
    }
}

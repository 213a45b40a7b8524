package org.mtvkit.template;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** {@code {% widthratio value max width %}}: Django's arithmetic, with Python's float() and round(). */
final class WidthRatio {

    private WidthRatio() {
    }

    static String render(Node.WidthRatio node, RenderContext context) {
        Object width = node.width().resolve(context);
        Long maxWidth = Numbers.pythonInt(width);
        if (maxWidth == null) {
            throw context.syntaxError("'widthratio' needs a whole number as its last argument (the width), got '"
                    + Values.text(width) + "'", node.at());
        }
        Double value = Numbers.pythonFloat(node.value().resolve(context));
        Double max = Numbers.pythonFloat(node.max().resolve(context));
        if (value == null || max == null) {
            return "";
        }
        if (max == 0) {
            return "0";
        }
        double ratio = value / max * maxWidth;
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            return "";
        }
        // Python's round(): halves go to the even neighbour.
        return new BigDecimal(ratio).setScale(0, RoundingMode.HALF_EVEN).toBigInteger().toString();
    }
}

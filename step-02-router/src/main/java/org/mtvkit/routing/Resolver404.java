package org.mtvkit.routing;

import java.util.List;
import org.mtvkit.http.HttpException;

/**
 * No pattern matched the path: a 404 that carries the patterns that were tried, for a debug page.
 * The message, shown to any visitor, names only the path.
 */
public class Resolver404 extends HttpException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final List<String> tried;

    public Resolver404(String path, List<String> tried) {
        super(404, "The requested path " + path + " was not found on this server.");
        this.path = path;
        this.tried = List.copyOf(tried);
    }

    /** The decoded path that matched nothing. */
    public String path() {
        return path;
    }

    /** Every pattern, in the order they were tried, with their names: {@code polls/<int:id>/ [name='polls:detail']}. */
    public List<String> tried() {
        return tried;
    }
}

package org.mtvkit.template;

/**
 * Django's built-in tags and filters, as one {@link Library}: every tag and filter is registered here through
 * the same calls an application's library uses, family by family.
 */
final class Builtins {

    private Builtins() {
    }

    // region: builtins
    static Library library() {
        Library library = new Library();
        ControlTags.register(library);
        InheritanceTags.register(library);
        ValueTags.register(library);
        TextFilters.register(library.filters);
        HtmlFilters.register(library.filters);
        NumberFilters.register(library.filters);
        ListFilters.register(library.filters);
        DateFilters.register(library.filters);
        return library;
    }
    // endregion

    /** {@code {% load static %}} works as in Django, though {@code static} is also always there. */
    static Library staticLibrary() {
        Library library = new Library();
        library.tags.put("static", library().tags.get("static"));
        return library;
    }
}

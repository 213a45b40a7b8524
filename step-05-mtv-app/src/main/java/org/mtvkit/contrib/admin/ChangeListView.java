package org.mtvkit.contrib.admin;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mtvkit.http.Request;
import org.mtvkit.http.Response;
import org.mtvkit.orm.Q;
import org.mtvkit.orm.QuerySet;
import org.mtvkit.paginator.InvalidPage;
import org.mtvkit.paginator.Page;
import org.mtvkit.paginator.Paginator;
import org.mtvkit.routing.Kwargs;
import org.mtvkit.routing.View;

/**
 * The change list, Django's {@code changelist_view}: the objects of one model as a table, with
 * sortable headers ({@code ?o=2} or {@code ?o=-2}), the sidebar's filters, the search box
 * ({@code ?q=}), pages ({@code ?p=2}) and the "delete selected" action (a POST).
 *
 * <p>A parameter the page does not know, or a value it cannot use, sends the browser to {@code ?e=1},
 * which shows the whole list with a note, as Django redirects to its error flag: the page never
 * answers 500 to what is typed in the address bar.
 */
final class ChangeListView<T> implements View {

    private static final String SEARCH = "q";
    private static final String ORDER = "o";
    private static final String PAGE = "p";
    private static final String ERROR = "e";

    private final Pages pages;
    private final ModelAdmin<T> admin;
    private final List<ListFilter> filters;

    ChangeListView(Pages pages, ModelAdmin<T> admin) {
        this.pages = pages;
        this.admin = admin;
        this.filters = admin.listFilterNames().stream().map(name -> ListFilter.of(pages.db, admin.model(), name)).toList();
    }

    @Override
    public Response handle(Request request, Kwargs kwargs) {
        if (request.method().equals("POST")) {
            return new DeleteSelectedAction<>(pages, admin).run(request);
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String name : request.query().names()) {
            request.query().get(name).ifPresent(value -> params.put(name, value));
        }
        boolean error = params.containsKey(ERROR);
        try {
            return render(request, error ? Map.of() : params, error);
        } catch (ListFilter.Incorrect incorrect) {
            return Response.redirect(request.path() + "?" + ERROR + "=1");
        }
    }

    // region: change-list
    private Response render(Request request, Map<String, String> params, boolean error) {
        Set<String> known = new java.util.HashSet<>(Set.of(SEARCH, ORDER, PAGE));
        filters.forEach(f -> known.addAll(f.parameters()));
        for (String name : params.keySet()) {
            if (!known.contains(name)) {
                throw new ListFilter.Incorrect("unknown parameter " + name);
            }
        }
        QuerySet<T> query = pages.db.objects(admin.model());
        for (ListFilter filter : filters) {
            query = filter.apply(query, params);
        }
        String search = params.getOrDefault(SEARCH, "").strip();
        query = search(query, search);
        List<Column> columns = columns();
        // Django's list_select_related: a foreign-key column is read in the same query, not one query per row
        String[] related = columns.stream().filter(c -> c.field().isPresent()
                && ModelFields.related(c.field().get()).filter(pages.db.models()::contains).isPresent())
                .map(Column::name).toArray(String[]::new);
        if (related.length > 0) {
            query = query.selectRelated(related);
        }
        int order = ordering(params.get(ORDER), columns);
        String pk = ModelFields.primaryKey(admin.model()).getName();
        if (order != 0) {
            String field = columns.get(Math.abs(order) - 1).sortField().orElseThrow();
            boolean descending = (order < 0) != field.startsWith("-");
            query = query.orderBy((descending ? "-" : "") + field.replaceFirst("^-", ""), "-" + pk);
        } else {
            query = query.orderBy("-" + pk);
        }
        Paginator<T> paginator = Paginator.of(query, admin.perPage());
        Page<T> page;
        try {
            // As Django 3.2: a page that is not a number is the first, and a list of one page ignores the number.
            String number = params.getOrDefault(PAGE, "1").strip();
            page = paginator.page(!number.matches("-?[0-9]{1,9}") || paginator.numPages() <= 1 ? "1" : number);
        } catch (InvalidPage invalid) {
            throw new ListFilter.Incorrect(invalid.getMessage());
        }
        Map<String, Object> context = new HashMap<>();
        context.put("title", "Select " + ModelFields.verboseName(admin.model()) + " to change");
        context.put("error", error);
        context.put("model_plural", Pages.capitalize(ModelFields.verboseNamePlural(admin.model())));
        context.put("model_name", ModelFields.verboseName(admin.model()));
        context.put("app_label", ModelFields.appLabel(admin.model()));
        context.put("add_url", pages.url(Pages.urlName(admin.model(), "add")));
        context.put("headers", headers(request, params, columns, order));
        context.put("rows", rows(page.getObjectList(), columns));
        context.put("filters", filterChoices(request, params));
        context.put("has_search", !admin.searchFieldNames().isEmpty());
        context.put("search", search);
        context.put("result_count", paginator.count());
        context.put("full_count", pages.db.objects(admin.model()).count());
        context.put("filtered", paginator.count() != (long) context.get("full_count") || !search.isEmpty());
        context.put("pages", pageLinks(request, params, page));
        context.put("paginated", paginator.numPages() > 1);
        return pages.render(request, "admin/change_list.html", context);
    }
    // endregion

    // region: search
    /** Django's search: every word must be found, case-insensitively, in at least one search field. */
    private QuerySet<T> search(QuerySet<T> query, String search) {
        if (search.isEmpty() || admin.searchFieldNames().isEmpty()) {
            return query;
        }
        QuerySet<T> result = query;
        for (String word : search.split("\\s+")) {
            Q any = null;
            for (String field : admin.searchFieldNames()) {
                Q one = Q.of(field + "__icontains", word);
                any = any == null ? one : any.or(one);
            }
            result = result.filter(any);
        }
        return result;
    }
    // endregion

    /** One column of the table: a field, a method with its display metadata, or the object's text. */
    private record Column(String name, String label, Optional<String> sortField, boolean bool, Optional<Display<?>> display,
                          Optional<Field> field) {
    }

    private List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (String name : admin.listDisplayNames()) {
            Optional<Display<T>> display = admin.displayNamed(name);
            if (display.isPresent()) {
                Display<T> d = display.get();
                columns.add(new Column(name, d.label(), d.orderingField(), d.isBoolean(), Optional.of(d), Optional.empty()));
            } else if (name.equals(ModelAdmin.STR)) {
                columns.add(new Column(name, Pages.capitalize(ModelFields.verboseName(admin.model())), Optional.empty(),
                        false, Optional.empty(), Optional.empty()));
            } else {
                Field f = ModelFields.field(admin.model(), name).orElseThrow();
                columns.add(new Column(name, ModelFields.prettyName(name), Optional.of(name), ModelFields.isBoolean(f.getType()),
                        Optional.empty(), Optional.of(f)));
            }
        }
        return columns;
    }

    private static int ordering(String text, List<Column> columns) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        try {
            int order = Integer.parseInt(text.split("\\.")[0]);
            if (order == 0 || Math.abs(order) > columns.size() || columns.get(Math.abs(order) - 1).sortField().isEmpty()) {
                throw new ListFilter.Incorrect("column " + text + " cannot be sorted");
            }
            return order;
        } catch (NumberFormatException e) {
            throw new ListFilter.Incorrect("'" + text + "' is not a column number");
        }
    }

    private List<Map<String, Object>> headers(Request request, Map<String, String> params, List<Column> columns, int order) {
        List<Map<String, Object>> headers = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            int number = i + 1;
            String sorted = Math.abs(order) == number ? (order > 0 ? "ascending" : "descending") : "";
            String url = column.sortField().isEmpty() ? ""
                    : link(request, params, Map.of(ORDER, String.valueOf(order == number ? -number : number)), List.of(PAGE));
            headers.add(Map.of("label", column.label(), "url", url, "sorted", sorted));
        }
        return headers;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows(List<T> objects, List<Column> columns) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (T object : objects) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Column column : columns) {
                Object value = column.display().isPresent() ? ((Display<T>) column.display().get()).value(object)
                        : column.field().isPresent() ? ModelFields.read(column.field().get(), object) : String.valueOf(object);
                cells.add(Map.of("text", ModelFields.display(value), "bool", column.bool(),
                        "yes", Boolean.TRUE.equals(value)));
            }
            Object pk = ModelFields.pk(object);
            rows.add(Map.of("pk", String.valueOf(pk), "cells", cells,
                    "url", pages.url(Pages.urlName(admin.model(), "change"), String.valueOf(pk))));
        }
        return rows;
    }

    private List<Map<String, Object>> filterChoices(Request request, Map<String, String> params) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ListFilter filter : filters) {
            List<Map<String, Object>> choices = new ArrayList<>();
            for (ListFilter.Option option : filter.options()) {
                boolean selected = filter.parameters().stream()
                        .allMatch(p -> java.util.Objects.equals(params.get(p), option.values().get(p)));
                Map<String, String> set = new LinkedHashMap<>(option.values());
                List<String> remove = new ArrayList<>(filter.parameters());
                remove.add(PAGE);
                choices.add(Map.of("label", option.label(), "selected", selected, "url", link(request, params, set, remove)));
            }
            list.add(Map.of("title", filter.title(), "choices", choices));
        }
        return list;
    }

    private List<Map<String, Object>> pageLinks(Request request, Map<String, String> params, Page<T> page) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (int number : page.getPaginator().pageRange()) {
            links.add(Map.of("number", number, "current", number == page.getNumber(),
                    "url", link(request, params, Map.of(PAGE, String.valueOf(number)), List.of())));
        }
        return links;
    }

    /** The same list with some parameters set and others removed: how every link on the page keeps the rest. */
    private static String link(Request request, Map<String, String> params, Map<String, String> set, List<String> remove) {
        Map<String, String> next = new LinkedHashMap<>(params);
        remove.forEach(next::remove);
        next.putAll(set);
        if (next.isEmpty()) {
            return request.path();
        }
        return request.path() + "?" + next.entrySet().stream()
                .map(e -> Pages.quote(e.getKey()) + "=" + Pages.quote(e.getValue())).collect(Collectors.joining("&"));
    }
}

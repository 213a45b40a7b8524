#!/usr/bin/python3
"""Asks Django 3.2 itself how it resolves, reverses and appends slashes, for the kit's conformance suite.

The URL configurations are described as data (URLCONFS below). This script builds each one as a
real Django URLconf, runs every case through Django, and writes the description and Django's
answers to django-urls.json. RouterConformanceTest builds the same URLconfs with the kit's API from
the same JSON and compares; it needs no Django.

    /usr/bin/python3 step-02-router/src/test/conformance/generate.py           # rewrite the JSON
    /usr/bin/python3 step-02-router/src/test/conformance/generate.py --check   # regenerate and diff
"""
import json
import os
import sys
import types
import uuid

import django
from django.conf import settings

OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "conformance",
                      "django-urls.json")

settings.configure(
    DEBUG=False,
    SECRET_KEY="conformance",
    ALLOWED_HOSTS=["testserver"],
    ROOT_URLCONF="conformance_urls_basic",
    MIDDLEWARE=["django.middleware.common.CommonMiddleware"],
    APPEND_SLASH=True,
    USE_TZ=True,
)
django.setup()

from django.http import HttpResponse  # noqa: E402  (needs settings)
from django.test import Client, override_settings  # noqa: E402
from django.urls import (NoReverseMatch, Resolver404, clear_url_caches, include, path, re_path,  # noqa: E402
                         register_converter, resolve, reverse)
from django.views.decorators.common import no_append_slash  # noqa: E402


# --- Custom converters: the JUnit test registers the same three under the same names. ------------
class Year4:
    regex = "[0-9]{4}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return "%04d" % int(value)


class Hex:
    regex = "[0-9a-f]+"

    def to_python(self, value):
        return int(value, 16)

    def to_url(self, value):
        return format(int(value), "x")


class Upper:
    regex = "[A-Z]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        text = str(value)
        if not text.isupper():
            raise ValueError("not upper case")
        return text


register_converter(Year4, "year4")
register_converter(Hex, "hex")
register_converter(Upper, "upper")


# --- The URL configurations, as data. -------------------------------------------------------------
def P(route, view, name=None, kwargs=None, no_slash=False):
    return {"path": route, "view": view, "name": name, "kwargs": kwargs or {}, "no_append_slash": no_slash}


def R(regex, view, name=None, kwargs=None):
    return {"re_path": regex, "view": view, "name": name, "kwargs": kwargs or {}, "no_append_slash": False}


def I(prefix, patterns, app_name=None, namespace=None, kwargs=None):
    return {"include": prefix, "app_name": app_name, "namespace": namespace, "kwargs": kwargs or {},
            "patterns": patterns}


POLLS = [
    P("", "polls_index", "index"),
    P("<int:question_id>/", "polls_detail", "detail"),
    P("<int:question_id>/results/", "polls_results", "results"),
]

URLCONFS = {
    "converters": [
        P("", "home", "home"),
        P("int/<int:n>/", "int", "int"),
        P("str/<str:s>/", "str", "str"),
        P("default/<s>/", "default", "default"),
        P("slug/<slug:s>/", "slug", "slug"),
        P("uuid/<uuid:u>/", "uuid", "uuid"),
        P("path/<path:p>", "path", "path"),
        P("year/<year4:y>/", "year4", "year4"),
        P("hex/<hex:h>/", "hex", "hex"),
        P("upper/<upper:u>/", "upper", "upper"),
        P("two/<int:a>-<int:b>/", "two", "two"),
        P("mixed/<int:year>/<slug:slug>/", "mixed", "mixed"),
        P("any/<path:p>/end/", "any_end", "any_end"),
        P("café/<str:s>/", "cafe", "cafe"),
        P("semi;colon/<str:s>/", "semi", "semi"),
    ],
    "regex": [
        R(r"^re/(?P<year>[0-9]{4})/$", "re_year", "re_year"),
        R(r"^re/(?P<year>[0-9]{4})/(?P<slug>[-a-z]+)/$", "re_slug", "re_slug"),
        R(r"^fixed/$", "re_fixed", "re_fixed"),
        R(r"^prefix", "re_prefix", "re_prefix"),
        R(r"^opt/(?:(?P<n>[0-9]+)/)?$", "re_opt", "re_opt"),
        R(r"anywhere/$", "re_anywhere", "re_anywhere"),
        R(r"mid/(?P<n>[0-9]+)/", "re_mid", "re_mid"),
        I("inc/", [R(r"^(?P<x>[a-z]+)/$", "re_inc", "re_inc")]),
    ],
    "namespaces": [
        P("", "home", "home"),
        I("polls/", POLLS, app_name="polls"),
        I("old-polls/", POLLS, app_name="polls", namespace="old"),
        I("<slug:lang>/polls/", POLLS, app_name="polls", namespace="lang"),
        I("blog/", [
            P("", "blog_index", "index"),
            I("archive/", [P("<year4:year>/", "blog_year", "year")], app_name="archive"),
            I("more/", [P("x/", "blog_more", "more")]),
        ], app_name="blog"),
        I("flat/", [P("a/", "flat_a", "flat_a"), I("deeper/", [P("b/", "flat_b", "flat_b")])]),
    ],
    "twice": [
        I("a/", POLLS, app_name="polls", namespace="a"),
        I("b/", POLLS, app_name="polls", namespace="b"),
    ],
    "repeated": [
        P("page/", "page_plain", "page"),
        P("page/<int:n>/", "page_int", "page"),
        P("page/<slug:s>/", "page_slug", "page"),
        P("pair/<int:a>/", "pair_one", "pair"),
        P("pair/<int:a>/<int:b>/", "pair_two", "pair"),
        P("blog/", "blog_first", "blog", kwargs={"page": 1}),
        P("blog/<int:page>/", "blog_page", "blog"),
        P("dup/", "dup_first", "dup"),
        P("dup/", "dup_second", "dup"),
    ],
    "defaults": [
        P("feed/", "feed", "feed", kwargs={"format": "rss"}),
        P("feed/<str:format>/", "feed_fmt", "feed_fmt", kwargs={"format": "atom"}),
        P("item/<int:id>/", "item", "item", kwargs={"extra": 7}),
        I("sec/<slug:section>/", [
            P("", "sec_index", "sec_index"),
            P("<int:id>/", "sec_item", "sec_item", kwargs={"section": "overridden"}),
        ], kwargs={"source": "include", "section": "from-include"}),
        I("ns/", [P("", "ns_index", "index", kwargs={"k": "inner"})], app_name="nsd", kwargs={"k": "outer", "o": 1}),
    ],
    "slashes": [
        P("", "home", "home"),
        P("items/<int:id>/", "item", "item"),
        P("hello/<str:name>/", "hello", "hello"),
        P("feed/", "feed", "feed", no_slash=True),
        P("exact", "exact", "exact"),
        P("exact/", "exact_slash", "exact_slash"),
        P("files/<path:p>/", "files", "files"),
        P("q/", "q", "q"),
        I("polls/", POLLS, app_name="polls"),
    ],
}


def make_view(view_id):
    def view(request, *args, **kwargs):
        return HttpResponse(view_id)
    view.view_id = view_id
    return view


VIEWS = {}


def django_patterns(entries):
    out = []
    for entry in entries:
        if "include" in entry:
            inner = django_patterns(entry["patterns"])
            target = (inner, entry["app_name"]) if entry["app_name"] else inner
            out.append(path(entry["include"], include(target, namespace=entry["namespace"]), entry["kwargs"]))
            continue
        view = VIEWS.setdefault(entry["view"], make_view(entry["view"]))
        if entry["no_append_slash"]:
            view = no_append_slash(make_view(entry["view"]))
            view.view_id = entry["view"]
        maker = path if "path" in entry else re_path
        route = entry["path"] if "path" in entry else entry["re_path"]
        out.append(maker(route, view, entry["kwargs"], name=entry["name"]))
    return out


def module_name(conf):
    return "conformance_urls_" + conf


for conf, entries in URLCONFS.items():
    module = types.ModuleType(module_name(conf))
    module.urlpatterns = django_patterns(entries)
    sys.modules[module_name(conf)] = module


# --- Cases. ------------------------------------------------------------------------------------------
U = "075194d3-6885-417e-a8a8-6c931e272f00"

RESOLVE = {
    "converters": ["/", "/int/0/", "/int/42/", "/int/007/", "/int/-1/", "/int/4.5/", "/int/2147483648/",
                   "/int/9223372036854775807/", "/int/99999999999999999999/", "/int//", "/str/Ada Lovelace/",
                   "/str/日本/", "/str/a/b/", "/str//", "/default/x/", "/slug/a-b_c/", "/slug/a b/",
                   "/slug/é/", "/uuid/" + U + "/", "/uuid/" + U.upper() + "/", "/uuid/" + U[:-1] + "/",
                   "/path/a/b/c.txt", "/path/", "/path//x", "/year/2024/", "/year/24/", "/year/0042/",
                   "/hex/ff/", "/hex/FF/", "/upper/ABC/", "/upper/abc/", "/two/1-2/", "/two/1-/",
                   "/mixed/1999/a-slug/", "/any/x/y/end/", "/any/end/", "/café/x/", "/semi;colon/x/",
                   "/int/42", "/nothing/"],
    "regex": ["/re/2024/", "/re/24/", "/re/2024/a-b/", "/re/2024/A/", "/fixed/", "/fixed", "/prefix",
              "/prefixed/anything", "/opt/", "/opt/5/", "/x/anywhere/", "/anywhere/", "/mid/5/", "/x/mid/5/", "/inc/abc/", "/inc/ABC/"],
    "namespaces": ["/", "/polls/", "/polls/3/", "/polls/3/results/", "/old-polls/4/", "/en/polls/5/",
                   "/en-gb/polls/", "/blog/", "/blog/archive/2020/", "/blog/more/x/", "/flat/a/", "/flat/deeper/b/",
                   "/polls/x/", "/blog/archive/20/"],
    "twice": ["/a/", "/b/1/", "/b/1/results/", "/c/"],
    "repeated": ["/page/", "/page/1/", "/page/a-b/", "/pair/1/", "/pair/1/2/", "/blog/", "/blog/3/", "/dup/"],
    "defaults": ["/feed/", "/feed/json/", "/item/3/", "/sec/news/", "/sec/news/9/", "/ns/"],
    "slashes": ["/", "/items/1/", "/hello/x/", "/feed/", "/exact", "/exact/", "/files/a/b/", "/q/", "/polls/2/"],
}


def A(*values):
    return {"args": list(values)}


def K(**values):
    return {"kwargs": values}


def CA(app, spec):
    return dict(spec, current_app=app)


def i(n):
    return ["int", n]


def s(t):
    return ["str", t]


REVERSE = {
    "converters": [
        ("home", A()), ("home", A(i(1))), ("int", A(i(7))), ("int", A(s("7"))), ("int", A(s("2024"))),
        ("int", A(i(-1))), ("int", A(s("x"))), ("int", A(["bigint", "99999999999999999999"])),
        ("int", A(i(9223372036854775807))), ("int", K(n=i(3))), ("int", K(m=i(3))), ("int", A()),
        ("int", A(i(1), i(2))), ("str", A(s("Ada Lovelace"))), ("str", A(s("a/b"))), ("str", A(s(""))),
        ("str", A(s("/evil.example"))), ("str", A(s("?#%"))), ("str", A(s("a;b=c"))),
        ("str", A(s("!$&'()*+,~:@"))), ("str", A(s("<>\"[]{}|\\^`"))), ("str", A(s("日本"))),
        ("str", A(i(5))), ("default", A(s("x y"))), ("slug", A(s("a-b_c"))), ("slug", A(s("a b"))),
        ("slug", A(s("é"))), ("uuid", A(["uuid", U])), ("uuid", A(s(U))), ("uuid", A(s(U.upper()))),
        ("uuid", A(s("nope"))), ("path", A(s("a/b c.txt"))), ("path", A(s("/evil.example/"))),
        ("path", A(s("//x"))), ("path", A(s(""))), ("path", A(s("a;b"))), ("year4", A(i(42))),
        ("year4", A(s("2024"))), ("year4", A(i(12345))), ("year4", A(s("x"))), ("hex", A(i(255))),
        ("hex", A(s("16"))), ("upper", A(s("ABC"))), ("upper", A(s("abc"))), ("two", A(i(1), i(2))),
        ("two", K(b=i(2), a=i(1))), ("mixed", A(i(1999), s("a-b"))), ("mixed", K(year=s("1999"), slug=s("x"))),
        ("any_end", A(s("x/y"))), ("cafe", A(s("é"))), ("semi", A(s("x"))), ("nothing", A()),
    ],
    "regex": [
        ("re_year", A(s("2024"))), ("re_year", A(i(2024))), ("re_year", A(s("24"))), ("re_year", K(year=s("1999"))),
        ("re_slug", A(s("2024"), s("a-b"))), ("re_fixed", A()), ("re_opt", A()), ("re_opt", A(s("5"))),
        ("re_inc", A(s("abc"))), ("re_inc", A(s("ABC"))),
    ],
    "namespaces": [
        ("home", A()), ("polls:index", A()), ("polls:detail", A(i(3))), ("polls:results", K(question_id=i(3))),
        ("old:detail", A(i(4))), ("lang:detail", A(s("en"), i(5))), ("lang:detail", K(lang=s("fr"), question_id=i(5))),
        ("lang:detail", A(i(5))), ("blog:index", A()), ("blog:archive:year", A(i(2020))),
        ("blog:more", A()), ("flat_a", A()), ("flat_b", A()), ("polls:nothing", A()), ("nothing:index", A()),
        ("blog:nothing:year", A()), ("detail", A(i(1))), ("index", A()), ("archive:year", A(i(2020))),
        ("polls:index", CA("old", A())), ("polls:detail", CA("old", A(i(1)))),
        ("polls:index", CA("lang", K(lang=s("de")))), ("polls:index", CA("nothing", A())),
        ("old:index", CA("polls", A())), ("blog:archive:year", CA("blog:archive", A(i(1999)))),
        ("polls:index", CA("lang", A())),
    ],
    "twice": [
        ("polls:index", A()), ("polls:detail", A(i(1))), ("a:index", A()), ("b:index", A()),
        ("polls:index", CA("a", A())), ("polls:index", CA("b", A())), ("polls:index", CA("c", A())),
        ("a:index", CA("b", A())), ("c:index", A()),
    ],
    "repeated": [
        ("page", A()), ("page", A(i(3))), ("page", A(s("a-b"))), ("page", K(n=i(3))), ("page", K(s=s("x"))),
        ("page", A(i(1), i(2))), ("pair", A(i(1))), ("pair", A(i(1), i(2))), ("pair", K(a=i(1), b=i(2))),
        ("blog", A()), ("blog", K(page=i(1))), ("blog", K(page=i(2))), ("blog", A(i(1))), ("dup", A()),
    ],
    "defaults": [
        ("feed", A()), ("feed", K(format=s("rss"))), ("feed", K(format=s("atom"))), ("feed_fmt", A(s("json"))),
        ("feed_fmt", K(format=s("json"))), ("feed_fmt", K(format=s("atom"))), ("item", A(i(3))),
        ("item", K(id=i(3))), ("item", K(id=i(3), extra=i(7))), ("item", K(id=i(3), extra=i(8))),
        ("sec_index", A(s("news"))), ("sec_index", K(section=s("news"))),
        ("sec_index", K(section=s("news"), source=s("include"))), ("sec_index", K(section=s("news"), source=s("x"))),
        ("sec_item", K(section=s("news"), id=i(9))), ("nsd:index", A()), ("nsd:index", K(k=s("inner"))),
        ("nsd:index", K(o=i(1))),
    ],
    "slashes": [("exact", A()), ("exact_slash", A()), ("files", A(s("a/b")))],
}

APPEND = {
    "slashes": [("GET", "/items/1", ""), ("GET", "/items/1", "page=2&q=a%20b"), ("HEAD", "/items/1", ""),
                ("POST", "/items/1", ""), ("PUT", "/items/1", ""), ("DELETE", "/items/1", ""),
                ("GET", "/hello/Zo%C3%AB", ""), ("GET", "/hello/a%20b", ""), ("GET", "/hello/a;b", ""),
                ("GET", "/hello/a=b", ""), ("GET", "/feed", ""), ("GET", "/exact", ""), ("GET", "/nowhere", ""),
                ("GET", "/items/1/", ""), ("GET", "/files/a/b", ""), ("GET", "/q", "x=1"), ("GET", "/polls", ""),
                ("GET", "/polls/2", ""), ("POST", "/polls/2/results", ""), ("GET", "/items/x", ""),
                ("GET", "/hello/%7Etilde", ""), ("GET", "/hello/a%2Fb", "")],
    "converters": [("GET", "/int/42", ""), ("GET", "/path/a/b", ""), ("GET", "/any/x/end", "")],
    "namespaces": [("GET", "/polls/3", ""), ("GET", "/en/polls", ""), ("GET", "/blog/archive/2020", "")],
}


def typed(value):
    """A Python value as the JSON records it: [type, value]."""
    if isinstance(value, bool) or value is None:
        raise TypeError("unexpected value %r" % (value,))
    if isinstance(value, int):
        return ["int", value] if -2 ** 63 <= value < 2 ** 63 else ["bigint", str(value)]
    if isinstance(value, uuid.UUID):
        return ["uuid", str(value)]
    return ["str", str(value)]


def untyped(value):
    kind, text = value
    return {"int": int, "bigint": int, "uuid": uuid.UUID, "str": str}[kind](text)


def resolve_case(conf, path_):
    try:
        match = resolve(path_, urlconf=module_name(conf))
    except Resolver404:
        return None
    return {"view": match.func.view_id, "url_name": match.url_name, "namespaces": match.namespaces,
            "app_names": match.app_names, "route": match.route,
            "kwargs": {k: typed(v) for k, v in match.kwargs.items()}}


def reverse_case(conf, name, spec):
    args = [untyped(v) for v in spec.get("args", [])]
    kwargs = {k: untyped(v) for k, v in spec.get("kwargs", {}).items()}
    try:
        return {"path": reverse(name, urlconf=module_name(conf), args=args or None, kwargs=kwargs or None,
                                current_app=spec.get("current_app"))}
    except NoReverseMatch:
        return {"error": "NoReverseMatch"}


def append_case(conf, method, path_, query):
    with override_settings(ROOT_URLCONF=module_name(conf)):
        clear_url_caches()
        client = Client()
        target = path_ + ("?" + query if query else "")
        response = client.generic(method, target)
        clear_url_caches()
    result = {"status": response.status_code}
    if response.status_code in (301, 302):
        result["location"] = response["Location"]
    if response.status_code == 200 and method != "HEAD":
        result["body"] = response.content.decode()
    return result


def generate():
    cases = []
    for conf, paths in RESOLVE.items():
        for p in paths:
            cases.append({"kind": "resolve", "urlconf": conf, "path": p, "expected": resolve_case(conf, p)})
    for conf, specs in REVERSE.items():
        for name, spec in specs:
            case = {"kind": "reverse", "urlconf": conf, "name": name}
            case.update(spec)
            case["expected"] = reverse_case(conf, name, spec)
            cases.append(case)
    for conf, requests in APPEND.items():
        for method, p, query in requests:
            cases.append({"kind": "append_slash", "urlconf": conf, "method": method, "path": p, "query": query,
                          "expected": append_case(conf, method, p, query)})
    for number, case in enumerate(cases):
        case["id"] = number
    return {
        "generated_by": "step-02-router/src/test/conformance/generate.py",
        "django": django.get_version(),
        "debug": False,
        "converters": {"year4": Year4.regex, "hex": Hex.regex, "upper": Upper.regex},
        "urlconfs": URLCONFS,
        "cases": cases,
    }


def render(data):
    return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def main():
    text = render(generate())
    if "--check" in sys.argv:
        with open(OUTPUT, encoding="utf-8") as committed:
            if committed.read() != text:
                sys.exit("django-urls.json differs from what Django answers now: run generate.py and commit it")
        print("django-urls.json matches Django %s" % django.get_version())
        return
    with open(OUTPUT, "w", encoding="utf-8") as out:
        out.write(text)
    print("wrote %d cases to %s" % (len(json.loads(text)["cases"]), os.path.normpath(OUTPUT)))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Runs the ORM conformance queries through Django 3.2 on PostgreSQL and records what Django answers.

    /usr/bin/python3 step-04-orm/src/test/conformance/generate.py           # rewrites django-orm.json
    /usr/bin/python3 step-04-orm/src/test/conformance/generate.py --check   # regenerates and diffs

It uses the server named by MTVKIT_POSTGRES_URL (a JDBC URL, as the Java suite takes), or starts one with
.ci/postgres. It creates a database of its own on that server, loads one dataset with tricky values, runs
every query of QUERIES, and writes the queries with Django's results to
step-04-orm/src/test/resources/conformance/django-orm.json. ConformanceTest runs the same queries with the
kit's API, on H2 and on PostgreSQL, without Django.
"""
import datetime
import json
import os
import subprocess
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUTPUT = os.path.join(HERE, "..", "resources", "conformance", "django-orm.json")
DATABASE = "mtvkit_conformance"
MODELS = {}


def server():
    url = os.environ.get("MTVKIT_POSTGRES_URL")
    if not url:
        line = subprocess.check_output(["bash", os.path.join(ROOT, ".ci", "postgres"), "start"], text=True)
        url = line.strip().split("=", 1)[1].strip("'")
    parsed = urllib.parse.urlparse(url[len("jdbc:"):])
    params = urllib.parse.parse_qs(parsed.query)
    return {"HOST": parsed.hostname, "PORT": str(parsed.port or 5432),
            "USER": params.get("user", ["postgres"])[0], "PASSWORD": params.get("password", [""])[0]}


def setup():
    import psycopg2
    target = server()
    admin = psycopg2.connect(host=target["HOST"], port=target["PORT"], user=target["USER"],
                             password=target["PASSWORD"], dbname="postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute("DROP DATABASE IF EXISTS " + DATABASE)
        cursor.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0")
    admin.close()
    write_app()
    from django.conf import settings
    settings.configure(
        DATABASES={"default": dict(target, ENGINE="django.db.backends.postgresql", NAME=DATABASE)},
        INSTALLED_APPS=["conf"], USE_TZ=True, TIME_ZONE="UTC", DEFAULT_AUTO_FIELD="django.db.models.AutoField")
    import django
    django.setup()


def teardown():
    import psycopg2
    from django.db import connection
    connection.close()
    target = server()
    admin = psycopg2.connect(host=target["HOST"], port=target["PORT"], user=target["USER"],
                             password=target["PASSWORD"], dbname="postgres")
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute("DROP DATABASE IF EXISTS " + DATABASE)
    admin.close()


MODELS_SOURCE = """
from django.db import models


class Country(models.Model):
    name = models.CharField(max_length=50)

    class Meta:
        db_table = "country"


class Author(models.Model):
    name = models.CharField(max_length=100)
    age = models.IntegerField(null=True)
    country = models.ForeignKey(Country, models.CASCADE, related_name="authors")

    class Meta:
        db_table = "author"


class Book(models.Model):
    title = models.CharField(max_length=200)
    pages = models.IntegerField()
    rating = models.IntegerField(null=True)
    author = models.ForeignKey(Author, models.CASCADE, null=True, related_name="books")
    published = models.DateField(null=True)

    class Meta:
        db_table = "book"
"""


def write_app():
    """The models live in a real, installed app, so that Django knows the reverse relations (on_delete needs them)."""
    import tempfile
    folder = tempfile.mkdtemp(prefix="mtvkit-conformance-")
    os.makedirs(os.path.join(folder, "conf"))
    with open(os.path.join(folder, "conf", "__init__.py"), "w") as out:
        out.write("")
    with open(os.path.join(folder, "conf", "models.py"), "w") as out:
        out.write(MODELS_SOURCE)
    sys.path.insert(0, folder)


def define_models():
    from conf import models
    return {"Country": models.Country, "Author": models.Author, "Book": models.Book}


# The dataset: mixed case, accents, %, _, backslashes and quotes, injection-looking strings, NULLs in
# nullable columns and across a nullable foreign key, equal sort keys (ties broken by id where it matters).
DATA = {
    "Country": [
        {"id": 1, "name": "France"},
        {"id": 2, "name": "Norway"},
        {"id": 3, "name": "Österreich"},
        {"id": 4, "name": "empty land"},
    ],
    "Author": [
        {"id": 1, "name": "Alice O'Hara", "age": 34, "country": 1},
        {"id": 2, "name": "bob_smith", "age": None, "country": 2},
        {"id": 3, "name": "Zoë 100%", "age": 51, "country": 3},
        {"id": 4, "name": "back\\slash", "age": 34, "country": 1},
        {"id": 5, "name": "ALICE", "age": None, "country": 3},
        {"id": 6, "name": "'; DROP TABLE book; --", "age": 27, "country": 2},
    ],
    "Book": [
        {"id": 1, "title": "The Art of SQL", "pages": 300, "rating": 5, "author": 1, "published": "2020-01-15"},
        {"id": 2, "title": "the art of sql", "pages": 300, "rating": None, "author": 1, "published": "2021-06-01"},
        {"id": 3, "title": "100% Pure", "pages": 120, "rating": 3, "author": 3, "published": None},
        {"id": 4, "title": "under_score", "pages": 250, "rating": 3, "author": 2, "published": "2019-12-31"},
        {"id": 5, "title": "Back\\Slash Tales", "pages": 180, "rating": None, "author": 4, "published": "2022-02-28"},
        {"id": 6, "title": "Orphan", "pages": 90, "rating": 1, "author": None, "published": "2018-07-04"},
        {"id": 7, "title": "Quote \"Double\" & 'Single'", "pages": 410, "rating": 4, "author": 5,
         "published": "2023-03-03"},
        {"id": 8, "title": "école élégante", "pages": 220, "rating": 2, "author": 3, "published": "2020-01-15"},
        {"id": 9, "title": "ÉCOLE", "pages": 220, "rating": None, "author": None, "published": None},
        {"id": 10, "title": "x' OR '1'='1", "pages": 75, "rating": 5, "author": 6, "published": "2017-05-05"},
        {"id": 11, "title": "Tie A", "pages": 200, "rating": 3, "author": 2, "published": "2020-01-15"},
        {"id": 12, "title": "Tie B", "pages": 200, "rating": 3, "author": 2, "published": "2020-01-15"},
        {"id": 13, "title": "%", "pages": 10, "rating": 0, "author": 6, "published": "2016-01-01"},
        {"id": 14, "title": "_", "pages": 11, "rating": None, "author": 4, "published": "2016-01-02"},
        {"id": 15, "title": "", "pages": 0, "rating": None, "author": None, "published": None},
    ],
}


def q(lookup, value):
    return {"lookup": lookup, "value": value}


def build_queries():
    queries = []

    def add(name, model, steps, run):
        query = {"name": name, "model": model, "steps": steps, "run": run}
        if run == ["ids"] and not any(step[0] in ("order_by", "order_by_terms") for step in steps):
            query["unordered"] = True  # no ORDER BY: the database may return rows in any order, so compare sorted
        queries.append(query)

    ids = ["ids"]
    # Text lookups, case and escaping: every pattern character is data.
    texts = ["art", "ART", "The Art of SQL", "%", "_", "\\", "'", "\"", "école", "ÉCOLE", "x' OR", "", "Tie", "sql"]
    for lookup in ["exact", "iexact", "contains", "icontains", "startswith", "istartswith", "endswith", "iendswith"]:
        for text in texts:
            add("title__%s=%r" % (lookup, text), "Book", [["filter", q("title__" + lookup, text)]], ids)
    for lookup in ["contains", "icontains", "exact"]:
        for text in ["%", "_", "\\", "école"]:
            add("exclude title__%s=%r" % (lookup, text), "Book", [["exclude", q("title__" + lookup, text)]], ids)
    for lookup in ["iexact", "icontains", "startswith"]:
        for text in ["alice", "\\", "_", "'"]:
            add("author name__%s=%r" % (lookup, text), "Author", [["filter", q("name__" + lookup, text)]], ids)
    # Numbers, with NULLs in 'rating': filter and exclude, NULL-safe negation.
    for field in ["rating", "pages"]:
        for lookup, value in [("exact", 3), ("gt", 3), ("gte", 3), ("lt", 3), ("lte", 3), ("exact", 0),
                              ("in", [3, 5]), ("in", [3, None]), ("in", [None]), ("in", []), ("range", [2, 4]),
                              ("isnull", True), ("isnull", False), ("exact", None)]:
            for method in ["filter", "exclude"]:
                add("%s %s__%s=%r" % (method, field, lookup, value), "Book",
                    [[method, q(field + "__" + lookup, value)]], ids)
    # Dates.
    for lookup, value in [("exact", "2020-01-15"), ("gt", "2020-01-15"), ("lte", "2019-12-31"), ("isnull", True),
                          ("range", ["2017-01-01", "2020-12-31"])]:
        for method in ["filter", "exclude"]:
            add("%s published__%s=%r" % (method, lookup, value), "Book", [[method, q("published__" + lookup, value)]],
                ids)
    # Date parts (Django's transforms), with NULL dates kept by exclude.
    for lookup, value in [("published__year", 2020), ("published__year__gte", 2020), ("published__month", 1),
                          ("published__day", 15), ("published__week_day", 4), ("published__month__in", [1, 2]),
                          ("published__year__lt", 2018), ("published__day__range", [1, 4])]:
        for method in ["filter", "exclude"]:
            add("%s %s=%r" % (method, lookup, value), "Book", [[method, q(lookup, value)]], ids)
    add("a date has no hour", "Book", [["filter", q("published__hour", 1)]], ids)
    add("a date has no date part", "Book", [["filter", q("published__date", "2020-01-15")]], ids)
    add("a number has no year", "Book", [["filter", q("pages__year", 2020)]], ids)
    # get_or_create and update_or_create (rolled back afterwards).
    add("get_or_create finds", "Book", [], ["get_or_create", {"title": "Orphan"}, {"pages": 1}])
    add("get_or_create creates", "Book", [], ["get_or_create", {"title": "New"}, {"pages": 7, "rating": 2}])
    add("get_or_create with a lookup", "Book", [], ["get_or_create", {"title__iexact": "NEW", "pages": 3}, {"title": "New"}])
    add("get_or_create finds two", "Book", [], ["get_or_create", {"rating": 3}, {"pages": 1}])
    add("update_or_create updates", "Book", [], ["update_or_create", {"title": "Orphan"}, {"pages": 91}])
    add("update_or_create creates", "Book", [], ["update_or_create", {"title": "Newer"}, {"pages": 5}])
    # Across foreign keys: a nullable first hop (book.author) and a non-null second hop (author.country).
    for lookup, value in [("author__age__gt", 30), ("author__age__isnull", True), ("author__name__icontains", "alice"),
                          ("author__country__name", "France"), ("author__country__name__startswith", "Ö"),
                          ("author__country__id", 2), ("author__isnull", True), ("author__id", 2),
                          ("author", 3), ("author__in", [1, 2]), ("author__country__name__in", ["Norway", "France"]),
                          ("author__age", None), ("author__age__lt", 34), ("author__country", 3)]:
        for method in ["filter", "exclude"]:
            add("%s %s=%r" % (method, lookup, value), "Book", [[method, q(lookup, value)]], ids)
    add("authors by country name", "Author", [["filter", q("country__name", "Norway")]], ids)
    # Across reverse relations: one row per matching child (rows repeat), distinct() removes the repeats.
    by_name = ["order_by", ["id"]]
    for lookup, value in [("books__rating__gte", 3), ("books__title__icontains", "art"), ("books__isnull", True),
                          ("books__isnull", False), ("books__pages__gt", 200), ("books__rating", None),
                          ("books__published__year", 2020), ("books__in", [1, 4, 7]), ("books", 3)]:
        add("authors with %s=%r" % (lookup, value), "Author", [["filter", q(lookup, value)], by_name], ids)
        add("distinct authors with %s=%r" % (lookup, value), "Author",
            [["filter", q(lookup, value)], by_name, ["distinct"]], ids)
        add("count of authors with %s=%r" % (lookup, value), "Author", [["filter", q(lookup, value)]], ["count"])
        add("count of distinct authors with %s=%r" % (lookup, value), "Author",
            [["filter", q(lookup, value)], ["distinct"]], ["count"])
    for lookup, value in [("books__rating__gte", 3), ("books__title__icontains", "art"), ("books__rating", None),
                          ("books__pages__gt", 200), ("books__in", [1, 4, 7]), ("books", 3), ("books__rating__in", [3, None]),
                          ("books__author__country__name", "France"), ("books__published__year", 2020)]:
        add("exclude authors with %s=%r" % (lookup, value), "Author", [["exclude", q(lookup, value)], by_name], ids)
    add("exclude countries with two reverse hops", "Country", [["exclude", q("authors__books__rating", 5)], by_name], ids)
    add("exclude one Q across a reverse relation", "Author",
        [["exclude", {"and": [q("books__rating", 3), q("books__pages__gt", 200)]}], by_name], ids)
    add("countries with two reverse hops", "Country", [["filter", q("authors__books__rating", 5)], by_name], ids)
    add("distinct countries with two reverse hops", "Country",
        [["filter", q("authors__books__rating", 5)], by_name, ["distinct"]], ids)
    add("one filter, one child", "Author",
        [["filter", {"and": [q("books__rating", 3), q("books__pages__gt", 200)]}], by_name], ids)
    add("two filters, maybe two children", "Author",
        [["filter", q("books__rating", 3)], ["filter", q("books__pages__gt", 200)], by_name], ids)
    add("reverse or a field", "Author",
        [["filter", {"or": [q("books__rating", 5), q("age__isnull", True)]}], by_name, ["distinct"]], ids)
    add("order by a reverse field", "Author", [["order_by", ["books__pages", "id"]]], ids)
    add("values across a reverse relation", "Author", [["filter", q("id__lte", 3)], ["order_by", ["id", "books__id"]]],
        ["values", ["id", "books__title"]])
    add("aggregate across a reverse relation", "Author", [],
        ["aggregate", [["SUM", "books__pages"], ["COUNT", "books"], ["MAX", "books__rating"]]])
    add("update across a reverse relation", "Book", [["filter", q("author__books__rating", 5)]],
        ["update", {"rating": 7}])
    add("countries of authors", "Country", [["exclude", q("name__icontains", "land")]], ids)
    # Combinations of Q objects.
    combos = [
        ("rating>3 or rating null", {"or": [q("rating__gt", 3), q("rating__isnull", True)]}),
        ("not(rating>3 or pages<100)", {"not": {"or": [q("rating__gt", 3), q("pages__lt", 100)]}}),
        ("not(rating>2 and author.age>30)", {"not": {"and": [q("rating__gt", 2), q("author__age__gt", 30)]}}),
        ("not(not rating>2)", {"not": {"not": q("rating__gt", 2)}}),
        ("author.country=France or author null", {"or": [q("author__country__name", "France"),
                                                         q("author__isnull", True)]}),
        ("not(author.country=France)", {"not": q("author__country__name", "France")}),
        ("pages>=200 and not rating=3", {"and": [q("pages__gte", 200), {"not": q("rating", 3)}]}),
        ("empty in or rating 5", {"or": [q("rating__in", []), q("rating", 5)]}),
        ("not(empty in) and pages<100", {"and": [{"not": q("rating__in", [])}, q("pages__lt", 100)]}),
        ("not(title icontains ecole or rating null)", {"not": {"or": [q("title__icontains", "école"),
                                                                      q("rating__isnull", True)]}}),
    ]
    for name, condition in combos:
        add("filter " + name, "Book", [["filter", condition]], ids)
        add("exclude " + name, "Book", [["exclude", condition]], ids)
    add("filter then exclude", "Book", [["filter", q("pages__gt", 100)], ["exclude", q("rating__lt", 3)]], ids)
    add("chained excludes", "Book", [["exclude", q("rating", 3)], ["exclude", q("author__age__gt", 40)]], ids)
    # F expressions: a NULL on either side.
    for method in ["filter", "exclude"]:
        add(method + " pages>F(rating)*50", "Book",
            [[method, q("pages__gt", {"F": "rating", "op": "TIMES", "value": 50})]], ids)
        add(method + " rating=F(rating)", "Book", [[method, q("rating", {"F": "rating"})]], ids)
        add(method + " rating<F(author.age)", "Book", [[method, q("rating__lt", {"F": "author__age"})]], ids)
        add(method + " pages=F(pages)", "Book", [[method, q("pages", {"F": "pages"})]], ids)
    # Ordering: NULLs as PostgreSQL places them, ties broken explicitly.
    for order in [["rating", "id"], ["-rating", "id"], ["published", "id"], ["-published", "-id"],
                  ["author__age", "id"], ["-author__age", "id"], ["author__country__name", "id"], ["title"],
                  ["-title"], ["-pages", "title"], ["author__name", "-id"]]:
        add("order_by " + ",".join(order), "Book", [["order_by", order]], ids)
    for terms in [[["rating", "asc", "first"], ["id", "asc", "default"]],
                  [["rating", "desc", "last"], ["id", "asc", "default"]],
                  [["published", "asc", "first"], ["id", "desc", "default"]],
                  [["author__age", "desc", "last"], ["id", "asc", "default"]]]:
        add("order_by nulls " + json.dumps(terms), "Book", [["order_by_terms", terms]], ids)
    # Slices, and terminal methods on slices.
    by_id = ["order_by", ["id"]]
    for low, high in [(2, 5), (0, 0), (0, 3), (10, None), (14, None), (100, None), (3, 3)]:
        add("slice [%s:%s]" % (low, high), "Book", [by_id, ["slice", low, high]], ids)
        add("count of [%s:%s]" % (low, high), "Book", [by_id, ["slice", low, high]], ["count"])
        add("exists of [%s:%s]" % (low, high), "Book", [by_id, ["slice", low, high]], ["exists"])
        add("first of [%s:%s]" % (low, high), "Book", [by_id, ["slice", low, high]], ["first"])
    add("[:5][2:]", "Book", [by_id, ["slice", 0, 5], ["slice", 2, None]], ids)
    add("[2:][:5]", "Book", [by_id, ["slice", 2, None], ["slice", 0, 5]], ids)
    add("[2:8][1:3]", "Book", [by_id, ["slice", 2, 8], ["slice", 1, 3]], ids)
    add("[:1].get()", "Book", [by_id, ["slice", 0, 1]], ["get"])
    add("[:2].get()", "Book", [by_id, ["slice", 0, 2]], ["get"])
    add("[5:6].get()", "Book", [by_id, ["slice", 5, 6]], ["get"])
    add("filter after slice", "Book", [by_id, ["slice", 0, 2], ["filter", q("rating", 3)]], ids)
    add("order_by after slice", "Book", [by_id, ["slice", 0, 2], ["order_by", ["-id"]]], ids)
    add("delete on slice", "Book", [by_id, ["slice", 0, 2]], ["delete"])
    # get, first, last, latest, earliest.
    add("get pk=1", "Book", [], ["get", "pk", 1])
    add("get pk=999", "Book", [], ["get", "pk", 999])
    add("get rating=3", "Book", [], ["get", "rating", 3])
    add("get title iexact", "Book", [], ["get", "title__iexact", "ÉCOLE ÉLÉGANTE"])
    add("get author__name", "Book", [], ["get", "author__name", "'; DROP TABLE book; --"])
    add("get id=None", "Book", [], ["get", "id", None])
    add("first unordered", "Book", [], ["first"])
    add("first filtered none", "Book", [["filter", q("pages__gt", 1000)]], ["first"])
    add("first by -rating", "Book", [["order_by", ["-rating", "id"]]], ["first"])
    add("last unordered", "Book", [], ["last"])
    add("last by rating", "Book", [["order_by", ["rating", "id"]]], ["last"])
    add("last by -published,-id", "Book", [["order_by", ["-published", "-id"]]], ["last"])
    add("latest published", "Book", [["filter", q("published__isnull", False)]], ["latest", "published"])
    add("earliest published", "Book", [["filter", q("published__isnull", False)]], ["earliest", "published"])
    add("latest of nothing", "Book", [["filter", q("pages__gt", 1000)]], ["latest", "published"])
    add("latest pages", "Book", [], ["latest", "pages"])
    # pk alias, count, exists, none.
    add("pk__in", "Book", [["filter", q("pk__in", [1, 3, 99])]], ids)
    add("exclude pk__gt", "Book", [["exclude", q("pk__gt", 3)]], ids)
    add("count all", "Book", [], ["count"])
    add("count filtered", "Book", [["exclude", q("rating", 3)]], ["count"])
    add("count across join", "Book", [["filter", q("author__country__name", "Norway")]], ["count"])
    add("exists none matching", "Book", [["filter", q("title", "nope")]], ["exists"])
    add("exists", "Book", [["filter", q("title", "Orphan")]], ["exists"])
    add("none ids", "Book", [["none"]], ids)
    add("none count", "Book", [["none"]], ["count"])
    add("none aggregate", "Book", [["none"]], ["aggregate", [["SUM", "pages"], ["COUNT", "id"]]])
    add("in_bulk", "Book", [], ["in_bulk", [1, 2, 99]])
    add("in_bulk empty", "Book", [], ["in_bulk", []])
    # values and values_list.
    add("values all", "Book", [["filter", q("id__lte", 3)], by_id], ["values", []])
    add("values named", "Book", [["filter", q("id__in", [1, 6, 9])], by_id],
        ["values", ["id", "title", "author__country__name"]])
    add("values of a foreign key", "Book", [by_id], ["values", ["id", "author"]])
    add("values author_id", "Book", [by_id], ["values", ["id", "author_id"]])
    add("values across two hops with NULL first hop", "Book", [by_id], ["values", ["id", "author__country__name"]])
    add("values_list", "Book", [["order_by", ["-rating", "id"]]], ["values_list", ["id", "rating"]])
    add("values_list flat", "Book", [["order_by", ["title"]]], ["values_list_flat", "title"])
    add("values_list flat published", "Book", [["order_by", ["published", "id"]]], ["values_list_flat", "published"])
    add("values ordered by related", "Author", [["order_by", ["country__name", "-id"]]], ["values", ["name", "age"]])
    add("values unknown field", "Book", [], ["values", ["nope"]])
    # Aggregates: Sum of nothing is None, Count of a nullable column counts values.
    everything = [["SUM", "pages"], ["AVG", "pages"], ["MIN", "pages"], ["MAX", "pages"], ["COUNT", "id"]]
    add("aggregate all", "Book", [], ["aggregate", everything])
    add("aggregate nothing", "Book", [["filter", q("pages__gt", 1000)]], ["aggregate", everything])
    add("aggregate nullable", "Book", [], ["aggregate", [["SUM", "rating"], ["AVG", "rating"], ["COUNT", "rating"],
                                                          ["MIN", "rating"], ["MAX", "rating"]]])
    add("aggregate across a join", "Book", [], ["aggregate", [["SUM", "author__age"], ["COUNT", "author__age"],
                                                               ["MAX", "author__country__name"]]])
    add("aggregate filtered excluded", "Book", [["exclude", q("rating__gt", 2)]],
        ["aggregate", [["SUM", "pages"], ["COUNT", "rating"]]])
    add("aggregate dates", "Book", [], ["aggregate", [["MIN", "published"], ["MAX", "published"]]])
    add("aggregate text", "Author", [], ["aggregate", [["MIN", "name"], ["MAX", "name"], ["COUNT", "age"]]])
    add("aggregate with F lookup", "Book", [["filter", q("pages__gte", {"F": "rating"})]], ["aggregate", [["COUNT", "id"]]])
    # Updates and deletes (each rolled back afterwards), with what the table holds after.
    add("update exclude rating>2", "Book", [["exclude", q("rating__gt", 2)]], ["update", {"pages": 1}])
    add("update rating null", "Book", [["filter", q("rating__isnull", True)]], ["update", {"rating": 0}])
    add("update with F", "Book", [["filter", q("rating__gte", 3)]],
        ["update", {"pages": {"F": "pages", "op": "PLUS", "value": 1}}])
    add("update across join", "Book", [["exclude", q("author__country__name", "France")]], ["update", {"rating": 9}])
    add("update to NULL", "Book", [["filter", q("pages__lt", 100)]], ["update", {"rating": None}])
    add("update F null", "Book", [], ["update", {"rating": {"F": "rating", "op": "PLUS", "value": 1}}])
    add("delete exclude rating>2", "Book", [["exclude", q("rating__gt", 2)]], ["delete"])
    add("delete across join", "Book", [["filter", q("author__age__gt", 30)]], ["delete"])
    add("delete exclude across nullable join", "Book", [["exclude", q("author__age__gt", 30)]], ["delete"])
    add("delete in with None", "Book", [["filter", q("rating__in", [1, None])]], ["delete"])
    add("delete exclude in with None", "Book", [["exclude", q("rating__in", [1, None])]], ["delete"])
    # on_delete=CASCADE across two hops: countries -> authors (selected) -> books (one fast DELETE).
    add("delete countries cascades", "Country", [["filter", q("name__startswith", "N")]], ["delete"])
    add("delete a country nobody lives in", "Country", [["filter", q("name", "empty land")]], ["delete"])
    add("delete every country", "Country", [], ["delete"])
    add("delete authors without age", "Author", [["filter", q("age__isnull", True)]], ["delete"])
    add("delete authors excluded across a join", "Author", [["exclude", q("country__name", "France")]], ["delete"])
    add("delete nothing that cascades", "Country", [["filter", q("name", "nowhere")]], ["delete"])
    # Query counts: selectRelated joins, prefetchRelated adds one query, a lazy reverse relation one per object.
    add("select_related walk", "Book", [["select_related", ["author__country"]], by_id],
        ["walk_fk", ["author", "name"], ["author", "country", "name"]])
    add("select_related one hop walk", "Book", [["select_related", ["author"]], ["filter", q("rating__gte", 3)],
                                                 by_id], ["walk_fk", ["author", "age"]])
    add("prefetch_related walk", "Author", [["prefetch_related", ["books"]], by_id], ["walk_reverse", "books"])
    add("lazy reverse walk", "Author", [by_id], ["walk_reverse", "books"])
    add("lazy foreign key walk", "Book", [by_id], ["walk_fk", ["author", "name"]])
    add("lazy foreign key walk over two hops", "Book", [["filter", q("rating__gte", 3)], by_id],
        ["walk_fk", ["author", "name"], ["author", "country", "name"]])
    add("prefetch authors of countries", "Country", [["prefetch_related", ["authors"]], by_id],
        ["walk_reverse", "authors"])
    add("lazy authors of countries", "Country", [["filter", q("name__startswith", "N")], by_id],
        ["walk_reverse", "authors"])
    # Refused uses: raised before any SQL (Django's FieldError, TypeError, ValueError).
    add("unknown field", "Book", [["filter", q("nope", 1)]], ids)
    add("unknown lookup", "Book", [["filter", q("rating__nope", 1)]], ids)
    add("unknown related field", "Book", [["filter", q("author__nope", 1)]], ids)
    add("None in gt", "Book", [["filter", q("rating__gt", None)]], ids)
    add("order by unknown", "Book", [["order_by", ["nope"]]], ids)
    add("in needs a list", "Book", [["filter", q("rating__in", 3)]], ids)
    annotate_queries(add)
    reverse_exclude_queries(add)
    return queries


def annotate(name, function, field, distinct=False, condition=None):
    """Django's annotate(name=Function(field, distinct=..., filter=Q(...))); a name of None takes the default alias."""
    step = ["annotate", name, function, field, distinct]
    return step if condition is None else step + [condition]


def annotate_queries(add):
    """annotate() with aggregates, GROUP BY (by object and by values), HAVING, ordering by annotations."""
    by_id = ["order_by", ["id"]]
    count_books = annotate("n", "COUNT", "books")
    # One aggregate per author, over a reverse relation; authors without books get 0 or None.
    for function, field in [("COUNT", "books"), ("SUM", "books__pages"), ("AVG", "books__rating"),
                            ("MIN", "books__published"), ("MAX", "books__title"), ("COUNT", "books__rating"),
                            ("MAX", "books__rating"), ("COUNT", "id"), ("SUM", "age")]:
        add("annotate %s(%s)" % (function, field), "Author", [annotate("v", function, field), by_id],
            ["annotated", ["v"]])
    add("annotate with the default name", "Author", [annotate(None, "COUNT", "books"), by_id],
        ["annotated", ["books__count"]])
    add("annotate count distinct", "Author", [annotate("v", "COUNT", "books__rating", True), by_id],
        ["annotated", ["v"]])
    add("annotate sum distinct", "Author", [annotate("v", "SUM", "books__pages", True), by_id], ["annotated", ["v"]])
    add("annotate two over one relation", "Author",
        [count_books, annotate("pages", "SUM", "books__pages"), annotate("best", "MAX", "books__rating"), by_id],
        ["annotated", ["n", "pages", "best"]])
    # Across a forward foreign key (nullable), and two hops.
    add("annotate across a foreign key", "Book", [annotate("v", "MAX", "author__age"), by_id], ["annotated", ["v"]])
    add("annotate count of a foreign key", "Book", [annotate("v", "COUNT", "author"), by_id], ["annotated", ["v"]])
    add("annotate across two foreign keys", "Book", [annotate("v", "MIN", "author__country__name"), by_id],
        ["annotated", ["v"]])
    add("annotate forward then reverse", "Book", [annotate("v", "COUNT", "author__books"), by_id],
        ["annotated", ["v"]])
    add("annotate two reverse hops", "Country", [annotate("v", "COUNT", "authors__books"), by_id],
        ["annotated", ["v"]])
    add("annotate avg of authors' age", "Country", [annotate("v", "AVG", "authors__age"), by_id], ["annotated", ["v"]])
    # Two joins along one path multiply the rows: Django's counts are then wrong, and the kit's agree with them.
    add("two to-many annotations multiply", "Country",
        [annotate("authors_n", "COUNT", "authors"), annotate("pages", "SUM", "authors__books__pages"), by_id],
        ["annotated", ["authors_n", "pages"]])
    add("two to-many annotations, count distinct", "Country",
        [annotate("authors_n", "COUNT", "authors", True), annotate("pages", "SUM", "authors__books__pages"), by_id],
        ["annotated", ["authors_n", "pages"]])
    # Conditional aggregation: filter=Q(...) tests each joined row, negations included, with no subquery.
    for name, function, field, condition in [
            ("rated", "COUNT", "books", q("books__rating__gte", 3)),
            ("pages_2020", "SUM", "books__pages", q("books__published__year", 2020)),
            ("not_three", "COUNT", "books", {"not": q("books__rating", 3)}),
            ("unrated", "COUNT", "books", q("books__rating__isnull", True)),
            ("old_or_long", "MAX", "books__pages", {"or": [q("books__pages__gt", 250), q("age__gt", 40)]})]:
        add("annotate %s with a filter" % name, "Author", [annotate(name, function, field, False, condition), by_id],
            ["annotated", [name]])
    add("two filtered counts on one join", "Country",
        [annotate("rated", "COUNT", "authors__books", False, q("authors__books__rating__gte", 4)),
         annotate("all", "COUNT", "authors__books"), by_id], ["annotated", ["rated", "all"]])
    add("having on a filtered count", "Author",
        [annotate("rated", "COUNT", "books", False, q("books__rating__gte", 3)), ["filter", q("rated__gte", 2)], by_id],
        ids_of())
    add("aggregate with a filter", "Book", [], ["aggregate_filtered", "COUNT", "id", q("rating__gt", 2)])
    add("aggregate with a filter across a join", "Book", [],
        ["aggregate_filtered", "SUM", "pages", {"not": q("author__age__gt", 30)}])
    # Order by an annotation (NULL sums last ascending, as PostgreSQL).
    add("order by a count", "Author", [count_books, ["order_by", ["-n", "id"]]], ids_of())
    add("order by a nullable sum", "Author", [annotate("r", "SUM", "books__rating"), ["order_by", ["r", "id"]]],
        ids_of())
    add("order by a nullable sum descending", "Author",
        [annotate("r", "SUM", "books__rating"), ["order_by", ["-r", "-id"]]], ids_of())
    add("order by the default name", "Author", [annotate(None, "COUNT", "books"), ["order_by", ["books__count", "-id"]]],
        ids_of())
    add("order by an annotation before it exists", "Author", [["order_by", ["n"]], count_books], ids_of())
    # Filters: before annotate they restrict the joined rows; after it, on the annotation they are HAVING.
    add("filter before annotate restricts the counted rows", "Author",
        [["filter", q("books__rating__gte", 3)], count_books, by_id], ["annotated", ["n"]])
    add("filter after annotate joins again", "Author",
        [count_books, ["filter", q("books__rating__gte", 3)], by_id], ["annotated", ["n"]])
    add("filter after annotate, count distinct", "Author",
        [annotate("n", "COUNT", "books", True), ["filter", q("books__rating__gte", 3)], by_id], ["annotated", ["n"]])
    add("filter on a plain field after annotate", "Author", [count_books, ["filter", q("age__gt", 30)], by_id],
        ["annotated", ["n"]])
    for lookup, value in [("n__gt", 1), ("n", 0), ("n__gte", 2), ("n__lt", 2), ("n__in", [0, 3]), ("n__range", [1, 2]),
                          ("n__isnull", False), ("n__gt", {"F": "age"})]:
        add("having %s=%r" % (lookup, value), "Author", [count_books, ["filter", q(lookup, value)], by_id], ids_of())
    add("having on the default name", "Author",
        [annotate(None, "COUNT", "books"), ["filter", q("books__count__gte", 2)], by_id], ids_of())
    add("exclude on an annotation", "Author", [count_books, ["exclude", q("n__gt", 1)], by_id], ids_of())
    total = annotate("total", "SUM", "books__rating")
    add("exclude on a nullable sum drops NULL sums", "Author", [total, ["exclude", q("total__gt", 5)], by_id], ids_of())
    add("having a NULL sum", "Author", [total, ["filter", q("total__isnull", True)], by_id], ids_of())
    add("having or a plain field", "Author",
        [count_books, ["filter", {"or": [q("n__gt", 2), q("age__isnull", True)]}], by_id], ids_of())
    add("having and a plain field in one Q", "Author",
        [count_books, ["filter", {"and": [q("n__gte", 1), q("age__gt", 30)]}], by_id], ids_of())
    add("having twice", "Author", [count_books, total, ["filter", q("n__gte", 1)], ["filter", q("total__lt", 8)], by_id],
        ["annotated", ["n", "total"]])
    # Terminal methods over annotated rows.
    add("count of annotated rows with having", "Author", [count_books, ["filter", q("n__gte", 2)]], ["count"])
    add("count of annotated rows", "Author", [count_books], ["count"])
    add("exists with having", "Author", [count_books, ["filter", q("n__gt", 5)]], ["exists"])
    add("first by annotation", "Author", [count_books, ["order_by", ["-n", "-id"]]], ["first"])
    add("values after annotate", "Author", [count_books, by_id], ["values", ["name", "n"]])
    add("all values after annotate", "Author", [count_books, ["filter", q("id__lte", 3)], by_id], ["values", []])
    add("values_list after annotate", "Author", [total, ["order_by", ["-total", "id"]]],
        ["values_list", ["id", "total"]])
    add("values_list flat of an annotation", "Author", [count_books, by_id], ["values_list_flat", "n"])
    add("annotate with select_related", "Author", [["select_related", ["country"]], count_books, by_id],
        ["annotated", ["n"]])
    add("annotate with prefetch_related", "Country", [["prefetch_related", ["authors"]],
                                                       annotate("n", "COUNT", "authors"), by_id],
        ["walk_reverse", "authors"])
    # aggregate() over annotations: a query around the grouped one.
    add("aggregate over an annotation", "Author", [count_books],
        ["aggregate", [["AVG", "n"], ["MAX", "n"], ["SUM", "n"], ["COUNT", "n"]]])
    add("aggregate a plain field after annotate", "Author", [count_books], ["aggregate", [["SUM", "age"]]])
    add("aggregate over a filtered annotation", "Author", [total, ["filter", q("total__gt", 3)]],
        ["aggregate", [["MIN", "total"], ["MAX", "total"]]])
    # values(...).annotate(...): one row per value (the kit's groupBy).
    add("group by a foreign key", "Book", [["group_by", ["author"]], annotate("n", "COUNT", "id"),
                                            ["order_by", ["author"]]], ["rows"])
    add("group by a nullable number", "Book", [["group_by", ["rating"]], annotate("n", "COUNT", "id"),
                                                annotate("pages", "SUM", "pages"), ["order_by", ["rating"]]], ["rows"])
    add("group by across two foreign keys", "Book",
        [["group_by", ["author__country__name"]], annotate("pages", "SUM", "pages"),
         ["order_by", ["author__country__name"]]], ["rows"])
    add("group by with having", "Book", [["group_by", ["author"]], annotate("n", "COUNT", "id"),
                                          ["filter", q("n__gt", 1)], ["order_by", ["author"]]], ["rows"])
    add("group by ordered by the aggregate", "Book", [["group_by", ["rating"]], annotate("n", "COUNT", "id"),
                                                       ["order_by", ["-n", "rating"]]], ["rows"])
    add("group by and order by another field groups by both", "Author",
        [["group_by", ["country"]], annotate("n", "COUNT", "books"), ["order_by", ["name"]]], ["rows"])
    add("group by two fields", "Book", [["group_by", ["author", "rating"]], annotate("n", "COUNT", "id"),
                                         ["order_by", ["author", "rating"]]], ["rows"])
    add("filter then group by", "Book", [["filter", q("pages__gt", 100)], ["group_by", ["author"]],
                                          annotate("n", "COUNT", "id"), ["order_by", ["author"]]], ["rows"])
    add("count of groups", "Book", [["group_by", ["author"]], annotate("n", "COUNT", "id")], ["count"])
    add("aggregate over groups", "Book", [["group_by", ["author"]], annotate("n", "COUNT", "id")],
        ["aggregate", [["MAX", "n"], ["AVG", "n"]]])
    add("group by a reverse relation's field", "Author", [["group_by", ["country__name"]],
                                                          annotate("n", "COUNT", "books"), ["order_by", ["country__name"]]],
        ["rows"])
    # Updates and deletes through an annotation (rolled back).
    add("delete authors with fewer than two books", "Author", [count_books, ["filter", q("n__lt", 2)]], ["delete"])
    add("update books of busy authors", "Book", [annotate("n", "COUNT", "author__books"), ["filter", q("n__gte", 3)]],
        ["update", {"rating": 1}])
    # Refused, before any SQL.
    add("annotate an unknown field", "Author", [annotate("n", "COUNT", "nope")], ids_of())
    add("annotation named like a field", "Author", [annotate("name", "COUNT", "books")], ids_of())
    add("annotation named like a reverse relation", "Author", [annotate("books", "COUNT", "books")], ids_of())
    add("a date part of a count", "Author", [count_books, ["filter", q("n__year", 2020)]], ids_of())
    add("an unknown lookup on an annotation", "Author", [count_books, ["filter", q("n__nope", 1)]], ids_of())
    add("an aggregate of an annotation", "Author", [count_books, annotate("m", "SUM", "n")], ids_of())
    add("min does not allow distinct", "Author", [annotate("m", "MIN", "books__pages", True)], ids_of())
    add("an annotation names a lookup", "Author", [annotate("m", "COUNT", "books__rating__gt")], ids_of())


def ids_of():
    return ["ids"]


def reverse_exclude_queries(add):
    """exclude() across a reverse relation that comes after foreign keys: Django's subquery."""
    by_id = ["order_by", ["id"]]
    for lookup, value in [("author__books__rating", 5), ("author__books__rating__gte", 4),
                          ("author__books__rating__isnull", True), ("author__books__rating", None),
                          ("author__books__title__icontains", "art"), ("author__books", 3),
                          ("author__books__in", [1, 2]), ("author__books__rating__in", [3, None]),
                          ("author__country__authors__age__gt", 30), ("author__country__authors__age", None),
                          ("author__country__authors__books__rating", 5),
                          ("author__books__published__year", 2020)]:
        add("exclude books whose %s=%r" % (lookup, value), "Book", [["exclude", q(lookup, value)], by_id], ["ids"])
    for lookup, value in [("country__authors__age__isnull", True), ("country__authors__name__startswith", "A"),
                          ("country__authors__books__published__year", 2020)]:
        add("exclude authors whose %s=%r" % (lookup, value), "Author", [["exclude", q(lookup, value)], by_id], ["ids"])
    add("exclude a reverse hop or a field", "Book",
        [["exclude", {"or": [q("author__books__rating", 5), q("pages__lt", 100)]}], by_id], ["ids"])
    add("not() of a reverse hop in filter", "Book",
        [["filter", {"and": [{"not": q("author__books__rating", 3)}, q("pages__gt", 100)]}], by_id], ["ids"])
    add("count excluding across a reverse hop", "Book", [["exclude", q("author__books__rating", 5)]], ["count"])
    add("delete excluding across a reverse hop", "Book", [["exclude", q("author__books__rating", 5)]], ["delete"])
    add("update excluding across two reverse hops", "Book",
        [["exclude", q("author__country__authors__age__gt", 50)]], ["update", {"rating": 8}])


def convert(value):
    if isinstance(value, dict) and "F" in value:
        from django.db.models import F
        expression = F(value["F"])
        if "op" in value:
            operand = value["value"]
            expression = {"PLUS": expression + operand, "MINUS": expression - operand,
                          "TIMES": expression * operand, "DIVIDED_BY": expression / operand}[value["op"]]
        return expression
    if isinstance(value, list):
        return [convert(v) for v in value]
    return value


def to_q(condition):
    from django.db.models import Q
    if "lookup" in condition:
        return Q(**{condition["lookup"]: convert(condition["value"])})
    if "and" in condition:
        result = Q()
        for part in condition["and"]:
            result &= to_q(part)
        return result
    if "or" in condition:
        parts = [to_q(p) for p in condition["or"]]
        result = parts[0]
        for part in parts[1:]:
            result |= part
        return result
    return ~to_q(condition["not"])


def plain(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if hasattr(value, "is_integer") and not isinstance(value, float):  # Decimal
        return float(value)
    return value


def apply(queryset, step):
    from django.db.models import F
    kind = step[0]
    if kind == "filter":
        return queryset.filter(to_q(step[1]))
    if kind == "exclude":
        return queryset.exclude(to_q(step[1]))
    if kind == "order_by":
        return queryset.order_by(*step[1])
    if kind == "order_by_terms":
        terms = []
        for field, direction, nulls in step[1]:
            options = {"first": {"nulls_first": True}, "last": {"nulls_last": True}, "default": {}}[nulls]
            terms.append(F(field).asc(**options) if direction == "asc" else F(field).desc(**options))
        return queryset.order_by(*terms)
    if kind == "slice":
        return queryset[step[1]:step[2]]
    if kind == "none":
        return queryset.none()
    if kind == "distinct":
        return queryset.distinct()
    if kind == "select_related":
        return queryset.select_related(*step[1])
    if kind == "prefetch_related":
        return queryset.prefetch_related(*step[1])
    if kind == "annotate":
        from django.db.models import Avg, Count, Max, Min, Sum
        function = {"SUM": Sum, "AVG": Avg, "MIN": Min, "MAX": Max, "COUNT": Count}[step[2]]
        options = {"distinct": True} if step[4] else {}
        if len(step) > 5:
            options["filter"] = to_q(step[5])
        aggregate = function(step[3], **options)
        return queryset.annotate(aggregate) if step[1] is None else queryset.annotate(**{step[1]: aggregate})
    if kind == "group_by":
        return queryset.values(*step[1])
    raise ValueError(kind)


def terminal(queryset, run, model):
    from django.db.models import Avg, Count, Max, Min, Sum
    kind = run[0]
    if kind == "ids":
        return [o.id for o in queryset]
    if kind == "annotated":
        return [[o.id] + [plain(getattr(o, name)) for name in run[1]] for o in queryset]
    if kind == "rows":
        return [{k: plain(v) for k, v in row.items()} for row in queryset]
    if kind == "count":
        return queryset.count()
    if kind == "exists":
        return queryset.exists()
    if kind in ("first", "last"):
        found = getattr(queryset, kind)()
        return None if found is None else found.id
    if kind == "get":
        return (queryset.get(**{run[1]: run[2]}) if len(run) > 1 else queryset.get()).id
    if kind in ("latest", "earliest"):
        return getattr(queryset, kind)(run[1]).id
    if kind == "in_bulk":
        return sorted(queryset.in_bulk(run[1]).keys())
    if kind == "values":
        return [{k: plain(v) for k, v in row.items()} for row in queryset.values(*run[1])]
    if kind == "values_list":
        return [[plain(v) for v in row] for row in queryset.values_list(*run[1])]
    if kind == "values_list_flat":
        return [plain(v) for v in queryset.values_list(run[1], flat=True)]
    if kind == "aggregate":
        functions = {"SUM": Sum, "AVG": Avg, "MIN": Min, "MAX": Max, "COUNT": Count}
        result = queryset.aggregate(*[functions[f](field) for f, field in run[1]])
        return {k: plain(v) for k, v in result.items()}
    if kind == "aggregate_filtered":
        function = {"SUM": Sum, "AVG": Avg, "MIN": Min, "MAX": Max, "COUNT": Count}[run[1]]
        # Django wants an alias for an aggregate with a filter; the kit's default key is the same name
        result = queryset.aggregate(**{run[2] + "__" + run[1].lower(): function(run[2], filter=to_q(run[3]))})
        return {k: plain(v) for k, v in result.items()}
    if kind == "update":
        changed = queryset.update(**{k: convert(v) for k, v in run[1].items()})
        return {"changed": changed, "after": [[o.id, o.pages, o.rating] for o in model.objects.order_by("id")]}
    if kind == "delete":
        deleted, per_model = queryset.delete()
        return {"deleted": deleted,
                "per_model": {label.split(".")[1]: n for label, n in sorted(per_model.items())},
                "after": {name: list(MODELS[name].objects.order_by("id").values_list("id", flat=True))
                          for name in ["Country", "Author", "Book"]}}
    if kind in ("get_or_create", "update_or_create"):
        found, created = getattr(queryset, kind)(defaults=run[2], **run[1])
        return {"id": found.id, "created": created,
                "after": [[o.id, o.title, o.pages, o.rating] for o in model.objects.order_by("id")]}
    if kind == "walk_fk":
        rows = []
        for o in queryset:
            row = [o.id]
            for path in run[1:]:
                value = o
                for attribute in path:
                    value = None if value is None else getattr(value, attribute)
                row.append(plain(value))
            rows.append(row)
        return rows
    if kind == "walk_reverse":
        return [[o.id, sorted(child.id for child in getattr(o, run[1]).all())] for o in queryset]
    raise ValueError(kind)


def outcome(error):
    from django.core.exceptions import FieldError, MultipleObjectsReturned, ObjectDoesNotExist
    if isinstance(error, ObjectDoesNotExist):
        return "DoesNotExist"
    if isinstance(error, MultipleObjectsReturned):
        return "MultipleObjectsReturned"
    if isinstance(error, AssertionError) or (isinstance(error, TypeError) and "slice" in str(error)):
        return "SlicedQuerySet"
    if isinstance(error, (FieldError, TypeError, ValueError)):
        return "RefusedQuery"
    raise error


def run_all():
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext
    models = define_models()
    MODELS.update(models)
    with connection.schema_editor() as editor:
        for name in ["Country", "Author", "Book"]:
            editor.create_model(models[name])
    for name in ["Country", "Author", "Book"]:
        for row in DATA[name]:
            values = dict(row)
            for key in ("country", "author"):
                if key in values:
                    values[key + "_id"] = values.pop(key)
            models[name].objects.create(**values)
    from django.core.management.color import no_style
    with connection.cursor() as cursor:  # rows were created with explicit ids: move each sequence past them
        for statement in connection.ops.sequence_reset_sql(no_style(), list(models.values())):
            cursor.execute(statement)
    results = []
    for query in build_queries():
        model = models[query["model"]]
        record = dict(query)
        with CaptureQueriesContext(connection) as captured:
            try:
                with transaction.atomic():
                    queryset = model.objects.all()
                    for step in query["steps"]:
                        queryset = apply(queryset, step)
                    record["result"] = terminal(queryset, query["run"], model)
                    if query.get("unordered"):
                        record["result"] = sorted(record["result"])
                    transaction.set_rollback(True)  # updates and deletes leave the dataset as it was
            except Exception as error:  # noqa: BLE001 - every refusal is part of the record
                record["error"] = outcome(error)
        # SAVEPOINT/ROLLBACK of the atomic block are not the query's statements
        record["queries"] = len([q for q in captured.captured_queries
                                 if not q["sql"].upper().startswith(("SAVEPOINT", "RELEASE", "ROLLBACK"))])
        results.append(record)
    return results


def main():
    check = "--check" in sys.argv[1:]
    setup()
    try:
        document = {
            "about": "Generated by step-04-orm/src/test/conformance/generate.py: Django "
                     + ".".join(str(p) for p in __import__("django").VERSION[:3])
                     + " on PostgreSQL. Do not edit; regenerate.",
            "data": DATA,
            "queries": run_all(),
        }
    finally:
        teardown()
    text = json.dumps(document, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
    path = os.path.normpath(OUTPUT)
    if check:
        with open(path, encoding="utf-8") as existing:
            if existing.read() != text:
                print("django-orm.json differs from what Django answers now: run generate.py without --check")
                sys.exit(1)
        print("django-orm.json matches Django (%d queries)" % len(document["queries"]))
        return
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)
    print("wrote %s (%d queries)" % (path, len(document["queries"])))


if __name__ == "__main__":
    main()

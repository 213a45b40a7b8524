#!/usr/bin/python3
"""Runs Django 3.2's Paginator over a grid of cases and writes what it answers, for PaginatorConformanceTest.

    /usr/bin/python3 step-05-mtv-app/conformance/django_paginator.py          # rewrite the JSON
    /usr/bin/python3 step-05-mtv-app/conformance/django_paginator.py --check  # fail if it differs
"""
import json
import os
import sys

import django
from django.conf import settings

settings.configure()
django.setup()
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "conformance", "paginator.json")
NUMBERS = ["1", "2", "3", "0", "-1", "99", "x", "1.5", "", " 2"]


def case(count, per_page, orphans, allow_empty):
    p = Paginator(list(range(1, count + 1)), per_page, orphans=orphans, allow_empty_first_page=allow_empty)
    result = {"count": count, "perPage": per_page, "orphans": orphans, "allowEmptyFirstPage": allow_empty,
              "numPages": p.num_pages, "pageRange": list(p.page_range), "pages": [], "numbers": {}}
    for n in p.page_range:
        page = p.page(n)
        result["pages"].append({"number": n, "objects": list(page.object_list), "hasNext": page.has_next(),
                                "hasPrevious": page.has_previous(), "hasOtherPages": page.has_other_pages(),
                                "startIndex": page.start_index(), "endIndex": page.end_index()})
    for text in NUMBERS:
        try:
            result["numbers"][text] = {"page": p.page(text).number}
        except PageNotAnInteger as e:
            result["numbers"][text] = {"error": "PageNotAnInteger", "message": str(e)}
        except EmptyPage as e:
            result["numbers"][text] = {"error": "EmptyPage", "message": str(e)}
        try:
            result["numbers"][text]["getPage"] = p.get_page(text).number
        except EmptyPage:
            result["numbers"][text]["getPage"] = "EmptyPage"   # no pages at all: even get_page fails
    return result


def generate():
    cases = [case(count, per_page, orphans, allow_empty)
             for count in (0, 1, 9, 10, 11, 23)
             for per_page in (1, 5, 10)
             for orphans in (0, 2)
             for allow_empty in (True, False)]
    return json.dumps({"django": django.get_version(), "cases": cases}, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    text = generate()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit("paginator.json differs from what Django answers: run without --check to regenerate")
        print("paginator.json matches Django " + django.get_version())
    else:
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote " + os.path.normpath(OUT))

#!/usr/bin/python3
"""Runs Django 3.2 over the cases of chapter 7's exercises 1 and 3 and writes what it answers, for
DateFormatsExerciseTest (07-date-formats) and ElidedPageRangeExerciseTest (07-elided-page-range).

    /usr/bin/python3 step-05-mtv-app/conformance/django_exercises_07.py          # rewrite the JSON
    /usr/bin/python3 step-05-mtv-app/conformance/django_exercises_07.py --check  # fail if it differs
"""
import json
import os
import sys

import django
from django.conf import settings

settings.configure()
django.setup()
from django import forms  # noqa: E402
from django.core.exceptions import ValidationError  # noqa: E402
from django.core.paginator import Paginator  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "conformance", "exercises-07.json")

# Django's month-name formats (%b %d %Y, %b %d, %Y, %d %b %Y, %d %b, %Y and the same with %B), in their cases
# and at their edges, with a few of the numeric formats the kit already reads, which must keep working.
DATES = [
    "Oct 25 2006", "Oct 25, 2006", "25 Oct 2006", "25 Oct, 2006",
    "October 25 2006", "October 25, 2006", "25 October 2006", "25 October, 2006",
    "oct 25 2006", "OCTOBER 25 2006", "Oct 5 2006", "5 Oct 2006", "Oct 05 2006", "May 1 2006", "Sep 9, 2006",
    "Feb 29 2008", "Feb 29 2007", "Feb 30 2006", "Oct 32 2006", "Oct 0 2006", "Oct 25 06", "Sept 25 2006",
    "Octo 25 2006", "Oct 25 2006 12:00", "Oct-25-2006", "25 Oct 2006,", "Oct 25,2006", "Oct  25 2006",
    "  25 October 2006  ", "October25 2006", "Jan 1 1900", "Dec 31 9999",
    "2006-10-25", "10/25/2006", "10/25/06", "2006-02-30",
]


def date_case(text):
    try:
        return {"input": text, "date": forms.DateField().clean(text).isoformat()}
    except ValidationError as e:
        return {"input": text, "error": e.messages[0]}


def elided_case(count, per_page, number, on_each_side, on_ends):
    p = Paginator(list(range(count)), per_page)
    pages = p.get_elided_page_range(number, on_each_side=on_each_side, on_ends=on_ends)
    return {"count": count, "perPage": per_page, "number": number, "onEachSide": on_each_side, "onEnds": on_ends,
            "numPages": p.num_pages, "range": [str(x) for x in pages]}


def generate():
    elided = [elided_case(count, 1, number, on_each_side, on_ends)
              for count in (1, 5, 9, 10, 11, 12, 13, 20, 50)
              for number in sorted({1, 2, 3, 4, 5, 6, 7, count // 2, count - 3, count - 2, count - 1, count})
              if 1 <= number <= count
              for on_each_side, on_ends in ((3, 2), (1, 1), (0, 0), (2, 0), (0, 3))]
    elided.append(elided_case(95, 10, 5, 3, 2))      # pages of ten: the range counts pages, not objects
    return json.dumps({"django": django.get_version(), "dates": [date_case(t) for t in DATES],
                       "elided": elided}, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    text = generate()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit("exercises-07.json differs from what Django answers: run without --check to regenerate")
        print("exercises-07.json matches Django " + django.get_version())
    else:
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote " + os.path.normpath(OUT))

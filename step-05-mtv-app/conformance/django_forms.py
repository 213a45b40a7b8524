#!/usr/bin/python3
"""Runs Django 3.2's form fields over hostile and ordinary input, and renders forms with as_p(), writing
what Django answers for FormsConformanceTest.

    /usr/bin/python3 step-05-mtv-app/conformance/django_forms.py          # rewrite the JSON
    /usr/bin/python3 step-05-mtv-app/conformance/django_forms.py --check  # fail if it differs
"""
import datetime
import decimal
import json
import os
import sys

import django
from django.conf import settings

settings.configure(USE_I18N=False)
django.setup()
from django import forms  # noqa: E402
from django.utils.datastructures import MultiValueDict  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "conformance", "forms.json")
COLORS = [("r", "Red"), ("g", "Green"), ("<b>", "Bold & <i>")]

# The same fields, under the same names, are built in Java by FormsConformanceTest.FIELDS.
FIELDS = {
    "char": lambda: forms.CharField(max_length=5, min_length=2),
    "char_optional": lambda: forms.CharField(required=False),
    "integer": lambda: forms.IntegerField(min_value=-10, max_value=100),
    "integer_optional": lambda: forms.IntegerField(required=False),
    "decimal": lambda: forms.DecimalField(max_digits=5, decimal_places=2),
    "decimal_bounds": lambda: forms.DecimalField(min_value=decimal.Decimal("0"), max_value=decimal.Decimal("10")),
    "boolean": lambda: forms.BooleanField(required=False),
    "boolean_required": lambda: forms.BooleanField(),
    "choice": lambda: forms.ChoiceField(choices=COLORS),
    "multiple": lambda: forms.MultipleChoiceField(choices=COLORS),
    "date": lambda: forms.DateField(),
    "datetime": lambda: forms.DateTimeField(),
    "email": lambda: forms.EmailField(),
    "url": lambda: forms.URLField(),
}

TEXTS = ["", " ", "a", "ab", "abcde", "abcdef", " ab ", "a\x00b", "<script>", "été", "日本語", "😀😀", "x" * 300]
INPUTS = {
    "char": TEXTS, "char_optional": TEXTS,
    "integer": ["0", "42", " 7 ", "-10", "-11", "100", "101", "+5", "5.0", "5.00 ", "5.5", "1e3", "0x10", "1_000",
                "abc", "", " ", "٣", "99999999999999999999", "--1", "1 2"],
    "integer_optional": ["", "12", "x"],
    "decimal": ["1", "1.5", "123.45", "1234.5", "123.456", "0.001", "-99.99", "1e2", "1E-2", ".5", "5.", "NaN",
                "Infinity", "abc", "", "+3.14", "00001.10", "1,5"],
    "decimal_bounds": ["-0.01", "0", "10", "10.001", "5"],
    "boolean": ["on", "true", "True", "false", "False", "0", "1", "", "no"],
    "boolean_required": ["on", "false", ""],
    "choice": ["r", "g", "b", "<b>", "", "R"],
    "date": ["2006-10-25", "10/25/2006", "10/25/06", "10/25/69", "2006-2-3", "2006-02-30", "2006-13-01",
             "25/10/2006", "tomorrow", "", " 2006-10-25 ", "2006-10-25T14:30"],
    "datetime": ["2006-10-25 14:30:59", "2006-10-25 14:30:59.000200", "2006-10-25 14:30", "2006-10-25",
                 "10/25/2006 14:30:59", "10/25/2006 14:30", "10/25/06 14:30", "2006-10-25T14:30:59",
                 "2006-10-25T14:30:59.123456789", "2006-10-25 25:00", "2006-10-25 14:61", "later", ""],
    "email": ["a@example.com", "first.last@sub.example.org", "a@localhost", "a@[127.0.0.1]", "a@[::1]",
              "a@[999.1.1.1]", "no-at-sign", "@example.com", "a@", "a@b", "a@example.c", "a b@example.com",
              "\"quoted\"@example.com", "a@ex-ample.com", "a@-example.com", "a@xn--bcher-kva.ch", "a@bücher.ch",
              "a..b@example.com", ""],
    "url": ["http://example.com", "https://example.com/path?q=1#frag", "example.com", "www.example.com/x",
            "ftp://files.example.org", "http://localhost:8000/", "http://127.0.0.1/", "http://[::1]:80/",
            "http://256.1.1.1/", "javascript:alert(1)", "mailto:a@example.com", "http://", "http://-bad.com",
            "http://exa mple.com", "HTTP://EXAMPLE.COM", "http://user:pass@example.com", "//example.com",
            "http://例子.测试", "not a url", ""],
}


def shown(value):
    """The cleaned value as text, written the same way by the Java test."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, list):
        return ",".join(value)
    return str(value)


def run_field(name, values):
    class OneField(forms.Form):
        pass
    OneField.base_fields["f"] = FIELDS[name]()
    form = OneField(MultiValueDict({"f": values}) if values is not None else MultiValueDict())
    if form.is_valid():
        return {"value": shown(form.cleaned_data["f"])}
    return {"errors": form.errors["f"]}


class Profile(forms.Form):
    """Built the same way in Java by FormsConformanceTest.Profile."""
    subject = forms.CharField(max_length=100, help_text="Short and sweet")
    age = forms.IntegerField(min_value=0, required=False, initial=3)
    price = forms.DecimalField(max_digits=5, decimal_places=2, required=False)
    color = forms.ChoiceField(choices=COLORS)
    tags = forms.MultipleChoiceField(choices=COLORS)
    ok = forms.BooleanField(required=False)
    when = forms.DateField(initial=datetime.date(2020, 1, 2))
    email = forms.EmailField(label="Your e-mail?")
    site = forms.URLField(required=False)

    def clean(self):
        if self.cleaned_data.get("subject") == "spam":
            raise forms.ValidationError("No <spam>, thanks.")


def generate():
    cases = []
    for name, inputs in INPUTS.items():
        for text in inputs:
            cases.append({"field": name, "input": [text], "result": run_field(name, [text])})
        cases.append({"field": name, "input": None, "result": run_field(name, None)})
    cases.append({"field": "multiple", "input": ["r", "g"], "result": run_field("multiple", ["r", "g"])})
    cases.append({"field": "multiple", "input": ["r", "x"], "result": run_field("multiple", ["r", "x"])})
    cases.append({"field": "char", "input": ["first", "last"], "result": run_field("char", ["first", "last"])})
    hostile = MultiValueDict({"subject": ["<b>x</b> \"q\""], "age": ["-1"], "color": ["<b>"], "tags": ["r", "g"],
                              "ok": ["on"], "when": ["2020-01-02"], "email": ["bad"], "site": ["javascript:x"]})
    spam = MultiValueDict({"subject": ["spam"], "color": ["r"], "tags": ["r"], "when": ["2020-01-02"],
                           "email": ["a@example.com"]})
    renders = {"unbound": Profile().as_p(), "hostile": Profile(hostile).as_p(), "spam": Profile(spam).as_p(),
               "empty": Profile(MultiValueDict()).as_p()}
    return json.dumps({"django": django.get_version(), "fields": cases, "renders": renders},
                      indent=1, sort_keys=True, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    text = generate()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit("forms.json differs from what Django answers: run without --check to regenerate")
        print("forms.json matches Django " + django.get_version())
    else:
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote " + os.path.normpath(OUT))

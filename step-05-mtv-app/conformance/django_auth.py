#!/usr/bin/python3
"""Runs Django 3.2's password hasher and its open-redirect check, for AuthConformanceTest.

    /usr/bin/python3 step-05-mtv-app/conformance/django_auth.py          # rewrite auth.json
    /usr/bin/python3 step-05-mtv-app/conformance/django_auth.py --check  # fail if it differs, and check
                                                                         # that Django accepts the kit's hashes

The other direction: kit_hashes.json holds hashes the kit wrote (AuthConformanceTest proves that the kit
writes exactly these); --check asks Django's check_password to accept each with its password.
"""
import json
import os
import sys

import django
from django.conf import settings

settings.configure(PASSWORD_HASHERS=["django.contrib.auth.hashers.PBKDF2PasswordHasher"], ALLOWED_HOSTS=["testserver"])
django.setup()
from django.contrib.auth.hashers import check_password, make_password  # noqa: E402
from django.utils.http import url_has_allowed_host_and_scheme  # noqa: E402

HERE = os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "conformance")
OUT = os.path.join(HERE, "auth.json")
KIT = os.path.join(HERE, "kit_hashes.json")

PASSWORDS = ["", "password", "correct horse battery staple", "пароль", "密码", "emoji 😀", "tab\tand\nnewline",
             "x" * 200, "quote\"back\\slash"]
SALTS = ["seasalt", "abcdefghijklmnopqrstuv", "Z9"]
URLS = ["/", "/polls/", "/polls/?page=2", "polls/", "//evil.com", "///evil.com", "\\\\evil.com", "/\\evil.com",
        "\\/evil.com", "http://evil.com", "https://evil.com/", "http://testserver/ok/", "https://testserver/ok/",
        "ftp://testserver/", "javascript:alert(1)", "http:///evil.com", "http:\\\\evil.com", " /ok/", "/ok/\n",
        "\x08//evil.com", "//testserver/ok/", "http://testserver:8000/", "HTTP://testserver/", "", "?next=/x/",
        "#frag", "http:/evil.com", "/%2F/evil.com", "//evil.com@testserver/", "http://evil.com@testserver/"]


def generate():
    hashes = []
    for password in PASSWORDS:
        for salt in SALTS:
            hashes.append({"password": password, "salt": salt, "iterations": 260000,
                           "encoded": make_password(password, salt, "pbkdf2_sha256")})
    redirects = [{"url": url, "allowed": url_has_allowed_host_and_scheme(url, allowed_hosts={"testserver"})}
                 for url in URLS]
    return json.dumps({"django": django.get_version(), "hashes": hashes, "redirects": redirects},
                      indent=1, sort_keys=True, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    text = generate()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit("auth.json differs from what Django answers: run without --check to regenerate")
        with open(KIT, encoding="utf-8") as f:
            for written in json.load(f)["hashes"]:
                if not check_password(written["password"], written["encoded"]):
                    sys.exit("Django refuses a hash the kit wrote: " + written["encoded"])
                if check_password(written["password"] + "x", written["encoded"]):
                    sys.exit("Django accepts a wrong password for " + written["encoded"])
        print("auth.json matches Django " + django.get_version() + ", and Django accepts every hash the kit wrote")
    else:
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote " + os.path.normpath(OUT))

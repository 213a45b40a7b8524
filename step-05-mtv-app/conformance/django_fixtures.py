#!/usr/bin/python3
"""Fixtures written and read by Django 3.2 itself, for the kit's fixture tests.

Builds the polls app of Django's tutorial (part 2's models, unchanged) in a throwaway project on SQLite,
saves a few questions and choices (non-ASCII text, quotes, a timestamp with microseconds), and writes them
with Django's own ``dumpdata polls --indent 2`` to ``src/test/resources/fixtures/django-polls.json``. The kit
must load that file unchanged, and its own ``dumpdata polls --indent 2`` must write it back byte for byte
(``FixturesDjangoFormatTest``).

``--check`` regenerates the file and fails if it differs from the committed one; then it loads, with Django's
``loaddata``, the file the kit's ``dumpdata`` wrote from the demo questions
(``src/test/resources/fixtures/kit-dumpdata-demo.json``, pinned by the same JUnit test), and dumps it again with
Django: the two must be equal, which proves that what the kit writes is what Django reads.

Run it with Debian's Django 3.2:  /usr/bin/python3 step-05-mtv-app/conformance/django_fixtures.py [--check]
"""
import datetime
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "src", "test", "resources", "fixtures")
DJANGO_FILE = os.path.join(FIXTURES, "django-polls.json")
KIT_FILE = os.path.join(FIXTURES, "kit-dumpdata-demo.json")

MODELS = '''
from django.db import models


class Question(models.Model):
    question_text = models.CharField(max_length=200)
    pub_date = models.DateTimeField('date published')


class Choice(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE)
    choice_text = models.CharField(max_length=200)
    votes = models.IntegerField(default=0)
'''


def setup(work):
    app = os.path.join(work, "polls")
    os.makedirs(app)
    open(os.path.join(app, "__init__.py"), "w").close()
    with open(os.path.join(app, "models.py"), "w") as f:
        f.write(MODELS)
    sys.path.insert(0, work)
    import django
    from django.conf import settings
    settings.configure(
        INSTALLED_APPS=["polls"],
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(work, "db.sqlite3")}},
        USE_TZ=True,
        TIME_ZONE="UTC",
        DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    )
    django.setup()
    from django.core.management import call_command
    call_command("migrate", run_syncdb=True, verbosity=0)


def populate():
    from polls.models import Choice, Question
    utc = datetime.timezone.utc
    q1 = Question.objects.create(question_text="What's new?",
                                 pub_date=datetime.datetime(2021, 4, 1, 12, 0, tzinfo=utc))
    q2 = Question.objects.create(question_text='Café, "quotes" and a \\ backslash: which one?',
                                 pub_date=datetime.datetime(2021, 4, 2, 8, 30, 15, 123456, tzinfo=utc))
    Choice.objects.create(question=q1, choice_text="Not much", votes=3)
    Choice.objects.create(question=q1, choice_text="The sky", votes=0)
    Choice.objects.create(question=q2, choice_text="Ünïcödé", votes=42)


def dump(path):
    from django.core.management import call_command
    call_command("dumpdata", "polls", indent=2, output=path, verbosity=0)
    with open(path, encoding="utf-8") as f:
        return f.read()


def main():
    check = "--check" in sys.argv[1:]
    with tempfile.TemporaryDirectory() as work:
        setup(work)
        populate()
        generated = dump(os.path.join(work, "django-polls.json"))
        if not check:
            with open(DJANGO_FILE, "w", encoding="utf-8") as f:
                f.write(generated)
            print("wrote", os.path.relpath(DJANGO_FILE))
            return 0
        with open(DJANGO_FILE, encoding="utf-8") as f:
            committed = f.read()
        if committed != generated:
            print("FAIL: django-polls.json differs from what Django writes now; rerun without --check")
            return 1
        from django.core.management import call_command
        call_command("flush", interactive=False, verbosity=0)
        call_command("loaddata", KIT_FILE, verbosity=0)
        again = dump(os.path.join(work, "again.json"))
        with open(KIT_FILE, encoding="utf-8") as f:
            kit = f.read()
        if again != kit:
            print("FAIL: Django loaded the kit's dumpdata output but dumps it differently:")
            print(again)
            return 1
        from polls.models import Choice, Question
        print("OK: django-polls.json is what Django writes; Django loaded the kit's dumpdata output"
              " (%d questions, %d choices) and writes it back unchanged" % (Question.objects.count(), Choice.objects.count()))
        return 0


if __name__ == "__main__":
    sys.exit(main())

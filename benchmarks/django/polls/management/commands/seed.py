"""Loads the benchmark's questions: the same texts and dates as the kit's PollsDatabase.seeded."""
from datetime import datetime, timedelta, timezone

from django.core.management.base import BaseCommand

from polls.models import Choice, Question

PUBLISHED = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)


class Command(BaseCommand):
    help = "Creates QUESTIONS questions of CHOICES choices each."

    def add_arguments(self, parser):
        parser.add_argument("questions", type=int)
        parser.add_argument("choices", type=int)

    def handle(self, *args, **options):
        for q in range(1, options["questions"] + 1):
            question = Question.objects.create(question_text=f"Question {q}: tabs or <spaces>?",
                                               pub_date=PUBLISHED - timedelta(seconds=q))
            for c in range(1, options["choices"] + 1):
                Choice.objects.create(question=question, choice_text=f"Choice {c} of {q} & more")

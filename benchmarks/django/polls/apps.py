from django.apps import AppConfig
from django.db.backends.signals import connection_created


def _wal(sender, connection, **kwargs):
    # Readers do not wait for a writer in WAL mode, as they do not in H2 (MVCC).
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode=WAL")


class PollsConfig(AppConfig):
    name = "polls"

    def ready(self):
        connection_created.connect(_wal)

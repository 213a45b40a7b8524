"""The polls tutorial's project, as a production site runs it: DEBUG off, CSRF and CommonMiddleware
(append-slash) on, as the kit's project has them. The database is one SQLite file, named by
MTVKIT_DJANGO_DB (the benchmark puts it in /dev/shm, in memory, like the kit's H2)."""
import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECRET_KEY = "benchmark-only-not-a-secret"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = ["polls.apps.PollsConfig"]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
]
ROOT_URLCONF = "mysite.urls"
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [],
    "APP_DIRS": True,
    "OPTIONS": {"context_processors": []},
}]
WSGI_APPLICATION = "mysite.wsgi.application"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("MTVKIT_DJANGO_DB", os.path.join(BASE_DIR, "db.sqlite3")),
        "OPTIONS": {"timeout": 30},   # concurrent votes wait for the write lock instead of failing
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
USE_TZ = True
TIME_ZONE = "UTC"
STATIC_URL = "/static/"
LOGGING = {"version": 1, "disable_existing_loggers": True}

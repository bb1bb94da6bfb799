import os

from django.core.wsgi import get_wsgi_application

from cooperation.startup import require_secret_key  # reads settings lazily, when called

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cooperation.settings")

application = get_wsgi_application()
require_secret_key()

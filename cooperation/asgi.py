import os

from django.core.asgi import get_asgi_application

from cooperation.startup import require_secret_key  # reads settings lazily, when called

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cooperation.settings")

application = get_asgi_application()
require_secret_key()

from django.conf import settings
from django.utils import translation


class PreferredLanguageMiddleware:
    """Indonesian unless the user picked another language (the set_language cookie).

    Django's LocaleMiddleware would follow the browser's Accept-Language, and bureau staff
    often run English-language browsers; the product speaks Indonesian first.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.available = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        code = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if code not in self.available:
            code = settings.LANGUAGE_CODE
        translation.activate(code)
        request.LANGUAGE_CODE = code
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", code)
        response.headers.setdefault("Vary", "Cookie")
        return response

from django.conf import settings
from django.core.exceptions import BadRequest
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


class RejectNulMiddleware:
    """400 for a NUL character anywhere in the path or the query string.

    PostgreSQL cannot store or compare text containing NUL, so ``/provinces/%00/`` reached the
    database and failed with a 500. No address or filter of the application has a use for it;
    form fields already refuse it (Django's ProhibitNullCharactersValidator).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            raise BadRequest("NUL character in the request address")
        return self.get_response(request)

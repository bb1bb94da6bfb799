"""The login view: back to the page the user wanted, never to an action endpoint."""

from django.contrib.auth import views as auth_views

from agreements.accounts import PREVIOUS_LOGIN_KEY

# Addresses that only answer a POST of a form; after a login, going "back" to one of them shows
# nothing useful (set_language on a GET just bounces to the referring login page).
ACTION_PREFIXES = ("/i18n/", "/accounts/logout/")


class LoginView(auth_views.LoginView):
    redirect_authenticated_user = True

    def form_valid(self, form):
        # Logging in overwrites last_login; keep the previous one for "since your last visit".
        previous = form.get_user().last_login
        response = super().form_valid(form)
        if previous is not None:
            self.request.session[PREVIOUS_LOGIN_KEY] = previous.isoformat()
        return response

    def get_redirect_url(self):
        url = super().get_redirect_url()
        if url.startswith(ACTION_PREFIXES):
            return ""
        return url

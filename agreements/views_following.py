"""Following, notifications, the calendar feed and the unsubscribe link.

Every write is a small POST-only view on the signed-in user's own rows; the feed and the
unsubscribe link work without a login, each behind its own secret.
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_not_required, permission_required
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from agreements.calendar_feed import calendar_feed
from agreements.models import Agreement, Province, ReminderProfile, Sector
from agreements.selectors import following as reads
from agreements.services import following as writes

VIEW = "agreements.view_agreement"
TARGET_MODELS = {"agreement": Agreement, "province": Province, "sector": Sector}


class ProfileForm(forms.Form):
    language = forms.ChoiceField(label=gettext_lazy("Bahasa surel dan kalender"), choices=[])
    email_enabled = forms.BooleanField(label=gettext_lazy("Kirim surel pengingat"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = settings.LANGUAGES


def _back(request, fallback: str):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(fallback)


@require_POST
@permission_required(VIEW, raise_exception=True)
def follow_toggle(request):
    target = request.POST.get("target", "")
    model = TARGET_MODELS.get(target)
    key = request.POST.get("key", "")
    if model is None or not key or (target == "agreement" and not key.isdigit()):
        return HttpResponseBadRequest(_("Tidak jelas apa yang hendak diikuti."))
    obj = get_object_or_404(model, pk=key)
    follow = request.POST.get("follow") == "1"
    writes.follow_set(
        user=request.user, target=target, key=obj.pk, follow=follow, language=request.LANGUAGE_CODE
    )
    if follow:
        messages.success(request, _("Anda mengikuti %(name)s.") % {"name": obj})
    else:
        messages.success(request, _("Anda berhenti mengikuti %(name)s.") % {"name": obj})
    return _back(request, reverse("agreements:following"))


@require_GET
@permission_required(VIEW, raise_exception=True)
def following_page(request):
    profile = reads.profile_or_none(request.user.pk)
    form = ProfileForm(
        initial={
            "language": profile.language if profile else request.LANGUAGE_CODE,
            "email_enabled": profile.email_enabled if profile else True,
        }
    )
    calendar_url = None
    if profile is not None:
        calendar_url = request.build_absolute_uri(
            reverse("agreements:calendar", args=[profile.calendar_token])
        )
    context = {
        "follows": reads.follows_of(request.user.pk),
        "profile": profile,
        "form": form,
        "calendar_url": calendar_url,
        "notice_days": settings.REMINDER_NOTICE_DAYS,
        "dprd_days": settings.DPRD_RESPONSE_DAYS,
        "pks_months": settings.PKS_FOLLOW_UP_MONTHS,
    }
    return render(request, "following/following.html", context)


@require_POST
@permission_required(VIEW, raise_exception=True)
def profile_update(request):
    form = ProfileForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Pilihan tidak sah; tidak ada yang diubah."))
        return redirect("agreements:following")
    writes.profile_update(
        user=request.user,
        language=form.cleaned_data["language"],
        email_enabled=form.cleaned_data["email_enabled"],
    )
    messages.success(request, _("Pengaturan pengingat disimpan."))
    return redirect("agreements:following")


@require_POST
@permission_required(VIEW, raise_exception=True)
def calendar_renew(request):
    writes.calendar_token_renew(user=request.user)
    messages.success(request, _("Alamat kalender baru dibuat; alamat lama tidak berlaku lagi."))
    return redirect("agreements:following")


@require_GET
@permission_required(VIEW, raise_exception=True)
def notifications_page(request):
    context = {"reminders": reads.reminders_of(request.user.pk)[:200]}
    return render(request, "following/notifications.html", context)


@require_POST
@permission_required(VIEW, raise_exception=True)
def notifications_read(request):
    reminder_id = request.POST.get("reminder", "")
    writes.reminders_mark_read(
        user=request.user, reminder_id=int(reminder_id) if reminder_id.isdigit() else None
    )
    return redirect("agreements:notifications")


@require_POST
@permission_required(VIEW, raise_exception=True)
def notification_snooze(request, pk: int):
    if not writes.reminder_snooze(user=request.user, reminder_id=pk):
        raise Http404
    messages.success(request, _("Kami akan mengingatkan lagi minggu depan."))
    return redirect("agreements:notifications")


@login_not_required
@require_GET
def calendar(request, token: str):
    profile = ReminderProfile.objects.filter(calendar_token=token).select_related("user").first()
    if profile is None or not profile.user.is_active or not profile.user.has_perm(VIEW):
        raise Http404
    body = calendar_feed(user_id=profile.user_id, language=profile.language)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="kerja-sama.ics"'
    response["Cache-Control"] = "private, max-age=900"
    return response


# The link in a mail works without a login; a one-click POST from the mail client (RFC 8058)
# carries no CSRF token, and the signed token is what authorises it.
@login_not_required
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    user_id = writes.unsubscribe_user_id(token)
    if user_id is None or not get_user_model().objects.filter(pk=user_id).exists():
        raise Http404
    if request.method == "POST":
        writes.unsubscribe(user_id=user_id)
        return render(request, "following/unsubscribe.html", {"done": True})
    return render(request, "following/unsubscribe.html", {"done": False})

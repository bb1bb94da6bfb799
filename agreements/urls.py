from django.urls import path

from agreements import (
    followup_views,
    region_views,
    views,
    views_exports,
    views_following,
    views_reports,
)

app_name = "agreements"

urlpatterns = [
    path("", views.home, name="home"),
    path("map/", views.map_view, name="map"),
    path("network/", views.network_view, name="network"),
    path("provinces/<str:code>/", views.province_detail, name="province"),
    path("provinces/<str:code>/<str:partner>/", views.province_pair, name="pair"),
    # Any region by its Kemendagri code, with the dot: /regions/32.73/ (CONTRACT).
    path("regions/<str:code>/", region_views.region_detail, name="region"),
    path("sectors/<slug:code>/", views.sector_detail, name="sector"),
    path("agreements/", views.AgreementListView.as_view(), name="list"),
    path("agreements/export/", views.agreement_export, name="export"),
    path("agreements/<int:pk>/", views.agreement_detail, name="detail"),
    path("agreements/<int:pk>/history/", views.agreement_history, name="history"),
    path("agreements/<int:pk>/actions/add/", followup_views.action_add, name="action_add"),
    path("agreements/<int:pk>/activities/add/", followup_views.activity_add, name="activity_add"),
    path(
        "agreements/<int:pk>/activities/<int:activity_id>/",
        followup_views.activity_edit,
        name="activity_edit",
    ),
    path("agreements/<int:pk>/reports/add/", followup_views.report_add, name="report_add"),
    path("completeness/", followup_views.completeness, name="completeness"),
    path("articles/", views.ArticleListView.as_view(), name="articles"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path(
        "agreements/<int:pk>/documents/<int:document_id>/",
        views.document_download,
        name="document",
    ),
    path("following/", views_following.following_page, name="following"),
    path("following/toggle/", views_following.follow_toggle, name="follow"),
    path("following/settings/", views_following.profile_update, name="following_settings"),
    path("following/calendar/renew/", views_following.calendar_renew, name="calendar_renew"),
    path("notifications/", views_following.notifications_page, name="notifications"),
    path("notifications/read/", views_following.notifications_read, name="notifications_read"),
    path(
        "notifications/<int:pk>/snooze/",
        views_following.notification_snooze,
        name="notification_snooze",
    ),
    path("calendar/<str:token>.ics", views_following.calendar, name="calendar"),
    path("unsubscribe/<str:token>/", views_following.unsubscribe, name="unsubscribe"),
    path("exports/", views_exports.exports_page, name="exports"),
    path("exports/new/", views_exports.export_prepare, name="export_prepare"),
    path("exports/<int:pk>/download/", views_exports.export_download, name="export_download"),
    path("reports/", views_reports.reports_page, name="reports"),
    path("reports/<int:pk>/download/", views_reports.report_download, name="report_download"),
]

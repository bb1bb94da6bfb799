from django.urls import path

from agreements.demo.feed import views

app_name = "demo_feed"

urlpatterns = [
    path("rss.xml", views.rss, name="rss"),
    path("articles/<slug:slug>/", views.article, name="article"),
]

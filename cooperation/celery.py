"""The Celery application: JSON only, bounded tasks, schedules kept in the database."""

import os

from celery import Celery, signals
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cooperation.settings")

app = Celery("cooperation", include=["cooperation.heartbeat"])
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.update(
    accept_content=["json"],
    task_serializer="json",
    result_serializer="json",
    timezone="Asia/Jakarta",
    enable_utc=True,
    task_ignore_result=True,
    # A task that hangs (a slow site, a stuck parser) is cut off instead of blocking a worker.
    task_soft_time_limit=120,
    task_time_limit=180,
    worker_prefetch_multiplier=1,
    worker_max_tasks_per_child=200,
    broker_connection_retry_on_startup=True,
    beat_scheduler="django_celery_beat.schedulers:DatabaseScheduler",
    beat_schedule={
        "worker-heartbeat": {"task": "cooperation.record_heartbeat", "schedule": 60.0},
        # Uploads kept across a form error whose signed reference has expired.
        "prune-held-uploads": {
            "task": "agreements.tasks.prune_held_uploads",
            "schedule": 6 * 3600.0,
        },
        # Background exports older than EXPORT_JOB_RETENTION_DAYS, with their files.
        "prune-export-jobs": {
            "task": "agreements.tasks.prune_export_jobs",
            "schedule": crontab(hour=3, minute=40),
        },
        # The lists' change log beyond what their cached ids can still ask about.
        "prune-list-changes": {
            "task": "agreements.tasks.prune_list_changes",
            "schedule": crontab(hour=3, minute=50),
        },
        # One digest a day, early in the Jakarta morning (the app's timezone above).
        "send-reminders": {
            "task": "agreements.tasks.send_reminders",
            "schedule": crontab(hour=6, minute=30),
        },
        # The open dataset at 02:15 Jakarta time, after the day's edits.
        "open-dataset": {
            "task": "agreements.tasks.open_dataset_write",
            "schedule": crontab(hour=2, minute=15),
        },
    },
)
app.autodiscover_tasks()


def _require_secret_key(**_kwargs) -> None:
    from cooperation.startup import require_secret_key

    require_secret_key()


def _ensure_embedded_broker(**_kwargs) -> None:
    from django.conf import settings

    if settings.CELERY_EMBEDDED_BROKER:
        from cooperation import embedded

        embedded.ensure_redis()


# With the embedded default, Redis starts when a worker or beat starts or a task is sent.
signals.worker_init.connect(_require_secret_key, weak=False)
signals.beat_init.connect(_require_secret_key, weak=False)
signals.worker_init.connect(_ensure_embedded_broker, weak=False)
signals.beat_init.connect(_ensure_embedded_broker, weak=False)
signals.before_task_publish.connect(_ensure_embedded_broker, weak=False)

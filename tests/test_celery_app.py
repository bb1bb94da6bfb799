"""The Celery app's configuration as beat and the workers will see it."""

from cooperation.celery import app


def test_every_task_has_a_soft_limit_below_its_hard_limit():
    # Celery refuses to send a task whose soft limit exceeds its hard limit, and beat would
    # then fail that schedule every time.
    app.loader.import_default_modules()
    conf = app.conf
    tasks = {name: task for name, task in app.tasks.items() if not name.startswith("celery.")}
    assert "cooperation.record_heartbeat" in tasks
    for name, task in tasks.items():
        soft = task.soft_time_limit or conf.task_soft_time_limit
        hard = task.time_limit or conf.task_time_limit
        assert soft and hard and soft <= hard, name


def test_beat_schedules_the_worker_heartbeat_every_minute():
    entry = app.conf.beat_schedule["worker-heartbeat"]
    assert entry["task"] == "cooperation.record_heartbeat"
    assert entry["schedule"] == 60.0


def test_only_json_crosses_the_broker():
    assert app.conf.accept_content == ["json"]
    assert app.conf.task_serializer == "json"

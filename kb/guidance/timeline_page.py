"""The "When did it happen?" form on a procedure page, its timeline and the .ics export.

The start time can identify a case. It travels only in the query string of the reader's
own GET request: nothing here stores or logs it, responses that carry it are marked
``no-store`` and send no referrer, and a bad value gets the form back (status 200), so no
error logger sees the URL either."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils import dateformat, timezone, translation
from django.utils.http import urlencode
from django.utils.text import slugify
from django.utils.translation import gettext as _

from . import deadlines
from .choices import Actor

if TYPE_CHECKING:
    from .models import ProcedurePage

ICS_FORMAT = "ics"


@dataclass
class TimelineForm:
    date: str
    time: str
    submitted: bool = False
    error: str = ""
    start: dt.datetime | None = None
    entries: list[EntryView] = field(default_factory=list)

    @property
    def query(self) -> str:
        return urlencode({"date": self.date, "time": self.time})

    @property
    def start_text(self) -> str:
        return display(self.start) if self.start else ""

    @property
    def ics_query(self) -> str:
        return urlencode({"date": self.date, "time": self.time, "format": ICS_FORMAT})


def read_form(page: ProcedurePage, params: QueryDict, now: dt.datetime) -> TimelineForm:
    """The form from GET parameters (``date`` + ``time``, or ``start`` in ISO 8601); empty
    fields default to ``now`` in Europe/Prague."""
    local_now = now.astimezone(deadlines.PRAGUE)
    start_text = (params.get("start") or "").strip()
    date_text = (params.get("date") or "").strip()
    time_text = (params.get("time") or "").strip()
    form = TimelineForm(
        date=date_text or local_now.strftime("%Y-%m-%d"),
        time=time_text or local_now.strftime("%H:%M"),
        submitted=bool(start_text or date_text),
    )
    if not form.submitted:
        return form
    try:
        if start_text:
            form.start = deadlines.parse_iso_start(start_text)
            form.date = form.start.strftime("%Y-%m-%d")
            form.time = form.start.strftime("%H:%M")
        else:
            form.start = deadlines.parse_start(date_text, time_text)
    except ValueError:
        form.error = _("Enter the date as YYYY-MM-DD and the time as HH:MM.")
        return form
    try:
        form.entries = [_view(entry) for entry in page.timeline(form.start, now)]
    except deadlines.TimelineError:
        form.error = _("This procedure's time limits cannot be computed; please tell the editors.")
    return form


@dataclass
class EntryView:
    entry: deadlines.Deadline
    actor: str
    due_text: str
    due_iso: str
    moved_text: str

    def __getattr__(self, name: str) -> Any:
        return getattr(self.entry, name)


def display(moment: dt.datetime) -> str:
    """A due moment as the reader sees it, in the active language, Europe/Prague time."""
    pattern = _("l j F Y, H:i")  # a date format: translators may reorder it
    return dateformat.format(moment.astimezone(deadlines.PRAGUE), pattern)


def _view(entry: deadlines.Deadline) -> EntryView:
    actor = entry.step.get("actor") or ""
    moved = ""
    if entry.moved_from:
        pattern = _("l j F Y")
        moved = dateformat.format(entry.moved_from, pattern)
    return EntryView(
        entry=entry,
        actor=str(Actor(actor).label) if actor in Actor.values else actor,
        due_text=display(entry.due_at) if entry.due_at else "",
        due_iso=entry.due_at.isoformat() if entry.due_at else "",
        moved_text=moved,
    )


def private(response: HttpResponse) -> HttpResponse:
    """No cache keeps, and no link leaks, a response that carries a case's start time."""
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response


# --- iCalendar --------------------------------------------------------------------------


def ics(page: ProcedurePage, form: TimelineForm) -> bytes:
    """One VEVENT per dated deadline, with an alarm a day before (or at the start when the
    deadline is closer). Built with ``icalendar``; nothing is stored."""
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//Intervention Centre Prague//Deadline timeline//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", page.title)
    stamp = timezone.now().astimezone(dt.UTC).replace(microsecond=0)
    for view in form.entries:
        entry = view.entry
        if entry.due_at is None or form.start is None:
            continue
        step = entry.step
        basis = "; ".join(
            f"{ref.citation} {ref.short_title}".strip()
            for ref in step.get("legal_basis") or []
            if ref is not None
        )
        event = Event()
        # Deterministic per page, step and moment: re-importing replaces, and the uid says
        # nothing about who asked.
        event.add("uid", f"{page.pk}-{entry.position}-{int(entry.due_at.timestamp())}@kb")
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.due_at.astimezone(dt.UTC))
        event.add("dtend", entry.due_at.astimezone(dt.UTC))
        event.add("transp", "TRANSPARENT")
        summary = f"{entry.position}. {step.get('title') or ''} – {view.actor}"
        if entry.needs_verification:
            summary += f" ({_('needs verification')})"
        event.add("summary", summary)
        lines = [entry.rule]
        if basis:
            lines.append(_("Legal basis: %(basis)s") % {"basis": basis})
        if entry.needs_verification:
            lines.append(_("This time limit needs verification against the current Act."))
        event.add("description", "\n".join(line for line in lines if line))
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        before = min(
            dt.timedelta(hours=24),
            entry.due_at.astimezone(dt.UTC) - form.start.astimezone(dt.UTC),
        )
        alarm.add("trigger", -before if before > dt.timedelta(0) else dt.timedelta(0))
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()


def ics_response(page: ProcedurePage, form: TimelineForm) -> HttpResponse:
    response = HttpResponse(ics(page, form), content_type="text/calendar; charset=utf-8")
    name = slugify(page.slug) or "timeline"
    response["Content-Disposition"] = f'attachment; filename="{name}-timeline.ics"'
    return private(response)


def handle(page: ProcedurePage, request: HttpRequest) -> tuple[TimelineForm, HttpResponse | None]:
    """The page's form read from the request, and the .ics response when one was asked
    for (None otherwise)."""
    with translation.override(page.locale.language_code):
        form = read_form(page, request.GET, timezone.now())
        if request.GET.get("format") == ICS_FORMAT and form.entries and not form.error:
            return form, ics_response(page, form)
    return form, None

"""A procedure's timeline: the concrete due moment of every step for a given start.

The start can identify a case: nothing here logs or stores it, and a response with a
timeline is marked no-store so no shared cache keeps it."""

from typing import Any, NamedTuple

import graphene
from django.utils import timezone, translation
from graphql import GraphQLResolveInfo

from kb.guidance import deadlines
from kb.guidance.choices import Counting as CountingChoices

from ..core.enums import choices_enum, described_enum
from ..errors import BAD_USER_INPUT, ApiError

Counting = choices_enum(CountingChoices, description="How a time limit is counted.")
DeadlineStatus = described_enum(
    "DeadlineStatus",
    {
        "PASSED": (deadlines.Status.PASSED, "The due moment is before now."),
        "DUE_SOON": (deadlines.Status.DUE_SOON, "Due within the next 24 hours."),
        "LATER": (deadlines.Status.LATER, "Due more than 24 hours from now."),
        "UNDATED": (
            deadlines.Status.UNDATED,
            "No due moment: the step has no time limit, or it counts from an event that has "
            "no date in this timeline.",
        ),
    },
    description="Where a deadline stands relative to the time of the request.",
)


class TimelineEntry(graphene.ObjectType):
    class Meta:
        description = "One step of a procedure with its concrete deadline for a given start."

    step = graphene.Field(
        "kb.api.guidance.types.ProcedureStep", required=True, description="The step."
    )
    status = graphene.Field(
        DeadlineStatus, required=True, description="Passed, due within 24 hours, later or undated."
    )
    due_at = graphene.DateTime(
        description=(
            "When the time limit ends, with the Europe/Prague offset. Limits in days end at "
            "the end of their last day, given as 23:59:59. Null without a date."
        )
    )
    rule = graphene.String(
        description="The counting rule used, in the page's language. Null without a limit."
    )
    starts_from = graphene.String(description="What the limit counts from, as a label.")
    moved_from_date = graphene.Date(
        description=(
            "The last day before it moved to the next working day (Saturday, Sunday or a "
            "Czech public holiday); null when it did not move."
        )
    )
    needs_verification = graphene.Boolean(
        required=True,
        description="The rule has not been verified against the current Act: check it.",
    )

    # The root is a TimelineRow.
    @staticmethod
    def resolve_step(row: Any, _info: GraphQLResolveInfo) -> Any:
        return row.step

    @staticmethod
    def resolve_due_at(row: Any, _info: GraphQLResolveInfo) -> Any:
        return row.deadline.due_at

    @staticmethod
    def resolve_rule(row: Any, _info: GraphQLResolveInfo) -> Any:
        return row.deadline.rule or None

    @staticmethod
    def resolve_starts_from(row: Any, _info: GraphQLResolveInfo) -> Any:
        return row.deadline.anchor_label or None

    @staticmethod
    def resolve_moved_from_date(row: Any, _info: GraphQLResolveInfo) -> Any:
        return row.deadline.moved_from

    @staticmethod
    def resolve_needs_verification(row: Any, _info: GraphQLResolveInfo) -> Any:
        return row.deadline.needs_verification

    @staticmethod
    def resolve_status(row: Any, _info: GraphQLResolveInfo) -> Any:
        return row.deadline.status


class TimelineRow(NamedTuple):
    step: Any  # the NumberedStep (kb.api.guidance.types)
    deadline: deadlines.Deadline


def timeline_field() -> graphene.Field:
    return graphene.NonNull(
        graphene.List(graphene.NonNull(TimelineEntry)),
        start=graphene.DateTime(
            required=True,
            description=(
                "When the events that start the timeline happened (e.g. the expulsion). "
                "Without an offset it is read as Europe/Prague time. Send it in a POST body: "
                "it can identify a case."
            ),
        ),
        description=(
            "The steps with their concrete deadlines for events at `start`; statuses are "
            "relative to the time of the request. Not cached, not logged."
        ),
    )


def resolve_timeline(
    page: Any, info: GraphQLResolveInfo, numbered_steps: Any, events: Any, start: Any
) -> Any:
    """``numbered_steps``: the page's NumberedSteps; entries keep them as their ``step``."""
    info.context.no_store = True
    if timezone.is_naive(start):
        start = start.replace(tzinfo=deadlines.PRAGUE)
    with translation.override(page.locale.language_code):
        try:
            entries = deadlines.timeline(
                [n.step.value for n in numbered_steps], events, start, timezone.now()
            )
        except deadlines.TimelineError as error:
            raise ApiError(BAD_USER_INPUT, f"The procedure's time limits: {error}") from None
    return [
        TimelineRow(numbered, entry)
        for numbered, entry in zip(numbered_steps, entries, strict=True)
    ]

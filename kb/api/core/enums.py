"""GraphQL enums whose every value is described. Enums from model choices take the
choice's English label as description (whatever language is active, e.g. the Czech
admin's), so the contract and the admin never disagree; ``label`` gives the same label in
a content language, for partners to print next to the code."""

from enum import Enum
from typing import Any

import graphene
from django.db.models import Choices
from django.utils import translation


def english(label: object) -> str:
    """A choice label in English whatever the active language: the admin translates labels
    into Czech, the API contract stays English."""
    with translation.override("en"):
        return str(label)


def choices_enum(choices_class: type[Choices], *, description: str) -> Any:
    return graphene.Enum.from_enum(
        choices_class,
        description=lambda member: description if member is None else english(member.label),
    )


def label(choices_class: type[Choices], value: object, *, locale: str) -> str:
    """The choice's label in ``locale`` (``value`` is a code or an enum member)."""
    value = getattr(value, "value", value)
    try:
        member = choices_class(value)
    except ValueError:
        return str(value or "")
    with translation.override(locale):
        return str(member.label)


def label_field(what: str) -> graphene.String:
    return graphene.String(required=True, description=f"{what}, worded in the content's language.")


def described_enum(name: str, values: dict[str, tuple[str, str]], *, description: str) -> Any:
    """``values`` maps each GraphQL name to ``(python value, description)``."""
    python_enum = Enum(name, {key: value for key, (value, _text) in values.items()})  # type: ignore[misc]
    texts = {key: text for key, (_value, text) in values.items()}
    return graphene.Enum.from_enum(
        python_enum,
        description=lambda member: description if member is None else texts[member.name],
    )

"""GraphQL enums whose every value is described. Enums from model choices take the
choice's (English) label, so the contract and the admin never disagree."""

from enum import Enum

import graphene
from django.utils import translation


def english(label) -> str:
    """A choice label in English whatever the active language: the admin translates labels
    into Czech, the API contract stays English."""
    with translation.override("en"):
        return str(label)


def choices_enum(choices_class, *, description: str):
    return graphene.Enum.from_enum(
        choices_class,
        description=lambda member: description if member is None else english(member.label),
    )


def described_enum(name: str, values: dict[str, tuple[str, str]], *, description: str):
    """``values`` maps each GraphQL name to ``(python value, description)``."""
    python_enum = Enum(name, {key: value for key, (value, _text) in values.items()})  # type: ignore[misc]
    texts = {key: text for key, (_value, text) in values.items()}
    return graphene.Enum.from_enum(
        python_enum,
        description=lambda member: description if member is None else texts[member.name],
    )

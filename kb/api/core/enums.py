"""GraphQL enums whose every value is described. Enums from model choices take the
choice's (English) label, so the contract and the admin never disagree."""

from enum import Enum

import graphene


def choices_enum(choices_class, *, description: str):
    return graphene.Enum.from_enum(
        choices_class,
        description=lambda member: description if member is None else str(member.label),
    )


def described_enum(name: str, values: dict[str, tuple[str, str]], *, description: str):
    """``values`` maps each GraphQL name to ``(python value, description)``."""
    python_enum = Enum(name, {key: value for key, (value, _text) in values.items()})  # type: ignore[misc]
    texts = {key: text for key, (_value, text) in values.items()}
    return graphene.Enum.from_enum(
        python_enum,
        description=lambda member: description if member is None else texts[member.name],
    )

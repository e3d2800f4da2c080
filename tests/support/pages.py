"""Page helpers shared by tests of different packages."""

from kb.guidance.models import KnowledgePage


def publish(slug: str, **changes: object) -> KnowledgePage:
    """Publish the page ``slug`` with ``changes`` applied, as an editor's publish does."""
    page = KnowledgePage.objects.get(slug=slug).specific
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def time_limit(
    amount: object, unit: str, *, counts_from: str, counting: str, moves: object, verify: object
) -> dict:
    """A step's ``time_limit`` value, as stored (Python values) or as posted (form strings)."""
    return {
        "amount": amount,
        "unit": unit,
        "counts_from": counts_from,
        "counting": counting,
        "moves_to_working_day": moves,
        "needs_verification": verify,
    }

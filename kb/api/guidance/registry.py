"""Body block name → the GraphQL type partners receive it as. ``blocks.py`` registers one
type per block of ``BodyBlock`` with ``@body_block("name")``; the page loader asks the
registered type whether a loaded block is shown (``shown``), lets it load the raw values of
every block of that kind at once (``load``, e.g. with the related rows its fields read in the
same query) and fetch what its fields read for all of them (``prepare``)."""

BODY_BLOCK_TYPES: dict[str, type] = {}


def body_block(name: str):
    def register(graphene_type):
        BODY_BLOCK_TYPES[name] = graphene_type
        return graphene_type

    return register


def shown(name: str, value) -> bool:
    """False for a block no type is registered for: partners could not query it."""
    graphene_type = BODY_BLOCK_TYPES.get(name)
    if graphene_type is None:
        return False
    return getattr(graphene_type, "shown", lambda _value: True)(value)


def prepare(name: str, values: list) -> None:
    hook = getattr(BODY_BLOCK_TYPES.get(name), "prepare", None)
    if hook is not None:
        hook(values)


def load(name: str, block, raw_values: list) -> list:
    """The native values of ``raw_values`` (one ``bulk_to_python`` unless the type loads
    them itself)."""
    hook = getattr(BODY_BLOCK_TYPES.get(name), "load", None)
    if hook is None:
        return block.bulk_to_python(raw_values)
    return hook(block, raw_values)

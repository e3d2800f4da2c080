"""Database ids given as ``ID`` arguments: decimal digits 0-9, small enough for a database
key. Anything else is the partner's mistake, said plainly, never a database error."""

import re

from ..errors import BAD_USER_INPUT, ApiError

DIGITS = re.compile(r"[0-9]+", re.ASCII)
# The largest key any database column here can hold (PostgreSQL bigint, SQLite INTEGER).
MAX_DATABASE_ID = 2**63 - 1


def database_id(value: object, *, argument: str = "id") -> int:
    text = str(value)
    if not DIGITS.fullmatch(text):
        raise ApiError(
            BAD_USER_INPUT, f"`{argument}` must be a database id written with digits 0-9."
        )
    significant = text.lstrip("0")
    # Compare lengths first: int() of thousands of digits is slow, and refused past 4300.
    if len(significant) > len(str(MAX_DATABASE_ID)) or int(significant or "0") > MAX_DATABASE_ID:
        raise ApiError(
            BAD_USER_INPUT,
            f"`{argument}` is too large to be a database id (at most {MAX_DATABASE_ID}).",
        )
    return int(significant or "0")

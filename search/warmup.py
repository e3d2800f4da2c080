"""Load the word tables search needs before the first search asks for them.

The database fallback's lemma lookup (kb.guidance.lemmas) and did-you-mean's dictionary
(search.spelling, search.analytics) are built on first use: seconds of work on a loaded
machine, and the first use of the fallback is exactly when the engine has just failed. A
web worker builds them as it boots, before it accepts its first request
(kb/gunicorn.conf.py ``post_worker_init``): a request never waits for them, nor competes
with a second build of the same table. ``start_warm_up`` does the same in a background
thread, for processes that serve at once.
"""

import logging
import threading
import time
from collections.abc import Callable

logger = logging.getLogger(__name__)


def warm_up(progress: Callable[[], object] = lambda: None) -> float:
    """Build the lemma and dictionary tables of every language; the seconds it took.
    ``progress`` is called after each table (a gunicorn worker tells its arbiter it lives)."""
    from kb.guidance import lemmas

    from . import analytics, spelling

    started = time.monotonic()
    for language in lemmas.LANGUAGES:
        lemmas.word_forms("detmi", language)  # the lemmatiser, and the folded dictionary
        progress()
    for language in spelling.LANGUAGES:
        spelling.dictionary_words(language)
        progress()
    analytics.common_words()  # what search analytics may store
    progress()
    return time.monotonic() - started


def run_warm_up(progress: Callable[[], object] = lambda: None) -> None:
    """Warm up now; a failure is logged (it only means a slower first search)."""
    try:
        seconds = warm_up(progress)
    except Exception:  # noqa: BLE001 - a failed warm-up only means a slower first search
        logger.exception("search word tables could not be loaded ahead of time")
        return
    logger.info("search word tables loaded in %.1f s", seconds)


def start_warm_up() -> threading.Thread:
    """Warm up in a daemon thread (it never keeps a stopping process alive)."""
    thread = threading.Thread(target=run_warm_up, name="search-warm-up", daemon=True)
    thread.start()
    return thread

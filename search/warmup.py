"""Load the word tables search needs before the first search asks for them.

The database fallback's lemma lookup (kb.guidance.lemmas) and did-you-mean's dictionary
(search.spelling) are built on first use: seconds of work on a loaded machine, and the first
use of the fallback is exactly when the engine has just failed. A web worker starts this in
a background thread as it boots (kb/gunicorn.conf.py ``post_worker_init``), so requests keep
being served while the tables load; a request that comes first builds them itself, as before.
"""

import logging
import threading
import time

logger = logging.getLogger(__name__)


def warm_up() -> float:
    """Build the lemma and dictionary tables of every language; the seconds it took."""
    from kb.guidance import lemmas

    from . import analytics, spelling

    started = time.monotonic()
    for language in lemmas.LANGUAGES:
        lemmas.word_forms("detmi", language)  # the lemmatiser, and the folded dictionary
    for language in spelling.LANGUAGES:
        spelling.dictionary_words(language)
    analytics.common_words()  # what search analytics may store
    return time.monotonic() - started


def _run() -> None:
    try:
        seconds = warm_up()
    except Exception:  # noqa: BLE001 - a failed warm-up only means a slower first search
        logger.exception("search word tables could not be loaded ahead of time")
        return
    logger.info("search word tables loaded in %.1f s", seconds)


def start_warm_up() -> threading.Thread:
    """Warm up in a daemon thread (it never keeps a stopping process alive)."""
    thread = threading.Thread(target=_run, name="search-warm-up", daemon=True)
    thread.start()
    return thread

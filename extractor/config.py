"""Settings read from the environment, each overridable by a command-line option.

=========================  ===============================================  =====================
variable                   meaning                                          default
=========================  ===============================================  =====================
``EXTRACTOR_DB``           path of the evidence database                    ``db/evidence.db``
``EXTRACTOR_PATTERNS``     folder of the entity-ruler JSONL pattern files   ``patterns/`` of repo
``NCBI_EMAIL``             e-mail sent to NCBI with every request           (none: warn)
``NCBI_API_KEY``           NCBI api_key (10 requests/s instead of 3)        (none)
``EXTRACTOR_EUTILS_URL``   E-utilities base URL                             the real one
``EXTRACTOR_EUROPEPMC_URL`` Europe PMC REST base URL                        the real one
``EXTRACTOR_CROSSREF_URL`` Crossref REST base URL                           the real one
=========================  ===============================================  =====================
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
EUROPEPMC_URL = "https://www.ebi.ac.uk/europepmc/webservices/rest/"
CROSSREF_URL = "https://api.crossref.org/"


def db_path(option: str | os.PathLike[str] | None = None) -> Path:
    """The evidence database: the option, else ``EXTRACTOR_DB``, else ``db/evidence.db``."""
    value = option or os.environ.get("EXTRACTOR_DB")
    return Path(value) if value else REPO_ROOT / "db" / "evidence.db"


def patterns_dir() -> Path:
    """The folder of pattern files: ``EXTRACTOR_PATTERNS`` or the repository's ``patterns/``."""
    value = os.environ.get("EXTRACTOR_PATTERNS")
    return Path(value) if value else REPO_ROOT / "patterns"


def views_sql() -> Path:
    """The SQL file that defines the evidence views."""
    return REPO_ROOT / "db" / "views.sql"


def service_url(name: str) -> str:
    """Base URL of a service (``eutils``, ``europepmc``, ``crossref``), env first, with a slash."""
    defaults = {"eutils": EUTILS_URL, "europepmc": EUROPEPMC_URL, "crossref": CROSSREF_URL}
    url = os.environ.get(f"EXTRACTOR_{name.upper()}_URL") or defaults[name]
    return url if url.endswith("/") else url + "/"

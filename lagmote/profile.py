"""Who uses the program on this computer: name, role and organisation, asked at first start.

Every row of the audit log names them (:class:`lagmote.db.audit.Actor`), so that the youth
can see who looked at the record. The profile is about the worker, not about any youth; it is
kept in the user's configuration folder (``LAGMOTE_CONFIG_DIR`` overrides it), readable by
the user only. Without a profile the operating system's user name is used.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Final

from lagmote.errors import UserError
from lagmote.i18n import N_, t

CONFIG_ENV: Final = "LAGMOTE_CONFIG_DIR"
FILE_NAME: Final = "bruker.json"
MAX_CHARS: Final = 200


@dataclass(frozen=True)
class Profile:
    name: str
    role: str = ""  # a role code of the standard, or "" when not given
    organisation: str = ""

    @property
    def role_name(self) -> str:
        from lagmote.standard import ROLES  # the standard's tables, only when needed

        return next((r.name for r in ROLES if r.code == self.role), "")


def config_dir() -> Path:
    """The user's configuration folder, as platformdirs names it (written out here: the
    language is read before the window's first paint, and importing platformdirs is not
    free)."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local") / "lagmote"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "lagmote"
    return Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config") / "lagmote"


def profile_path() -> Path:
    return config_dir() / FILE_NAME


def check_profile(profile: Profile) -> None:
    if not profile.name.strip():
        raise UserError(t("Skriv navnet ditt."))
    from lagmote.standard import ROLES

    if profile.role and profile.role not in {r.code for r in ROLES}:
        raise UserError(t("Ukjent rolle: «{role}».").format(role=profile.role))
    too_long = (
        (profile.name, N_("Navnet har for mange tegn; høyst {most} går an.")),
        (profile.organisation, N_("Virksomheten har for mange tegn; høyst {most} går an.")),
    )
    for value, sentence in too_long:
        if len(value) > MAX_CHARS:
            raise UserError(t(sentence).format(most=MAX_CHARS))


def load_profile() -> Profile | None:
    """The saved profile, or None if there is none (or it cannot be read: asked again)."""
    try:
        data = json.loads(profile_path().read_text(encoding="utf-8"))
        profile = Profile(str(data["name"]), str(data.get("role", "")),
                          str(data.get("organisation", "")))  # fmt: skip
        check_profile(profile)
    except (OSError, ValueError, KeyError, TypeError, UserError):
        return None
    return profile


def save_profile(profile: Profile) -> None:
    from lagmote.private_file import write_private

    check_profile(profile)
    clean = Profile(profile.name.strip(), profile.role, profile.organisation.strip())
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    data = json.dumps(asdict(clean), ensure_ascii=False, indent=2).encode("utf-8")
    write_private(profile_path(), data)

"""Drawing one page of the real window to a PNG, headless, for documentation and tests."""

from __future__ import annotations

from pathlib import Path

from lagmote.db.store import Store
from lagmote.errors import UserError


def render_page(
    store: Store,
    youth_id: int,
    page: str,
    out: Path,
    size: tuple[int, int] = (1280, 800),
    meeting: bool = False,
    location: str = "",
) -> None:
    """Build the main window offscreen on ``youth_id``, show ``page`` and save it as PNG."""
    from lagmote.ui.app import create_application
    from lagmote.ui.main_window import MainWindow

    app = create_application(headless=True)
    window = MainWindow(store, location)
    window.reload()
    window.select_youth(youth_id)
    window.select_page(page)
    if meeting:
        window.set_meeting_mode(True, full_screen=False)
    window.resize(*size)
    window.show()
    app.processEvents()
    image = window.grab()
    window.close()
    if not image.save(str(out), "PNG"):
        raise UserError(f"Kunne ikke skrive bildet til {out}.")

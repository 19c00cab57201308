"""The window's pages behind one tab bar: built when first opened, read when shown.

Every tab is there from the start. The page on screen is built and read at once; the
others are built and read a moment later, one at a time while the window is idle, so that
the first switch to them is as quick as any later one. A page that is off screen when a
change touches it is marked stale and read again when shown or when the window is next
idle. A switch to a page that is up to date does no database work at all.

Signals:
    page_changed(str): the name of the page now shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal, Slot
from PySide6.QtWidgets import QStackedWidget, QTabBar, QVBoxLayout, QWidget

from lagmote.ui.theme import NORMAL, Theme

if TYPE_CHECKING:
    from lagmote.db.store import Changes
    from lagmote.records import YouthOverview
    from lagmote.ui.context import Page, YouthContext
    from lagmote.ui.overview_page import OverviewPage

PAGE_NAMES = ("overview", "plan", "week", "kartlegging", "team", "lagmote", "evaluations")
PREFETCH_DELAY_MS = 250  # after the page on screen has painted, before the user reaches a tab
# Between two prefetched pages: enough for a click or a key to come first, short enough
# that all six pages are ready within about a second.
PREFETCH_NEXT_MS = 30


def _build_overview(parent: QWidget) -> QWidget:
    from lagmote.ui.overview_page import OverviewPage

    return OverviewPage(parent)


def _build_plan(parent: QWidget) -> QWidget:
    from lagmote.ui.plan_page import PlanPage

    return PlanPage(parent)


def _build_week(parent: QWidget) -> QWidget:
    from lagmote.ui.week_page import WeekPage

    return WeekPage(parent)


def _build_kartlegging(parent: QWidget) -> QWidget:
    from lagmote.ui.kartlegging_page import KartleggingPage

    return KartleggingPage(parent)


def _build_team(parent: QWidget) -> QWidget:
    from lagmote.ui.team_page import TeamPage

    return TeamPage(parent)


def _build_lagmote(parent: QWidget) -> QWidget:
    from lagmote.ui.meeting_page import MeetingPage

    return MeetingPage(parent)


def _build_evaluations(parent: QWidget) -> QWidget:
    from lagmote.ui.evaluation_page import EvaluationPage

    return EvaluationPage(parent)


_BUILDERS: dict[str, Callable[[QWidget], QWidget]] = {
    "overview": _build_overview,
    "plan": _build_plan,
    "week": _build_week,
    "kartlegging": _build_kartlegging,
    "team": _build_team,
    "lagmote": _build_lagmote,
    "evaluations": _build_evaluations,
}


class PageStack(QWidget):
    """Tabs for every page of one youth, with lazily built pages."""

    page_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabBar(self)
        self.tabs.setAccessibleName(self.tr("Sider"))
        titles = (
            self.tr("Oversikt"),
            self.tr("Min plan"),
            self.tr("Uka"),
            self.tr("Kartlegging"),
            self.tr("Laget"),
            self.tr("Lagmøter"),
            self.tr("Evaluering"),
        )
        for title in titles:
            self.tabs.addTab(title)
        self.stack = QStackedWidget(self)
        self._pages: dict[str, QWidget] = {}
        self._stale: set[str] = set()
        self._context: YouthContext | None = None
        self._overview: tuple[YouthOverview, date] | None = None
        self._theme = NORMAL
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._prefetch = QTimer(self)
        self._prefetch.setSingleShot(True)
        self._prefetch.setInterval(PREFETCH_DELAY_MS)
        self._prefetch.timeout.connect(self._on_prefetch_timeout)

    @property
    def current(self) -> str:
        return PAGE_NAMES[max(self.tabs.currentIndex(), 0)]

    def page(self, name: str) -> QWidget:
        """The page called ``name``, built (and themed) on first use."""
        if name not in _BUILDERS:
            raise ValueError(f"Ukjent side: {name}")
        if name not in self._pages:
            page = _BUILDERS[name](self)
            self._pages[name] = page
            self.stack.addWidget(page)
            cast("Page", page).set_theme(self._theme)
            self._stale.add(name)
        return self._pages[name]

    def overview_page(self) -> OverviewPage:
        from lagmote.ui.overview_page import OverviewPage

        return cast(OverviewPage, self.page("overview"))

    def select(self, name: str) -> None:
        index = PAGE_NAMES.index(name)
        if self.tabs.currentIndex() == index:
            self._show(name)
        else:
            self.tabs.setCurrentIndex(index)  # _on_tabs_current_changed shows it

    def show_youth(self, context: YouthContext, overview: YouthOverview, today: date) -> None:
        """A (new or re-read) youth: the current page is read now, the others when shown."""
        self._context = context
        self._overview = (overview, today)
        self._stale = set(self._pages) | set(PAGE_NAMES)
        self._show(self.current)
        self._prefetch.start(PREFETCH_DELAY_MS)

    def apply_changes(self, changes: Changes) -> None:
        """Redraw the current page if ``changes`` touched it; mark the others stale."""
        for name, page in self._pages.items():
            if name == "overview" or not changes.objects & cast("Page", page).shows:
                continue
            if name == self.current and name not in self._stale:
                cast("Page", page).apply_changes(changes)
            else:
                self._stale.add(name)
                self._prefetch.start(PREFETCH_DELAY_MS)

    def stop_reading_ahead(self) -> None:
        """No more reading of off-screen pages (the window is closing): a closed window's
        pages are never shown, and its record may already be going away."""
        self._prefetch.stop()

    def forget(self) -> None:
        """Delete every page and what it showed (the window is being locked): nothing of the
        youth's record stays in a widget. Pages are built again when next shown."""
        self._prefetch.stop()
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        self._stale.clear()
        self._context, self._overview = None, None

    def flush(self) -> None:
        """Save whatever is being typed on any page (pages without typing have no flush)."""
        for page in self._pages.values():
            flush = getattr(page, "flush", None)
            if callable(flush):
                flush()

    def unsaved(self) -> list[str]:
        """The pages that still hold typing that could not be saved."""
        return [
            name
            for name, page in self._pages.items()
            if callable(getattr(page, "has_unsaved", None)) and page.has_unsaved()  # type: ignore[attr-defined]
        ]

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        for page in self._pages.values():
            cast("Page", page).set_theme(theme)

    @Slot()
    def _on_prefetch_timeout(self) -> None:
        """Build and read one off-screen page that is not up to date; then the next."""
        waiting = [name for name in PAGE_NAMES if name in self._stale and name != self.current]
        if not waiting or self._context is None:
            return
        page = self.page(waiting[0])
        self._read(waiting[0], page)
        self._warm_up(page)
        if len(waiting) > 1:
            self._prefetch.start(PREFETCH_NEXT_MS)

    def _warm_up(self, page: QWidget) -> None:
        """Show ``page`` once behind the current one with painting off, and paint it once
        offscreen, so that its first real show finds every widget polished, laid out at its
        size and with its cached drawings made, and only paints."""
        current = self.stack.currentWidget()
        if current is None or current is page or _has_unsaved(current):
            return  # hiding a page saves its typing, which must not happen behind the user
        self.stack.setUpdatesEnabled(False)
        try:
            self.stack.setCurrentWidget(page)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            page.grab()  # paints once offscreen: painted widgets fill their caches now
            self.stack.setCurrentWidget(current)
        finally:
            self.stack.setUpdatesEnabled(True)

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        if index >= 0:
            self._show(PAGE_NAMES[index])
            self.page_changed.emit(PAGE_NAMES[index])

    def _show(self, name: str) -> None:
        page = self.page(name)
        if name in self._stale:
            self._read(name, page)
        self.stack.setCurrentWidget(page)

    def _read(self, name: str, page: QWidget) -> None:
        if name == "overview":
            if self._overview is not None:
                self.overview_page().show_overview(*self._overview)
        elif self._context is not None:
            cast("Page", page).show_youth(self._context)
        else:
            return
        self._stale.discard(name)


def _has_unsaved(page: QWidget) -> bool:
    check = getattr(page, "has_unsaved", None)
    return bool(check()) if callable(check) else False

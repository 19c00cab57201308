"""The one exception type whose message is meant for the user.

Its message is one plain sentence that names the problem and holds no personal data; the
command line prints it alone on stderr and exits with 1, the window shows it in a dialog.
"""


class UserError(Exception):
    """A failure to tell the user about, in one sentence safe to show anywhere."""

"""``python -m lagmote``: the same as the ``lagmote`` command."""

import sys

from lagmote.cli import main

sys.exit(main())

"""`python -m shobun` is the `shobun` command."""

import sys

from shobun.cli import main

sys.exit(main())

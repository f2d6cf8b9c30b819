"""`python -m oneos` runs the CLI."""

import sys

from oneos.cli import main

# main() returns the command's exit code (click runs with standalone_mode=False).
sys.exit(main())

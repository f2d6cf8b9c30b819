"""`python -m oneos` runs the CLI."""

from oneos.cli import main

main()

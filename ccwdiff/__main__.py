"""``python -m ccwdiff`` runs the command-line interface."""

from ccwdiff.cli import main

raise SystemExit(main())

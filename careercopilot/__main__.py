"""``python -m careercopilot`` entry point."""

from careercopilot.cli import main

main()

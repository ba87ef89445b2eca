"""The command line: presentation only; every command reads the store through chinalac.api."""

"""``python -m hazmat``: the same as the ``hazmat`` command."""

from hazmat._console import main

if __name__ == "__main__":
    main()

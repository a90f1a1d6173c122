"""Exchange formats the field uses: GDELT, ICEWS, PLOVER, POLECAT (``read_*`` / ``write_*``)."""

"""Analysis over the store: dyad series by week or month, and policy phases."""

"""Runners: the same pipeline over many worker processes (``local``) or on Spark (``spark``).

Both hand results back in input order, so that the store — which merges reports of one
event in the order they are stored — ends up the same as after a one-process run.
"""

"""The web face of detente: what the dashboard pages and the HTTP API show.

``queries`` asks the store the dashboard's questions (search, the overview's figures),
``models`` gives the API's JSON shapes, ``charts`` lays out the SVG charts and the map,
``markup`` turns evidence (offsets into a sentence) into highlighted HTML, ``pages`` serves
the Jinja2 templates. ``detente.api`` puts them together in one FastAPI app.
"""

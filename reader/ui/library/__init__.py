"""The library's window and its panels: the article table, search across it, facts across it, timeline, watch lists.

In: a ``reader.core.library.Library`` (the GUI thread's connection) to read from.
Out: intents as signals (open an article at a hit, import, remove, export), which
``LibraryController`` carries out. Nothing here loads before the first paint.
"""

"""Dialogs, one per module, each loaded on first use: keyword lists, quotation preview, shortcuts."""

"""The window: application start-up, the main window that wires the parts, its actions, menus and docks."""

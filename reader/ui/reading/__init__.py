"""Reading: the reading view and what sits with it (find bar, message bar, appearance, layout pacing, printing)."""

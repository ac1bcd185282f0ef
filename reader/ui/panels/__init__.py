"""Side panels, one widget per module: outline, facts, search results. Each emits intents; none imports another."""

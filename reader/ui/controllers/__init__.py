"""Controllers, one per feature: between a panel and the core (search, keywords, facts, quotations), and the presenters that turn core results into panel rows."""

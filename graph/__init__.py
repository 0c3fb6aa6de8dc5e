"""The graph side: typed model → RDF (`build`), the store, ingestion, export, analytics."""

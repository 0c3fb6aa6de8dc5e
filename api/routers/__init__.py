"""One router per resource: sparql, notices, organizations, actions, statutes, analytics, pages."""

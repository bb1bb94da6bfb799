"""PostgreSQL backend that starts the embedded server on first connection.

Starting it lazily keeps commands that never touch the database (``extract_agreement``,
``check``) free of a server start, and lets a long-running process reconnect after the
server was restarted underneath it.
"""

from django.db.backends.postgresql import base

from cooperation import embedded


class DatabaseWrapper(base.DatabaseWrapper):
    def get_connection_params(self):
        params = super().get_connection_params()
        params["host"] = str(embedded.ensure_postgres())
        return params

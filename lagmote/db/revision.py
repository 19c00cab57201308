"""The schema revision this program writes (the newest Alembic migration). A constant of its
own so that code which must not load SQLAlchemy or Alembic can check a database's revision."""

HEAD_REVISION = "0005"

"""A person's encrypted personal copy of what they may read, for working on their own laptop.

``make`` builds one from the organisation's database, ``opening`` opens and re-keys it,
``selection`` decides through ``app.policy`` which rows go, ``marker`` tells a data folder
that holds a copy, ``keys`` derives its key from the person's password (Argon2id).
See docs/personal-copy.md for how sync and the server-side role build on it.
"""

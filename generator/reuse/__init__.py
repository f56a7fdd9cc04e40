"""Everything that saves work between one generation of the archive and the next, in one place.

A build or an ingest asks this package for what it needs and never sees how it is kept:

- ``keys``: the one way the archive hashes what a piece of work depends on (files, texts,
  settings, its own code);
- ``memo``: what one generation keeps for the next (``Memo``), as tables of remembered work
  (``Kept.get_or_make(key, make)``): a producer passes the key of its inputs and a way to make
  the value, and gets the kept one when the key is unchanged;
- ``cache``: the memo and the last site kept on disk between commands (one lock and one
  atomic writer, ``fsutil``'s; pickle for what is read whole, SQLite for the renders, which
  are read one page at a time);
- ``renders``: pages MkDocs has turned into HTML, kept by the hash of what they depend on;
- ``forked``: work on a second core (one rule for when it is worth it, ``worth_a_second_core``);
- ``workers``: ingest's pool of worker processes, which die with their command;
- ``exit``: how a command ends without freeing a large build's objects one by one.

``pickle``, ``sqlite3`` and ``os.fork`` appear in this package only (``tests/test_imports.py``).
Nothing here imports the site or the store: producers hand their own types in.
"""

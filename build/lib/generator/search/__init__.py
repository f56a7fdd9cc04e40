"""The archive's static search: one normalisation for index and query, chunked index files."""

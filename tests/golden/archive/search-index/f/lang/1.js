ArchiveSearch.facet("lang:az",[5]);

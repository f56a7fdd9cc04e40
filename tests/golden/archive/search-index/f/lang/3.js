ArchiveSearch.facet("lang:fa",[2]);

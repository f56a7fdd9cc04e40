ArchiveSearch.facet("lang:en",[1]);

ArchiveSearch.facet("lang:ar",[7]);

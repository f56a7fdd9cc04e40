ArchiveSearch.facet("lang:tr",[6]);

ArchiveSearch.facet("lang:ru",[0,4]);

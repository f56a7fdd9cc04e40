ArchiveSearch.facet("outlet:kaspi-xeber",[5]);

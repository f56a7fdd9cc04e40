ArchiveSearch.facet("outlet:daily-meridian",[1]);

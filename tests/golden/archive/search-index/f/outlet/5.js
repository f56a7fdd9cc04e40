ArchiveSearch.facet("outlet:vestnik",[0,4]);

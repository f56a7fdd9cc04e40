ArchiveSearch.facet("year:2024",[0,1,2,3,4,5]);

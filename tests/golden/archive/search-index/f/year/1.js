ArchiveSearch.facet("year:2023",[6,7,8]);

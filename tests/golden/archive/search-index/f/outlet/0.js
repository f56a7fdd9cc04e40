ArchiveSearch.facet("outlet:al-ufuq",[7]);

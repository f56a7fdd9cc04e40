ArchiveSearch.facet("outlet:pusula",[6]);

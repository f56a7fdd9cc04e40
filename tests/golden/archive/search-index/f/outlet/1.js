ArchiveSearch.facet("outlet:aseman",[2]);

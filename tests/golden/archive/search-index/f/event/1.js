ArchiveSearch.facet("event:desert-summit",[6,7,8]);

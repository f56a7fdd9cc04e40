ArchiveSearch.facet("event:caspian-bridge-opening",[1,2,3,4,5]);

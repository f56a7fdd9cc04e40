"""Finding an event's reports in web crawls (``archive discover``): the crawl read as a
stream (``crawl``). Work in progress: the passes that weigh each page come next."""

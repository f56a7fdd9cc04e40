"""Finding an event's reports in web crawls (``archive discover``): the crawl read as a
stream (``crawl``), each page sifted and the few that pass weighed (``weigh``), the run and
its output (``run``)."""

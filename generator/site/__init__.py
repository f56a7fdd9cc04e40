"""The site layer: from the loaded archive to the pages, data files and search index.

``model`` derives the views every page needs once; ``urls`` gives every page its one address;
``pages`` renders them from the templates in ``templates/``, where every value is escaped as
web text (``markup``) unless it is curator Markdown that went through the sanitiser; the
citation, export, chart and search-index builders sit beside them.
"""

"""Many articles: near duplicates, the term space, the online clusterer and the ingest.

:mod:`.records` (what is clustered and where it went), :mod:`.dedup`, :mod:`.termspace`,
:mod:`.clusterer` (with :mod:`.story`, :mod:`.vectors` and the constants of :mod:`.tuning`),
:mod:`.cluster` (``cluster_records``, the streaming sweeps), :mod:`.state` (the saved
clusterer as bytes), :mod:`.ingestion` (ingest, cluster_stories, compare_story) and
:mod:`.concurrency` (how an ingest runs on several cores).

The many-article side calls the comparison through one function
(:func:`rashomon.comparison.pipeline.compare`, from :mod:`.ingestion`).
"""
